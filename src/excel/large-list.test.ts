/**
 * A 20,000-row list through Microsoft's client: reads and writes split under Excel on the web's
 * 5 MB cap, only the columns each action uses read, and the round trips within the add-in issue's
 * budget of ceil(total bytes / 4 MB) + 4 syncs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleRows } from "../../examples/sample-data";
import { benchWorkbook } from "../../bench/bench-workbook";
import { createExcelHost, type NodeExcelHost } from "../../tests/support/excel-host";
import { attainment } from "../core/actions/attainment";
import { fill } from "../core/actions/fill";
import { readListFor, type ActionName } from "../core/actions/read-for";
import { summary } from "../core/actions/summary";
import type { OpenedList } from "../core/list/open-list";
import type { WritePlan } from "../core/port/plan";
import { createOfficeHost } from "./office-host";

const ROWS = 20_000;
const R7Q2 = { fiscalYear: 7, quarter: 2 } as const;
const NOW = { year: 2025, month: 10, day: 1, hour: 9, minute: 0 };
const MB4 = 4 * 1024 * 1024;

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "measure-list-large-"));
  file = join(dir, "list-20000.xlsx");
  await benchWorkbook(sampleRows, ROWS, { kpi: true }).xlsx.writeFile(file);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ACTIONS: Record<Exclude<ActionName, "check">, (list: OpenedList) => WritePlan> = {
  fill: (list) => fill(list).plan,
  attainment: (list) => attainment(list, R7Q2).plan,
  summary: (list) => summary(list, { quarter: R7Q2, now: NOW }).plan,
};

describe.each(Object.keys(ACTIONS) as (keyof typeof ACTIONS)[])("%s on 20,000 rows", (action) => {
  let excel: NodeExcelHost;

  beforeAll(async () => {
    excel = await createExcelHost({ xlsx: file });
  }, 120_000);

  test("every request and response under 5 MB, in ceil(total / 4 MB) + 4 syncs", async () => {
    const host = createOfficeHost();
    const list = await readListFor(host, action);
    if (!list.ok) throw new Error(list.error.code);
    const applied = await host.apply(ACTIONS[action](list.value));
    if (!applied.ok) throw new Error(JSON.stringify(applied.error));
    const stats = excel.stats();
    excel.expectBudget({ maxSyncs: Math.ceil(stats.totalBytes / MB4) + 4 });
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(stats.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(excel.gaps).toEqual([]);
  }, 120_000);

  test("below the head, only the columns the action uses are read", () => {
    const read = new Set(
      excel.records
        .flatMap((r) => r.reads)
        .filter((r) => r.address.startsWith("施策リスト!") && !r.address.includes("A1:"))
        .map((r) => r.address.replace(/^施策リスト!/u, "").replace(/\d+/gu, "")),
    );
    // Fill needs only the key columns (ids, 部, 柱, 領域, 管理項目, 天気, 方向性): A–F and N–O.
    if (action === "fill") expect([...read].every((cols) => /^(A:F|N:O|[A-FNO])$/u.test(cols))).toBe(true);
    // No action reads 目的 (G) below the head: no rule or summary line uses it.
    if (action !== "summary") expect([...read].some((cols) => cols.includes("G"))).toBe(false);
  });
});
