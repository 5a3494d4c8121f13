import { NOTHING_APPLIED, type AppliedDropdown, type ApplyOutcome } from "../port/outcome";
import { text } from "../port/plan";
import { ok } from "../result";
import type { Language } from "./messages";
import { writeResultText } from "./write-result";

/** Headline, then the lines: what the pane, the ribbon and the command line say. */
function said(outcome: Partial<ApplyOutcome>, language: Language = "ja"): string[] {
  const t = writeResultText(ok({ ...NOTHING_APPLIED, ...outcome }), language);
  return [t.headline, ...t.lines];
}

const SUMMARY = { name: "サマリー_R7Q2", id: "{7}" };
const dropdown = { status: "written" } as AppliedDropdown;

describe("one true sentence about what a write did", () => {
  test("サマリー作成 adds a sheet and writes no list cell: headed by the sheet, nothing about cells", () => {
    expect(said({ sheetsAdded: [SUMMARY], history: 1 })).toEqual([
      "シート「サマリー_R7Q2」を追加しました。",
      "変更履歴に 1 行を記録しました。",
    ]);
    expect(said({ sheetsAdded: [SUMMARY], history: 1 }, "en")[0]).toBe('Added sheet "サマリー_R7Q2".');
  });

  test("its undo removes the sheet: headed by the removal", () => {
    expect(said({ sheetsRemoved: [SUMMARY], history: 1 })).toEqual([
      "シート「サマリー_R7Q2」を削除しました。",
      "変更履歴に 1 行を記録しました。",
    ]);
  });

  test("the undo of 選択肢を設定 says the dropdowns' ranges have their validation back", () => {
    const undone = { sheetsRemoved: [{ name: "選択肢", id: "{2}" }], validationsRestored: 18, history: 1 };
    expect(said(undone)).toEqual([
      "シート「選択肢」を削除しました。",
      "ドロップダウンを付けた 18 か所の入力規則を元に戻しました。",
      "変更履歴に 1 行を記録しました。",
    ]);
    expect(said({ validationsRestored: 1 }, "en")).toEqual([
      "Put back the validation of 1 range that had dropdowns.",
    ]);
  });

  test("an undo whose cell a co-author changed: not put back, said as an undo, not as a write", () => {
    const cell = {
      reason: "changed" as const,
      sheet: "施策リスト",
      rowIndex: 59,
      colIndex: 13,
      expected: "☁",
      found: "☂",
      planned: text(""),
      field: "天気",
    };
    expect(said({ changed: [{ ...cell, purpose: "undo" }] })).toEqual([
      "ブックは何も変わっていません。",
      "1 セルは、このツールが書き込んだあとに他の人が変更していたため、元に戻していません（その人の値のままです）。",
    ]);
    expect(said({ changed: [{ ...cell, purpose: "undo" }] }, "en")[1]).toBe(
      "1 cell was not undone: someone changed it after the tool wrote it, and it keeps that value.",
    );
    // A write's own cell a co-author changed keeps the write's words.
    expect(said({ changed: [{ ...cell, purpose: "edit" }] })[1]).toBe(
      "1 セルは、読み込んだあとに他の人が変更していたため、書き込んでいません。",
    );
  });

  test("fill on a list whose values are already canonical: the dropdowns are what it did", () => {
    const lines = said({ dropdowns: [dropdown, dropdown], already: [], history: 0 });
    expect(lines).toEqual(["ドロップダウンを 2 か所に付けました。"]);
    expect(lines.join("")).not.toMatch(/書き込んだセルはありません|書き込むものはありません/u);
  });

  test("cells, a sheet and dropdowns: each said once, cells first", () => {
    const written = [
      {
        sheet: "施策リスト",
        rowIndex: 4,
        colIndex: 13,
        before: "晴れ",
        beforeFormat: null,
        after: text("☀"),
        purpose: "canonical-choice" as const,
        field: "weather",
      },
    ];
    expect(said({ written, sheetsAdded: [{ name: "選択肢", id: "{2}" }], dropdowns: [dropdown] })).toEqual([
      "1 セルを書き込みました。",
      "シート「選択肢」を追加しました。",
      "ドロップダウンを 1 か所に付けました。",
    ]);
  });

  test("everything left alone: the workbook is as it was, and why", () => {
    const kept = { name: "サマリー_R7Q2", reason: "renamed" as const, now: "サマリー（旧）" };
    expect(said({ sheetsKept: [kept] })).toEqual([
      "ブックは何も変わっていません。",
      "シート「サマリー_R7Q2」は名前が「サマリー（旧）」に変わっていたため、削除していません。",
    ]);
    expect(said({ sheetsKept: [kept] }, "en")[0]).toBe("Nothing in the workbook changed.");
    expect(said({})).toEqual(["書き込むものはありませんでした（ブックは変わっていません）。"]);
  });
});
