import type { WriteFailure } from "../core/port/failures";
import type { ApplyRefusal } from "./write/apply-plan";

/**
 * A refusal of the .xlsx writer as the core's write failure. `cannot-keep` carries what could not
 * be kept, in Japanese, until the lead moves these words into the core's message modules (the
 * English for each is beside it).
 */
export function refusalFailure(refusal: ApplyRefusal, path: string): WriteFailure {
  if (refusal.code === "sheet-protected") return { code: "sheet-protected", sheet: refusal.sheet };
  return { code: "cannot-keep", path, what: refusalWhat(refusal) };
}

export function refusalWhat(r: ApplyRefusal): string {
  switch (r.code) {
    case "strict-ooxml":
      // "the Strict Open XML form of the workbook"
      return "Strict Open XML 形式のブック";
    case "sheet-not-found":
      // `sheet "${r.sheet}", which the plan names but the workbook lacks,`
      return `計画にあるシート「${r.sheet}」（ブックにありません）`;
    case "sheet-name-taken":
      // `the existing sheet "${r.sheet}"`
      return `既にあるシート「${r.sheet}」`;
    case "sheet-name-invalid":
      // `a valid sheet name ("${r.sheet}")`
      return `正しいシート名（「${r.sheet}」）`;
    case "sheet-protected":
      // `protected sheet "${r.sheet}"`
      return `保護されたシート「${r.sheet}」`;
    case "last-visible-sheet":
      // `a visible sheet (removing "${r.sheet}" would leave none)`
      return `表示されるシート（「${r.sheet}」を削除すると 1 枚もなくなります）`;
    case "not-finite":
      // `cell ${r.sheet}!${r.cell} (its number is not finite)`
      return `セル ${r.sheet}!${r.cell}（数値が無限大か非数です）`;
    case "text-too-long":
      // `cell ${r.sheet}!${r.cell} (text over Excel's 32,767 characters)`
      return `セル ${r.sheet}!${r.cell}（文字数が Excel の上限 32,767 字を超えます）`;
    case "name-refers-to-removed-sheet":
      // `the name "${r.name}", which points into sheet "${r.sheet}",`
      return `シート「${r.sheet}」を指す名前「${r.name}」`;
  }
}
