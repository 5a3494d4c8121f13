import { officeHostWhenReady } from "./startup";

/**
 * The small dialog a ribbon button shows its result in (Excel has no notification API for add-in
 * commands), and the pane it may open. Office's dialog and shared-runtime calls live here, with
 * the rest of Office.js.
 */

/** What the dialog page shows: a title, lines of plain text, and whether to offer the pane. */
export interface DialogContent {
  readonly title: string;
  readonly lines: readonly string[];
  readonly offerPane: boolean;
  readonly ok: boolean;
  readonly language: "ja" | "en";
}

export type DialogAnswer = "open-pane" | "close";

/**
 * Opens dialog.html from the add-in's own origin with the content in its address (after `#`, so
 * it is never sent to the server), and resolves once it is shown; `onAnswer` hears the button the
 * person pressed, or "close" when they closed it.
 */
export function showDialog(content: DialogContent, onAnswer: (answer: DialogAnswer) => void): Promise<void> {
  const url = new URL("dialog.html", location.href);
  url.hash = encodeURIComponent(JSON.stringify(content));
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 35, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error(`dialog ${result.error.code}: ${result.error.message}`));
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          const message = "message" in arg ? arg.message : "close";
          dialog.close();
          onAnswer(message === "open-pane" ? "open-pane" : "close");
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => onAnswer("close"));
        resolve();
      },
    );
  });
}

/** Opens the task pane, where the shared runtime allows it; false when this Office cannot. */
export async function openTaskpane(): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return false;
  await Office.addin.showAsTaskpane();
  return true;
}

/** In dialog.html: tells the command that opened it which button was pressed, once Office is ready. */
export async function answerDialog(answer: DialogAnswer): Promise<void> {
  await officeHostWhenReady();
  Office.context.ui.messageParent(answer);
}
