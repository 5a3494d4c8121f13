import { plainSheet, workbookOf } from "../../../tests/builders/list-sheet";
import { DEFAULT_CHOICES } from "./choices";
import { choicesSheetRows, findChoicesSheet, readChoicesSheet } from "./choices-sheet";
import type { CellValue } from "../port/grid";
import { issueMessage } from "../messages/messages";

function edited(edit: (rows: CellValue[][]) => void) {
  const rows = choicesSheetRows().map((r) => [...r]);
  edit(rows);
  return plainSheet("選択肢", rows, true);
}

describe("the 選択肢 sheet", () => {
  test("no sheet means the defaults of §4", () => {
    expect(readChoicesSheet(null)).toEqual({ choices: DEFAULT_CHOICES, issues: [], places: {} });
  });

  test("the sheet as the tool writes it reads back as the defaults", () => {
    const read = readChoicesSheet(plainSheet("選択肢", choicesSheetRows(), true));
    expect(read.issues).toEqual([]);
    expect(read.choices).toEqual(DEFAULT_CHOICES);
    expect(read.places.weather).toEqual({ row: 0, col: 0, columns: { 意味: 1, 言い換え: 2 }, length: 3 });
    expect(read.places.direction).toMatchObject({ row: 0, col: 4, length: 8 });
  });

  test("a city's extra weather mark and renamed direction win over the defaults", () => {
    const sheet = edited((rows) => {
      rows[4] = [...rows[4]];
      rows[4][0] = "⚡";
      rows[4][1] = "重大な遅れ";
      rows[4][2] = "雷";
      const minaoshi = rows.findIndex((r) => r[4] === "見直し");
      rows[minaoshi][4] = "改善・見直し";
      rows[minaoshi][7] = "改善 見直し";
    });
    const { choices, issues } = readChoicesSheet(sheet);
    expect(issues).toEqual([]);
    expect(choices.weather.map((w) => w.value)).toEqual(["☀", "☁", "☂", "⚡"]);
    expect(choices.weather[3]).toEqual({ value: "⚡", meaning: "重大な遅れ", variants: ["雷"] });
    expect(choices.direction.map((d) => d.value)).toContain("改善・見直し");
    expect(choices.direction.find((d) => d.value === "改善・見直し")).toMatchObject({
      needsReason: true,
      variants: ["改善", "見直し"],
    });
  });

  test("thresholds typed as 90%, 0.9 or 90 all mean 90%", () => {
    for (const typed of ["90%", 0.9, 90]) {
      const sheet = edited((rows) => {
        rows[1][10] = typed;
      });
      const { choices, issues } = readChoicesSheet(sheet);
      expect(issues).toEqual([]);
      expect(choices.grades[0]).toEqual({ grade: "A", min: 0.9 });
    }
  });

  test("tables moved elsewhere on the sheet are still found by their headers", () => {
    const rows: CellValue[][] = [
      ["天気の基準（編集可）"],
      [null, "天気", "意味"],
      [null, "☀", "順調"],
      [null, "☂", "遅れ"],
    ];
    const { choices } = readChoicesSheet(plainSheet("選択肢", rows));
    expect(choices.weather.map((w) => w.value)).toEqual(["☀", "☂"]);
    expect(choices.direction).toBe(DEFAULT_CHOICES.direction);
  });

  test("an unusable table is reported once and its defaults stand in", () => {
    const sheet = edited((rows) => {
      rows[2][10] = 1.2;
      rows[3][6] = "たぶん";
    });
    const { choices, issues } = readChoicesSheet(sheet);
    expect(choices.grades).toBe(DEFAULT_CHOICES.grades);
    expect(choices.direction).toBe(DEFAULT_CHOICES.direction);
    expect(issues.map((i) => [i.code, i.severity, i.row, i.params])).toEqual([
      [
        "invalid-choices-sheet",
        "warning",
        null,
        {
          table: "今後の方向性",
          problem: { code: "reason-not-yes-no", value: "見直し", text: "たぶん" },
          cell: "選択肢!E1",
        },
      ],
      [
        "invalid-choices-sheet",
        "warning",
        null,
        { table: "達成度", problem: { code: "bounds-not-falling" }, cell: "選択肢!J1" },
      ],
    ]);
    expect(issues.map((i) => issueMessage(i))).toEqual([
      "選択肢シートの「今後の方向性」の表（選択肢!E1）を使えません: 「見直し」の方向性理由「たぶん」は「必要」か「不要」で書いてください。この表は既定の選択肢を使います",
      "選択肢シートの「達成度」の表（選択肢!J1）を使えません: 下限は上の行ほど大きくしてください。この表は既定の選択肢を使います",
    ]);
  });

  test("the sheet is found by name whatever its visibility or spacing", () => {
    const book = workbookOf(plainSheet("施策", []), plainSheet(" 選択肢 ", [], true));
    expect(findChoicesSheet(book)?.name).toBe(" 選択肢 ");
  });
});
