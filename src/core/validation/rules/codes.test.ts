import { runRowRule } from "../../../../tests/builders/rules";
import { seedRow } from "../../../../tests/builders/list-sheet";
import { codeAgreement } from "./codes";

const project = (issues: ReturnType<typeof runRowRule>) =>
  issues.map((i) => [i.row, i.field, i.code, i.suggestion]);

describe("pillar and domain codes", () => {
  test("every seed row's codes agree with its 枝番1", () => {
    expect(runRowRule(codeAgreement, [seedRow("A1-1"), seedRow("B2-3"), seedRow("C3-2")])).toEqual([]);
  });

  test("full-width colons and letters read as the code", () => {
    const row = seedRow("A1-1", { pillar: "Ａ：市民サービスの改善・向上", domain: "A1：窓口サービスの改革" });
    expect(runRowRule(codeAgreement, [row])).toEqual([]);
  });

  test("a domain code other than 枝番1 is a mismatch; the fix is the label other rows give that code", () => {
    const rows = [seedRow("A1-1"), seedRow("A1-2", { domain: "A2:オンライン手続きの拡充" })];
    expect(project(runRowRule(codeAgreement, rows))).toEqual([
      [4, "domain", "code-mismatch", "A1:窓口サービスの改革"],
    ]);
  });

  test("a pillar letter other than 枝番1's letter is a mismatch", () => {
    const rows = [seedRow("A1-1"), seedRow("B1-1", { pillar: "A:市民サービスの改善・向上" })];
    expect(project(runRowRule(codeAgreement, rows))).toEqual([[4, "pillar", "code-mismatch", null]]);
  });

  test("without a usable 枝番1, the pillar is checked against the domain", () => {
    const row = seedRow("B1-1", { branch1: null, pillar: "C:人材育成による職員力向上" });
    expect(project(runRowRule(codeAgreement, [row]))).toEqual([[3, "pillar", "code-mismatch", null]]);
  });

  test("labels without a code are id-format errors", () => {
    const row = seedRow("A1-1", { pillar: "市民サービスの改善・向上", domain: "窓口サービスの改革" });
    expect(project(runRowRule(codeAgreement, [row]))).toEqual([
      [3, "pillar", "id-format", null],
      [3, "domain", "id-format", null],
    ]);
  });
});
