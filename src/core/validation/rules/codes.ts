import { fieldLabel } from "../../list/fields";
import type { IssueDraft } from "../issues";
import { idPart, type MeasureRow } from "../../list/measure-row";
import { BRANCH1 } from "./ids";
import type { RowRule } from "./rule";
import { cellIssue } from "./rule";

/**
 * 施策3本柱 reads `A:名称` and 施策9領域 `A1:名称`; the codes must agree with 枝番1 (§3):
 * the domain code equals 枝番1 and the pillar letter equals its first letter.
 */
export const codeAgreement: RowRule = {
  name: "code-agreement",
  codes: ["id-format", "code-mismatch"],
  check(row, ctx) {
    const issues: IssueDraft[] = [];
    const pillar = readCoded(row, "pillar", PILLAR, "A:市民サービスの改善・向上", issues);
    const domain = readCoded(row, "domain", DOMAIN, "A1:窓口サービスの改革", issues);
    const branch1Text = idPart(row.value("branch1"));
    const branch1 = BRANCH1.test(branch1Text) ? branch1Text : null;

    if (domain && branch1 && domain.code !== branch1) {
      const suggestion = ctx.majorityLabels.get(`domain:${branch1}`) ?? null;
      issues.push(mismatch(row, "domain", domain.code, "branch1", branch1, suggestion));
    }
    const letter = branch1?.charAt(0) ?? domain?.code.charAt(0) ?? null;
    if (pillar && letter && pillar.code !== letter) {
      const otherKey = branch1 ? "branch1" : "domain";
      const otherCode = branch1 ?? domain?.code ?? "";
      const suggestion = ctx.majorityLabels.get(`pillar:${letter}`) ?? null;
      issues.push(mismatch(row, "pillar", pillar.code, otherKey, otherCode, suggestion));
    }
    return issues;
  },
};

/** A coded label split into its code and name: `A1:窓口サービスの改革` → A1, 窓口サービスの改革. */
export interface CodedLabel {
  readonly code: string;
  readonly name: string;
}

export const PILLAR = /^([A-Z])\s*:\s*(\S.*)$/su;
export const DOMAIN = /^([A-Z]\d{1,2})\s*:\s*(\S.*)$/su;

/** Reads a coded label as written (NFKC makes 「Ａ：」 read as `A:`); null when it has no code. */
export function parseCoded(text: string, pattern: RegExp): CodedLabel | null {
  const m = pattern.exec(text.normalize("NFKC").trim());
  return m ? { code: m[1], name: m[2].trim() } : null;
}

function readCoded(
  row: MeasureRow,
  key: string,
  pattern: RegExp,
  expected: string,
  issues: IssueDraft[],
): CodedLabel | null {
  if (row.isBlank(key) || row.isError(key)) return null;
  const coded = parseCoded(row.text(key), pattern);
  if (!coded) issues.push(cellIssue(row, key, "id-format", { expected }));
  return coded;
}

function mismatch(
  row: MeasureRow,
  key: string,
  code: string,
  otherKey: string,
  otherCode: string,
  suggestion: string | null,
): IssueDraft {
  const other = fieldLabel(otherKey === "branch1" ? "branch1" : "domain");
  return cellIssue(row, key, "code-mismatch", { code, other, otherCode }, { suggestion });
}
