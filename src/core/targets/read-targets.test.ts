import { findTargets } from "./find-targets";
import { readTargets } from "./read-targets";
import { findList } from "../list/find-list";
import { listSheet, workbookOf } from "../../../tests/builders/list-sheet";
import {
  SEED_KGI_ROW,
  SEED_TARGET_ROWS,
  targetsBook,
  targetsSheet,
} from "../../../tests/builders/targets-sheet";
import type { TargetValue } from "./model";

/** A value as `[raw, value, unit, 削減]` for short assertions. */
function short(v: TargetValue | undefined): unknown {
  if (!v) return undefined;
  if (v.kind === "blank") return null;
  if (v.kind === "stage") return v.carried === true ? [v.raw, "carried"] : v.raw;
  return [v.value, v.unit ?? "", v.reduction === true ? "削減" : "", v.carried === true ? "carried" : ""];
}

function readSeed(spec: Parameters<typeof targetsSheet>[0] = {}) {
  const book = targetsBook(spec);
  const found = findTargets(book, { skip: (s) => s.name === "施策リスト" });
  if (!found) throw new Error("no 目標 sheet");
  return readTargets(found.sheet, found.layout);
}

describe("reading seed 004's table as printed", () => {
  const reading = readSeed();

  test("every value is read with its unit; blanks carry the previous year; the merged stage spans both years", () => {
    expect(
      reading.targets.map((t) => [
        t.row,
        t.name,
        t.kind,
        short(t.baseline.value),
        ...t.path.map((s) => short(s.target)),
      ]),
    ).toEqual([
      [
        2,
        "職員の年間作業時間",
        "numeric",
        [6070, "時間", "削減", ""],
        [10000, "時間", "削減", ""],
        [10000, "時間", "削減", ""],
        [10000, "時間", "削減", ""],
      ],
      [
        3,
        "A4コピー用紙購入枚数",
        "numeric",
        [4600000, "枚", "", ""],
        [4480000, "枚", "", ""],
        [4310000, "枚", "", ""],
        [4115000, "枚", "", ""],
      ],
      [
        4,
        "テレワーク実施率",
        "numeric",
        [11, "%", "", ""],
        [20, "%", "", ""],
        [30, "%", "", ""],
        [40, "%", "", ""],
      ],
      [
        5,
        "文書管理システムの電子決裁（発意起案）",
        "numeric",
        [84, "%", "", ""],
        [100, "%", "", ""],
        [100, "%", "", "carried"],
        [100, "%", "", "carried"],
      ],
      [
        6,
        "処分通知等オンライン化の推進",
        "staged",
        "未導入",
        "導入に向けた調査・研究",
        "実証・導入開始",
        "対象手続き拡⼤",
      ],
      [
        7,
        "生成AIツールの機能拡充",
        "staged",
        "限定的な利⽤",
        "機能拡充検証",
        "機能拡充した生成AIツールの導入・全庁運⽤",
        ["機能拡充した生成AIツールの導入・全庁運⽤", "carried"],
      ],
    ]);
    expect(reading.targets.map((t) => t.path.map((s) => s.year))[0]).toEqual([2026, 2027, 2028]);
    expect(reading.targets.map((t) => t.baseline.year)).toEqual([2025, 2025, 2025, 2025, 2025, 2025]);
    expect(reading.targets.map((t) => t.unit ?? null)).toEqual(["時間", "枚", "%", "%", null, null]);
  });

  test("directions: 削減 means more is better, the path says the rest, stages have none", () => {
    expect(reading.targets.map((t) => [t.direction, t.directionStated])).toEqual([
      ["increase", false],
      ["decrease", false],
      ["increase", false],
      ["increase", false],
      [null, false],
      [null, false],
    ]);
  });

  test("the footnote under the table dates the 現在地 of the rows it names", () => {
    expect(reading.targets.map((t) => t.baseline.note ?? null)).toEqual([
      null,
      "2026年2月末時点のデータをもとに3月末時点を推計したもの",
      null,
      "2026年2月末時点",
      null,
      null,
    ]);
    expect(reading.notes).toEqual([
      { row: 3, text: "2026年2月末時点のデータをもとに3月末時点を推計したもの" },
      { row: 5, text: "2026年2月末時点" },
    ]);
  });

  test("the KGI row is marked; the seed's rows are not", () => {
    const withKgi = readSeed({ rows: [...SEED_TARGET_ROWS, SEED_KGI_ROW], columns: ["kind"] });
    expect(withKgi.targets.map((t) => t.kgi)).toEqual([false, false, false, false, false, false, true]);
    expect(short(withKgi.targets[6].path[2].target)).toEqual([30, "%", "削減", ""]);
  });
});

describe("finding the 目標 sheet by its headers", () => {
  test.each([
    [["R8", "R9", "R10"]],
    [["令和8年度", "令和9年度", "令和10年度"]],
    [["FY2026", "FY2027", "FY2028"]],
    [["2026年度目標", "2027年度目標", "2028年度目標"]],
  ])("year headers %j read as 2026–2028, on a sheet of any name", (yearHeaders) => {
    const book = workbookOf(
      listSheet(),
      targetsSheet({ yearHeaders, name: "Sheet3", titleRows: ["第二章 市役所を変える"] }),
    );
    const found = findTargets(book, { skip: (s) => s.name === "施策リスト" });
    expect(found?.sheet.name).toBe("Sheet3");
    expect(found?.layout.years.map((y) => y.year)).toEqual([2026, 2027, 2028]);
  });

  test("a 基準年度 column gives the baseline year when 現在地 has none", () => {
    const rows = SEED_TARGET_ROWS.slice(1, 2).map((r) => ({ ...r, kind: "令和7年度" }));
    const sheet = targetsSheet({ rows, baselineHeader: "現在地", columns: ["kind"] });
    const patched = {
      ...sheet,
      rows: sheet.rows.map((cells, i) =>
        i === 0 ? cells.map((v) => (v === "区分" ? "基準年度" : v)) : cells,
      ),
    };
    const found = findTargets(workbookOf(patched));
    expect(found && readTargets(found.sheet, found.layout).targets[0].baseline.year).toBe(2025);
  });

  test("percents typed in Excel (stored as 0.2) read as written beside the 「11％」 text", () => {
    const rows = [{ ...SEED_TARGET_ROWS[2], years: [0.2, 0.3, "40％"], actuals: [0.14, null, null] }];
    const found = findTargets(workbookOf(targetsSheet({ rows })));
    const [target] = found ? readTargets(found.sheet, found.layout).targets : [];
    expect([
      short(target.baseline.value),
      ...target.path.map((s) => short(s.target)),
      short(target.path[0].actual),
    ]).toEqual([
      [11, "%", "", ""],
      [20, "%", "", ""],
      [30, "%", "", ""],
      [40, "%", "", ""],
      [14, "%", "", ""],
    ]);
  });

  test("two header rows: each year over 目標 and 実績", () => {
    const rows = SEED_TARGET_ROWS.slice(1, 3).map((r) => ({ ...r, actuals: ["4,500,000枚", null, null] }));
    const found = findTargets(workbookOf(targetsSheet({ rows, twoRowHeader: true })));
    expect(found?.layout.years).toEqual([
      { year: 2026, target: 2, actual: 3 },
      { year: 2027, target: 4, actual: 5 },
      { year: 2028, target: 6, actual: 7 },
    ]);
    const read = found ? readTargets(found.sheet, found.layout) : null;
    expect(short(read?.targets[0].path[0].actual)).toEqual([4500000, "枚", "", ""]);
  });

  test("the list is never taken for the 目標 sheet, nor the 目標 sheet for the list", () => {
    const book = targetsBook();
    expect(findTargets(workbookOf(listSheet()))).toBeNull();
    expect(findList(workbookOf(targetsSheet())).ok).toBe(false);
    const list = findList(book);
    expect(list.ok && list.value.layout.sheet).toBe("施策リスト");
  });
});
