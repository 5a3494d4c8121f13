import type { WriteWords } from "./write-result";

/** English: the same sentences for Excel in other display languages. */
export const writeWordsEn: WriteWords = {
  nothingWritten: " (nothing was written)",
  written: (cells) => `Wrote ${cells} ${cells === 1 ? "cell" : "cells"}.`,
  sheetsAdded: (names) => `Added ${names.length === 1 ? "sheet" : "sheets"} "${names.join('", "')}".`,
  sheetsRemoved: (names) => `Removed ${names.length === 1 ? "sheet" : "sheets"} "${names.join('", "')}".`,
  nothingToWrite: "There was nothing to write (the workbook is unchanged).",
  noneWritten: "Nothing in the workbook changed.",
  refused: (reason) => `Could not write: ${reason} (nothing was written).`,
  undone: (reason, rolledBack) =>
    `The write stopped part-way: ${reason}. The ${rolledBack} ${rolledBack === 1 ? "change" : "changes"} made before it were put back, so the workbook is as it was.`,
  stays: (reason, cells, sheets) =>
    `The write stopped part-way: ${reason}. ${cells} ${cells === 1 ? "cell" : "cells"}${sheets.length > 0 ? ` and ${sheets.length === 1 ? "sheet" : "sheets"} "${sheets.join('", "')}"` : ""} stay written (logged in 変更履歴; Undo takes them back).`,
  rollbackFailed: (reason) => `Putting them back failed too: ${reason}`,
  unknown: (reason, written, unknown) =>
    `The write stopped part-way: ${reason}. ${written} ${written === 1 ? "cell is" : "cells are"} written and logged in 変更履歴; whether the last ${unknown} ${unknown === 1 ? "cell was" : "cells were"} written could not be checked (listed below).`,
  changed: (cells) =>
    `${cells} ${cells === 1 ? "cell was" : "cells were"} not written: someone changed them after they were read.`,
  changedSinceWritten: (cells) =>
    `${cells} ${cells === 1 ? "cell was" : "cells were"} not undone: someone changed ${cells === 1 ? "it" : "them"} after the tool wrote ${cells === 1 ? "it" : "them"}, and ${cells === 1 ? "it keeps" : "they keep"} that value.`,
  formula: (cells) =>
    `${cells} ${cells === 1 ? "cell holds" : "cells hold"} a formula and ${cells === 1 ? "was" : "were"} left as ${cells === 1 ? "it is" : "they are"}.`,
  inputChanged: (cells, first) =>
    `${cells} ${cells === 1 ? "cell was" : "cells were"} not written: a cell ${cells === 1 ? "it was" : "they were"} computed from (${first} and maybe others) changed after it was read. Run it again.`,
  already: (cells) => `${cells} ${cells === 1 ? "cell" : "cells"} already held the value to write.`,
  dropdowns: (ranges) => `Set dropdowns on ${ranges} ${ranges === 1 ? "range" : "ranges"}.`,
  validationsRestored: (ranges) =>
    `Put back the validation of ${ranges} ${ranges === 1 ? "range" : "ranges"} that had dropdowns.`,
  historyRows: (rows) => `Logged ${rows} ${rows === 1 ? "row" : "rows"} in 変更履歴.`,
  kept: (sheet, inputs) => {
    switch (sheet.reason) {
      case "not-made-by-tool":
        return `Sheet "${sheet.name}" was not made by this tool, so it was not removed.`;
      case "renamed":
        return `Sheet "${sheet.name}" is now called "${sheet.now ?? ""}", so it was not removed.`;
      case "gone":
        return `Sheet "${sheet.name}" was already gone.`;
      case "input-changed":
        return `The list changed after it was read (${inputs}), so sheet "${sheet.name}" was not made. Run it again.`;
    }
  },
  unsupported: (step, needs) => `This Excel skipped the ${STEPS[step]} (needs ${needs}).`,
  changedCell: (place, found) => `${place}: someone changed it to "${found}"`,
  formulaCell: (place) => `${place}: holds a formula`,
  inputCell: (place, input, found) => `${place}: ${input}, which it is computed from, changed to "${found}"`,
  unknownCell: (place) => `${place}: not known whether it was written`,
  empty: "(empty)",
};

const STEPS = {
  "print-setup": "print setup",
  chart: "chart",
  "copy-header-look": "header formatting copy",
} as const;
