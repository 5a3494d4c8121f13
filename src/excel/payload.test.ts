/**
 * The payload model against Microsoft's client: every request the write engine sends through the
 * Office port, on writes of every kind, is measured as the client built it and compared with what
 * the model said it would be. The engine keeps each piece under the cap by adding the model's
 * figures, so each must be at or above the real bytes (and not so far above that pieces come out
 * needlessly small).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelHost, type NodeExcelHost } from "../../tests/support/excel-host";
import { chartsPlan } from "../../tests/builders/charts-plan";
import { kpiListBytes } from "../../tests/builders/kpi-list";
import { targetsSummaryBook } from "../../tests/builders/targets-summary-book";
import { toExcelJs } from "../../tests/builders/xlsx";
import { attainment } from "../core/actions/attainment";
import { fill } from "../core/actions/fill";
import { readListFor, type ActionName } from "../core/actions/read-for";
import { summary } from "../core/actions/summary";
import { planUndo } from "../core/actions/undo";
import type { OpenedList } from "../core/list/open-list";
import type { WritePlan } from "../core/port/plan";
import { jsonBytes } from "../core/write/json-bytes";
import type { Bytes, PayloadModel, Piece, ReadAsk, WritePort } from "../core/write/write-port";
import { writePlan } from "../core/write/write-run";
import { createOfficeHost } from "./office-host";
import { officeWritePort } from "./office-write-port";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const SAMPLE = readFileSync(join(EXAMPLES, "measure-list-sample.xlsx"));
const KPI_SAMPLE = readFileSync(join(EXAMPLES, "measure-list-sample-kpi.xlsx"));
const R7Q2 = { fiscalYear: 7, quarter: 2 } as const;
const R8Q2 = { fiscalYear: 8, quarter: 2 } as const;
const NOW = { year: 2025, month: 10, day: 1, hour: 9, minute: 0 };
const HISTORY = { history: { operation: "テスト", time: "2025-10-01 09:00", by: "行革 花子" } };

interface Measured {
  readonly what: string;
  readonly estimate: Bytes;
  readonly actual: Bytes;
}

/** The Office port, with each request's estimate set beside the bytes the client really sent. */
function measuring(context: Excel.RequestContext, excel: NodeExcelHost, out: Measured[]): WritePort {
  const port = officeWritePort(context);
  const model = port.payload as PayloadModel;
  const actual = (at: number): Bytes => {
    const record = excel.records[at];
    return { request: record.requestBytes, response: record.responseBytes };
  };
  return {
    ...port,
    async read(ask: ReadAsk) {
      const at = excel.records.length;
      const answer = await port.read(ask);
      if (!answer.ok) return answer;
      let request = model.base.request + (ask.sheets ? model.sheets.request : 0);
      let response = model.base.response + (ask.sheets ? model.sheets.response : 0);
      const add = (b: Bytes) => {
        request += b.request;
        response += b.response;
      };
      ask.cells.forEach((r, i) =>
        add(model.read("cells", r, jsonBytes(answer.value.cells[i].map((row) => row.map((c) => c.value))))),
      );
      ask.values.forEach((r, i) => add(model.read("values", r, jsonBytes(answer.value.values[i]))));
      ask.validations.forEach((r) => add(model.read("validations", r, 0)));
      out.push({ what: "read", estimate: { request, response }, actual: actual(at) });
      return answer;
    },
    async run(piece: Piece) {
      const at = excel.records.length;
      const answer = await port.run(piece);
      if (!answer.ok) return answer;
      let request = model.base.request;
      let response = model.base.response;
      for (const op of piece.ops) {
        const b = model.op(op);
        request += b.request;
        response += b.response;
      }
      piece.guards.forEach((g, i) => {
        const b = model.guard(g, jsonBytes(answer.value.guards[i]));
        request += b.request;
        response += b.response;
      });
      const kinds = [...new Set(piece.ops.map((op) => op.kind))].join("+");
      out.push({ what: `write ${kinds}`, estimate: { request, response }, actual: actual(at) });
      return answer;
    },
  };
}

async function measure(
  xlsx: Buffer,
  action: ActionName,
  plan: (list: OpenedList) => WritePlan,
  then?: (done: Parameters<typeof planUndo>[0]) => WritePlan,
  sets?: Record<string, string>,
): Promise<Measured[]> {
  const excel = await createExcelHost({ xlsx, ...(sets ? { sets } : {}) });
  const read = await readListFor(createOfficeHost(), action);
  if (!read.ok) throw new Error(read.error.code);
  const out: Measured[] = [];
  const done = await Excel.run((context) =>
    writePlan(measuring(context, excel, out), plan(read.value), HISTORY),
  );
  if (!done.ok) throw new Error(done.error.code);
  if (then) {
    const undone = await Excel.run((context) =>
      writePlan(measuring(context, excel, out), then(done.value), HISTORY),
    );
    if (!undone.ok) throw new Error(undone.error.code);
  }
  expect(excel.gaps).toEqual([]);
  return out;
}

function expectWithinModel(measured: readonly Measured[]): void {
  expect(measured.length).toBeGreaterThan(0);
  for (const m of measured) {
    const view = { what: m.what, estimate: m.estimate, actual: m.actual };
    expect(view).toEqual({
      what: m.what,
      estimate: {
        request: expect.toBeWithin(m.actual.request, m.actual.request * 2 + 4_096),
        response: expect.toBeWithin(m.actual.response, m.actual.response * 3 + 64 * 1024 + 4_096),
      },
      actual: m.actual,
    });
  }
}

expect.extend({
  toBeWithin(received: number, low: number, high: number) {
    const pass = received >= low && received <= high;
    return { pass, message: () => `expected ${received} to be within [${low}, ${high}]` };
  },
});

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Jest's typings take a new matcher
  namespace jest {
    interface Expect {
      toBeWithin(low: number, high: number): unknown;
    }
    interface Matchers<R> {
      toBeWithin(low: number, high: number): R;
    }
  }
}

describe("the payload model holds every request at or above what the client sends", () => {
  test("fill: a new sheet, dropdowns and their 変更履歴; then its undo: validations put back, the sheet removed", async () => {
    expectWithinModel(
      await measure(
        SAMPLE,
        "fill",
        (list) => fill(list).plan,
        (done) => planUndo(done),
      ),
    );
  });

  test("attainment: rates and grades, header cells, each row's KPI cells read as inputs", async () => {
    expectWithinModel(await measure(KPI_SAMPLE, "attainment", (list) => attainment(list, R7Q2).plan));
  });

  test("ExcelApi 1.8: added header cells given the core's look, cell by cell", async () => {
    const measured = await measure(
      KPI_SAMPLE,
      "attainment",
      (list) => attainment(list, R7Q2).plan,
      undefined,
      {
        ExcelApi: "1.8",
      },
    );
    expectWithinModel(measured);
  });

  test("summary: a new sheet's layout, looks, heights, values and chart", async () => {
    expectWithinModel(
      await measure(SAMPLE, "summary", (list) => summary(list, { quarter: R7Q2, now: NOW }).plan),
    );
  });

  test("summary with its 目標 section: a line chart per numeric target, and the weather chart", async () => {
    const book = Buffer.from(await toExcelJs(targetsSummaryBook()).xlsx.writeBuffer());
    const measured = await measure(
      book,
      "summary",
      (list) => summary(list, { quarter: R8Q2, now: NOW }).plan,
    );
    expect(measured.some((m) => m.what.includes("chart"))).toBe(true);
    expectWithinModel(measured);
  });

  test("a sheet with several charts, a line among them: each chart counted", async () => {
    const measured = await measure(SAMPLE, "check", () => chartsPlan());
    const charts = measured.filter((m) => m.what.includes("chart"));
    expect(charts.map((m) => m.what)).toEqual(["write add-sheet+sheet-cells+chart+cells"]);
    expectWithinModel(measured);
  });

  test("2,000 rows: grids the client cuts into 1,500-cell chunks", async () => {
    const measured = await measure(
      await kpiListBytes(2_000),
      "attainment",
      (list) => attainment(list, R7Q2).plan,
    );
    expect(Math.max(...measured.map((m) => m.actual.request))).toBeGreaterThan(100_000);
    expectWithinModel(measured);
  }, 120_000);
});
