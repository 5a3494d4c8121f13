import { targetsReviewModel } from "../../../tests/builders/targets-review-book";
import { targetRowText, targetUnit, yearTarget } from "./target-row";

const model = targetsReviewModel();
const byName = (name: string) => {
  const found = model.targets.find((r) => r.target.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe("a target's row in the 目標 table, from seed 004's table in 令和8年度 (2026) 第2四半期", () => {
  test("each cell as the summary and the CLI write it: 現在地, the year's target, 実績, 達成率 or the stage, 状況", () => {
    const rows = model.targets.filter((r) => !r.target.kgi).map((r) => targetRowText(r));
    expect(rows.map((r) => [r.name, r.baseline, r.target, r.actual, r.figure, r.status])).toEqual([
      ["職員の年間作業時間", "6,070時間削減", "10,000時間削減", "8,000時間", "49%", "behind"],
      ["A4コピー用紙購入枚数", "4,600,000枚", "4,480,000枚", "4,540,000枚", "50%", "on-track"],
      ["テレワーク実施率", "11%", "20%", "24%", "144%", "achieved"],
      ["文書管理システムの電子決裁（発意起案）", "84%", "100%", "", "", "no-actual"],
      [
        "処分通知等オンライン化の推進",
        "未導入",
        "導入に向けた調査・研究",
        "実証・導入開始",
        "実証・導入開始",
        "ahead",
      ],
      ["生成AIツールの機能拡充", "限定的な利⽤", "機能拡充検証", "", "", "no-actual"],
    ]);
  });

  test("a blank year that carries the previous target shows that target; the merged stage spans its years", () => {
    const approval = byName("文書管理システムの電子決裁（発意起案）").target;
    expect([2026, 2027, 2028].map((y) => yearTarget(approval, y))).toEqual(["100%", "100%", "100%"]);
    const genai = byName("生成AIツールの機能拡充").target;
    expect([2027, 2028].map((y) => yearTarget(genai, y))).toEqual([
      "機能拡充した生成AIツールの導入・全庁運⽤",
      "機能拡充した生成AIツールの導入・全庁運⽤",
    ]);
    expect(yearTarget(genai, 2030)).toBe("");
  });

  test("units from the numbers as read", () => {
    expect(model.targets.filter((r) => !r.target.kgi).map((r) => targetUnit(r.target))).toEqual([
      "時間",
      "枚",
      "%",
      "%",
      "",
      "",
    ]);
  });

  test("the sum of the measures, a figure the sheet does not write, takes the target's unit", () => {
    expect(targetRowText(byName("職員の年間作業時間")).actual).toBe("8,000時間");
  });
});
