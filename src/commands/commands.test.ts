/**
 * The ribbon buttons end to end: Office invokes the function registered by commands.ts, the
 * command runs on the emulated workbook through Microsoft's client, shows its result in a dialog
 * and completes its event, on every path.
 */
import { join } from "node:path";
import { useExcelHost } from "../../tests/support/excel-host";
import type { onPaneViewRequest as OnPaneViewRequest } from "./pane-requests";

const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");

/**
 * Loads commands.ts as the page does, once per test: each test's emulated Office has its own action
 * registry, and the module's own state (its host) starts fresh with it. Returns the pane's side of
 * the shared runtime from the same module instances.
 */
function loadCommands(): { onPaneViewRequest: typeof OnPaneViewRequest } {
  let loaded: { onPaneViewRequest: typeof OnPaneViewRequest } | undefined;
  jest.isolateModules(() => {
    // isolateModules needs the synchronous loader: each test gets its own module instances.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("./commands");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require("./pane-requests");
  });
  if (!loaded) throw new Error("commands.ts did not load");
  return loaded;
}

function dialogContent(url: string): { title: string; lines: string[]; offerPane: boolean } {
  return JSON.parse(decodeURIComponent(new URL(url).hash.slice(1)));
}

describe("on the sample", () => {
  const excel = useExcelHost({ xlsx: SAMPLE });
  let pane: ReturnType<typeof loadCommands>;
  beforeEach(() => {
    pane = loadCommands();
  });

  test("サマリー作成 makes the summary, shows what it made and completes its event", async () => {
    const outcome = await excel.host.office.invokeAction("summary");
    expect(outcome.completed).toBe(true);
    const [dialog] = excel.host.office.dialogs;
    expect(new URL(dialog.url).pathname).toMatch(/\/dialog\.html$/u);
    const content = dialogContent(dialog.url);
    expect(content.title).toBe("サマリー作成");
    expect(content.lines[0]).toMatch(
      /^R\dQ\d のサマリー「サマリー_R\dQ\d」を「施策リスト」の後ろに作りました/u,
    );
    expect(excel.host.workbook.sheets.map((s) => s.name)[1]).toMatch(/^サマリー_R\dQ\d$/u);
  });

  test("チェック counts the issues; its dialog's button opens the pane at them", async () => {
    const views: string[] = [];
    const stop = pane.onPaneViewRequest((view) => views.push(view));
    try {
      expect((await excel.host.office.invokeAction("check")).completed).toBe(true);
      const [dialog] = excel.host.office.dialogs;
      expect(dialogContent(dialog.url)).toMatchObject({ title: "チェック", offerPane: true });
      dialog.messageParent("open-pane");
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(views).toEqual(["check"]);
      expect(excel.host.officeEvents.map((e) => e.kind)).toContain("taskpaneShown");
      expect(dialog.isOpen()).toBe(false);
    } finally {
      stop();
    }
  });
});

describe("when something stops the command", () => {
  const excel = useExcelHost({ xlsx: SAMPLE });
  beforeEach(() => loadCommands());

  test("a cell being edited: the dialog says so, and the event still completes", async () => {
    excel.host.enterCellEditMode();
    expect((await excel.host.office.invokeAction("summary")).completed).toBe(true);
    excel.host.exitCellEditMode();
    const content = dialogContent(excel.host.office.dialogs[0].url);
    expect(content.lines).toEqual([expect.stringMatching(/^セルを編集中のため/u)]);
  });

  test("a dialog already open elsewhere: no dialog, and the event still completes", async () => {
    expect((await excel.host.office.invokeAction("check")).completed).toBe(true);
    expect((await excel.host.office.invokeAction("check")).completed).toBe(true);
    expect(excel.host.officeEvents.filter((e) => e.kind === "dialogRefused")).toHaveLength(1);
  });
});

describe("in English", () => {
  const excel = useExcelHost({ sheets: [{ name: "Sheet1", rows: [["名前"]] }], displayLanguage: "en-US" });
  beforeEach(() => loadCommands());

  test("a workbook without the list: the English one-line reason", async () => {
    expect((await excel.host.office.invokeAction("check")).completed).toBe(true);
    expect(dialogContent(excel.host.office.dialogs[0].url).lines).toEqual([
      expect.stringMatching(/^No measure list in this workbook/u),
    ]);
  });
});
