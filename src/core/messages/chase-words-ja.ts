import type { ChaseWords } from "./chase-message";

/** Japanese: the message as a PL receives it from the PMO. */
export const chaseWordsJa: ChaseWords = {
  greeting: (department) => `${department} PL ご担当者様`,
  noDepartment: "（主担当部なし）",
  request: (quarter) => `${quarter}の施策リストで、次の項目がまだ入力されていません。`,
  ask: "ご記入をお願いします。",
  askBy: (date) => `${date}までにご記入をお願いします。`,
  row: (row) => `${row}行目`,
  fields: { progress: "進捗状況", weather: "天気", direction: "今後の方向性", directionReason: "方向性理由" },
  separator: "、",
  defaultSender: "総務部 DX推進課 行革推進係",
};
