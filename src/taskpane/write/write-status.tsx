import { Button } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { cellAddress } from "../../core/port/grid";
import type { ApplyOutcome } from "../../core/port/outcome";
import { CellText } from "../cell-text";
import { useStrings, type PaneStrings } from "../i18n/strings";
import { shownValue } from "../session/plan-changes";
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
  const focusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (result === null) return;
    announce(resultLines(result, strings).join(" "));
    // Keyboard users land on the result once the confirmation closes.
    focusRef.current?.focus();
  }, [result, strings, announce]);

  return (
    <>
      {result && (
        <div ref={focusRef} tabIndex={-1} role="group" aria-label={resultLines(result, strings)[0]}>
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

function ResultBody({ result }: { readonly result: WriteResult }) {
  const strings = useStrings();
  const styles = usePaneStyles();
  if (result.kind !== "written") return <CellText value={resultLines(result, strings)[0]} />;
  const { outcome } = result;
  const [title, ...rest] = resultLines(result, strings);
  return (
    <div className={styles.stack}>
      <strong>{title}</strong>
      {rest.map((line) => (
        <span key={line}>
          <CellText value={line} />
        </span>
      ))}
      {outcome.changed.length > 0 && (
        <ul className={styles.list}>
          {outcome.changed.map((c) => (
            <li key={`${c.sheet}!${c.rowIndex}:${c.colIndex}`}>
              <CellText value={changedLine(c, strings)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The result in sentences: the first is the headline, the rest say what else happened. */
export function resultLines(result: WriteResult, strings: PaneStrings): string[] {
  const w = strings.write;
  switch (result.kind) {
    case "stopped":
      return [w.stopped];
    case "failed":
      return [`${w.failed}: ${result.message}`];
    case "notice":
      return [result.message];
    case "written":
      return writtenLines(result.outcome, strings);
  }
}

function writtenLines(outcome: ApplyOutcome, strings: PaneStrings): string[] {
  const w = strings.write;
  const lines = [outcome.written.length > 0 ? w.written(outcome.written.length) : w.nothingWritten];
  if (outcome.sheetsAdded.length > 0) lines.push(w.sheetsAdded(outcome.sheetsAdded.join("」「")));
  if (outcome.sheetsRemoved.length > 0) lines.push(w.sheetsRemoved(outcome.sheetsRemoved.join("」「")));
  for (const u of outcome.unsupported)
    lines.push(w.unsupported(w.unsupportedSteps[u.step], `${u.requires.set} ${u.requires.version}`));
  if (outcome.changed.length > 0) lines.push(w.changed(outcome.changed.length));
  return lines;
}

function changedLine(c: ApplyOutcome["changed"][number], strings: PaneStrings): string {
  const place = `${c.sheet}!${cellAddress(c.rowIndex, c.colIndex)}`;
  if (c.reason === "formula") return strings.write.formulaCell(place);
  const found = shownValue(c.found);
  return strings.write.changedCell(place, found === "" ? strings.write.empty : found);
}

function intentOf(result: WriteResult): "success" | "warning" | "error" | "info" {
  if (result.kind === "failed") return "error";
  if (result.kind === "stopped" || result.kind === "notice") return "info";
  return result.outcome.changed.length > 0 || result.outcome.unsupported.length > 0 ? "warning" : "success";
}
