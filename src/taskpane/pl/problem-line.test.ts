import { planEdits } from "../../core/actions/edit";
import type { Quarter } from "../../core/calendar/fiscal-calendar";
import { KPI_SAMPLE_PATH, sampleList } from "../../../tests/builders/sample-list";
import { en } from "../i18n/en";
import { ja } from "../i18n/ja";
import { departmentCards } from "./department-rows";
import { blockedReason, problemLine } from "./problem-line";

const R7Q2: Quarter = { fiscalYear: 7, quarter: 2 };

describe("a PL's problems named by measure and field", () => {
  test("beside a blocked 保存: each measure and field once, three at most, the rest counted", async () => {
    const list = await sampleList(KPI_SAMPLE_PATH);
    const cards = departmentCards(list, "総務部", R7Q2).slice(0, 4);
    const edits = cards.map((c) => ({
      rowIndex: c.rowIndex,
      values: { direction: "見直し", directionReason: null },
    }));
    const { verdict } = planEdits(list, edits, { quarter: R7Q2 }).report;
    if (verdict.kind !== "refused") throw new Error(verdict.kind);
    const [first, second, third] = cards.map((c) => `${c.id} ${c.item}・方向性理由`);
    expect(blockedReason(verdict.errors, cards, R7Q2, ja)).toBe(
      `エラーがあるため保存できません（${first}、${second}、${third} ほか 1 件）。各欄の下の説明のとおり直してください。`,
    );
    expect(blockedReason(verdict.errors.slice(0, 1), cards, R7Q2, en)).toBe(
      `Cannot save while there are errors (${cards[0].id} ${cards[0].item}, Reason (方向性理由)). Fix them as said under each field.`,
    );
  });

  test("in the confirmation's warnings: the KPI actual as the card labels it, then the message", async () => {
    const list = await sampleList(KPI_SAMPLE_PATH);
    const cards = departmentCards(list, "市民部", R7Q2);
    const { verdict } = planEdits(list, [{ rowIndex: cards[0].rowIndex, values: { weather: "☂" } }], {
      quarter: R7Q2,
    }).report;
    if (verdict.kind !== "allowed") throw new Error(verdict.kind);
    expect(verdict.warnings.map((w) => problemLine(w, cards, R7Q2, ja))).toEqual([
      "A1-4 窓口業務改善・天気: 天気は「☂」ですが、R7Q2の達成ペース（93%）からは「☁」が目安です",
    ]);
  });
});
