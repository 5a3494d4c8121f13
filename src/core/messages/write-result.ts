import { cellAddress } from "../port/grid";
import type { WriteFailure } from "../port/failures";
import type { ApplyOutcome, ChangedCell, InputChange, KeptSheet } from "../port/outcome";
import type { Capability, PlannedValue } from "../port/plan";
import type { Result } from "../result";
import { failureMessage, type FailureContext } from "./failures";
import type { Language } from "./messages";
import { writeWordsEn } from "./write-words-en";
import { writeWordsJa } from "./write-words-ja";

/**
 * What a write did, in sentences, the same in the task pane, the ribbon's dialog and the command
 * line: a headline that is true (「何も書き込んでいません」 only when nothing was written), then
 * one line per other thing that happened, and each cell left alone with its reason.
 */
export interface WriteResultText {
  readonly headline: string;
  readonly lines: readonly string[];
  /** One line per cell left alone or not known to be written, for a list under the lines. */
  readonly cells: readonly string[];
  readonly tone: "success" | "warning" | "error";
}

export interface WriteWords {
  readonly nothingWritten: string;
  readonly written: (cells: number) => string;
  readonly sheetsAdded: (names: readonly string[]) => string;
  readonly sheetsRemoved: (names: readonly string[]) => string;
  readonly nothingToWrite: string;
  /**
   * The plan had things to do and none was done (someone changed the cells, they held the value
   * already, a sheet was kept): the workbook is as it was, and the lines say why.
   */
  readonly noneWritten: string;
  readonly refused: (reason: string) => string;
  readonly undone: (reason: string, rolledBack: number) => string;
  readonly stays: (reason: string, cells: number, sheets: readonly string[]) => string;
  readonly rollbackFailed: (reason: string) => string;
  readonly unknown: (reason: string, written: number, unknown: number) => string;
  readonly changed: (cells: number) => string;
  /** An undo's cells someone changed after the tool wrote them: left as they are, not put back. */
  readonly changedSinceWritten: (cells: number) => string;
  readonly formula: (cells: number) => string;
  readonly inputChanged: (cells: number, first: string) => string;
  readonly already: (cells: number) => string;
  readonly dropdowns: (ranges: number) => string;
  readonly validationsRestored: (ranges: number) => string;
  readonly historyRows: (rows: number) => string;
  readonly kept: (sheet: KeptSheet, inputs: string) => string;
  readonly unsupported: (step: Capability, needs: string) => string;
  readonly changedCell: (place: string, found: string) => string;
  readonly formulaCell: (place: string) => string;
  readonly inputCell: (place: string, input: string, found: string) => string;
  readonly unknownCell: (place: string) => string;
  readonly empty: string;
}

const WORDS: Record<Language, WriteWords> = { ja: writeWordsJa, en: writeWordsEn };

export function writeWords(language: Language): WriteWords {
  return WORDS[language];
}

/** The suffix a refused write's one line ends with. */
export function nothingWritten(language: Language): string {
  return WORDS[language].nothingWritten;
}

export function writeResultText(
  result: Result<ApplyOutcome, WriteFailure>,
  language: Language,
  ctx: FailureContext = { source: null },
): WriteResultText {
  const w = WORDS[language];
  if (!result.ok)
    return {
      headline: w.refused(failureMessage(result.error, language, ctx)),
      lines: [],
      cells: [],
      tone: "error",
    };
  const o = result.value;
  const lines: string[] = [];
  const added = o.sheetsAdded.map((m) => m.name);
  const removed = o.sheetsRemoved.map((m) => m.name);
  const set = o.dropdowns.filter((d) => d.status === "written").length;
  let headline: string;
  const stop = o.interrupted;
  if (stop) {
    const reason = failureMessage(stop.failure, language, ctx);
    const nothing = o.written.length === 0 && added.length === 0 && removed.length === 0;
    if (stop.unknown.length > 0) headline = w.unknown(reason, o.written.length, stop.unknown.length);
    // Stopped before anything was written: as true as a refusal, and said the same way.
    else if (nothing && stop.rolledBack === 0) headline = w.refused(reason);
    else if (nothing) headline = w.undone(reason, stop.rolledBack);
    else headline = w.stays(reason, o.written.length, added);
    if (stop.rollbackFailure)
      lines.push(w.rollbackFailed(failureMessage(stop.rollbackFailure, language, ctx)));
    if (set > 0) lines.push(w.dropdowns(set));
    if (o.validationsRestored > 0) lines.push(w.validationsRestored(o.validationsRestored));
  } else {
    // What changed, each said once: the first is the headline, so a sheet added with no cell
    // written is never headed by 「書き込んだセルはありません」.
    const done = [
      o.written.length > 0 ? w.written(o.written.length) : null,
      added.length > 0 ? w.sheetsAdded(added) : null,
      removed.length > 0 ? w.sheetsRemoved(removed) : null,
      set > 0 ? w.dropdowns(set) : null,
      o.validationsRestored > 0 ? w.validationsRestored(o.validationsRestored) : null,
    ].filter((line): line is string => line !== null);
    const leftAlone = o.changed.length > 0 || o.already.length > 0 || o.sheetsKept.length > 0;
    headline = done[0] ?? (leftAlone ? w.noneWritten : w.nothingToWrite);
    lines.push(...done.slice(1));
  }
  const by = (reason: ChangedCell["reason"]) => o.changed.filter((c) => c.reason === reason);
  const notUndone = by("changed").filter((c) => c.purpose === "undo").length;
  const notWritten = by("changed").length - notUndone;
  if (notWritten > 0) lines.push(w.changed(notWritten));
  if (notUndone > 0) lines.push(w.changedSinceWritten(notUndone));
  if (by("formula").length > 0) lines.push(w.formula(by("formula").length));
  const inputs = by("input-changed");
  if (inputs.length > 0) lines.push(w.inputChanged(inputs.length, inputPlace(inputs[0].input)));
  if (o.already.length > 0) lines.push(w.already(o.already.length));
  for (const kept of o.sheetsKept) lines.push(w.kept(kept, (kept.inputs ?? []).map(inputPlace).join("、")));
  for (const u of o.unsupported) lines.push(w.unsupported(u.step, u.needs));
  if (o.history > 0) lines.push(w.historyRows(o.history));
  const cells = [
    ...o.changed.map((c) => changedCellLine(c, w)),
    ...(stop?.unknown ?? []).map((u) => w.unknownCell(`${u.sheet}!${cellAddress(u.rowIndex, u.colIndex)}`)),
  ];
  const warn =
    stop !== undefined || o.changed.length > 0 || o.sheetsKept.length > 0 || o.unsupported.length > 0;
  return {
    headline,
    lines,
    cells,
    tone: stop && o.written.length > 0 ? "error" : warn ? "warning" : "success",
  };
}

/** One cell left alone, with why: `施策リスト!N60: 他の人が「☂」に変更していました`. */
export function changedCellLine(c: ChangedCell, w: WriteWords): string {
  const place = `${c.sheet}!${cellAddress(c.rowIndex, c.colIndex)}`;
  if (c.reason === "formula") return w.formulaCell(place);
  if (c.reason === "input-changed" && c.input)
    return w.inputCell(place, inputPlace(c.input), shown(c.input.found, w));
  return w.changedCell(place, shown(c.found, w));
}

function inputPlace(input: InputChange | undefined): string {
  return input ? `${input.sheet}!${cellAddress(input.rowIndex, input.colIndex)}` : "";
}

function shown(value: ChangedCell["found"] | PlannedValue, w: WriteWords): string {
  if (value === null) return w.empty;
  if (typeof value === "object" && "kind" in value)
    return value.kind === "empty" ? w.empty : String(value.kind === "number" ? value.value : value.text);
  if (typeof value === "object") return value.error;
  const text = String(value);
  return text.trim() === "" ? w.empty : text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
