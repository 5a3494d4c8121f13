/**
 * Requests for the task pane from the ribbon: the pane and the commands share one runtime
 * (manifest.xml's shared runtime), so チェック's dialog can ask the pane to open at the issues
 * through this module, with no storage and nothing sent anywhere.
 */
export type PaneView = "check";

type Listener = (view: PaneView) => void;

const listeners = new Set<Listener>();
let pending: PaneView | null = null;

/** Asks the pane to show a view; kept until a pane listens, when the pane is not open yet. */
export function requestPaneView(view: PaneView): void {
  if (listeners.size === 0) pending = view;
  for (const listener of listeners) listener(view);
}

/** The pane listens here; a request made before it opened is delivered at once. */
export function onPaneViewRequest(listener: Listener): () => void {
  listeners.add(listener);
  if (pending !== null) {
    const view = pending;
    pending = null;
    listener(view);
  }
  return () => listeners.delete(listener);
}
