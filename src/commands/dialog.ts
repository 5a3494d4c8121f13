/**
 * dialog.html: a ribbon button's result, shown as plain text (cell values may be anything, so
 * nothing from the content is ever parsed as HTML), with 閉じる and, after チェック, a button that
 * opens the task pane at the issues.
 */
import { ribbonWords } from "../core/messages/ribbon-words";
import { answerDialog, type DialogContent } from "../excel/dialog";

const root = document.getElementById("result");
if (root === null) throw new Error("dialog.html has no #result element");

// Styles through CSSOM: the page's policy allows no inline <style> text or style="" attributes.
const styles = new CSSStyleSheet();
styles.replaceSync(`
  body { font-family: "Segoe UI", "Meiryo UI", "Hiragino Sans", sans-serif; font-size: 14px; margin: 16px; color: #242424; }
  h1 { font-size: 16px; margin: 0 0 12px; }
  p { margin: 0 0 8px; line-height: 1.5; overflow-wrap: anywhere; }
  div { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; }
  button { font: inherit; padding: 6px 16px; border-radius: 4px; border: 1px solid #8a8886; background: #fff; cursor: pointer; }
  button.primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
  button:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
`);
document.adoptedStyleSheets = [styles];

const content = readContent(window.location.hash);
const words = ribbonWords(content.language);
document.documentElement.lang = content.language;
document.title = content.title;

const heading = document.createElement("h1");
heading.textContent = content.title;
root.append(heading);
for (const line of content.lines) {
  const p = document.createElement("p");
  p.textContent = line;
  root.append(p);
}
const buttons = document.createElement("div");
root.append(buttons);
if (content.offerPane) buttons.append(button(words.showInPane, "open-pane", true));
buttons.append(button(words.close, "close", !content.offerPane));

function button(label: string, answer: "open-pane" | "close", primary: boolean): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.className = primary ? "primary" : "";
  b.addEventListener("click", () => {
    void answerDialog(answer);
  });
  if (primary) queueMicrotask(() => b.focus());
  return b;
}

function readContent(hash: string): DialogContent {
  try {
    const parsed = JSON.parse(decodeURIComponent(hash.replace(/^#/u, ""))) as Partial<DialogContent>;
    return {
      title: String(parsed.title ?? ribbonWords("ja").appTitle),
      lines: Array.isArray(parsed.lines) ? parsed.lines.map(String) : [],
      offerPane: parsed.offerPane === true,
      ok: parsed.ok !== false,
      language: parsed.language === "en" ? "en" : "ja",
    };
  } catch {
    return { title: ribbonWords("ja").appTitle, lines: [], offerPane: false, ok: false, language: "ja" };
  }
}
