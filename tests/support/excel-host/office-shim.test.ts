/**
 * The Office side the host provides around the Excel client: requirement sets, language and theme,
 * document settings, dialogs (with the errors "Handle errors and events in the Office dialog box"
 * lists), ribbon functions through Office.actions.associate, and the task pane.
 */
import { createExcelHost } from "./create-excel-host";
import { useExcelHost } from "./jest";

const excel = useExcelHost({ sheets: [{ name: "Sheet1" }], sets: ["ExcelApi 1.8", "DialogApi 1.2"] });

function showDialog(url: string): Promise<Office.AsyncResult<Office.Dialog>> {
  return new Promise((resolve) =>
    Office.context.ui.displayDialogAsync(url, { height: 40, width: 30 }, resolve),
  );
}

test("Office.onReady resolves for Excel on the web; requirement sets follow the configured list", async () => {
  await expect(Office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
  const isSetSupported = Office.context.requirements.isSetSupported;
  expect([
    isSetSupported("ExcelApi", "1.8"),
    isSetSupported("excelapi", "1.7"),
    isSetSupported("ExcelApi", "1.9"),
    isSetSupported("ExcelApi"),
  ]).toEqual([true, true, false, true]);
  expect([isSetSupported("DialogApi", "1.2"), isSetSupported("SharedRuntime", "1.1")]).toEqual([true, false]);
});

test("display language and theme are what the host was given; Excel on the web may give no theme", async () => {
  expect(Office.context.displayLanguage).toBe("ja-JP");
  expect(Office.context.officeTheme).toBeUndefined();
  const theme = {
    bodyBackgroundColor: "#1F1F1F",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#2B2B2B",
    controlForegroundColor: "#FFFFFF",
  };
  await createExcelHost({ displayLanguage: "en-US", officeTheme: theme });
  expect([Office.context.displayLanguage, Office.context.officeTheme]).toEqual(["en-US", theme]);
});

test("document settings live in memory and each saveAsync is recorded", async () => {
  const settings = Office.context.document.settings;
  settings.set("department", "総務部");
  await new Promise((resolve) => settings.saveAsync(resolve));
  expect(settings.get("department")).toBe("総務部");
  expect(settings.get("missing")).toBeNull();
  expect(excel.host.officeEvents).toEqual([{ kind: "settingsSaved", settings: { department: "総務部" } }]);
});

test("a dialog opens on the add-in's origin; the add-in hears its messages and the user closing it", async () => {
  const heard: unknown[] = [];
  const result = await showDialog("https://localhost:3000/result.html?n=3");
  expect(result.status).toBe("succeeded");
  result.value.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => heard.push(arg));
  result.value.addEventHandler(Office.EventType.DialogEventReceived, (arg) => heard.push(arg));
  excel.host.office.dialogs[0].messageParent("ok");
  excel.host.office.dialogs[0].closeByUser();
  expect(heard).toEqual([
    { type: "dialogMessageReceived", message: "ok", origin: "https://localhost:3000" },
    { type: "dialogEventReceived", error: 12006 },
  ]);
  expect(excel.host.officeEvents.map((e) => e.kind)).toEqual(["dialogOpened", "dialogClosed"]);
});

test("dialog errors: 12005 for HTTP, 12004 for another domain, 12007 while one is open", async () => {
  // 12004 "The domain … must be the same domain as the host page", 12005 "… uses the HTTP protocol.
  // HTTPS is required.", 12007 "A host window, such as a task pane, can only have one dialog box open
  // at a time."
  const codes = [];
  codes.push((await showDialog("http://localhost:3000/a.html")).error.code);
  codes.push((await showDialog("https://evil.example/a.html")).error.code);
  expect((await showDialog("https://localhost:3000/a.html")).status).toBe("succeeded");
  codes.push((await showDialog("https://localhost:3000/b.html")).error.code);
  expect(codes).toEqual([12005, 12004, 12007]);
});

test("a ribbon function runs through Office.actions.associate and must call event.completed()", async () => {
  Office.actions.associate("check", async (event: Office.AddinCommands.Event) => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["checked"]];
      await context.sync();
    });
    event.completed();
  });
  Office.actions.associate("forgets", () => undefined);
  await expect(excel.host.office.invokeAction("check")).resolves.toEqual({ completed: true, options: null });
  expect(excel.host.values("Sheet1!A1")).toEqual([["checked"]]);
  await expect(excel.host.office.invokeAction("forgets", 50)).rejects.toThrow(
    "forgets did not call event.completed() within 50 ms",
  );
  await expect(excel.host.office.invokeAction("unknown", 50)).rejects.toThrow(
    "no function is associated with the action id unknown",
  );
});

// Our reading of Office (to confirm by hand, docs/excel-host.md): a click that comes while the
// function file is still loading is held until Office.actions.associate registers its function.
test("a click before the function is associated waits for it", async () => {
  const clicked = excel.host.office.invokeAction("late", 1000);
  await new Promise((resolve) => setTimeout(resolve, 20));
  Office.actions.associate("late", (event: Office.AddinCommands.Event) => event.completed());
  await expect(clicked).resolves.toEqual({ completed: true, options: null });
});

test("showAsTaskpane and hide are recorded", async () => {
  await Office.addin.showAsTaskpane();
  await Office.addin.hide();
  expect(excel.host.officeEvents).toEqual([{ kind: "taskpaneShown" }, { kind: "taskpaneHidden" }]);
});

test("an Office member the host does not provide throws, naming it", () => {
  expect(() => Office.context.mailbox).toThrow(
    "excel-host: Office.context.mailbox is not provided by the emulated Office host",
  );
  expect(() => Office.context.document.getFileAsync(Office.FileType.Compressed, () => undefined)).toThrow(
    "Office.context.document.getFileAsync is not provided",
  );
});
