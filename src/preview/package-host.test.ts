import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  EMPTY_PLAN,
  HISTORY_HEADER,
  HISTORY_SHEET,
  OPERATION_LABELS,
  check,
  fill,
  planEdits,
  planUndo,
  readListFor,
  text,
  type OpenedList,
  type WorkbookGrid,
} from "../core/index";
import { fflateCodec, openPackage, readWorkbookGrid } from "../xlsx/index";
import { openPackageHost, type PackageHost, type PackageHostEvent } from "./package-host";
import * as writer from "./package-writer";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx"));
const TIME = "2026-11-20 09:30";
const BY = "行革 花子";

function host(): PackageHost {
  const opened = openPackageHost(new Uint8Array(SAMPLE), async () => writer);
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

async function listOf(h: PackageHost): Promise<OpenedList> {
  const read = await readListFor(h, "check");
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
}

/** The workbook a downloaded file holds, read back with the .xlsx adapter. */
function reopened(bytes: Uint8Array): WorkbookGrid {
  const pkg = openPackage(bytes, fflateCodec);
  if (!pkg.ok) throw new Error(pkg.error.code);
  return readWorkbookGrid(pkg.value);
}

function sheet(book: WorkbookGrid, name: string) {
  const found = book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("the preview's workbook host on the sample", () => {
  test("reads the list through the two-step port: C3-2's empty weather is N60", async () => {
    const report = check(await listOf(host())).report;
    expect(
      report.issues.filter((i) => i.severity === "error").map((i) => [i.row, i.column, i.id, i.code]),
    ).toEqual([[60, "N", "C3-2", "missing-value"]]);
  });

  test("a write with history patches the bytes and appends every cell to the hidden 変更履歴", async () => {
    const h = host();
    const planned = fill(await listOf(h));
    const result = await h.apply(planned.plan, {
      history: { operation: OPERATION_LABELS.fill, time: TIME, by: BY },
    });
    if (!result.ok) throw new Error(result.error.code);
    const outcome = result.value;
    // The history is the log, not part of the write: an undo of the write never removes it.
    expect(outcome.sheetsAdded.map((m) => m.name)).toEqual(["選択肢"]);
    const book = reopened(h.bytes());
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["施策リスト", false],
      ["選択肢", true],
      [HISTORY_SHEET, true],
    ]);
    const log = sheet(book, HISTORY_SHEET).rows;
    expect(log[0]).toEqual([...HISTORY_HEADER]);
    expect(log.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual([
      ...outcome.written.map((w) => ["選択肢の設定", w.sheet, expect.any(String)]),
      ["選択肢の設定", "選択肢", "（シート追加）"],
    ]);
  });

  test("a second write appends below the rows already logged", async () => {
    const h = host();
    const list = await listOf(h);
    const edit = planEdits(list, [{ rowIndex: 59, values: { weather: "☁" } }]);
    const first = await h.apply(edit.plan, {
      history: { operation: OPERATION_LABELS.edit, time: TIME, by: BY },
    });
    expect(first.ok).toBe(true);
    const again = planEdits(await listOf(h), [{ rowIndex: 59, values: { progress: "研修を実施した" } }]);
    const second = await h.apply(again.plan, {
      history: { operation: OPERATION_LABELS.edit, time: "2026-11-20 10:00", by: "" },
    });
    expect(second.ok).toBe(true);
    expect(sheet(reopened(h.bytes()), HISTORY_SHEET).rows).toEqual([
      [...HISTORY_HEADER],
      [TIME, "PL の編集", "施策リスト", "N60", null, "☁", BY],
      [
        "2026-11-20 10:00",
        "PL の編集",
        "施策リスト",
        "M60",
        expect.stringContaining("研修の理解度"),
        "研修を実施した",
      ],
    ]);
    expect(sheet(reopened(h.bytes()), "施策リスト").rows[59][13]).toBe("☁");
  });

  test("a cell someone changed after the read is reported and kept, the others are written", async () => {
    const h = host();
    const stale = await listOf(h);
    const coAuthor = planEdits(stale, [{ rowIndex: 59, values: { weather: "☂" } }]);
    expect((await h.apply(coAuthor.plan)).ok).toBe(true);
    const mine = planEdits(stale, [
      { rowIndex: 59, values: { weather: "☁", directionReason: "研修を継続" } },
    ]);
    const result = await h.apply(mine.plan);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.changed.map((c) => [c.reason, c.rowIndex, c.colIndex, c.found])).toEqual([
      ["changed", 59, 13, "☂"],
    ]);
    expect(result.value.written.map((w) => [w.rowIndex, w.colIndex])).toEqual([[59, 15]]);
    expect(await h.readCells([{ sheet: "施策リスト", rowIndex: 59, col: 13 }])).toEqual({
      ok: true,
      value: ["☂"],
    });
  });

  test("a stop after the compare leaves the workbook as it was and tells nobody of a change", async () => {
    const h = host();
    const before = h.bytes();
    const events: PackageHostEvent[] = [];
    h.subscribe((e) => events.push(e));
    const cancel = { cancelled: false };
    const steps: string[] = [];
    const plan = fill(await listOf(h)).plan;
    const result = await h.apply(plan, {
      cancel,
      history: { operation: OPERATION_LABELS.fill, time: TIME, by: BY },
      onStep: (s) => {
        steps.push(s);
        if (s === "compare") cancel.cancelled = true;
      },
    });
    expect(steps).toEqual(["compare"]);
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ written: [], sheetsAdded: [] }) });
    expect(h.bytes()).toBe(before);
    expect(events).toEqual([]);
  });

  test("a plan the writer refuses writes nothing and comes back as a worded failure's data", async () => {
    const h = host();
    const before = h.bytes();
    const plan = {
      ...EMPTY_PLAN,
      runs: [
        {
          sheet: "ない",
          top: 0,
          left: 0,
          values: [[text("x")]],
          expected: [[null]],
          field: null,
          purpose: "edit" as const,
        },
      ],
    };
    expect(await h.apply(plan)).toEqual({
      ok: false,
      error: { code: "cannot-keep", path: null, problem: { code: "sheet-not-found", sheet: "ない" } },
    });
    expect(h.bytes()).toBe(before);
  });

  test("undo puts back the old values and removes the added sheet", async () => {
    const h = host();
    const done = await h.apply(fill(await listOf(h)).plan, {
      history: { operation: OPERATION_LABELS.fill, time: TIME, by: BY },
    });
    if (!done.ok) throw new Error(done.error.code);
    const undone = await h.apply(planUndo(done.value));
    expect(undone.ok).toBe(true);
    const book = reopened(h.bytes());
    expect(book.sheets.map((s) => s.name)).toEqual(["施策リスト", HISTORY_SHEET]);
    expect(sheet(book, "施策リスト").rows).toEqual(
      sheet(reopened(new Uint8Array(SAMPLE)), "施策リスト").rows,
    );
  });

  test("an undo is logged like any write, below the write it undoes", async () => {
    const h = host();
    const edit = planEdits(await listOf(h), [{ rowIndex: 59, values: { weather: "☁" } }]);
    const done = await h.apply(edit.plan, {
      history: { operation: OPERATION_LABELS.edit, time: TIME, by: BY },
    });
    if (!done.ok) throw new Error(done.error.code);
    const undone = await h.apply(planUndo(done.value), {
      history: { operation: OPERATION_LABELS.undo, time: "2026-11-20 09:31", by: "山田 太郎" },
    });
    expect(undone.ok).toBe(true);
    const book = reopened(h.bytes());
    expect(sheet(book, "施策リスト").rows[59][13] ?? null).toBeNull();
    expect(sheet(book, HISTORY_SHEET).rows.slice(1)).toEqual([
      [TIME, "PL の編集", "施策リスト", "N60", null, "☁", BY],
      ["2026-11-20 09:31", "元に戻す", "施策リスト", "N60", "☁", null, "山田 太郎"],
    ]);
  });

  test("select tells the page which cell to show; a write tells it to redraw", async () => {
    const h = host();
    const events: PackageHostEvent[] = [];
    const stop = h.subscribe((e) => events.push(e));
    await h.select({ sheet: "施策リスト", rowIndex: 59, col: 13 });
    await h.apply(planEdits(await listOf(h), [{ rowIndex: 59, values: { weather: "☁" } }]).plan);
    stop();
    await h.select({ sheet: "施策リスト", rowIndex: 0, col: 0 });
    expect(events).toEqual([
      { kind: "select", cell: { sheet: "施策リスト", rowIndex: 59, col: 13 } },
      { kind: "change" },
    ]);
    expect(sheet(h.grid(), "施策リスト").rows[59][13]).toBe("☁");
  });

  test("an empty plan writes nothing and logs nothing", async () => {
    const h = host();
    const before = h.bytes();
    const result = await h.apply(EMPTY_PLAN, {
      history: { operation: OPERATION_LABELS.fix, time: TIME, by: BY },
    });
    expect(result.ok).toBe(true);
    expect(reopened(h.bytes()).sheets.map((s) => s.name)).toEqual(["施策リスト"]);
    expect(h.bytes()).toBe(before);
  });
});
