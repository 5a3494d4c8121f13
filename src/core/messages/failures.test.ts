import type { PackageProblem } from "../port/failures";
import { FAILURE_CODES, failureMessage, type Failure } from "./failures";
import { failuresEn } from "./failures-en";
import { failuresJa } from "./failures-ja";

/** One failure per code, with the fields its raiser fills in. */
const SAMPLES: { [C in Failure["code"]]: Extract<Failure, { code: C }> } = {
  "file-not-found": { code: "file-not-found", path: "施策.xlsx" },
  "is-directory": { code: "is-directory", path: "out" },
  "empty-file": { code: "empty-file", path: "空.xlsx" },
  csv: { code: "csv", path: "list.csv" },
  "legacy-or-encrypted": { code: "legacy-or-encrypted", path: "old.xls" },
  "not-xlsx": { code: "not-xlsx", path: "memo.pdf" },
  unreadable: {
    code: "unreadable",
    path: "broken.xlsx",
    problem: { code: "missing-part", part: "xl/workbook.xml" },
  },
  "sheet-not-found": { code: "sheet-not-found", sheet: "R9", sheets: ["R7", "R8"] },
  "no-list": { code: "no-list", sheets: ["名簿"] },
  "quarter-empty": { code: "quarter-empty", text: "" },
  "quarter-unreadable": { code: "quarter-unreadable", text: "来期" },
  "quarter-number": { code: "quarter-number", text: "R8Q5" },
  "quarter-before-reiwa": { code: "quarter-before-reiwa", text: "FY2018Q4", year: 2018 },
  "quarter-no-such-reiwa": { code: "quarter-no-such-reiwa", text: "R0Q1", reiwa: "0" },
  "same-as-input": { code: "same-as-input", path: "施策.xlsx" },
  "no-folder": { code: "no-folder", path: "nowhere/out.xlsx" },
  "output-is-directory": { code: "output-is-directory", path: "out" },
  "write-failed": { code: "write-failed", path: "out.xlsx", detail: "EACCES" },
  "cannot-keep": {
    code: "cannot-keep",
    path: "out.xlsx",
    problem: { code: "name-refers-to-removed-sheet", sheet: "サマリー_R8Q2", name: "印刷範囲" },
  },
  "sheet-protected": { code: "sheet-protected", sheet: "施策リスト" },
  "cell-edit-mode": { code: "cell-edit-mode" },
  "payload-too-large": { code: "payload-too-large" },
  "requirement-missing": { code: "requirement-missing", needs: "ExcelApi 1.8" },
  "sheet-gone": { code: "sheet-gone", sheet: "施策リスト" },
  "excel-refused": { code: "excel-refused", detail: "InvalidArgument" },
  "excel-busy": { code: "excel-busy", detail: "ActivityLimitReached" },
  "connection-lost": { code: "connection-lost", detail: "InvalidOrTimedOutSession" },
  "excel-error": { code: "excel-error", detail: "GeneralException" },
  stopped: { code: "stopped" },
};

/** One problem per code the .xlsx adapter raises when a file's package cannot be read. */
const PACKAGE_PROBLEMS: { [C in PackageProblem["code"]]: Extract<PackageProblem, { code: C }> } = {
  "not-a-zip": { code: "not-a-zip" },
  zip64: { code: "zip64" },
  encrypted: { code: "encrypted", entry: "xl/workbook.xml" },
  compression: { code: "compression", entry: "xl/styles.xml", method: 14 },
  "duplicate-entry": { code: "duplicate-entry", entry: "xl/workbook.xml" },
  "missing-part": { code: "missing-part", part: "xl/workbook.xml" },
  "bad-part": { code: "bad-part", part: "xl/worksheets/sheet1.xml" },
  damaged: { code: "damaged", detail: "unexpected end of data" },
};

describe("failure messages", () => {
  test("every failure code has words in Japanese and in English, and nothing else has", () => {
    expect(Object.keys(failuresJa).sort()).toEqual([...FAILURE_CODES].sort());
    expect(Object.keys(failuresEn).sort()).toEqual([...FAILURE_CODES].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...FAILURE_CODES].sort());
  });

  test.each(FAILURE_CODES)("%s is one line in both languages", (code) => {
    const ja = failureMessage(SAMPLES[code], "ja", { source: "施策リスト.xlsx" });
    const en = failureMessage(SAMPLES[code], "en", { source: "施策リスト.xlsx" });
    for (const text of [ja, en]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/\n|undefined|\[object/u);
    }
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
  });

  test("no list: the CLI names the file, the add-in says this workbook", () => {
    const failure = SAMPLES["no-list"];
    expect(failureMessage(failure, "ja", { source: "施策.xlsx" })).toMatch(
      /^「施策.xlsx」に施策リストが見つかりません/u,
    );
    expect(failureMessage(failure, "ja")).toMatch(/^このブックに施策リストが見つかりません/u);
    expect(failureMessage(failure, "en")).toMatch(/^No measure list in this workbook/u);
  });

  test.each(Object.values(PACKAGE_PROBLEMS))(
    "an unreadable package ($code) is told in both languages",
    (problem) => {
      const failure: Failure = { code: "unreadable", path: "broken.xlsx", problem };
      const [ja, en] = [failureMessage(failure, "ja"), failureMessage(failure, "en")];
      expect(ja).toMatch(/^「broken.xlsx」を .xlsx として読めません（壊れているか別の形式です: .+）$/u);
      expect(en).toMatch(/^"broken.xlsx" cannot be read as .xlsx \(damaged or another format: .+\)$/u);
      expect(en).not.toMatch(/[\u3040-\u309f]/u);
    },
  );
});
