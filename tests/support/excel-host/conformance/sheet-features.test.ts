/**
 * Freeze panes (ExcelApi 1.7), page layout (ExcelApi 1.9, refused by the client itself on older
 * hosts), charts with title and series, and the selection.
 */
import { createExcelHost } from "../create-excel-host";
import { useExcelHost } from "../jest";
import { failureOf } from "./run-batch";

const table = [
  ["柱", "☀", "☁", "☂"],
  ["A", 5, 2, 1],
  ["B", 3, 3, 0],
  ["C", 4, 1, 2],
];
const excel = useExcelHost({ sheets: [{ name: "サマリー", rows: table }] });

test("freezeRows freezes the top rows; getLocationOrNullObject reads them back, null when unfrozen", async () => {
  const seen = await Excel.run(async (context) => {
    const panes = context.workbook.worksheets.getItem("サマリー").freezePanes;
    const before = panes.getLocationOrNullObject();
    await context.sync();
    panes.freezeRows(2);
    const after = panes.getLocationOrNullObject();
    after.load("address");
    await context.sync();
    return { before: before.isNullObject, after: after.address };
  });
  expect(seen).toEqual({ before: true, after: "サマリー!1:2" });
  expect(excel.host.snapshot("サマリー").frozen).toEqual({ rows: 2, columns: 0 });
});

test("page layout: orientation, paper size and fit-to-page zoom set as one object", async () => {
  // "PageLayout.zoom.scale must be set by assigning PageLayout.zoom to a PageLayoutZoomOptions object."
  const seen = await Excel.run(async (context) => {
    const layout = context.workbook.worksheets.getItem("サマリー").pageLayout;
    layout.orientation = Excel.PageOrientation.landscape;
    layout.paperSize = "A4";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.load("orientation,paperSize,zoom");
    await context.sync();
    return { orientation: layout.orientation, paper: layout.paperSize, zoom: layout.zoom };
  });
  expect(seen).toEqual({
    orientation: "Landscape",
    paper: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  });
});

test("pageLayout on a host below ExcelApi 1.9 is answered with ApiNotFound and changes nothing", async () => {
  // ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer
  // version of the Office application." The client's own check is switched off in this build
  // (CommonUtility._doApiNotSupportedCheck stays false), so the request reaches the host.
  const host = await createExcelHost({ sheets: [{ name: "Sheet1" }], sets: { ExcelApi: "1.8" } });
  const failure = await failureOf(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
    await context.sync();
  });
  expect(failure).toMatchObject({ code: "ApiNotFound", location: "Worksheet.pageLayout" });
  expect(host.records.map((r) => r.error)).toEqual(["ApiNotFound"]);
  expect(host.workbook.sheets[0].pageLayout.orientation).toBe("Portrait");
});

test("charts.add takes a type, a range and seriesBy; series are named from the header row", async () => {
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("サマリー");
    const chart = sheet.charts.add(
      Excel.ChartType.columnStacked,
      sheet.getRange("A1:D4"),
      Excel.ChartSeriesBy.columns,
    );
    chart.title.text = "3本柱別の天気";
    chart.setPosition("F2", "M18");
    chart.series.getItemAt(0).name = "晴れ";
    chart.load("name,chartType");
    chart.series.load("items/name");
    await context.sync();
    return { name: chart.name, type: chart.chartType, series: chart.series.items.map((s) => s.name) };
  });
  expect(seen).toEqual({ name: "Chart 1", type: "ColumnStacked", series: ["晴れ", "☁", "☂"] });
  expect(excel.host.snapshot("サマリー").charts).toEqual([
    {
      name: "Chart 1",
      type: "ColumnStacked",
      title: "3本柱別の天気",
      source: "A1:D4",
      series: ["晴れ", "☁", "☂"],
    },
  ]);
});

test("a chart type Excel does not have is refused", async () => {
  const failure = await failureOf(async (context) => {
    const sheet = context.workbook.worksheets.getItem("サマリー");
    sheet.charts.add("Pyramid3D" as Excel.ChartType, sheet.getRange("A1:D4"));
    await context.sync();
  });
  expect(failure.code).toBe("InvalidArgument");
});

test("select() moves the selection and activates the sheet; getSelectedRange reads it", async () => {
  excel.host.workbook.addSheet("一覧");
  const address = await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("一覧").getRange("N60").select();
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    await context.sync();
    return selected.address;
  });
  expect(address).toBe("一覧!N60");
  expect(excel.host.selection()).toBe("一覧!N60");
  expect(excel.host.workbook.activeSheet().name).toBe("一覧");
});

test("a chart added in one sync is found again by its id in the next", async () => {
  const title = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("サマリー");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:D4"), "Auto");
    chart.load("id");
    await context.sync();
    chart.title.text = "天気";
    chart.title.load("text");
    await context.sync();
    return chart.title.text;
  });
  expect(title).toBe("天気");
  const addressed = excel.host.records[1].request!.ObjectPaths;
  expect(Object.values(addressed)).toContainEqual(
    expect.objectContaining({
      ObjectPathType: 5,
      ArgumentInfo: { Arguments: [excel.host.workbook.sheets[0].charts[0].id] },
    }),
  );
});

test("horizontalPageBreaks.add takes the cell (or range) that starts a page; the breaks read back by row", async () => {
  const seen = await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("サマリー");
    sheet.horizontalPageBreaks.add("A30");
    sheet.horizontalPageBreaks.add(sheet.getRange("B12:C13"));
    sheet.horizontalPageBreaks.load("items/rowIndex");
    const count = sheet.horizontalPageBreaks.getCount();
    await context.sync();
    return { rows: sheet.horizontalPageBreaks.items.map((b) => b.rowIndex), count: count.value };
  });
  expect(seen).toEqual({ rows: [11, 29], count: 2 });
  expect(excel.host.workbook.sheets[0].rowBreaks).toEqual([11, 29]);
});
