/**
 * One write engine, two hosts: the same plans (fill, attainment, summary, a PL's save, a fix, an
 * undo, and the plans a host must refuse) written on the .xlsx package and on Excel through
 * Microsoft's client must end the same way, cell for cell: the same cells written and left alone
 * with the same reasons, the same sheets, dropdowns and 変更履歴 rows, the same refusal.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { attainment } from "../../src/core/actions/attainment";
import { check } from "../../src/core/actions/check";
import { planEdits } from "../../src/core/actions/edit";
import { fill } from "../../src/core/actions/fill";
import { isFixable, planFix } from "../../src/core/actions/fix";
import { readListFor } from "../../src/core/actions/read-for";
import { summary } from "../../src/core/actions/summary";
import { addTargetsSheet, targets } from "../../src/core/actions/targets";
import { planUndo } from "../../src/core/actions/undo";
import { HISTORY_HEADER, HISTORY_SHEET } from "../../src/core/history/history";
import type { OpenedList } from "../../src/core/list/open-list";
import { cellAddress } from "../../src/core/port/grid";
import type { WriteFailure } from "../../src/core/port/failures";
import type { ApplyOutcome } from "../../src/core/port/outcome";
import { text, type WritePlan } from "../../src/core/port/plan";
import type { Result } from "../../src/core/result";
import { listSheet, seedRows, workbookOf } from "../builders/list-sheet";
import { toExcelJs } from "../builders/xlsx";
import { BY, historyOf, hostsOver, logged, xlsxHost, type HostUnderTest, type Hosts } from "./hosts";
import { ADDED_SHEET_HEADS_2026 } from "../builders/targets-sheet";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const SAMPLE = new Uint8Array(readFileSync(join(EXAMPLES, "measure-list-sample.xlsx")));
const KPI_SAMPLE = new Uint8Array(readFileSync(join(EXAMPLES, "measure-list-sample-kpi.xlsx")));
const R7Q2 = { fiscalYear: 7, quarter: 2 } as const;
const NOW = { year: 2025, month: 10, day: 1, hour: 9, minute: 0 };

/** A plan made once, from the list as the .xlsx adapter reads it, then written on each host. */
async function planOn(
  bytes: Uint8Array,
  action: "check" | "fill" | "attainment" | "summary" | "targets",
  make: (list: OpenedList) => WritePlan,
): Promise<WritePlan> {
  const read = await readListFor(xlsxHost(bytes).host, action);
  if (!read.ok) throw new Error(read.error.code);
  return make(read.value);
}

/** What a write did, without what only one host can tell (sheet identities, its own validation data). */
function projection(result: Result<ApplyOutcome, WriteFailure>) {
  if (!result.ok) return { refused: result.error };
  const o = result.value;
  const at = (c: { sheet: string; rowIndex: number; colIndex: number }) =>
    `${c.sheet}!${cellAddress(c.rowIndex, c.colIndex)}`;
  return {
    written: o.written.map((w) => [at(w), w.before, w.after, w.purpose, w.field]),
    changed: o.changed.map((c) => [c.reason, at(c), c.found]),
    already: o.already.map((a) => [at(a), a.value]),
    sheetsAdded: o.sheetsAdded.map((m) => m.name),
    sheetsRemoved: o.sheetsRemoved.map((m) => m.name),
    sheetsKept: o.sheetsKept,
    dropdowns: o.dropdowns.map((d) => [d.rule.sheet, d.rule.field, d.range, d.status]),
    validationsRestored: o.validationsRestored,
    history: o.history,
    interrupted: o.interrupted ?? null,
  };
}

interface Ended {
  readonly outcome: ReturnType<typeof projection>;
  readonly book: ReturnType<HostUnderTest["book"]>;
  readonly formats: readonly string[];
}

/** Writes the plans in order on a host; ends with what the last did and the workbook after. */
async function endOf(
  make: () => Promise<HostUnderTest>,
  steps: readonly ((before: readonly ApplyOutcome[]) => { plan: WritePlan; operation: string })[],
): Promise<Ended> {
  const h = await make();
  const done: ApplyOutcome[] = [];
  let last: Result<ApplyOutcome, WriteFailure> | null = null;
  for (const step of steps) {
    const { plan, operation } = step(done);
    last = await h.host.apply(plan, logged(operation));
    if (last.ok) done.push(last.value);
  }
  if (last === null) throw new Error("no step");
  const formats = last.ok
    ? await Promise.all(last.value.written.map((w) => h.format(w.sheet, w.rowIndex, w.colIndex)))
    : [];
  expect(h.gaps()).toEqual([]);
  return { outcome: projection(last), book: h.book(), formats };
}

async function expectSameEnd(
  hosts: Hosts,
  steps: readonly ((before: readonly ApplyOutcome[]) => { plan: WritePlan; operation: string })[],
): Promise<Ended> {
  const onPackage = await endOf(hosts.xlsx, steps);
  const onExcel = await endOf(hosts.excel, steps);
  expect(onExcel.outcome).toEqual(onPackage.outcome);
  expect(onExcel.formats).toEqual(onPackage.formats);
  expect(onExcel.book).toEqual(onPackage.book);
  return onPackage;
}

const once = (plan: WritePlan, operation: string) => [() => ({ plan, operation })];

/** The sample's first block with variants typed in, and one variant left by a formula. */
async function variantsBook(options: { protect?: string } = {}): Promise<Uint8Array> {
  const rows = seedRows().slice(0, 8);
  rows[0] = { ...rows[0], weather: "晴れ", direction: "改善" };
  rows[1] = { ...rows[1], weather: "☁️" };
  rows[2] = { ...rows[2], direction: "継続する" };
  const workbook = toExcelJs(workbookOf(listSheet({ rows })));
  const ws = workbook.getWorksheet("施策リスト") as ExcelJS.Worksheet;
  // Row 7 (the fifth measure, under two header rows): its 天気 is a formula whose result is a variant.
  ws.getCell("N7").value = { formula: 'IF(1,"曇り","")', result: "曇り" };
  if (options.protect) (workbook.getWorksheet(options.protect) as ExcelJS.Worksheet).protect("", {});
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the same plan ends the same on the .xlsx package and in Excel", () => {
  test("fill: variants rewritten, a formula left, 選択肢 added, dropdowns set, every cell in 変更履歴", async () => {
    const bytes = await variantsBook();
    const plan = await planOn(bytes, "fill", (list) => fill(list).plan);
    const end = await expectSameEnd(hostsOver(bytes), once(plan, "選択肢の設定"));
    expect(end.outcome).toMatchObject({
      written: [
        ["施策リスト!N3", "晴れ", text("☀"), "canonical-choice", "weather"],
        ["施策リスト!N4", "☁️", text("☁"), "canonical-choice", "weather"],
        ["施策リスト!O3", "改善", text("見直し"), "canonical-choice", "direction"],
        ["施策リスト!O5", "継続する", text("継続"), "canonical-choice", "direction"],
      ],
      changed: [["formula", "施策リスト!N7", "曇り"]],
      sheetsAdded: ["選択肢"],
      history: 5,
    });
    // The sheet first, as it was added before the cells were written; then each cell, and who.
    expect(end.book.find((s) => s.name === HISTORY_SHEET)?.rows[0]).toEqual([...HISTORY_HEADER]);
    expect(historyOf(end.book).map((r) => [r[2], r[3], r[4] ?? null, r[5] ?? null, r[6]])).toEqual([
      ["選択肢", "（シート追加）", null, null, BY],
      ["施策リスト", "N3", "晴れ", "☀", BY],
      ["施策リスト", "N4", "☁️", "☁", BY],
      ["施策リスト", "O3", "改善", "見直し", BY],
      ["施策リスト", "O5", "継続する", "継続", BY],
    ]);
  });

  test("attainment: rates with their % format, grades, header cells, each row's KPI cells as inputs", async () => {
    const plan = await planOn(KPI_SAMPLE, "attainment", (list) => attainment(list, R7Q2).plan);
    expect(plan.inputs?.length).toBeGreaterThan(0);
    const end = await expectSameEnd(hostsOver(KPI_SAMPLE), once(plan, "達成率の計算"));
    expect(end.outcome).toMatchObject({ changed: [], history: 28 });
    // Rates as %, grades as typed; a grade of "-" as Text, or Excel would read it as a formula.
    expect(new Set(end.formats)).toEqual(new Set(["0.0%", "General", "@"]));
  });

  test("summary: the sheet after the list, its cells and the row that says it was added", async () => {
    const plan = await planOn(SAMPLE, "summary", (list) => summary(list, { quarter: R7Q2, now: NOW }).plan);
    const end = await expectSameEnd(hostsOver(SAMPLE), once(plan, "サマリー作成"));
    expect(end.book.map((s) => s.name)).toEqual(["施策リスト", "サマリー_R7Q2", HISTORY_SHEET]);
    expect(historyOf(end.book).map((r) => [r[1], r[2], r[3]])).toEqual([
      ["サマリー作成", "サマリー_R7Q2", "（シート追加）"],
    ]);
  });

  test("a PL's save: a number, texts that Excel would retype kept as text", async () => {
    const plan = await planOn(
      SAMPLE,
      "check",
      (list) =>
        planEdits(list, [
          { rowIndex: 59, values: { weather: "☁", progress: "=研修を実施", directionReason: "2025-08-25" } },
        ]).plan,
    );
    const end = await expectSameEnd(hostsOver(SAMPLE), once(plan, "PL の編集"));
    expect(end.formats).toEqual(end.formats.map(() => expect.any(String)));
    expect(historyOf(end.book).map((r) => r[5])).toEqual(["=研修を実施", "☁", "2025-08-25"]);
  });

  test("a fix: C3-2's weather mark written into 天気", async () => {
    const plan = await planOn(
      SAMPLE,
      "check",
      (list) => planFix(list, check(list).report.issues.filter(isFixable)).plan,
    );
    const end = await expectSameEnd(hostsOver(SAMPLE), once(plan, "修正"));
    expect(end.outcome).toMatchObject({
      written: [["施策リスト!N60", null, text("☁"), "canonical-choice", "weather"]],
    });
  });

  test("the same plan written again (a retry after a lost answer): its cells are already written, nobody's change", async () => {
    const plan = await planOn(
      SAMPLE,
      "check",
      (list) => planEdits(list, [{ rowIndex: 59, values: { weather: "☁", progress: "研修を実施" } }]).plan,
    );
    const end = await expectSameEnd(hostsOver(SAMPLE), [
      () => ({ plan, operation: "PL の編集" }),
      () => ({ plan, operation: "PL の編集" }),
    ]);
    expect(end.outcome).toMatchObject({
      written: [],
      changed: [],
      already: [
        ["施策リスト!M60", text("研修を実施")],
        ["施策リスト!N60", text("☁")],
      ],
      history: 0,
    });
    expect(historyOf(end.book).length).toBe(2);
  });

  test("a 変更履歴 made before 変更者 (six columns): its header and rows stay, new rows have the seventh", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(SAMPLE) as unknown as ExcelJS.Buffer);
    const old = workbook.addWorksheet(HISTORY_SHEET, { state: "hidden" });
    old.addRow(HISTORY_HEADER.slice(0, 6));
    old.addRow(["2025-07-01 10:00", "修正", "施策リスト", "N59", "晴れ", "☀"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const plan = await planOn(
      bytes,
      "check",
      (list) => planEdits(list, [{ rowIndex: 59, values: { weather: "☁" } }]).plan,
    );
    const end = await expectSameEnd(hostsOver(bytes), once(plan, "PL の編集"));
    expect(end.book.find((s) => s.name === HISTORY_SHEET)?.rows).toEqual([
      ["日時", "操作", "シート", "セル", "変更前", "変更後"],
      ["2025-07-01 10:00", "修正", "施策リスト", "N59", "晴れ", "☀"],
      ["2025-10-01 09:00", "PL の編集", "施策リスト", "N60", null, "☁", BY],
    ]);
  });

  test("undo of fill: values and formats back, validations back, 選択肢 removed, both logged", async () => {
    const bytes = await variantsBook();
    const plan = await planOn(bytes, "fill", (list) => fill(list).plan);
    const end = await expectSameEnd(hostsOver(bytes), [
      () => ({ plan, operation: "選択肢の設定" }),
      (done) => ({ plan: planUndo(done[0]), operation: "元に戻す" }),
    ]);
    expect(end.outcome).toMatchObject({ sheetsRemoved: ["選択肢"], history: 5 });
    // Every range the fill gave a dropdown has its validation back, and the result says so.
    const filled = await expectSameEnd(hostsOver(bytes), [() => ({ plan, operation: "選択肢の設定" })]);
    const set = (filled.outcome.dropdowns ?? []).filter((d) => d[3] === "written").length;
    expect(set).toBeGreaterThan(0);
    expect(end.outcome.validationsRestored).toBe(set);
    expect(end.book.map((s) => s.name)).toEqual(["施策リスト", HISTORY_SHEET]);
  });

  test("the empty 目標 sheet added after the list (issue 17), logged, then undone", async () => {
    const plan = await planOn(
      KPI_SAMPLE,
      "targets",
      (list) => addTargetsSheet(list, { fiscalYear: 2026 }).plan,
    );
    const added = await expectSameEnd(hostsOver(KPI_SAMPLE), once(plan, "目標シートの追加"));
    expect(added.book.map((s) => s.name)).toEqual(["施策リスト", "目標", HISTORY_SHEET]);
    expect(added.book.find((s) => s.name === "目標")?.rows[0]?.slice(0, 7)).toEqual([
      ...ADDED_SHEET_HEADS_2026,
    ]);
    expect(historyOf(added.book).map((r) => [r[1], r[2], r[3]])).toEqual([
      ["目標シートの追加", "目標", "（シート追加）"],
    ]);
    const undone = await expectSameEnd(hostsOver(KPI_SAMPLE), [
      () => ({ plan, operation: "目標シートの追加" }),
      (done) => ({ plan: planUndo(done[0]), operation: "元に戻す" }),
    ]);
    expect(undone.outcome).toMatchObject({ sheetsRemoved: ["目標"] });
    expect(undone.book.map((s) => s.name)).toEqual(["施策リスト", HISTORY_SHEET]);
  });

  test("the targets sample's 目標 sheet reads the same through Excel as from the .xlsx package", async () => {
    const bytes = new Uint8Array(readFileSync(join(EXAMPLES, "measure-list-sample-targets.xlsx")));
    const hosts = hostsOver(bytes);
    const quarter = { fiscalYear: 8, quarter: 2 } as const;
    const reports = [];
    for (const make of [hosts.xlsx, hosts.excel]) {
      const read = await readListFor((await make()).host, "targets");
      if (!read.ok) throw new Error(read.error.code);
      reports.push(targets(read.value, { quarter }));
    }
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[0].model?.targets.map((r) => r.target.path[2].target.raw)).toEqual([
      "10,000時間削減",
      "4,115,000枚",
      "40％",
      "100%",
      "対象手続き拡⼤",
      "機能拡充した生成AIツールの導入・全庁運⽤",
      "30%減",
    ]);
  });
});

describe("the same refusals, with nothing written on either host", () => {
  async function refusalOf(bytes: Uint8Array, plan: WritePlan): Promise<ReturnType<typeof projection>> {
    const end = await expectSameEnd(hostsOver(bytes), once(plan, "テスト"));
    return end.outcome;
  }

  test("a protected list sheet", async () => {
    const open = await variantsBook();
    const plan = await planOn(open, "fill", (list) => fill(list).plan);
    expect(await refusalOf(await variantsBook({ protect: "施策リスト" }), plan)).toEqual({
      refused: { code: "sheet-protected", sheet: "施策リスト" },
    });
  });

  test("a sheet name that is taken, and one Excel does not allow", async () => {
    const plan = await planOn(SAMPLE, "summary", (list) => summary(list, { quarter: R7Q2, now: NOW }).plan);
    const taken = { ...plan, newSheets: plan.newSheets.map((s) => ({ ...s, name: "施策リスト" })) };
    expect(await refusalOf(SAMPLE, taken)).toEqual({
      refused: {
        code: "cannot-keep",
        path: null,
        problem: { code: "sheet-name-taken", sheet: "施策リスト" },
      },
    });
    const invalid = { ...plan, newSheets: plan.newSheets.map((s) => ({ ...s, name: "R7:Q2" })) };
    expect(await refusalOf(SAMPLE, invalid)).toEqual({
      refused: { code: "cannot-keep", path: null, problem: { code: "sheet-name-invalid", sheet: "R7:Q2" } },
    });
  });

  test("a sheet the plan writes that is not there", async () => {
    const plan = await planOn(
      SAMPLE,
      "check",
      (list) => planEdits(list, [{ rowIndex: 59, values: { weather: "☁" } }]).plan,
    );
    const gone = { ...plan, runs: plan.runs.map((r) => ({ ...r, sheet: "R6施策" })) };
    expect(await refusalOf(SAMPLE, gone)).toEqual({
      refused: { code: "cannot-keep", path: null, problem: { code: "sheet-not-found", sheet: "R6施策" } },
    });
  });

  test("a protected 変更履歴 when the write is logged", async () => {
    const first = xlsxHost(SAMPLE);
    const made = await first.host.apply(
      await planOn(
        SAMPLE,
        "check",
        (list) => planEdits(list, [{ rowIndex: 59, values: { weather: "☁" } }]).plan,
      ),
      logged("PL の編集"),
    );
    expect(made.ok).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(
        (first.host as ReturnType<typeof xlsxHost>["host"] & { bytes(): Uint8Array }).bytes(),
      ) as unknown as ExcelJS.Buffer,
    );
    (workbook.getWorksheet(HISTORY_SHEET) as ExcelJS.Worksheet).protect("", {});
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const plan = await planOn(
      bytes,
      "check",
      (list) => planEdits(list, [{ rowIndex: 4, values: { weather: "☂" } }]).plan,
    );
    expect(await refusalOf(bytes, plan)).toEqual({
      refused: { code: "sheet-protected", sheet: HISTORY_SHEET },
    });
  });

  test("a value no cell can hold, and a cell past the sheet's last column", async () => {
    const plan = await planOn(
      SAMPLE,
      "check",
      (list) => planEdits(list, [{ rowIndex: 59, values: { weather: "☁" } }]).plan,
    );
    const run = plan.runs[0];
    const tooLong = {
      ...plan,
      runs: [
        { ...run, values: [[{ kind: "text" as const, text: "あ".repeat(32_768), formulaLike: false }]] },
      ],
    };
    expect(await refusalOf(SAMPLE, tooLong)).toMatchObject({
      refused: { problem: { code: "text-too-long", sheet: "施策リスト", cell: "N60" } },
    });
    const outside = { ...plan, runs: [{ ...run, left: 16_384 }] };
    expect(await refusalOf(SAMPLE, outside)).toMatchObject({
      refused: { problem: { code: "outside-grid", sheet: "施策リスト" } },
    });
  });
});
