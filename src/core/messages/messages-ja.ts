import { formatNumberJa } from "../kpi/numbers";
import type { ChoicesProblem, IssueCode, IssueParams } from "../validation/issues";

/** What a message may say about where it is: the field's Japanese label and the cell's text. */
export interface MessageContext {
  readonly label: string;
  readonly text: string;
}

export type MessageTable = { [C in IssueCode]: (params: IssueParams[C], ctx: MessageContext) => string };

/** Japanese messages: the ones the PMO and PLs read. */
export const messagesJa: MessageTable = {
  "missing-column": (p) => `「${p.header}」の列が見つかりません。見出し行に列を追加してください`,
  "missing-value": (p, c) =>
    p.mark === null
      ? `${c.label}が未入力です`
      : `${c.label}が未入力です（${p.markField ?? "同じ行"}に「${p.mark}」と書かれています）`,
  "invalid-choice": (p, c) => `${c.label}「${quote(c.text)}」は選択肢（${p.choices.join("・")}）にありません`,
  "non-canonical-choice": (p, c) => `${c.label}「${quote(c.text)}」は「${p.canonical}」と書いてください`,
  "reason-required": (p) => `今後の方向性が「${p.direction}」のときは方向性理由を書いてください`,
  "id-format": (p, c) => `${c.label}「${quote(c.text)}」の形が違います（例: ${p.expected}）`,
  "duplicate-id": (p) => `施策番号「${p.id}」が${p.firstRow}行目と重複しています`,
  "code-mismatch": (p, c) => `${c.label}のコード「${p.code}」が${p.other}「${p.otherCode}」と合っていません`,
  "label-inconsistent": (p, c) =>
    `${c.label}「${p.code}」の名称が他の行と違います（多くの行は「${p.majority}」）`,
  "cell-error": (p, c) => `${c.label}のセルがエラー（${p.error}）です。数式か参照先を確認してください`,
  "not-a-number": (p, c) => `${c.label}「${quote(p.text)}」を1つの数値として読めません`,
  "out-of-range": (p) =>
    `${p.fiscalYear === null ? "" : `${p.fiscalYear}年度の`}達成率を計算できません。基準値・目標値・実績値が極端な値で、計算の結果が数値の範囲を超えます。桁や単位を確認してください`,
  "invalid-polarity": (_p, c) => `目標の方向「${quote(c.text)}」は「増加」か「減少」で書いてください`,
  "weather-mismatch": (p, c) =>
    `天気は「${c.text}」ですが、${p.quarter}の達成ペース（${Math.round(p.pace * 100)}%）からは「${p.suggested}」が目安です`,
  "target-wrong-side": (p, c) =>
    `${c.label}（${formatNumberJa(p.target)}）が基準値（${formatNumberJa(p.baseline)}）より${p.polarity === "増加" ? "小さい" : "大きい"}のに、目標の方向が「${p.polarity}」です。目標値か目標の方向を確認してください`,
  "invalid-choices-sheet": (p) =>
    `選択肢シートの「${p.table}」の表（${p.cell}）を使えません: ${choicesProblemJa(p.problem)}。この表は既定の選択肢を使います`,
  "target-not-a-number": (p) =>
    `目標「${quote(p.target)}」は数値の目標ですが、「${quote(p.text)}」を数値として読めません。数値と単位で書いてください`,
  "target-unit-changes": (p) =>
    `目標「${quote(p.target)}」の単位が「${p.expected}」から「${p.unit}」に変わっています。同じ単位で書いてください`,
  "target-direction-contradiction": (p) =>
    `目標「${quote(p.target)}」の方向は「${p.stated}」ですが、現在地から各年度の目標への推移は「${p.path}」です。目標値か目標の方向を確認してください`,
  "target-year-order": (p) =>
    `${p.year}年度の列が${p.previous}年度の列より後ろにあります。年度の列は古い順に並べてください`,
  "target-year-missing": (p) => `${p.year}年度の列がありません。年度の列を続けて並べてください`,
  "target-link-unknown": (p) =>
    `目標「${quote(p.target)}」の関連施策「${quote(p.link)}」は施策リストのどの施策番号・指標名とも合いません`,
  "target-kpi-unit-mismatch": (p) =>
    `目標「${quote(p.target)}」（単位: ${p.unit}）を施策の合計で集計しますが、${p.measureId}のKPIの単位は「${p.kpiUnit}」です。単位をそろえてください`,
  "target-stage-unknown": (p) =>
    `目標「${quote(p.target)}」の実績「${quote(p.text)}」はこの行のどの段階とも合いません。各年度の段階の言葉で書いてください`,
};

function choicesProblemJa(p: ChoicesProblem): string {
  switch (p.code) {
    case "no-values":
      return "値がありません";
    case "repeated":
      return `「${p.value}」が2回あります`;
    case "no-column":
      return `「${p.column}」の列がありません`;
    case "blank-bound":
      return `「${p.value}」の下限が空です（空にできるのは最後の行だけです）`;
    case "bound-not-a-number":
      return `「${p.value}」の下限「${p.text}」を数値として読めません`;
    case "bounds-not-falling":
      return "下限は上の行ほど大きくしてください";
    case "reason-not-yes-no":
      return `「${p.value}」の方向性理由「${p.text}」は「必要」か「不要」で書いてください`;
  }
}

/** Long cell texts are cut in messages so one issue stays one line; the full value stays in `value`. */
export function quote(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/gu, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
