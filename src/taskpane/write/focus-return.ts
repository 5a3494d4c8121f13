import { useEffect, useRef, type RefObject } from "react";

/** What a person can press or type in; the places focus may go back to. */
const CONTROLS =
  "button, [role='button'], [role='tab'], a[href], input, select, textarea, [tabindex]:not([tabindex='-1'])";

/** Frames to wait for the dialog to leave the page before focus goes back. */
const MAX_FRAMES = 120;

/**
 * Focus back where the person was once a dialog closes (Esc, やめる, a write): on the control that
 * opened it, or when a write took that control away (the issue it fixed is gone), on the nearest
 * control after it (before it, when none after is left). The last control pressed is tracked as well as the focused one, since Safari
 * (and Excel on Mac) does not focus a button that is clicked.
 */
export function useFocusReturn(open: boolean, root: RefObject<HTMLElement | null>): void {
  const lastPressed = useRef<Element | null>(null);
  const opener = useRef<readonly Element[]>([]);
  const wasOpen = useRef(false);

  useEffect(() => {
    const track = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
      if (target && root.current?.contains(target)) lastPressed.current = target;
    };
    document.addEventListener("pointerdown", track, true);
    document.addEventListener("focusin", track, true);
    return () => {
      document.removeEventListener("pointerdown", track, true);
      document.removeEventListener("focusin", track, true);
    };
  }, [root]);

  useEffect(() => {
    if (open && !wasOpen.current) opener.current = openerAndFollowers(lastPressed.current, root.current);
    if (!open && wasOpen.current) {
      const candidates = opener.current;
      let frames = 0;
      let frame = 0;
      const settle = () => {
        // The dialog puts focus back on its own as it leaves; this comes after it.
        if (document.querySelector("[role='dialog'], [role='alertdialog']") && frames++ < MAX_FRAMES) {
          frame = requestAnimationFrame(settle);
          return;
        }
        const target = candidates.find(usable);
        if (target instanceof HTMLElement) {
          target.focus({ preventScroll: true });
          target.scrollIntoView({ block: "nearest" });
        }
      };
      frame = requestAnimationFrame(settle);
      wasOpen.current = open;
      return () => cancelAnimationFrame(frame);
    }
    wasOpen.current = open;
  }, [open, root]);
}

/**
 * The opening control, then every control after it in the pane in page order, then those before
 * it nearest first: a PL's 保存 and 取り消す are both disabled after a save and end the pane.
 */
function openerAndFollowers(opener: Element | null, root: HTMLElement | null): Element[] {
  if (opener === null || root === null || !opener.isConnected) return [];
  const all = [...root.querySelectorAll(CONTROLS)];
  const at = all.indexOf(opener);
  return at < 0 ? [opener] : [...all.slice(at), ...all.slice(0, at).reverse()];
}

function usable(element: Element): boolean {
  return element.isConnected && !element.matches(":disabled") && element.getClientRects().length > 0;
}
