import type { KeepProblem, PackageProblem } from "../port/failures";
import type { FailureTable } from "./failures";

const QUARTER_FORMS = "Write it like R8Q2, FY2026Q2 or 令和8年度第2四半期.";

/** English, for Excel in other display languages and for readers outside the city hall. */
export const failuresEn: FailureTable = {
  "file-not-found": (f) => `File "${f.path}" not found`,
  "is-directory": (f) => `"${f.path}" is a folder; give an .xlsx file`,
  "empty-file": (f) => `File "${f.path}" is empty (0 bytes)`,
  csv: (f) => `"${f.path}" is text such as CSV; open it in Excel and save it as .xlsx first`,
  "legacy-or-encrypted": (f) =>
    `"${f.path}" is an old .xls file or is password-protected; remove the password and save it as .xlsx`,
  "not-xlsx": (f) => `"${f.path}" is not an .xlsx file`,
  unreadable: (f) =>
    `"${f.path}" cannot be read as .xlsx (damaged or another format: ${packageProblemEn(f.problem)})`,
  "sheet-not-found": (f) => `No sheet "${f.sheet}" (sheets: ${f.sheets.join(", ") || "none"})`,
  "no-list": (f, c) =>
    `No measure list in ${c.source === null ? "this workbook" : `"${c.source}"`}: looked for a header row naming 進捗管理枝番1, 天気, 今後の方向性 and the like (sheets: ${f.sheets.join(", ") || "none"})`,
  "quarter-empty": () => `The quarter is empty. ${QUARTER_FORMS}`,
  "quarter-unreadable": (f) => `"${f.text}" is not a quarter. ${QUARTER_FORMS}`,
  "quarter-number": (f) => `A quarter is 1 to 4 ("${f.text}"). ${QUARTER_FORMS}`,
  "quarter-before-reiwa": (f) => `Fiscal year ${f.year} is before Reiwa. ${QUARTER_FORMS}`,
  "quarter-no-such-reiwa": (f) => `There is no Reiwa year ${f.reiwa} (Reiwa 1 is R1). ${QUARTER_FORMS}`,
  "same-as-input": (f) =>
    `Output "${f.path}" is the input file; the input is never changed, so give -o another file name`,
  "no-folder": (f) => `The output folder does not exist: ${f.path}`,
  "output-is-directory": (f) => `Output "${f.path}" is a folder; give a file name`,
  "write-failed": (f) => `Cannot write "${f.path}": ${f.detail}`,
  "cannot-keep": (f) => `${f.path === null ? "" : `"${f.path}": `}${keepProblemEn(f.problem)}`,
  "sheet-protected": (f) =>
    `Sheet "${f.sheet}" is protected; unprotect it (Review → Unprotect Sheet) and run again`,
  "cell-edit-mode": () => "A cell is being edited; press Enter or Esc to finish editing and run again",
  "payload-too-large": () => "The data to send passed Excel's 5 MB limit",
  "requirement-missing": (f) =>
    `This Excel lacks ${f.needs}; update Excel or open the workbook in Excel on the web`,
  "sheet-gone": (f) =>
    `Sheet "${f.sheet}" was deleted or renamed during the write; reopen the task pane and run again`,
  "excel-refused": (f) =>
    `Excel did not accept this write; reopen the workbook and run again (Excel said: ${f.detail})`,
  "excel-busy": (f) => `Excel was too busy to do it; wait a moment and run again (${f.detail})`,
  "connection-lost": (f) => `The connection to Excel was lost; check the network and run again (${f.detail})`,
  "excel-error": (f) => `Excel had an unexpected error (Excel said: ${f.detail})`,
  stopped: () => "The write was stopped part-way",
};

function keepProblemEn(p: KeepProblem): string {
  switch (p.code) {
    case "strict-ooxml":
      return "a Strict Open XML workbook cannot be kept as it is; save it from Excel as a normal .xlsx";
    case "sheet-not-found":
      return `the workbook has no sheet "${p.sheet}"`;
    case "sheet-name-taken":
      return `sheet "${p.sheet}" already exists`;
    case "sheet-name-invalid":
      return `"${p.sheet}" is not a valid sheet name`;
    case "last-visible-sheet":
      return `removing "${p.sheet}" would leave no visible sheet`;
    case "not-finite":
      return `cell ${p.sheet}!${p.cell} would hold a number that is not finite`;
    case "text-too-long":
      return `cell ${p.sheet}!${p.cell} would pass Excel's 32,767 characters`;
    case "name-refers-to-removed-sheet":
      return `the name "${p.name}" points into sheet "${p.sheet}", so it cannot be removed`;
    case "outside-grid":
      return `cell ${p.sheet}!${p.cell} is outside an Excel sheet (columns to XFD, rows to 1048576)`;
  }
}

function packageProblemEn(p: PackageProblem): string {
  switch (p.code) {
    case "not-a-zip":
      return "its zip directory (central directory) cannot be read";
    case "zip64":
      return "the ZIP64 format (over 4 GB) is not supported";
    case "encrypted":
      return `a part is encrypted (${p.entry})`;
    case "compression":
      return `a part uses an unsupported compression method (${p.entry}: ${p.method})`;
    case "duplicate-entry":
      return `two parts have the same name (${p.entry})`;
    case "missing-part":
      return `a required part is missing (${p.part})`;
    case "bad-part":
      return `a part is damaged (${p.part})`;
    case "damaged":
      return p.detail;
  }
}
