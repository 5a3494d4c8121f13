/**
 * The Office.js adapter driven by Microsoft's own client against the emulated Excel host: each
 * operation on the sample workbook, with its exact round trips and the co-author guard.
 */
import { join } from "node:path";
import { useExcelHost } from "../../tests/support/excel-host";
import { check } from "../core/actions/check";
import { fill } from "../core/actions/fill";
import { planEdits } from "../core/actions/edit";
import { readListFor, type ActionName } from "../core/actions/read-for";
import { summary } from "../core/actions/summary";
import { planUndo } from "../core/actions/undo";
import type { OpenedList } from "../core/list/open-list";
import type { WorkbookHost } from "../core/port/host";
import { createOfficeHost } from "./office-host";

const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");
const R7Q2 = { fiscalYear: 7, quarter: 2 } as const;
const NOW = { year: 2025, month: 10, day: 1, hour: 9, minute: 0 };

async function open(host: WorkbookHost, action: ActionName): Promise<OpenedList> {
  const list = await readListFor(host, action);
  if (!list.ok) throw new Error(list.error.code);
  return list.value;
}

describe("the Office.js host on the sample (ExcelApi 1.8)", () => {
  const excel = useExcelHost({ xlsx: SAMPLE, sets: { ExcelApi: "1.8" } });

  test("check reads the whole small list in its first step: two syncs, then one once the sheets are known", async () => {
    const host = createOfficeHost();
    const list = await open(host, "check");
    const { report } = check(list);
    expect(report.dataRows).toBe(32);
    expect(
      report.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.column, i.code, i.suggestion]),
    ).toEqual([[60, "N", "missing-value", "☁"]]);
    excel.host.expectBudget({ syncs: 2 });
    excel.host.clearRecords();
    await open(host, "check");
    excel.host.expectBudget({ syncs: 1 });
  });

  test("fill: the 選択肢 sheet, hidden, and the dropdowns, in one compare and one write", async () => {
    const host = createOfficeHost();
    await open(host, "check");
    excel.host.clearRecords();
    const { plan } = fill(await open(host, "fill"));
    const applied = await host.apply(plan, {
      history: { operation: "選択肢の設定", time: "2025-10-01 09:00", by: "" },
    });
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value.sheetsAdded.map((m) => m.name)).toEqual(["選択肢"]);
    expect(applied.value.dropdowns.every((d) => d.status === "written")).toBe(true);
    excel.host.expectBudget({ syncs: 3 });
    const { report } = fill(await open(host, "fill"));
    const validations = excel.host.snapshot("施策リスト").validations;
    const cells = (column: string) =>
      validations
        .filter((v) => v.ranges.every((r) => r.startsWith(column)))
        .flatMap((v) => v.ranges)
        .join(",");
    expect([cells("N"), cells("O")]).toEqual([report.dropdowns.weather, report.dropdowns.direction]);
    expect(new Set(validations.map((v) => JSON.stringify([v.type, v.rule])))).toEqual(
      new Set([
        JSON.stringify(["list", { list: { inCellDropDown: true, source: "='選択肢'!$A$2:$A$4" } }]),
        JSON.stringify(["list", { list: { inCellDropDown: true, source: "='選択肢'!$E$2:$E$9" } }]),
      ]),
    );
    expect(excel.host.snapshot("選択肢").visibility).toBe("Hidden");
    expect(excel.host.snapshot("変更履歴").visibility).toBe("Hidden");
  });

  test("a co-author's edit between the read and the write is reported, not overwritten", async () => {
    const host = createOfficeHost();
    const list = await open(host, "check");
    const edits = [{ rowIndex: 59, values: { weather: "☁", progress: "研修を実施" } }];
    const { plan } = planEdits(list, edits);
    // The PL's neighbour types into N60 after the pane read it and before 保存.
    excel.host.onNextSync(() => excel.host.edit("施策リスト!N60", "☂"));
    const applied = await host.apply(plan);
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value.changed.map((c) => [c.reason, c.rowIndex, c.colIndex, c.found])).toEqual([
      ["changed", 59, 13, "☂"],
    ]);
    expect(applied.value.written.map((w) => [w.rowIndex, w.colIndex])).toEqual([[59, 12]]);
    expect(excel.host.values("施策リスト!M60:N60")).toEqual([["研修を実施", "☂"]]);
  });

  test("text that looks like a formula is written as the text it is", async () => {
    const host = createOfficeHost();
    const list = await open(host, "check");
    const texts = ["=SUM(A1:A3)", "+81-3-1234", "- 検討中", "@担当課", "8/25"];
    const { plan } = planEdits(
      list,
      // Sheet rows 5–8 and 12: the first block's measures and the next block's first.
      texts.map((t, i) => ({ rowIndex: i < 4 ? 4 + i : 11, values: { progress: t } })),
    );
    const applied = await host.apply(plan);
    expect(applied.ok).toBe(true);
    const cells = ["M5", "M6", "M7", "M8", "M12"].map((a) => excel.host.cell(`施策リスト!${a}`));
    expect(cells.map((c) => [c.value, c.valueType])).toEqual(texts.map((t) => [t, "String"]));
  });

  test("undo puts the old values back, except a cell someone changed since", async () => {
    const host = createOfficeHost();
    const list = await open(host, "check");
    const before = excel.host.values("施策リスト!M5:N6");
    const { plan } = planEdits(list, [
      { rowIndex: 4, values: { progress: "新しい進捗", weather: "☁" } },
      { rowIndex: 5, values: { weather: "☂" } },
    ]);
    const applied = await host.apply(plan);
    if (!applied.ok) throw new Error(applied.error.code);
    excel.host.edit("施策リスト!N6", "☁");
    const undone = await host.apply(planUndo(applied.value));
    if (!undone.ok) throw new Error(undone.error.code);
    expect(undone.value.changed.map((c) => [c.rowIndex, c.colIndex, c.found])).toEqual([[5, 13, "☁"]]);
    expect(excel.host.values("施策リスト!M5:N5")).toEqual([before[0]]);
  });

  test("summary: a new sheet after the list; print setup is skipped without ExcelApi 1.9, and said so", async () => {
    const host = createOfficeHost();
    const { plan, report } = summary(await open(host, "summary"), { quarter: R7Q2, now: NOW });
    const applied = await host.apply(plan);
    if (!applied.ok) throw new Error(applied.error.code);
    expect(applied.value.sheetsAdded.map((m) => m.name)).toEqual([report.model?.sheet]);
    expect(applied.value.unsupported.map((u) => [u.step, u.needs])).toEqual([
      ["print-setup", "ExcelApi 1.9"],
    ]);
    const sheet = excel.host.snapshot("サマリー_R7Q2");
    expect(sheet.values[0][0]).toContain("四半期サマリー R7Q2");
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.frozen).toMatchObject({ rows: 2 });
  });
});

describe("fill run twice", () => {
  const excel = useExcelHost({ xlsx: SAMPLE });

  test("the second fill finds every dropdown in place and writes nothing", async () => {
    const host = createOfficeHost();
    const first = await host.apply(fill(await open(host, "fill")).plan);
    if (!first.ok) throw new Error(first.error.code);
    excel.host.clearRecords();
    const second = await host.apply(fill(await open(host, "fill")).plan);
    if (!second.ok) throw new Error(second.error.code);
    expect(second.value.dropdowns.every((d) => d.status === "in-place")).toBe(true);
    expect([second.value.written, second.value.sheetsAdded]).toEqual([[], []]);
    expect(excel.host.records.flatMap((r) => r.writes)).toEqual([]);
  });
});

describe("an Excel below the add-in's requirement set", () => {
  useExcelHost({ xlsx: SAMPLE, sets: { ExcelApi: "1.7" } });

  test("fill says which set it needs, and writes nothing", async () => {
    const host = createOfficeHost();
    const applied = await host.apply(fill(await open(host, "fill")).plan);
    expect(applied).toEqual({
      ok: false,
      error: { code: "requirement-missing", needs: "ExcelApi 1.8" },
    });
  });
});

describe("refusals", () => {
  const excel = useExcelHost({
    xlsx: SAMPLE,
    sets: { ExcelApi: "1.8" },
  });

  test("a protected sheet: a clear failure, and nothing written", async () => {
    const host = createOfficeHost();
    const list = await open(host, "check");
    const sheet = excel.host.workbook.sheetByName("施策リスト");
    if (!sheet) throw new Error("no list");
    sheet.protection = { protected: true, options: {} };
    const applied = await host.apply(planEdits(list, [{ rowIndex: 4, values: { weather: "☁" } }]).plan);
    expect(applied).toEqual({ ok: false, error: { code: "sheet-protected", sheet: "施策リスト" } });
    expect(excel.host.values("施策リスト!N5")).toEqual([["☀"]]);
  });

  test("a cell being edited: a clear failure, and nothing written", async () => {
    const host = createOfficeHost();
    const list = await open(host, "check");
    excel.host.enterCellEditMode();
    const applied = await host.apply(planEdits(list, [{ rowIndex: 4, values: { weather: "☁" } }]).plan);
    expect(applied).toEqual({ ok: false, error: { code: "cell-edit-mode" } });
    excel.host.exitCellEditMode();
    expect(excel.host.values("施策リスト!N5")).toEqual([["☀"]]);
  });
});
