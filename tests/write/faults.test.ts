/**
 * A write under faults, through the add-in's own actions on the emulated Excel (what
 * `npm run excel-host -- --action … --fail-request N …` runs): a failed or lost request at each
 * piece, a co-author's edit to a target and to an input, a sheet protected or renamed between the
 * compare and the write, a protected 変更履歴, a tool sheet replaced before its undo. Each ends
 * with 変更履歴 holding exactly the cells that changed, a message that is true, and nothing a
 * person wrote lost.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HISTORY_SHEET } from "../../src/core/history/history";
import { cellAddress, type CellValue } from "../../src/core/port/grid";
import { kpiListBytes } from "../builders/kpi-list";
import type { NodeExcelHost } from "../support/excel-host";
import { runActions, type ActionName, type Fault, type RunReport } from "../support/excel-host/run-action";

const R7Q2 = { fiscalYear: 7, quarter: 2 } as const;
const NOW = new Date(2025, 9, 1, 9, 0);
/** A cap small enough that 達成率 on the list below takes three requests. */
const LIMIT = 96 * 1024;
const SAMPLE = readFileSync(join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx"));

let list: Buffer;
/** The requests of a clean run: the compare read, then the three pieces of the write. */
let compare: number;
let pieces: number[];

beforeAll(async () => {
  list = await kpiListBytes(450);
  const { report } = await run([]);
  expect(report.outcome).toBe("written");
  pieces = report.requests.filter((r) => r.writes > 0).map((r) => r.index);
  expect(pieces.length).toBe(3);
  compare = compareOf(report);
}, 120_000);

async function run(
  faults: readonly Fault[],
  actions: readonly ActionName[] = ["attainment"],
  xlsx: Buffer = list,
  addinPayloadLimit?: number,
): Promise<{ report: RunReport; excel: NodeExcelHost; before: Book }> {
  const before = await bookOf(xlsx, actions.slice(0, -1));
  const { report, excel } = await runActions({
    xlsx,
    actions,
    faults,
    quarter: R7Q2,
    now: NOW,
    payloadLimit: LIMIT,
    ...(addinPayloadLimit ? { addinPayloadLimit } : {}),
  });
  expect(excel.gaps).toEqual([]);
  return { report, excel, before };
}

/**
 * The first request of the write's compare: the first sync after the list was read (its
 * `Excel.run` ends with a clean-up), before the first piece.
 */
function compareOf(report: RunReport): number {
  const first = report.requests.findIndex((r) => r.writes > 0);
  let i = first;
  while (i > 0 && report.requests[i - 1].kind === "sync") i--;
  return report.requests[i].index;
}

type Book = Map<string, CellValue[][]>;

/** The workbook as it stands before the last action: every sheet's values. */
async function bookOf(xlsx: Buffer, actions: readonly ActionName[]): Promise<Book> {
  const { excel } = await runActions({
    xlsx,
    actions: actions.length > 0 ? actions : ["check"],
    quarter: R7Q2,
    now: NOW,
    payloadLimit: LIMIT,
  });
  return valuesOf(excel);
}

function valuesOf(excel: NodeExcelHost): Book {
  return new Map(
    excel.workbook.sheets.map((s) => [s.name, excel.snapshot(s.name).values.map((row) => row.map(cellOf))]),
  );
}

function cellOf(v: unknown): CellValue {
  return v === "" || v === undefined ? null : (v as CellValue);
}

/** Cells that differ between two books, on the sheets both have (変更履歴 aside): `Sheet!A1` → [before, after]. */
function changes(before: Book, after: Book): Map<string, [CellValue, CellValue]> {
  const out = new Map<string, [CellValue, CellValue]>();
  for (const [name, rows] of after) {
    if (name === HISTORY_SHEET || !before.has(name)) continue;
    const old = before.get(name) ?? [];
    const height = Math.max(rows.length, old.length);
    for (let r = 0; r < height; r++) {
      const width = Math.max(rows[r]?.length ?? 0, old[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const a = old[r]?.[c] ?? null;
        const b = rows[r]?.[c] ?? null;
        if (a !== b) out.set(`${name}!${cellAddress(r, c)}`, [a, b]);
      }
    }
  }
  return out;
}

/**
 * 変更履歴 holds exactly the cells that changed, each with its old and new value, and the sheets
 * added; nothing else changed.
 */
function expectHistoryTrue(report: RunReport, before: Book, excel: NodeExcelHost): void {
  const after = valuesOf(excel);
  const changed = changes(before, after);
  const cellRows = report.history.filter((r) => !String(r[3]).startsWith("（"));
  const logged = new Map(
    cellRows.map((r) => [`${String(r[2])}!${String(r[3])}`, [cellOf(r[4]), cellOf(r[5])]]),
  );
  expect([...logged.keys()].sort()).toEqual([...changed.keys()].sort());
  for (const [cell, values] of changed) expect([cell, logged.get(cell)]).toEqual([cell, values]);
  const sheetRows = report.history.filter((r) => r[3] === "（シート追加）").map((r) => String(r[2]));
  const added = [...after.keys()].filter((n) => !before.has(n) && n !== HISTORY_SHEET);
  expect(sheetRows.sort()).toEqual(added.sort());
}

/**
 * A co-author's value in W10 (row 10's 達成率) is what the cell holds at the end, the write left it
 * alone and wrote the other 901 cells, and 変更履歴 holds exactly those.
 */
function expectW10Kept(report: RunReport, excel: NodeExcelHost, before: Book, value: number): void {
  expect(report.skipped).toEqual([{ cell: "施策リスト!W10", reason: "changed", found: value }]);
  expect(excel.values("施策リスト!W10")).toEqual([[value]]);
  expect(report.written.length).toBe(901);
  const expected = new Map(before);
  expected.set("施策リスト", withCell(before.get("施策リスト") ?? [], 9, 22, value));
  expectHistoryTrue(report, expected, excel);
}

describe("a three-piece write (達成率 on 450 rows) under faults", () => {
  test.each([1, 2, 3])(
    "a request refused at piece %i: what was written is put back, and the message says so",
    async (k) => {
      const { report, excel, before } = await run([{ kind: "fail-request", at: pieces[k - 1] }]);
      expectHistoryTrue(report, before, excel);
      expect(report.history).toEqual([]);
      expect(report.written).toEqual([]);
      expect(changes(before, valuesOf(excel))).toEqual(new Map());
      expect(report.outcome).toBe("interrupted");
      expect(report.message).toMatch(
        k === 1
          ? /書き込めませんでした: .*（何も書き込んでいません）/u
          : /元に戻したので、ブックは実行前のままです/u,
      );
    },
  );

  test("a lost answer at piece 2: read back, found written, and the write goes on", async () => {
    const { report, excel, before } = await run([{ kind: "lose-response", at: pieces[1] }]);
    expect(report.outcome).toBe("written");
    expect(report.written.length).toBe(902);
    expect(report.history.length).toBe(902);
    expectHistoryTrue(report, before, excel);
    expect(report.message).toMatch(/^902 セルを書き込みました。/u);
  });

  test("Excel refuses pieces as too large that the add-in counted to fit: sent again smaller, all written", async () => {
    // The add-in counts against three times the cap Excel keeps, so its first pieces are refused
    // whole; each is sent again in halves until it fits, and nothing is lost or logged twice.
    const { report, excel, before } = await run([], ["attainment"], list, 3 * LIMIT);
    const refused = report.requests.filter((r) => r.error === "RequestPayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    expect(report.outcome).toBe("written");
    expect(report.written.length).toBe(902);
    expect(report.history.length).toBe(902);
    expectHistoryTrue(report, before, excel);
    expect(report.message).toMatch(/^902 セルを書き込みました。/u);
  });

  test("a piece refused as too large while it carries a co-author's cell put back: sent again, the cell theirs", async () => {
    // A co-author types into W10 in the moment before the first piece writes it: the write sees it
    // and the next piece carries the put-back. Excel refuses that piece whole as too large; the
    // put-back and the piece's cells go again in smaller pieces.
    const { report, excel, before } = await run([
      { kind: "coauthor", at: pieces[0], address: "施策リスト!W10", value: "50%" },
      { kind: "fail-request", at: pieces[1], code: "RequestPayloadSizeLimitExceeded" },
    ]);
    const refused = report.requests.filter((r) => r.error === "RequestPayloadSizeLimitExceeded");
    expect(refused.map((r) => r.index)).toEqual([pieces[1]]);
    expect(report.outcome).toBe("written");
    expectW10Kept(report, excel, before, 0.5);
    expect(report.message).toMatch(/^901 セルを書き込みました。/u);
  });

  test("run again after a lost answer: the cells already written are not someone else's change", async () => {
    const { report, excel, before } = await run(
      [{ kind: "lose-response", at: pieces[2] }],
      ["attainment", "attainment"],
    );
    expect(report.before[0].outcome).toBe("written");
    // The second run reads the list again: the rates are in place, nothing is planned, nothing changes.
    expect([report.outcome, report.written, report.skipped, report.history]).toEqual(["written", [], [], []]);
    expect(report.message).toBe("書き込むものはありませんでした（ブックは変わっていません）。");
    expect(changes(before, valuesOf(excel))).toEqual(new Map());
  });

  test("a co-author types into a target before the compare: that cell is kept, the rest written", async () => {
    const { report, excel, before } = await run([
      { kind: "coauthor", at: compare, address: "施策リスト!W10", value: "50%" },
    ]);
    expectW10Kept(report, excel, before, 0.5);
    expect(report.message).toMatch(
      /1 セルは、読み込んだあとに他の人が変更していたため、書き込んでいません。/u,
    );
  });

  test("a co-author types into a target in the moment between compare and write: seen, put back", async () => {
    const { report, excel, before } = await run([
      { kind: "coauthor", at: pieces[0], address: "施策リスト!W10", value: "50%" },
    ]);
    expectW10Kept(report, excel, before, 0.5);
  });

  test("the co-author types there again before the put-back: their newer value is the one put back", async () => {
    // 50% in the moment before the first piece writes W10, then 60% over the tool's value before
    // the piece that puts 50% back: that piece sees it, and the next puts 60% back.
    const { report, excel, before } = await run([
      { kind: "coauthor", at: pieces[0], address: "施策リスト!W10", value: "50%" },
      { kind: "coauthor", at: pieces[1], address: "施策リスト!W10", value: "60%" },
    ]);
    expectW10Kept(report, excel, before, 0.6);
  });

  test("another person's add-in appends to 変更履歴 where the next piece appends: both rows kept", async () => {
    // Their row lands below the first piece's rows just before the second piece writes its own
    // there: the piece sees it, writes it back, and its own rows go again below.
    const theirs = ["令和7年10月1日 9時01分", "PL の保存", "施策リスト", "M8", "", "検討中", "市民部 太郎"];
    const { report, excel, before } = await run([{ kind: "append-history", at: pieces[1], row: theirs }]);
    expect(report.outcome).toBe("written");
    expect(report.written.length).toBe(902);
    const rows = excel.snapshot(HISTORY_SHEET).values.slice(1);
    expect(rows.filter((r) => r[1] === "PL の保存")).toEqual([theirs]);
    const ours = rows.filter((r) => r[1] !== "PL の保存");
    expect(ours).toHaveLength(902);
    expect(rows.every((r) => r.some((v) => v !== ""))).toBe(true);
    // Without their row, 変更履歴 says exactly what this write changed.
    expectHistoryTrue({ ...report, history: ours }, before, excel);
  });

  test("a co-author changes an input (an actual) before the compare: that row's rate is not written", async () => {
    // Row 10's R7実績値 is column U; its rate (W) and grade (X) are computed from it.
    const { report, excel, before } = await run([
      { kind: "coauthor", at: compare, address: "施策リスト!U10", value: "1" },
    ]);
    expect(report.skipped.map((s) => [s.cell, s.reason])).toEqual([
      ["施策リスト!W10", "input-changed"],
      ["施策リスト!X10", "input-changed"],
    ]);
    const expected = new Map(before);
    expected.set("施策リスト", withCell(before.get("施策リスト") ?? [], 9, 20, 1));
    expectHistoryTrue(report, expected, excel);
    expect(report.message).toMatch(
      /計算のもとになったセル（施策リスト!U10 など）が読み込んだあとに変更された/u,
    );
  });

  test("the list protected between compare and write: nothing written, and the sheet named", async () => {
    const { report, excel, before } = await run([{ kind: "protect", at: pieces[0], sheet: "施策リスト" }]);
    expect(changes(before, valuesOf(excel))).toEqual(new Map());
    expect(report.history).toEqual([]);
    expect(report.message).toMatch(
      /シート「施策リスト」が保護されているため書き込めません.*（何も書き込んでいません）/u,
    );
  });

  test("the list protected after the first piece: what stays is said exactly, and is in 変更履歴", async () => {
    const { report, excel, before } = await run([{ kind: "protect", at: pieces[1], sheet: "施策リスト" }]);
    expect(report.outcome).toBe("interrupted");
    expect(report.written.length).toBeGreaterThan(0);
    expectHistoryTrue(report, before, excel);
    expect(report.history.length).toBe(report.written.length);
    expect(report.message).toMatch(
      new RegExp(
        `${report.written.length} セルが書き込まれたままです（変更履歴に記録してあり、［元に戻す］で戻せます）`,
        "u",
      ),
    );
    expect(report.message).toMatch(
      /元に戻そうとしましたが、できませんでした: シート「施策リスト」が保護されている/u,
    );
  });

  test("the list renamed between compare and write: written where it now is, 変更履歴 naming it so", async () => {
    const { report, excel, before } = await run([
      { kind: "rename", at: pieces[0], from: "施策リスト", to: "R7施策" },
    ]);
    expect(report.outcome).toBe("written");
    expect(report.written.every((c) => c.startsWith("R7施策!"))).toBe(true);
    const renamed = new Map([...before].map(([n, rows]) => [n === "施策リスト" ? "R7施策" : n, rows]));
    expectHistoryTrue(report, renamed, excel);
  });

  describe("a protected 変更履歴 (made by a fill before)", () => {
    let at: { compare: number; first: number };
    beforeAll(async () => {
      const dry = await runActions({
        xlsx: list,
        actions: ["fill", "attainment"],
        quarter: R7Q2,
        now: NOW,
        payloadLimit: LIMIT,
      });
      const writes = dry.report.requests.filter((r) => r.writes > 0).map((r) => r.index);
      at = { compare: compareOf(dry.report), first: writes[0] };
    }, 120_000);

    test("protected before the compare: refused, nothing written, 変更履歴 named", async () => {
      const { report, excel, before } = await run(
        [{ kind: "protect", at: at.compare, sheet: HISTORY_SHEET }],
        ["fill", "attainment"],
      );
      expect(report.outcome).toBe("refused");
      expect(changes(before, valuesOf(excel))).toEqual(new Map());
      expect(report.message).toMatch(
        /シート「変更履歴」が保護されているため書き込めません.*（何も書き込んでいません）/u,
      );
    });

    test("protected in the moment before the write: the cells written with it are put back", async () => {
      const { report, excel, before } = await run(
        [{ kind: "protect", at: at.first, sheet: HISTORY_SHEET }],
        ["fill", "attainment"],
      );
      expect(report.outcome).toBe("interrupted");
      expect(report.history).toEqual([]);
      expect(changes(before, valuesOf(excel))).toEqual(new Map());
      expect(report.message).toMatch(
        /シート「変更履歴」が保護されているため.*元に戻したので、ブックは実行前のままです/u,
      );
    });
  });
});

describe("undo takes away only the sheets the tool made", () => {
  test("a summary replaced by a sheet of the user's of the same name is left where it is", async () => {
    const dry = await runActions({ xlsx: SAMPLE, actions: ["summary", "undo"], quarter: R7Q2, now: NOW });
    const undoFirst = dry.report.requests[0].index;
    const { report, excel } = await run(
      [{ kind: "replace", at: undoFirst, sheet: "サマリー_R7Q2" }],
      ["summary", "undo"],
      SAMPLE,
    );
    expect(report.sheetsRemoved).toEqual([]);
    expect(excel.workbook.sheets.map((s) => s.name)).toContain("サマリー_R7Q2");
    expect(report.message).toMatch(
      /シート「サマリー_R7Q2」はこのツールが作ったシートではないため、削除していません。/u,
    );
  });
});

function withCell(rows: CellValue[][], r: number, c: number, value: CellValue): CellValue[][] {
  const out = rows.map((row) => [...row]);
  while (out.length <= r) out.push([]);
  while (out[r].length <= c) out[r].push(null);
  out[r][c] = value;
  return out;
}
