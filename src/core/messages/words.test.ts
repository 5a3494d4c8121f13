/**
 * Every table of words has the same sentences in Japanese and in English, and each reads as one
 * line in both: the samples below call every sentence, and the types make them name every one.
 */
import { chaseMessage, type ChaseWords } from "./chase-message";
import { chaseWordsEn } from "./chase-words-en";
import { chaseWordsJa } from "./chase-words-ja";
import type { CliWords } from "./cli-words";
import { cliWordsEn } from "./cli-words-en";
import { cliWordsJa } from "./cli-words-ja";
import { otherListsMessage, unplacedColumnsMessage, type NoteWords } from "./notes";
import { noteWordsEn } from "./note-words-en";
import { noteWordsJa } from "./note-words-ja";
import type { RibbonWords } from "./ribbon-words";
import { ribbonWordsEn } from "./ribbon-words-en";
import { ribbonWordsJa } from "./ribbon-words-ja";
import { relativeTargetText, type KpiWords } from "./kpi-message";
import { kpiWordsEn } from "./kpi-words-en";
import type { TargetWords } from "./target-words";
import { targetWordsEn } from "./target-words-en";
import { targetWordsJa } from "./target-words-ja";
import { kpiWordsJa } from "./kpi-words-ja";
import type { SummaryTargetWords } from "./summary-target-words";
import { summaryTargetWordsEn } from "./summary-target-words-en";
import { summaryTargetWordsJa } from "./summary-target-words-ja";
import type { WriteWords } from "./write-result";
import { writeWordsEn } from "./write-words-en";
import { writeWordsJa } from "./write-words-ja";

/** For each sentence of a table, the arguments to call it with; null for a fixed one. */
type Samples<W> = {
  readonly [K in keyof W]: W[K] extends (...args: infer A) => string
    ? A
    : W[K] extends string
      ? null
      : Samples<W[K]>;
};

/** Every sentence of a table, by its path, called with its sample. */
function sentences<W extends object>(words: W, samples: Samples<W>, path = ""): [string, string][] {
  return Object.entries(words).flatMap(([key, value]): [string, string][] => {
    const at = `${path}${key}`;
    const sample = (samples as Record<string, unknown>)[key];
    if (typeof value === "string") return [[at, value]];
    if (typeof value === "function")
      return [[at, String((value as (...a: unknown[]) => unknown)(...(sample as unknown[])))]];
    return sentences(value as object, sample as Samples<object>, `${at}.`);
  });
}

const INPUT = "施策.xlsx";
const PLACE = "60行 N列";

const CLI: Samples<CliWords> = {
  place: [60, "N"],
  rowName: [60],
  validate: {
    checked: [INPUT, "施策リスト", 32, 4],
    template: null,
    noProblems: null,
    severity: { error: null, warning: null },
    sheetPlace: null,
    fix: ["☁"],
  },
  fill: {
    planned: [INPUT, "施策リスト"],
    filled: [INPUT, "out.xlsx", "施策リスト"],
    newChoicesSheet: null,
    fields: { weather: null, direction: null },
    noColumn: ["天気"],
    dropdownInPlace: ["天気", "N5:N8"],
    dropdown: ["天気", "N5:N8", "'選択肢'!$A$2:$A$4"],
    noRewrites: null,
    rewrites: [2],
    rewrite: [PLACE, "天気", "晴", "☀"],
    formulas: [1],
    formulaCell: ["N9", "☀"],
    unknowns: [1],
    unknown: [PLACE, "天気", "雷"],
  },
  attainment: {
    heading: [INPUT, "out.xlsx", "R7", "R7Q2"],
    noTargetColumn: ["R7"],
    headersAdded: [["達成率", "達成度"]],
    placed: ["達成率", "W"],
    written: [["達成率 W列", "達成度 X列"], "", 64],
    rows: [32],
    tableHeader: null,
    plWeather: ["☀"],
    grades: ["A 3 / B 1"],
    uncomputable: [1],
    paceMismatches: [2, "R7Q2"],
    suggestions: [1],
    suggestionFields: { target: null, actual: null },
    suggestion: ["12行 [A1-1]", "目標値", "60件", "マイルストーン", "改善実施数:60"],
  },
  summary: {
    nothingToSummarise: [INPUT, "施策リスト"],
    added: [INPUT, "out.xlsx", "サマリー_R7Q2", "施策リスト"],
    measures: ["R7Q2", 32, "☀ 31 / ☁ 1"],
    direction: ["継続 30 / 休止 2"],
    grades: ["R7", "A 3 / B 1"],
    watchlist: [1],
    paceHint: ["☂"],
    watched: ["C3-2", "☁", " ☂", "研修", "総務部"],
    noPrevious: null,
    targetsSection: ["目標", 7, 4],
    changes: ["R7Q1", { weather: 1, direction: 0, added: 2, removed: 1 }],
    weatherMoved: ["A1-1", "☀", "☁"],
    directionMoved: ["A1-1", "継続", "休止"],
    measureAdded: ["D1-1"],
    measureRemoved: ["B2-3"],
  },
  targets: {
    heading: [INPUT, "目標", 2026, "R8Q2", 6],
    noSheet: [INPUT],
    numeric: ["A4コピー用紙購入枚数", "4,600,000枚", 2026, "4,480,000枚", "4,540,000枚", "50%", "順調"],
    staged: ["処分通知等オンライン化推進", 2026, "実証・導入開始", "対象拡大", "前倒"],
    shares: ["A1-1 4,000（50%）"],
    measures: ["A1-1, B1-3"],
    moreMeasures: [2490],
    noValue: null,
    notes: null,
    note: [5, "2026年2月末時点"],
    added: [INPUT, "out.xlsx", "目標", "施策リスト"],
    exists: [INPUT, "目標"],
  },
  demo: {
    sample: ["examples/measure-list-sample.xlsx"],
    validate: null,
    fill: null,
    attainment: ["R7Q2"],
    summary: ["R7Q2"],
    targets: ["R8"],
    more: [12, "out/attainment.txt"],
    outputs: ["out", ["validate.txt", "filled.xlsx"]],
  },
  args: {
    noCommand: null,
    unknownCommand: ["check"],
    optionNotFor: ["validate", "-o"],
    extraArgument: ["extra.xlsx"],
    noInput: ["fill"],
    noOutput: ["fill"],
    emptySheet: null,
    emptyQuarter: null,
    emptyBy: null,
    invalid: null,
    unknownOption: ["--colour"],
    optionValue: ["--sheet"],
    unreadable: ["bad"],
    emptyYear: null,
    yearUnreadable: ["R八"],
    yearQuarterDiffer: ["R8", "R9Q2"],
    outputNeedsAdd: null,
  },
  unexpected: ["not a finite number"],
};

const RIBBON: Samples<RibbonWords> = {
  appTitle: null,
  summaryTitle: null,
  checkTitle: null,
  nothingToSummarise: ["施策リスト"],
  summaryMade: ["サマリー_R7Q2", "施策リスト", "R7Q2"],
  measures: [32, "☀ 31 / ☁ 1"],
  watchlist: [1],
  checked: ["施策リスト", 32],
  counts: [{ error: 1, warning: 6 }],
  unexpected: ["boom"],
  showInPane: null,
  close: null,
};

const SUMMARY_TARGETS: Samples<SummaryTargetWords> = {
  section: [2026, "R8Q2"],
  source: ["目標"],
  heads: {
    kind: null,
    target: null,
    rateOrStage: ["達成率", "段階"],
    grade: null,
    pace: null,
    note: null,
  },
  kind: { kgi: null, numeric: null, staged: null },
  stageOf: [2027],
  reduction: null,
  percent: ["12.5"],
  hours: ["6,070"],
  sentences: [["KGI", "base"]],
  share: ["C3-2", "60%"],
  unmatched: [["Z9-9", "電子契約"]],
  issues: [2],
  counted: ["Targets", 3],
  measureHeads: { id: null, item: null, kpi: null },
  noGaps: null,
  paths: null,
  year: null,
  yearLabel: [2026],
  baselineYear: [2025],
  chartTitle: ["A4用紙", "枚"],
};

const CHASE: Samples<ChaseWords> = {
  greeting: ["市民部"],
  noDepartment: null,
  request: ["令和8年度 第2四半期（7〜9月）"],
  ask: null,
  askBy: ["令和8年10月9日（金）"],
  row: [60],
  fields: { progress: null, weather: null, direction: null, directionReason: null },
  separator: null,
  defaultSender: null,
};

const NOTES: Samples<NoteWords> = {
  reasons: { "more-fields": null, visible: null, "more-rows": null, first: null },
  pickWithSheet: null,
  otherLists: ["R8", ["R8", "R7"], "visible", "--sheet"],
  unplacedColumns: [["達成率", "達成度"]],
};

const WRITE: Samples<WriteWords> = {
  nothingWritten: null,
  written: [902],
  sheetsAdded: [["サマリー_R7Q2"]],
  sheetsRemoved: [["サマリー_R7Q2"]],
  validationsRestored: [18],
  changedSinceWritten: [1],
  nothingToWrite: null,
  noneWritten: null,
  refused: ["Excel busy"],
  undone: ["Excel busy", 12],
  stays: ["Excel busy", 450, ["サマリー_R7Q2"]],
  rollbackFailed: ["Excel busy"],
  unknown: ["connection lost", 450, 2],
  changed: [1],
  formula: [2],
  inputChanged: [2, "施策リスト!U10"],
  already: [3],
  dropdowns: [2],
  historyRows: [902],
  kept: [{ name: "サマリー_R7Q2", reason: "renamed", now: "R7Q2" }, ""],
  unsupported: ["print-setup", "ExcelApi 1.9"],
  changedCell: ["施策リスト!N60", "☂"],
  formulaCell: ["施策リスト!N60"],
  inputCell: ["施策リスト!W10", "施策リスト!U10", "1"],
  unknownCell: ["施策リスト!W10"],
  empty: null,
};

const KPI: Samples<KpiWords> = {
  base: { previousYear: ["R6"], year: ["R5"], baseline: null },
  amount: ["10%", "increase"],
  relative: ["前年度（R6）", "10%", "increase"],
  worked: ["42,822件", "R6実績値", "38,929件"],
  missing: { basis: [["R6実績値", "基準値"]], direction: null, percentKpi: ["10%増"] },
};

const TARGETS: Samples<TargetWords> = {
  heads: {
    item: null,
    baseline: null,
    target: null,
    actual: null,
    rate: null,
    stage: null,
    status: null,
    links: null,
  },
  status: {
    achieved: null,
    "on-track": null,
    behind: null,
    "no-actual": null,
    "no-target": null,
    ahead: null,
    "on-schedule": null,
  },
  reachedIn: ["実証・導入開始", "2027年度"],
  kgi: {
    withBase: ["30%", "0.8%", "8,035時間", "1,000,000時間"],
    hoursOnly: ["30%", "6,070時間"],
    nothingKnown: ["30%"],
    needs: null,
  },
  gaps: { targetsWithoutMeasures: null, measuresServingNoTarget: null, none: null },
  noSheet: null,
};

const TABLES = [
  ["a write's result", writeWordsJa, writeWordsEn, WRITE],
  ["the command line", cliWordsJa, cliWordsEn, CLI],
  ["the ribbon", ribbonWordsJa, ribbonWordsEn, RIBBON],
  ["the chase message", chaseWordsJa, chaseWordsEn, CHASE],
  ["the notes", noteWordsJa, noteWordsEn, NOTES],
  ["the KPI targets", kpiWordsJa, kpiWordsEn, KPI],
  ["the summary's targets section", summaryTargetWordsJa, summaryTargetWordsEn, SUMMARY_TARGETS],
  ["the 目標 sheet", targetWordsJa, targetWordsEn, TARGETS],
] as const;

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;

describe.each(TABLES)("%s", (_name, ja, en, samples) => {
  const inJa = sentences(ja as object, samples as Samples<object>);
  const inEn = sentences(en as object, samples as Samples<object>);

  test("has the same sentences in Japanese and in English", () => {
    expect(inEn.map(([path]) => path)).toEqual(inJa.map(([path]) => path));
  });

  test("every sentence is one line, with nothing left unfilled", () => {
    for (const [path, text] of [...inJa, ...inEn]) {
      expect([path, text.trim().length > 0]).toEqual([path, true]);
      expect([path, /\n|undefined|null|\[object/u.test(text)]).toEqual([path, false]);
    }
  });

  test("every Japanese sentence is translated, and no English one has a word of Japanese", () => {
    const en = new Map(inEn);
    for (const [path, text] of inJa)
      if (JAPANESE.test(text)) expect([path, en.get(path) === text]).toEqual([path, false]);
    // Hiragana is what a Japanese sentence is written in; sheet and header names have none.
    for (const [path, text] of inEn) expect([path, /[\u3040-\u309f]/u.test(text)]).toEqual([path, false]);
  });
});

describe("English says one of anything in the singular (no 「1 errors」)", () => {
  /** The samples with every count made 1. */
  function ones(samples: unknown): unknown {
    if (Array.isArray(samples)) return samples.map((v) => (typeof v === "number" ? 1 : v));
    if (samples === null || typeof samples !== "object") return samples;
    return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, ones(v)]));
  }
  const plural =
    /\b1 (?:[a-z]+ )?(?:cells|rows|errors|warnings|measures|values|validations|sheets|changes|ranges|issues|requests)\b/u;

  test.each(TABLES)("%s", (_name, _ja, en, samples) => {
    for (const [path, text] of sentences(en as object, ones(samples) as Samples<object>))
      expect([path, text, plural.test(text)]).toEqual([path, text, false]);
  });
});

describe("the composed messages", () => {
  const group = {
    department: "",
    items: [{ row: 60, id: null, item: "研修", missing: ["weather" as const] }],
  };

  test("a measure with no department is chased under 主担当部なし, by its row", () => {
    expect(chaseMessage(group, { fiscalYear: 8, quarter: 2 }).split("\n").slice(0, 1)).toEqual([
      "（主担当部なし） PL ご担当者様",
    ]);
    expect(chaseMessage(group, { fiscalYear: 8, quarter: 2 }, "en")).toContain("・row 60 研修: weather");
  });

  test("a relative target: what the text means, then the target worked out or why there is none", () => {
    const target = {
      base: { kind: "year", fiscalYear: 6, previous: true },
      change: "increase",
      basis: { key: "actual[R6]", value: 38929 },
      target: 42822,
      unit: "件",
      missing: null,
    } as const;
    expect(relativeTargetText(target, 10)).toEqual({
      relative: "前年度（R6）比 10%増",
      detail: "目標値 42,822件（R6実績値 38,929件から計算）",
    });
    expect(relativeTargetText(target, 10, "en")).toEqual({
      relative: "10% up on the previous year (R6)",
      detail: "target 42,822件 (worked out from R6実績値 38,929件)",
    });
    const none = { ...target, basis: null, target: null, missing: "basis" } as const;
    expect(relativeTargetText(none, 10).detail).toBe(
      "R6実績値か基準値がないため、目標値は計算できません。入れると計算します。",
    );
    const cut = { ...none, base: { kind: "baseline" }, change: "decrease", unit: "" } as const;
    expect(relativeTargetText(cut, -30)).toEqual({
      relative: "基準値比 30%減",
      detail: "基準値がないため、目標値は計算できません。入れると計算します。",
    });
    const rate = { ...target, target: null, missing: "percent-kpi" } as const;
    expect(relativeTargetText(rate, 10).detail).toBe(
      "割合の KPI では「10%増」がポイントの差か比率かを決められないため、目標値は計算しません。",
    );
  });

  test("the notes name the sheets and the reason in the reader's language", () => {
    const others = { sheets: ["R7"], reason: "visible" as const };
    expect(otherListsMessage("R8", others)).toBe(
      "施策リストのあるシートが複数あります（R8、R7）。表示されている「R8」を使いました。ほかのシートは --sheet で指定できます",
    );
    expect(otherListsMessage("R8", others, "en", "pick another in the sheet list")).toBe(
      'Several sheets hold a complete measure list (R8, R7): used "R8" because it is the visible one; pick another in the sheet list',
    );
    expect(unplacedColumnsMessage(["grade"])).toMatch(/^達成度の列を追加できません。/u);
  });
});
