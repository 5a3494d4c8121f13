import { cellText, type CellValue } from "../core/port/grid";
import { usePaneStyles } from "./styles";

/** Characters of one cell shown in a list; the whole text stays in the workbook and in editors. */
export const SHOWN_CHARACTERS = 400;

/** Text from the workbook cut to what a list shows, never splitting a surrogate pair. */
export function shortText(text: string, max = SHOWN_CHARACTERS): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Text that came from the workbook. Always a text node (React escapes it; no markup is ever
 * built from it), isolated from the surrounding direction so right-to-left text or a stray
 * direction override cannot reorder the pane's own words, and wrapped anywhere so a long word
 * cannot widen the pane.
 */
export function CellText({ value, max }: { readonly value: CellValue | string; readonly max?: number }) {
  const styles = usePaneStyles();
  const text = typeof value === "string" ? value : cellText(value);
  return (
    <bdi dir="auto" className={styles.cellText}>
      {shortText(text, max)}
    </bdi>
  );
}
