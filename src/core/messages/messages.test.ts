import { ISSUE_CODES, type ChoicesProblem, type IssueDraft } from "../validation/issues";
import { issueMessage, languageOf } from "./messages";
import { messagesEn } from "./messages-en";
import { messagesJa } from "./messages-ja";

/** One draft per code with parameters as its check raises them. */
const SAMPLE_PARAMS: { [C in IssueDraft["code"]]: Extract<IssueDraft, { code: C }>["params"] } = {
  "missing-column": { header: "天気" },
  "missing-value": { mark: "☁", markField: "進捗状況" },
  "invalid-choice": { choices: ["☀", "☁", "☂"] },
  "non-canonical-choice": { canonical: "☀" },
  "reason-required": { direction: "見直し" },
  "id-format": { expected: "A1" },
  "duplicate-id": { id: "A1-1", firstRow: 3 },
  "code-mismatch": { code: "A2", other: "進捗管理枝番1（9領域）", otherCode: "A1" },
  "label-inconsistent": { code: "A1", majority: "A1:窓口サービスの改革" },
  "cell-error": { error: "#REF!" },
  "not-a-number": { text: "約60件" },
  "out-of-range": { fiscalYear: "R8" },
  "invalid-polarity": {},
  "weather-mismatch": { suggested: "☂", pace: 0.45, quarter: "R8Q2" },
  "target-wrong-side": { polarity: "減少", baseline: 4_600_000, target: 4_700_000 },
  "invalid-choices-sheet": { table: "天気", problem: { code: "no-values" }, cell: "選択肢!A1" },
  "target-not-a-number": { target: "A4コピー用紙購入枚数", text: "約450万枚" },
  "target-unit-changes": { target: "A4コピー用紙購入枚数", unit: "箱", expected: "枚" },
  "target-direction-contradiction": { target: "テレワーク実施率", stated: "減少", path: "増加" },
  "target-year-order": { year: 2026, previous: 2027 },
  "target-year-missing": { year: 2027 },
  "target-link-unknown": { target: "テレワーク実施率", link: "Z9-9" },
  "target-kpi-unit-mismatch": {
    target: "職員の年間作業時間",
    measureId: "A1-4",
    kpiUnit: "件",
    unit: "時間",
  },
  "target-stage-unknown": { target: "処分通知等オンライン化の推進", text: "検討中" },
};

function draft(code: IssueDraft["code"]): IssueDraft {
  return {
    code,
    params: SAMPLE_PARAMS[code],
    severity: "error",
    row: 3,
    column: "N",
    field: "weather",
    fieldName: "weather",
    id: "A1-1",
    value: "晴れ",
    suggestion: null,
  } as IssueDraft;
}

/** One problem per code a table of the 選択肢 sheet can have. */
const CHOICES_PROBLEMS: { [C in ChoicesProblem["code"]]: Extract<ChoicesProblem, { code: C }> } = {
  "no-values": { code: "no-values" },
  repeated: { code: "repeated", value: "☀" },
  "no-column": { code: "no-column", column: "下限" },
  "blank-bound": { code: "blank-bound", value: "B" },
  "bound-not-a-number": { code: "bound-not-a-number", value: "A", text: "九割" },
  "bounds-not-falling": { code: "bounds-not-falling" },
  "reason-not-yes-no": { code: "reason-not-yes-no", value: "休止", text: "多分" },
};

describe("messages", () => {
  test("every code has a Japanese and an English message, and nothing else has one", () => {
    expect(Object.keys(messagesJa).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(messagesEn).sort()).toEqual([...ISSUE_CODES].sort());
  });

  test.each(ISSUE_CODES)("%s reads as one line in both languages", (code) => {
    const ja = issueMessage(draft(code), "ja");
    const en = issueMessage(draft(code), "en");
    for (const text of [ja, en]) {
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/\n|undefined|\[object/u);
    }
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
  });

  test.each(Object.values(CHOICES_PROBLEMS))(
    "a 選択肢 table's problem ($code) is told in both languages",
    (problem) => {
      const drafted = {
        ...draft("invalid-choices-sheet"),
        params: { table: "達成度", problem, cell: "選択肢!J1" },
      };
      const [ja, en] = [issueMessage(drafted as IssueDraft, "ja"), issueMessage(drafted as IssueDraft, "en")];
      expect(ja).toMatch(
        /^選択肢シートの「達成度」の表（選択肢!J1）を使えません: .+。この表は既定の選択肢を使います$/u,
      );
      expect(en).toMatch(/^The 選択肢 table "達成度" \(選択肢!J1\) cannot be used: .+; its defaults apply$/u);
      expect(en).not.toMatch(/[\u3040-\u309f]/u);
    },
  );

  test("long cell texts are cut in the message, never in the value", () => {
    const long = { ...draft("invalid-choice"), value: "あ".repeat(30_000) } as IssueDraft;
    expect(issueMessage(long).length).toBeLessThan(100);
  });

  test("a Japanese message names the field and the value", () => {
    expect(issueMessage(draft("non-canonical-choice"))).toBe("天気「晴れ」は「☀」と書いてください");
    expect(issueMessage(draft("missing-value"))).toBe("天気が未入力です（進捗状況に「☁」と書かれています）");
  });
});

describe("the reader's language, one rule for the pane, the ribbon and the preview", () => {
  test("Japanese for ja, ja-JP, ja_JP in any case and when none is given; English for every other", () => {
    const tags = [
      "ja",
      "ja-JP",
      "ja_JP",
      "JA-jp",
      null,
      undefined,
      "",
      "en-US",
      "fr-FR",
      "zh-CN",
      "jam",
      "jv",
    ];
    expect(tags.map(languageOf)).toEqual([
      "ja",
      "ja",
      "ja",
      "ja",
      "ja",
      "ja",
      "ja",
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });
});
