import {
  kpiColumns,
  listSheet,
  SEED_COLUMNS,
  paperRow,
  plainSheet,
  seedRows,
  workbookOf,
  type BuiltBook,
} from "../../../tests/builders/list-sheet";
import { sheetOf } from "../../../tests/builders/content";
import type { Quarter } from "../calendar/fiscal-calendar";
import { openList, type OpenedList } from "../list/open-list";
import { LAST_COLUMN } from "../port/grid";
import { gridReader } from "../port/grid-reader";
import { attainment } from "./attainment";
import { check } from "./check";
import { fill } from "./fill";
import { HEAD_ROWS, readListFor, type ActionName } from "./read-for";
import { summary } from "./summary";

const R8Q2: Quarter = { fiscalYear: 8, quarter: 2 };
const NOW = { year: 2026, month: 11, day: 20, hour: 9, minute: 0 };

/** The seed rows repeated to a list of about `n` measures, printed 40 rows to a page, with KPIs. */
function bigList(n: number): BuiltBook {
  const seeds = seedRows();
  const rows = Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length];
    const values = { ...seed, branch2: `${String(seed.branch2)}-${Math.floor(i / seeds.length)}` };
    return i % 5 === 0 ? { ...paperRow(), ...values, item: seed.item } : values;
  });
  return workbookOf(
    listSheet({ titleRows: ["業務改革施策リスト"], columns: kpiColumns(), rows, blockSize: 38 }),
  );
}

function openedWhole(book: BuiltBook): OpenedList {
  const list = openList(book);
  if (!list.ok) throw new Error(list.error.code);
  return list.value;
}

async function openedInSteps(book: BuiltBook, action: ActionName) {
  const reader = gridReader(book);
  const list = await readListFor(reader, action);
  if (!list.ok) throw new Error(list.error.code);
  return { list: list.value, read: reader.read };
}

/** Each action's result, report and plan, from a list. */
const RUN: Record<ActionName, (list: OpenedList) => unknown> = {
  check: (list) => check(list, { quarter: R8Q2 }),
  fill: (list) => fill(list),
  attainment: (list) => attainment(list, R8Q2),
  summary: (list) => summary(list, { quarter: R8Q2, now: NOW }),
};

describe("reading in two steps: the head, then only the columns an action needs", () => {
  const book = bigList(400);
  const whole = openedWhole(book);

  test.each<ActionName>(["check", "fill", "attainment", "summary"])(
    "%s gives the same report and plan as reading the whole sheet",
    async (action) => {
      const { list } = await openedInSteps(book, action);
      expect(list.layout).toEqual(whole.layout);
      const { rows: _inSteps, ...stepped } = RUN[action](list) as { rows?: unknown };
      const { rows: _whole, ...full } = RUN[action](whole) as { rows?: unknown };
      expect(JSON.stringify(stepped)).toBe(JSON.stringify(full));
    },
  );

  test("fill reads only the key columns below the head; check reads every bound column", async () => {
    const fillRead = (await openedInSteps(book, "fill")).read;
    const checkRead = (await openedInSteps(book, "check")).read;
    const sheet = book.sheets[0];
    const width = Math.max(...sheet.rows.map((r) => r.length));
    const rest = sheet.rows.length - HEAD_ROWS;
    // Head: 100 rows by the whole width; then 8 key columns (ids, 部, 柱, 領域, 管理項目, 天気, 方向性).
    expect(fillRead.cells).toBe(HEAD_ROWS * width + rest * 8);
    expect(checkRead.cells).toBe(HEAD_ROWS * width + rest * width);
    const head = gridReader(book);
    await head.readHead(HEAD_ROWS);
    // Below the head, fill reads the short key texts, not the long ones (目的, マイルストーン, 進捗).
    expect(fillRead.bytes - head.read.bytes).toBeLessThan((checkRead.bytes - head.read.bytes) / 3);
    expect([fillRead.requests, checkRead.requests]).toEqual([2, 2]);
  });

  test("a small list is read whole in the first step: one request", async () => {
    const small = workbookOf(listSheet());
    const { read, list } = await openedInSteps(small, "summary");
    expect(read.requests).toBe(1);
    expect(list.layout).toEqual(openedWhole(small).layout);
  });

  test("summary also reads the snapshot of an earlier summary, past the head", async () => {
    const q1 = summary(openedWhole(book), { quarter: { fiscalYear: 8, quarter: 1 }, now: NOW });
    const earlier = q1.plan.newSheets[0];
    const withEarlier = workbookOf(book.sheets[0], sheetOf(earlier));
    const { list } = await openedInSteps(withEarlier, "summary");
    const inSteps = summary(list, { quarter: R8Q2, now: NOW }).report.model?.changes;
    const full = summary(openedWhole(withEarlier), { quarter: R8Q2, now: NOW }).report.model?.changes;
    expect(inSteps).toEqual(full);
    expect(inSteps?.previousQuarter).toBe("R8Q1");
    expect(inSteps?.added).toEqual([]);
  });

  test("a 選択肢 sheet longer than the head is read whole", async () => {
    const choices = plainSheet("選択肢", [
      ["天気", "意味"],
      ["◎", "順調"],
      ...Array.from({ length: 150 }, () => [null, null]),
      [null, null, "メモ"],
    ]);
    const { list } = await openedInSteps(workbookOf(listSheet(), choices), "check");
    expect(list.choices.weather.map((c) => c.value)).toEqual(["◎"]);
    expect(list.choicesSheet?.rows).toHaveLength(153);
  });

  test("KPI columns ending at XFD: attainment reads the columns after the list's others, past the head", async () => {
    const kpi = kpiColumns().slice(SEED_COLUMNS.length);
    const between = LAST_COLUMN + 1 - SEED_COLUMNS.length - kpi.length;
    const columns = [
      ...SEED_COLUMNS,
      ...Array.from({ length: between }, (_, i) => ({ key: `x${i}`, header: "" })),
      ...kpi,
    ];
    // A note in column Q on the last row, below the head: Q is not free, R and S are.
    const rows = [...seedRows(), ...seedRows(), ...seedRows(), ...seedRows()].map((r, i) => ({
      ...(i % 3 === 0 ? paperRow({ actualR8: "4,540,000枚" }) : {}),
      ...r,
      branch2: `${String(r.branch2)}-${i}`,
      ...(i === 127 ? { x0: "R9に再検討" } : {}),
    }));
    const wide = workbookOf(listSheet({ columns, rows }));
    expect(wide.sheets[0].rows.length).toBeGreaterThan(HEAD_ROWS);
    const { list } = await openedInSteps(wide, "attainment");
    const inSteps = attainment(list, R8Q2).report.columns;
    expect(inSteps).toEqual(attainment(openedWhole(wide), R8Q2).report.columns);
    expect(inSteps).toEqual({ rate: 17, grade: 18, created: ["attainmentRate", "grade"], unplaced: [] });
  });
});
