import { issueCountsText } from "../messages/counts";
import { quarterName } from "../messages/calendar-words";
import { parseQuarter } from "../calendar/fiscal-calendar";
import { summaryMarkerText, SNAPSHOT_HEADER } from "./summary-state";
import { NO_VALUE, OTHER, type SummaryModel, type WeatherGroup } from "./summary";
import { num, text, type ChartSpec, type NewSheet, type PlannedValue, type SheetContent } from "../port/plan";
import { summaryTargetWords } from "../messages/summary-target-words";
import type { TargetsModel } from "../targets/model";
import { clip, ContentWriter, WIDTHS } from "./content-writer";
import { targetsSection } from "./targets-section";

/** Hidden columns at the right hold the marker and the snapshot for next quarter's comparison. */
const STATE_COL = WIDTHS.length + 1;

/**
 * The summary sheet (§8) as host-independent content, placed right after the list; with the
 * workbook's targets (issue 17), their section comes first.
 */
export function summarySheet(model: SummaryModel, targets: TargetsModel | null = null): NewSheet {
  return { name: model.sheet, hidden: false, after: model.source, content: summaryContent(model, targets) };
}

export function summaryContent(model: SummaryModel, targets: TargetsModel | null = null): SheetContent {
  const out = new ContentWriter();
  out.title(`業務改革施策 四半期サマリー ${model.quarter}${quarterWords(model.quarter)}`);
  out.subtitle(
    `元のシート: ${model.source} ／ 作成: ${model.made} ／ 施策数: ${model.measures} ／ チェック: ${issueCountsText(model.validation, "ja")}`,
  );
  out.skip();

  // Unnumbered, so the numbered sections keep the numbers earlier summaries and readers know.
  const section = targets
    ? targetsSection(out, targets, model.quarter, summaryTargetWords("ja"))
    : { charts: [], pageStarts: [] };
  // With the 目標 section before them, the numbered sections start a page of their own, as they
  // do without it (their section bar is one row below the blank row that leads it).
  const pageStarts = targets ? [...section.pageStarts, out.rowIndex + 1] : [];
  weatherTotals(out, model);
  const pillarTable = groupTable(out, "2. 3本柱別の天気", "柱", model, model.byPillar);
  groupTable(out, "3. 9領域別の天気", "領域", model, model.byDomain);
  groupTable(out, "4. 部別の天気", "主担当部", model, model.byDepartment);
  directions(out, model);
  grades(out, model);
  watchlist(out, model);
  changes(out, model);

  const chartTop = out.rowIndex + 1;
  const marks = model.weatherKeys.filter((k) => k !== NO_VALUE && k !== OTHER);
  const chart: ChartSpec | undefined =
    pillarTable.rows > 0
      ? {
          type: "column-clustered",
          title: "3本柱別の天気",
          categories: model.byPillar.map((g) => g.key),
          series: marks.map((mark) => ({
            name: mark,
            values: model.byPillar.map((g) => g.counts[mark] ?? 0),
          })),
          categoryRange: {
            top: pillarTable.top + 1,
            left: 0,
            bottom: pillarTable.top + pillarTable.rows,
            right: 0,
          },
          seriesRange: {
            top: pillarTable.top,
            left: 2,
            bottom: pillarTable.top + pillarTable.rows,
            right: 1 + marks.length,
          },
          at: { rowIndex: chartTop, col: 0, rows: 16, cols: 8 },
        }
      : undefined;

  state(out, model);
  return {
    cells: out.cells,
    merges: out.merges,
    columnWidths: [...WIDTHS, 2, 30, 8, 12, 30],
    freezeRows: 2,
    rowHeights: out.rowHeights,
    print: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      ...(pageStarts.length > 0 ? { pageStarts } : {}),
    },
    hiddenColumns: [STATE_COL - 1, STATE_COL, STATE_COL + 1, STATE_COL + 2, STATE_COL + 3],
    charts: [...section.charts, ...(chart ? [chart] : [])],
  };
}

function weatherTotals(out: ContentWriter, model: SummaryModel): void {
  out.section("1. 天気の集計");
  out.label("", "header");
  model.weatherKeys.forEach((k, i) => out.put(2 + i, markHeader(model, k), "header"));
  out.put(2 + model.weatherKeys.length, "合計", "header");
  out.rowIndex++;
  const keys = model.weatherKeys;
  out.label("件数");
  keys.forEach((k, i) => out.put(2 + i, model.weather[k] ?? 0, "count"));
  out.put(2 + keys.length, model.measures, "total");
  out.rowIndex++;
  out.label("割合");
  keys.forEach((k, i) => out.put(2 + i, share(model.weather[k] ?? 0, model.measures), "percent"));
  out.put(2 + keys.length, share(model.measures, model.measures), "percent");
  out.rowIndex++;
}

/** A weather table by group; returns where its header is and how many group rows it has. */
function groupTable(
  out: ContentWriter,
  title: string,
  keyHeader: string,
  model: SummaryModel,
  groups: readonly WeatherGroup[],
): { top: number; rows: number } {
  out.section(title);
  const top = out.rowIndex;
  out.headers([keyHeader, keyHeader === "主担当部" ? "" : "名称", ...model.weatherKeys, "合計"]);
  for (const g of groups) {
    out.put(0, g.key, "text");
    out.put(1, g.label === g.key ? "" : g.label, "text");
    model.weatherKeys.forEach((k, i) => out.put(2 + i, g.counts[k] ?? 0, "count"));
    out.put(2 + model.weatherKeys.length, g.total, "total");
    out.rowIndex++;
  }
  out.label("合計", "total");
  model.weatherKeys.forEach((k, i) => out.put(2 + i, model.weather[k] ?? 0, "total"));
  out.put(2 + model.weatherKeys.length, model.measures, "total");
  out.rowIndex++;
  return { top, rows: groups.length };
}

function directions(out: ContentWriter, model: SummaryModel): void {
  out.section("5. 今後の方向性");
  out.label("方向性", "header");
  out.put(2, "件数", "header");
  out.put(3, "割合", "header");
  out.rowIndex++;
  for (const [value, n] of Object.entries(model.direction)) {
    out.label(value);
    out.put(2, n, "count");
    out.put(3, share(n, model.measures), "percent");
    out.rowIndex++;
  }
}

function grades(out: ContentWriter, model: SummaryModel): void {
  out.section(`6. 達成度（${model.fiscalYear}年度、${model.quarter}時点）`);
  if (!model.hasTargets) {
    out.note(
      "目標値の列がないため、達成率・達成度は計算していません。KPI の列（年度目標値・実績値）を追加すると集計できます。",
    );
    return;
  }
  out.label("達成度", "header");
  out.put(2, "件数", "header");
  out.rowIndex++;
  for (const [grade, n] of Object.entries(model.grades)) {
    out.label(grade === "-" ? "-（計算不可）" : grade);
    out.put(2, n, "count");
    out.rowIndex++;
  }
  out.skip();
  out.headers(["柱", "名称", "平均達成率", "対象施策"]);
  for (const p of model.averageRateByPillar) {
    out.put(0, p.key, "text");
    out.put(1, p.label, "text");
    out.put(
      2,
      p.average === null ? text("-") : num(p.average, "0.0%"),
      p.average === null ? "count" : "percent",
    );
    out.put(3, p.rows, "count");
    out.rowIndex++;
  }
}

function watchlist(out: ContentWriter, model: SummaryModel): void {
  const marks = model.weatherKeys.filter((k) => k !== NO_VALUE && k !== OTHER).slice(1);
  out.section(`7. 要注意の施策（${marks.join("・")}、天気と達成ペースが合わない施策）`);
  if (model.watchlist.length === 0) {
    out.note("該当する施策はありません。");
    return;
  }
  out.headers([
    "施策番号",
    "管理項目",
    "主担当部",
    "天気",
    "目安",
    "達成率",
    "達成度",
    "ペース",
    "進捗状況",
    "今後の方向性",
    "方向性理由",
  ]);
  for (const w of model.watchlist) {
    out.put(0, w.id ?? `${w.row}行目`, "text");
    out.put(1, clip(w.item), "wrap");
    out.put(2, w.department, "wrap");
    out.put(3, w.weather, "mark");
    out.put(4, w.suggestedWeather ?? "", "mark");
    out.put(5, w.rate === null ? "" : num(w.rate, "0.0%"), "percent");
    out.put(6, w.grade ?? "", "mark");
    out.put(7, w.pace === null ? "" : num(w.pace, "0%"), "percent");
    out.put(8, clip(w.progress), "wrap");
    out.put(9, w.direction, "wrap");
    out.put(10, clip(w.reason), "wrap");
    out.rowIndex++;
  }
  out.note("目安: 達成ペース（達成率 ÷ 経過した四半期の割合）から見た天気。PL が選んだ天気はそのままです。");
}

function changes(out: ContentWriter, model: SummaryModel): void {
  const c = model.changes;
  if (!c) {
    out.section("8. 前四半期からの変化");
    out.note(
      "比較できる前の四半期のサマリーがこのブックにありません。このサマリーが次の四半期の比較に使われます。",
    );
    return;
  }
  out.section(`8. 前四半期（${c.previousQuarter}、シート「${c.previousSheet}」）からの変化`);
  const moveTable = (
    title: string,
    moves: readonly { id: string; item: string; from: string; to: string }[],
  ) => {
    out.put(0, `${title}（${moves.length} 件）`, "subtitle");
    out.rowIndex++;
    if (moves.length === 0) return;
    out.headers(["施策番号", "管理項目", "前", "今"]);
    for (const m of moves) {
      out.put(0, m.id, "text");
      out.put(1, clip(m.item), "wrap");
      out.put(2, m.from, "mark");
      out.put(3, m.to, "mark");
      out.rowIndex++;
    }
  };
  const idTable = (title: string, rows: readonly { id: string; item: string }[]) => {
    out.put(0, `${title}（${rows.length} 件）`, "subtitle");
    out.rowIndex++;
    if (rows.length === 0) return;
    out.headers(["施策番号", "管理項目"]);
    for (const r of rows) {
      out.put(0, r.id, "text");
      out.put(1, clip(r.item), "wrap");
      out.rowIndex++;
    }
  };
  moveTable("天気が変わった施策", c.weather);
  moveTable("方向性が変わった施策", c.direction);
  idTable("追加された施策", c.added);
  idTable("なくなった施策", c.removed);
}

/** The marker and snapshot, in hidden columns, for the next quarter's comparison. */
function state(out: ContentWriter, model: SummaryModel): void {
  const cells = out.cells;
  const marker = summaryMarkerText({ v: 1, quarter: model.quarter, source: model.source, made: model.made });
  cells.push({ rowIndex: 0, col: STATE_COL, value: text(marker), style: "marker" });
  cells.push({ rowIndex: 2, col: STATE_COL, value: text(SNAPSHOT_HEADER), style: "marker" });
  ["施策番号", "天気", "今後の方向性", "管理項目"].forEach((h, i) =>
    cells.push({ rowIndex: 3, col: STATE_COL + i, value: text(h), style: "marker" }),
  );
  model.snapshot.forEach((s, r) => {
    [s.id, s.weather, s.direction, clip(s.item)].forEach((v, i) => {
      if (v !== "") cells.push({ rowIndex: 4 + r, col: STATE_COL + i, value: text(v), style: "marker" });
    });
  });
}

function markHeader(model: SummaryModel, key: string): string {
  const meaning = model.weatherMeanings[key];
  return meaning ? `${key} ${meaning}` : key;
}

function share(n: number, total: number): PlannedValue {
  return total === 0 ? text("-") : num(n / total, "0%");
}

/** R8Q2 → 令和8年度 第2四半期. */
/** 「 ／ 令和8年度 第2四半期（7〜9月）」 after the short form in the title. */
function quarterWords(quarter: string): string {
  const parsed = parseQuarter(quarter);
  return parsed.ok ? ` ／ ${quarterName(parsed.value)}` : "";
}
