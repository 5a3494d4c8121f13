/**
 * Writes one after another on the same Office host, with no read in between: the host's sheet
 * names must follow its own writes (the 変更履歴 sheet made by the first write, a summary made and
 * then undone), or the second write tries to add 変更履歴 again, or leaves the summary behind.
 */
import { join } from "node:path";
import { useExcelHost } from "../../tests/support/excel-host";
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
const LOG = { operation: "PL の編集", time: "2025-10-01 09:00", by: "" };

async function open(host: WorkbookHost, action: ActionName): Promise<OpenedList> {
  const list = await readListFor(host, action);
  if (!list.ok) throw new Error(list.error.code);
  return list.value;
}

describe("the Office host keeps its sheet names in step with its own writes", () => {
  const excel = useExcelHost({ xlsx: SAMPLE });

  test("a second logged write after the one that made 変更履歴 appends to it", async () => {
    const host = createOfficeHost();
    const list = await open(host, "check");
    const first = await host.apply(fill(list).plan, { history: { ...LOG, operation: "選択肢の設定" } });
    expect(first.ok).toBe(true);
    const second = await host.apply(planEdits(list, [{ rowIndex: 59, values: { weather: "☁" } }]).plan, {
      history: LOG,
    });
    expect(second.ok && second.value.written.length).toBe(1);
    expect(excel.host.values("変更履歴!B2:D3")).toEqual([
      ["選択肢の設定", "選択肢", "（シート追加）"],
      ["PL の編集", "施策リスト", "N60"],
    ]);
  });

  test("the undo of a summary made just now removes it", async () => {
    const host = createOfficeHost();
    const made = await host.apply(summary(await open(host, "summary"), { quarter: R7Q2, now: NOW }).plan);
    if (!made.ok) throw new Error(made.error.code);
    const undone = await host.apply(planUndo(made.value));
    expect(undone.ok && undone.value.sheetsRemoved).toEqual(made.value.sheetsAdded);
    expect(excel.host.workbook.sheets.map((s) => s.name)).toEqual(["施策リスト"]);
  });
});
