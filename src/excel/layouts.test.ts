/**
 * The engine's workbook layouts, read and written through Microsoft's client on the emulated Excel
 * host: every action plans exactly what it plans from the same workbook held whole in memory, and
 * every planned cell is written (nobody else is editing).
 */
import {
  kpiColumns,
  listSheet,
  paperRow,
  reorder,
  SEED_COLUMNS,
  seedRows,
  workbookOf,
  type ListSheetSpec,
} from "../../tests/builders/list-sheet";
import { toExcelJs } from "../../tests/builders/xlsx";
import { createExcelHost } from "../../tests/support/excel-host";
import { attainment } from "../core/actions/attainment";
import { check } from "../core/actions/check";
import { fill } from "../core/actions/fill";
import { readListFor, type ActionName } from "../core/actions/read-for";
import { summary } from "../core/actions/summary";
import { openList, type OpenedList } from "../core/list/open-list";
import { runCellCount, type WritePlan } from "../core/port/plan";
import { createOfficeHost } from "./office-host";

const R8Q2 = { fiscalYear: 8, quarter: 2 } as const;
const NOW = { year: 2026, month: 11, day: 20, hour: 9, minute: 0 };

const LAYOUTS: Record<string, ListSheetSpec> = {
  "the seed's two-row header": {},
  "title rows and a header repeated every 5 rows": {
    titleRows: ["業務改革施策リスト（令和8年9月末時点）"],
    blockSize: 5,
  },
  "columns in another order": {
    columns: reorder([
      "weather",
      "branch1",
      "branch2",
      "item",
      "department",
      "pillar",
      "domain",
      "direction",
      "directionReason",
      "progress",
    ]),
  },
  "one header row": { groupRow: false },
  "the list starting in column C": { leftOffset: 2 },
  "KPI columns with seed 004's copy-paper target": {
    columns: kpiColumns(8),
    rows: [paperRow({ actualR8: "4,540,000枚" }), ...seedRows().slice(1, 12)],
  },
};

const PLANS: Record<ActionName, (list: OpenedList) => { plan: WritePlan; report: unknown }> = {
  check: (list) => check(list, { quarter: R8Q2 }),
  fill: (list) => fill(list),
  attainment: (list) => attainment(list, R8Q2),
  summary: (list) => summary(list, { quarter: R8Q2, now: NOW }),
};

describe.each(Object.entries(LAYOUTS))("%s", (_name, spec) => {
  const book = workbookOf(listSheet({ columns: SEED_COLUMNS, ...spec }));

  test.each<ActionName>(["check", "fill", "attainment", "summary"])(
    "%s: the same report and plan as from the workbook in memory, and every planned cell written",
    async (action) => {
      const buffer = Buffer.from(await toExcelJs(book).xlsx.writeBuffer());
      const excel = await createExcelHost({ xlsx: buffer });
      const inMemory = openList(book);
      if (!inMemory.ok) throw new Error(inMemory.error.code);
      const host = createOfficeHost();
      const read = await readListFor(host, action);
      if (!read.ok) throw new Error(read.error.code);
      const fromExcel = PLANS[action](read.value);
      const expected = PLANS[action](inMemory.value);
      const { rows: _a, ...excelReport } = fromExcel.report as { rows?: unknown };
      const { rows: _b, ...memoryReport } = expected.report as { rows?: unknown };
      expect(JSON.stringify(excelReport)).toBe(JSON.stringify(memoryReport));
      expect(fromExcel.plan).toEqual(expected.plan);
      const applied = await host.apply(fromExcel.plan);
      if (!applied.ok) throw new Error(applied.error.code);
      expect(applied.value.changed).toEqual([]);
      expect(applied.value.written).toHaveLength(runCellCount(fromExcel.plan.runs));
      expect(excel.gaps).toEqual([]);
    },
    60_000,
  );
});
