/**
 * Charts: `worksheet.charts.add(type, range, seriesBy)`, the title, the series and their names and
 * data, and the position. Series are derived from the source range the way Excel's "Auto" does it
 * for a table with a header row and a label column (our reading; see docs/excel-host.md).
 */
import { parseAddress, type Rect } from "../model/address";
import type { ChartModel, ChartSeriesModel, Sheet } from "../model/workbook";
import { fail } from "../protocol/errors";
import { argInteger, argObject, argString, show } from "./args";
import { hostObject, type ClassSpec, type HostObject } from "./class-spec";
import { rangeSpec } from "./range";
import { assertEditable } from "./range-ref";

const CHART_TYPES = [
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "LineStacked",
  "Pie",
  "Doughnut",
  "Area",
  "AreaStacked",
  "XYScatter",
  "Radar",
];

interface ChartRef {
  readonly sheet: Sheet;
  readonly chart: ChartModel;
}

interface SeriesRef extends ChartRef {
  readonly series: ChartSeriesModel;
}

export const chartCollectionSpec: ClassSpec<Sheet> = {
  name: "ChartCollection",
  items: (sheet) => sheet.charts.map((chart) => chartObject(sheet, chart)),
  // The client re-addresses a chart it got back with an Id as charts[Id] in later syncs.
  indexer: (sheet, [id]) => {
    const chart = sheet.charts.find((c) => c.id === id);
    return chart
      ? chartObject(sheet, chart)
      : fail("ItemNotFound", "ChartCollection.getItem", `no chart ${String(id)}`);
  },
  properties: { Count: { get: (s) => s.charts.length } },
  methods: {
    Add: {
      call: (sheet, [type, source, seriesBy], ctx) => {
        assertEditable(sheet, "objects", "ChartCollection.add");
        const chartType = chartTypeOf(type, "ChartCollection.add");
        const range = argObject(source, rangeSpec, "ChartCollection.add").target;
        const by = seriesBy === null || seriesBy === undefined ? "Auto" : String(seriesBy);
        if (!["Auto", "Columns", "Rows"].includes(by))
          fail("InvalidArgument", "ChartCollection.add", `seriesBy ${show(by)}`);
        const chart: ChartModel = {
          id: ctx.workbook.nextChartId(),
          name: `Chart ${sheet.charts.length + 1}`,
          chartType,
          source: range.rect,
          seriesBy: by,
          title: "",
          titleVisible: false,
          series: deriveSeries(range.sheet, range.rect, by),
        };
        sheet.charts.push(chart);
        return chartObject(sheet, chart);
      },
    },
    GetCount: { since: "1.4", call: (s) => s.charts.length },
    GetItem: { call: (s, [name]) => byName(s, name) ?? fail("ItemNotFound", "ChartCollection.getItem") },
    GetItemOrNullObject: { since: "1.4", call: (s, [name]) => byName(s, name) },
    GetItemAt: {
      call: (s, [i]) => {
        const chart = s.charts[argInteger(i, "ChartCollection.getItemAt")];
        return chart ? chartObject(s, chart) : fail("ItemNotFound", "ChartCollection.getItemAt");
      },
    },
  },
};

function chartObject(sheet: Sheet, chart: ChartModel): HostObject<ChartRef> {
  return hostObject(chartSpec, { sheet, chart });
}

const chartSpec: ClassSpec<ChartRef> = {
  name: "Chart",
  identity: ({ chart }) => ({ Id: chart.id }),
  properties: {
    Name: {
      get: ({ chart }) => chart.name,
      set: ({ chart }, v) => {
        chart.name = argString(v, "Chart.name");
      },
    },
    Id: { since: "1.7", get: ({ chart }) => chart.id },
    ChartType: {
      since: "1.7",
      get: ({ chart }) => chart.chartType,
      set: ({ chart }, v) => {
        chart.chartType = chartTypeOf(v, "Chart.chartType");
      },
    },
  },
  navigation: {
    Title: { get: (ref) => hostObject(titleSpec, ref) },
    Series: { get: (ref) => hostObject(seriesCollectionSpec, ref) },
  },
  methods: {
    SetPosition: {
      call: ({ chart }, [start, end]) => {
        const startCell = argString(start, "Chart.setPosition");
        if (!parseAddress(startCell))
          fail("InvalidArgument", "Chart.setPosition", `${startCell} is not an address`);
        const endCell = end === null || end === undefined ? undefined : argString(end, "Chart.setPosition");
        if (endCell !== undefined && !parseAddress(endCell))
          fail("InvalidArgument", "Chart.setPosition", `${endCell} is not an address`);
        chart.position = { startCell, endCell };
        return null;
      },
    },
    Delete: {
      call: ({ sheet, chart }) => {
        sheet.charts = sheet.charts.filter((c) => c !== chart);
        return null;
      },
    },
  },
};

const titleSpec: ClassSpec<ChartRef> = {
  name: "ChartTitle",
  properties: {
    Text: {
      get: ({ chart }) => chart.title,
      set: ({ chart }, v) => {
        chart.title = argString(v, "ChartTitle.text");
        chart.titleVisible = chart.title !== "";
      },
    },
    Visible: {
      get: ({ chart }) => chart.titleVisible,
      set: ({ chart }, v) => {
        chart.titleVisible = v === true;
      },
    },
  },
};

const seriesCollectionSpec: ClassSpec<ChartRef> = {
  name: "ChartSeriesCollection",
  items: (ref) => ref.chart.series.map((series) => hostObject(seriesSpec, { ...ref, series })),
  properties: { Count: { get: ({ chart }) => chart.series.length } },
  methods: {
    GetCount: { since: "1.4", call: ({ chart }) => chart.series.length },
    GetItemAt: {
      call: (ref, [i]) => {
        const series = ref.chart.series[argInteger(i, "ChartSeriesCollection.getItemAt")];
        return series
          ? hostObject(seriesSpec, { ...ref, series })
          : fail("ItemNotFound", "ChartSeriesCollection.getItemAt");
      },
    },
  },
};

const seriesSpec: ClassSpec<SeriesRef> = {
  name: "ChartSeries",
  properties: {
    Name: {
      get: ({ series }) => series.name,
      set: ({ series }, v) => {
        series.name = argString(v, "ChartSeries.name");
      },
    },
  },
  methods: {
    SetValues: {
      since: "1.7",
      call: ({ series }, [source]) => {
        series.values = rangeRect(source, "ChartSeries.setValues");
        return null;
      },
    },
    SetXAxisValues: {
      since: "1.7",
      call: ({ series }, [source]) => {
        series.xValues = rangeRect(source, "ChartSeries.setXAxisValues");
        return null;
      },
    },
  },
};

function rangeRect(source: unknown, location: string): Rect {
  return argObject(source, rangeSpec, location).target.rect;
}

function chartTypeOf(value: unknown, location: string): string {
  const hit = CHART_TYPES.find((t) => t.toLowerCase() === String(value).toLowerCase());
  return hit ?? fail("InvalidArgument", location, `${show(value)} is not a chart type the emulator knows`);
}

function byName(sheet: Sheet, name: unknown): HostObject<ChartRef> | null {
  const chart = sheet.charts.find((c) => c.name === name);
  return chart ? chartObject(sheet, chart) : null;
}

/**
 * One series per column (or row), named by the header cell when the first row (column) holds text,
 * with the first column (row) as category labels when it holds text.
 */
function deriveSeries(sheet: Sheet, rect: Rect, seriesBy: string): ChartSeriesModel[] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= columns);
  const at = (i: number, j: number) =>
    byColumns ? sheet.cell(rect.top + i, rect.left + j) : sheet.cell(rect.top + j, rect.left + i);
  const lines = byColumns ? columns : rows;
  const length = byColumns ? rows : columns;
  const isText = (i: number, j: number) => typeof at(i, j)?.value === "string";
  const header = length > 1 && Array.from({ length: lines }, (_, j) => j).some((j) => j > 0 && isText(0, j));
  const labels =
    lines > 1 &&
    Array.from({ length: length - (header ? 1 : 0) }, (_, i) => i + (header ? 1 : 0)).some((i) =>
      isText(i, 0),
    );
  const out: ChartSeriesModel[] = [];
  for (let j = labels ? 1 : 0; j < lines; j++) {
    const name = header ? String(at(0, j)?.value ?? "") : `Series${out.length + 1}`;
    out.push({ name });
  }
  return out;
}
