import { usePaneStyles } from "./styles";

/**
 * The pane's one polite live region: results (written, stopped, copied, failed) are said here so
 * a screen reader hears them without moving focus. It is always in the page, so a change of its
 * text is announced.
 */
export function LiveRegion({ text }: { readonly text: string }) {
  const styles = usePaneStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
      {text}
    </div>
  );
}
