import { Button } from "@fluentui/react-components";
import { useEffect } from "react";
import { writeResultText } from "../../core/messages/write-result";
import { fail, ok } from "../../core/result";
import { CellText } from "../cell-text";
import { useStrings, type PaneStrings } from "../i18n/strings";
import { useSession } from "../session/session";
import type { WriteResult } from "../session/use-writer";
import { Notice } from "../notice";
import { usePaneStyles } from "../styles";

/**
 * What the last write did (cells written, sheets added, cells left alone because someone else
 * changed them), said in the live region too, and the undo of the last write.
 */
export function WriteStatus() {
  const strings = useStrings();
  const { writer, announce } = useSession();
  const styles = usePaneStyles();
  const result = writer.result;

  useEffect(() => {
    if (result === null) return;
    // Said, not focused: focus goes back to where the person was (focus-return.ts), and the pane
    // does not scroll away to the top.
    announce(resultLines(result, strings).join(" "));
  }, [result, strings, announce]);

  return (
    <>
      {result && (
        <div role="group" aria-label={resultLines(result, strings)[0]}>
          <Notice intent={intentOf(result)}>
            <ResultBody result={result} />
            <div className={styles.row}>
              <Button size="small" onClick={writer.dismiss}>
                {strings.write.dismiss}
              </Button>
            </div>
          </Notice>
        </div>
      )}
      {writer.undoable && writer.state.kind === "idle" && (
        <div className={styles.row}>
          <Button size="small" onClick={writer.undo}>
            {strings.write.undo(strings.write.operations[writer.undoable.operation])}
          </Button>
        </div>
      )}
    </>
  );
}

/** A write's result as the notice and the finished confirmation show it. */
export function ResultBody({ result }: { readonly result: WriteResult }) {
  const strings = useStrings();
  const styles = usePaneStyles();
  const [title, ...rest] = resultLines(result, strings);
  const cells = result.kind === "written" ? writeResultText(ok(result.outcome), strings.lang).cells : [];
  return (
    <div className={styles.stack}>
      <strong>
        <CellText value={title} />
      </strong>
      {rest.map((line) => (
        <span key={line}>
          <CellText value={line} />
        </span>
      ))}
      {cells.length > 0 && (
        <ul className={styles.list}>
          {cells.map((line) => (
            <li key={line}>
              <CellText value={line} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The result in sentences: the first is the headline, the rest say what else happened. A write's
 * words are the core's (core/messages/write-result), the same the ribbon and the command line say.
 */
export function resultLines(result: WriteResult, strings: PaneStrings): string[] {
  switch (result.kind) {
    case "stopped":
      return [strings.write.stopped];
    case "failed":
      return [`${strings.write.failed}: ${result.message}`];
    case "notice":
      return [result.message];
    case "refused": {
      const text = writeResultText(fail(result.failure), strings.lang);
      return [text.headline, ...text.lines];
    }
    case "written": {
      const text = writeResultText(ok(result.outcome), strings.lang);
      return [text.headline, ...text.lines];
    }
  }
}

/** A write that did all it set out to, with nothing left alone: its confirmation may close by itself. */
export function isClean(result: WriteResult): boolean {
  return result.kind === "written" && intentOf(result) === "success";
}

function intentOf(result: WriteResult): "success" | "warning" | "error" | "info" {
  if (result.kind === "failed" || result.kind === "refused") return "error";
  if (result.kind === "stopped" || result.kind === "notice") return "info";
  return writeResultText(ok(result.outcome), "ja").tone;
}
