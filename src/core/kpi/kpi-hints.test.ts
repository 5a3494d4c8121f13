import fc from "fast-check";
import { findKpiHints, type KpiHint } from "./kpi-hints";

type Projection = [KpiHint["kind"], string | null, number, number | null, string | null, string];

/** `[kind, label, value, of, unit, source]` per hint, in text order. */
function hints(text: string): Projection[] {
  return findKpiHints(text).map((h) => [h.kind, h.label, h.value, h.of, h.unit, h.source]);
}

/** Cells of seed 000 (Inzai City's measure list), copied as they are. */
const SEED = {
  a1_4Milestone: "改善実施数:60（要望数60個）",
  a1_4Progress: "8月末時点。28/60完了。 （内レイアウト変更等により令和8年度以降実施11項目）",
  a2_1Milestone:
    "（関連部課にヒアリングの上、KPI設定予定）書面や電話でのみ受付している手続きの電子申請フォームで支所・出張所で受け付けている手続きを100% ライフイベントに関する手続きの電子化率100%へ（9月末時点16/77件、約20%）",
  a3_2Milestone:
    "（関連部課にヒアリングの上、KPI設定予定）9月末までに設定 ・SNS等でコンビニ交付件数増：KPI：前年度比10%増（3,800件） 令和6年度交付件数38,929件",
  b1_1Milestone: "仕組み化シートの整備率（課単位）:100%",
  b1_2Progress:
    "・現状把握アンケート集計中 ・5月:ちば電子の研修実施 ・6月:ちば電子の研修動画配信 ・2025/6/20時点でちば電子申請のLGWAN手続き:61件うちR7年度は21件(8月現在)",
  b1_3Milestone: "R7.3末で文書の電子決裁率が、Q平均で80% R8年度からの支出伝票の電子決裁が可能であること",
  b1_3Target: "電子決裁率Q平均80% 支出伝票の電子決裁準備完了",
  b1_3Progress: "目標は、各Qの平均 5月末現在で、文書の電子決裁比率がQ1平均50.1%",
  b1_4Milestone:
    "ペーパーレス:50% （対R6比） ＝ ・庁内向け資料（会議資料、議論文資料等）：100%達成。 ・対市民向け資料（パンフレット、説明資料等）：30%削減を目指す。ただし、情報が確実に市民に届く方法も同時に考慮する。現在、年間200万枚の印刷がある大型印刷機の印刷枚数を30%削減する。",
  b1_4Progress:
    "庁内向け枚数 R6：4,779,225枚 R7：1,852,821枚 R9：（2,389,612枚 ※↑はプリントログベースのカウント。実績ベースだと R7.8月分まで↓ R6：8,783,886枚 R7：3,451,804枚 R9：（4,391,943枚",
  b1_6Milestone: "公開型GISに新規搭載する地図数：2",
  b1_6Progress: "8/25に小型家電・配色油の回収場所のマップを公開。 8/28GIS研修及び相談会を実施。",
  b1_7Milestone: "業務改革・改善の創出数:3",
  b1_8Progress:
    "・7/14に人事課/DSKとヒアリングを実施→9月中に見積もりもらう予定。端末がない人の対応を検討中。給与明細の件、DSKと調整中。",
  b1_9Milestone: "改善リストの実施数:19（全部で23個：7月ヒアリングで2項目追加）",
  b1_9Progress:
    "9月1日によくある問い合わせをNICMAの独自情報を利用してテスト中。共催だよりの配布は8月に廃止済み。19/23完了",
  b1_10Progress: "・研修第1回実施(8/1) ・研修第2回実施(9/3) ・設定課題数:20",
  b3_1Progress: "8/12から9/18まで検証実施、本導入に向け8/5入札等審査会にて承認済み",
  b3_2Progress: "R8予算計上に向けた現地調査を実施、予算見積もりを依頼中（R7.7末時点）",
  c1_1Milestone: "DXリテラシー講座受講:全職員（90%以上） 研修の理解度：平均3.8以上",
  c2_1Milestone: "受講人数:90人以上 研修の理解度：平均3.8以上",
  c3_1Milestone: "研修及びワークショップへの参加職員数:160人以上 生成AI利用者数:500人以上",
  c3_1Target2:
    "・生成AI活用による業務効率化（▲xxx時間）※R7年度中に業務効率化測定方法を確立の上、設定 ・業務における生成AI活用者の割合を80%以上にする",
  c3_2Progress:
    "・研修の理解度 ☁ →Excel : 4.31 PowerPoint : 3.82 ・悩み相談16件 ※BPR研修フォロー含む→相談募集を随時に変更予定",
  a1_1Plan:
    "・自動読み取り、データ連携などデジタル対応 ・R9年1月の牧の原出張所（新）で「書かない窓口」運用開始",
  b2_1Progress: "・組織案作成中 ・ヒアリング実施中",
};

describe("findKpiHints: seed 000", () => {
  test("ratios: 28/60完了, 19/23完了, 16/77件", () => {
    expect(hints(SEED.a1_4Progress)).toEqual([["ratio", null, 28, 60, null, "28/60完了"]]);
    expect(hints(SEED.b1_9Progress)).toEqual([["ratio", null, 19, 23, null, "19/23完了"]]);
  });

  test("a ratio and percentages in one cell (A2-1)", () => {
    expect(hints(SEED.a2_1Milestone)).toEqual([
      ["percent", null, 100, null, "%", "100%"],
      ["percent", "電子化率", 100, null, "%", "電子化率100%"],
      ["ratio", null, 16, 77, "件", "16/77件"],
      ["percent", null, 20, null, "%", "約20%"],
    ]);
  });

  test("labelled numbers", () => {
    expect(hints(SEED.a1_4Milestone)).toEqual([["labelled", "改善実施数", 60, null, null, "改善実施数:60"]]);
    expect(hints(SEED.b1_10Progress)).toEqual([["labelled", "設定課題数", 20, null, null, "設定課題数:20"]]);
    expect(hints(SEED.b1_6Milestone)).toEqual([
      ["labelled", "公開型GISに新規搭載する地図数", 2, null, null, "公開型GISに新規搭載する地図数：2"],
    ]);
    expect(hints(SEED.b1_7Milestone)).toEqual([
      ["labelled", "業務改革・改善の創出数", 3, null, null, "業務改革・改善の創出数:3"],
    ]);
    expect(hints(SEED.b1_1Milestone)).toEqual([
      [
        "labelled",
        "仕組み化シートの整備率（課単位）",
        100,
        null,
        "%",
        "仕組み化シートの整備率（課単位）:100%",
      ],
    ]);
  });

  test("labelled numbers keep their unit and qualifiers (以上, 平均)", () => {
    expect(hints(SEED.c2_1Milestone)).toEqual([
      ["labelled", "受講人数", 90, null, "人", "受講人数:90人以上"],
      ["labelled", "研修の理解度", 3.8, null, null, "研修の理解度：平均3.8以上"],
    ]);
    expect(hints(SEED.c3_1Milestone)).toEqual([
      [
        "labelled",
        "研修及びワークショップへの参加職員数",
        160,
        null,
        "人",
        "研修及びワークショップへの参加職員数:160人以上",
      ],
      ["labelled", "生成AI利用者数", 500, null, "人", "生成AI利用者数:500人以上"],
    ]);
    expect(hints(SEED.c1_1Milestone)).toEqual([
      ["percent", null, 90, null, "%", "90%以上"],
      ["labelled", "研修の理解度", 3.8, null, null, "研修の理解度：平均3.8以上"],
    ]);
  });

  test("percentages take the noun phrase before them as label", () => {
    expect(hints(SEED.b1_3Progress)).toEqual([["percent", "Q1平均", 50.1, null, "%", "Q1平均50.1%"]]);
    expect(hints(SEED.b1_3Target)).toEqual([
      ["percent", "電子決裁率Q平均", 80, null, "%", "電子決裁率Q平均80%"],
    ]);
    expect(hints(SEED.b1_3Milestone)).toEqual([["percent", null, 80, null, "%", "80%"]]);
    expect(hints(SEED.a3_2Milestone)).toEqual([["percent", "前年度比", 10, null, "%", "前年度比10%増"]]);
    expect(hints(SEED.c3_1Target2)).toEqual([["percent", null, 80, null, "%", "80%以上"]]);
  });

  test("a bracketed note belongs to the label; a bare percentage stays a percentage (B1-4)", () => {
    expect(hints(SEED.b1_4Milestone)).toEqual([
      ["labelled", "ペーパーレス", 50, null, "%", "ペーパーレス:50% （対R6比）"],
      [
        "labelled",
        "庁内向け資料（会議資料、議論文資料等）",
        100,
        null,
        "%",
        "庁内向け資料（会議資料、議論文資料等）：100%",
      ],
      [
        "labelled",
        "対市民向け資料（パンフレット、説明資料等）",
        30,
        null,
        "%",
        "対市民向け資料（パンフレット、説明資料等）：30%削減",
      ],
      ["percent", null, 30, null, "%", "30%削減"],
    ]);
  });

  test("fiscal-year labels with thousands separators; 「R9：（」 is not a value", () => {
    expect(hints(SEED.b1_4Progress)).toEqual([
      ["labelled", "R6", 4779225, null, "枚", "R6：4,779,225枚"],
      ["labelled", "R7", 1852821, null, "枚", "R7：1,852,821枚"],
      ["labelled", "R6", 8783886, null, "枚", "R6：8,783,886枚"],
      ["labelled", "R7", 3451804, null, "枚", "R7：3,451,804枚"],
    ]);
  });

  test("2025/6/20時点 is a date, and the time phrase is not part of the label", () => {
    expect(hints(SEED.b1_2Progress)).toEqual([
      ["labelled", "ちば電子申請のLGWAN手続き", 61, null, "件", "ちば電子申請のLGWAN手続き:61件"],
    ]);
  });

  test("labels with spaces around the colon", () => {
    expect(hints(SEED.c3_2Progress)).toEqual([
      ["labelled", "Excel", 4.31, null, null, "Excel : 4.31"],
      ["labelled", "PowerPoint", 3.82, null, null, "PowerPoint : 3.82"],
    ]);
  });

  test("「全部で23個：7月」: a month after a colon is not a value", () => {
    expect(hints(SEED.b1_9Milestone)).toEqual([
      ["labelled", "改善リストの実施数", 19, null, null, "改善リストの実施数:19"],
    ]);
  });

  test.each<[string, string]>([
    ["8/25に, 8/28GIS研修", SEED.b1_6Progress],
    ["7/14に", SEED.b1_8Progress],
    ["8/12から9/18まで, 8/5入札", SEED.b3_1Progress],
    ["R7.7末時点", SEED.b3_2Progress],
    ["R9年1月", SEED.a1_1Plan],
    ["no number at all", SEED.b2_1Progress],
  ])("dates and years are not hints: %s", (_name, text) => {
    expect(hints(text)).toEqual([]);
  });

  test("(8/1) and (9/3) are dates; the labelled number after them is found", () => {
    expect(findKpiHints(SEED.b1_10Progress).map((h) => h.kind)).toEqual(["labelled"]);
  });

  test("offsets point at the source in every seed cell", () => {
    for (const text of Object.values(SEED)) {
      for (const hint of findKpiHints(text)) expect(text.slice(hint.start, hint.end)).toBe(hint.source);
    }
  });
});

describe("findKpiHints: relative percentages are never plain values", () => {
  /** `[source, base, change]` of every hint; `-` for a plain one. */
  function relatives(text: string) {
    return findKpiHints(text).map((h) => {
      const r = h.relative;
      if (r === null) return [h.source, "-"];
      const base = r.base.kind === "year" ? `R${r.base.fiscalYear}` : r.base.kind;
      return [h.source, base, r.change];
    });
  }

  test("seed 000: A3-2's 「前年度比10%増」, B1-4's 「50%（対R6比）」 and its 「30%削減」", () => {
    expect(relatives(SEED.a3_2Milestone)).toEqual([["前年度比10%増", "previous-year", "increase"]]);
    expect(relatives(SEED.b1_4Milestone)).toEqual([
      ["ペーパーレス:50% （対R6比）", "R6", null],
      ["庁内向け資料（会議資料、議論文資料等）：100%", "-"],
      ["対市民向け資料（パンフレット、説明資料等）：30%削減", "current", "decrease"],
      ["30%削減", "current", "decrease"],
    ]);
  });

  test.each<[string, unknown[]]>([
    ["R6比50%", ["R6比50%", "R6", null]],
    ["令和6年度比20%減", ["令和6年度比20%減", "R6", "decrease"]],
    ["Ｒ６年度比 20％減", ["Ｒ６年度比 20％減", "R6", "decrease"]],
    ["2024年度比で15%の増加", ["2024年度比で15%の増加", "R6", "increase"]],
    ["対前年度比10%アップ", ["対前年度比10%アップ", "previous-year", "increase"]],
    ["前年度比▲5%", ["前年度比▲5%", "previous-year", "decrease"]],
    ["前年度比110%", ["前年度比110%", "previous-year", "of"]],
    ["前年比10%", ["前年比10%", "previous-year", null]],
    ["R6比:50%削減", ["R6比:50%削減", "R6", "decrease"]],
    ["利用率:10%向上（前年度比）", ["利用率:10%向上（前年度比）", "previous-year", "increase"]],
    ["残業時間を20%削減", ["20%削減", "current", "decrease"]],
  ])("%p", (text, expected) => {
    expect(relatives(text)).toEqual([expected]);
  });

  test.each<[string, string]>([
    ["a rate", "電子化率100%"],
    ["a rate with 以上", "80%以上"],
    ["a negative without a base", "▲5%"],
    ["a year not before 比", "R6:50%"],
  ])("a plain percentage: %s (%p)", (_name, text) => {
    expect(relatives(text).map((r) => r[1])).toEqual(["-"]);
  });
});

describe("findKpiHints: rules", () => {
  test.each<[string, Projection[]]>([
    ["3/5件", [["ratio", null, 3, 5, "件", "3/5件"]]],
    ["３／５人", [["ratio", null, 3, 5, "人", "３／５人"]]],
    ["1,200/3,000件", [["ratio", null, 1200, 3000, "件", "1,200/3,000件"]]],
    ["完了数:28/60", [["ratio", "完了数", 28, 60, null, "完了数:28/60"]]],
    ["進捗 13/20", [["ratio", null, 13, 20, null, "13/20"]]],
    ["達成率：５０％", [["labelled", "達成率", 50, null, "%", "達成率：５０％"]]],
    ["削減時間:▲120時間", [["labelled", "削減時間", -120, null, "時間", "削減時間:▲120時間"]]],
    ["予算:1億2,000万円", [["labelled", "予算", 120000000, null, "円", "予算:1億2,000万円"]]],
    ["前年度比▲5%", [["percent", "前年度比", -5, null, "%", "前年度比▲5%"]]],
    ["R6:30件", [["labelled", "R6", 30, null, "件", "R6:30件"]]],
  ])("%p", (text, expected) => {
    expect(hints(text)).toEqual(expected);
  });

  test.each<[string, string]>([
    ["m/d followed by に", "9/3に実施"],
    ["m/d followed by から", "4/1から"],
    ["m/d followed by 時点", "8/31時点"],
    ["m/d at the end", "研修 9/30"],
    ["a month pair", "2/3月に配信"],
    ["a chain of slashes", "2025/6/20"],
    ["a zero denominator", "0/0完了"],
    ["a quotient beyond any number", `${"9".repeat(305)}/0.000001完了`],
    ["a time", "会議10:30から"],
    ["a time at the start", "10:30 開始"],
    ["a date after a colon", "期限:8/25"],
    ["a range of percentages", "60〜70%"],
    ["a range after a colon", "目標:5〜10件"],
    ["a code", "C2-02"],
    ["a number without colon or %", "悩み相談16件"],
    ["an approximate value is read only with % (約60件)", "約60件"],
    ["a malformed number", "1.2.3%"],
  ])("not a hint: %s (%p)", (_name, text) => {
    expect(hints(text)).toEqual([]);
  });
});

describe("findKpiHints: properties", () => {
  const textWithNumbers = fc
    .array(
      fc.constantFrom(
        "改善実施数",
        ":",
        "：",
        "/",
        "／",
        "%",
        "％",
        "件",
        "完了",
        "に",
        "以上",
        " ",
        "　",
        "・",
        "（",
        "）",
        "▲",
        "〜",
        "R",
        "Q1平均",
        "万",
        ".",
        ",",
        "1",
        "12",
        "28",
        "60",
        "３",
        "2025",
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join(""));

  test("source is the text between start and end; values are finite; hints are in order", () => {
    fc.assert(
      fc.property(fc.oneof(textWithNumbers, fc.string({ unit: "binary" })), (text) => {
        const found = findKpiHints(text);
        for (const hint of found) {
          expect(text.slice(hint.start, hint.end)).toBe(hint.source);
          expect(Number.isFinite(hint.value)).toBe(true);
          if (hint.of !== null) expect(Number.isFinite(hint.of) && hint.of !== 0).toBe(true);
        }
        const starts = found.map((hint) => hint.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
    );
  });

  test("a text without digits has no hints", () => {
    const noDigit = fc.string({ unit: "binary" }).filter((s) => !/[0-9０-９]/u.test(s));
    fc.assert(
      fc.property(noDigit, (text) => {
        expect(findKpiHints(text)).toEqual([]);
      }),
    );
  });
});
