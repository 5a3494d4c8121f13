import { ISSUE_CODES } from "../../core/validation/issues";
import { OPERATION_LABELS } from "../../core/history/history";
import { en } from "./en";
import { ja } from "./ja";

/** Every path of an object of strings and functions, with what is there. */
function leaves(value: unknown, path = ""): [string, unknown][] {
  if (typeof value !== "object" || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path === "" ? k : `${path}.${k}`));
}

describe("the pane's words in Japanese and English", () => {
  const jaLeaves = new Map(leaves(ja));
  const enLeaves = new Map(leaves(en));

  test("both languages have the same keys", () => {
    expect([...enLeaves.keys()].sort()).toEqual([...jaLeaves.keys()].sort());
  });

  test("each entry is a non-empty text, or a function of the same arity giving one", () => {
    for (const [path, jaValue] of jaLeaves) {
      const enValue = enLeaves.get(path);
      expect([path, typeof enValue]).toEqual([path, typeof jaValue]);
      if (typeof jaValue === "function" && typeof enValue === "function") {
        expect([path, enValue.length]).toEqual([path, jaValue.length]);
        const args = Array.from({ length: jaValue.length }, (_, i) => (i === 0 ? "X" : 2));
        expect(String(jaValue(...args)).length).toBeGreaterThan(0);
        expect(String(enValue(...args)).length).toBeGreaterThan(0);
      } else {
        expect([path, String(enValue).length > 0]).toEqual([path, true]);
      }
    }
  });

  test("Japanese in full-width brackets, with no space between Japanese words", () => {
    for (const [path, value] of jaLeaves) {
      const sample =
        typeof value === "function" ? String(value(...Array(value.length).fill("X"))) : String(value);
      expect([path, sample, /[()]/u.test(sample)]).toEqual([path, sample, false]);
    }
    expect(ja.pl.overview("市民部")).toBe("市民部の天気");
    expect(ja.chase.messageLabel("総務部")).toBe("総務部あての文面");
    expect(ja.check.fixLabel("60行 N列", "☁")).toBe("60行 N列を「☁」に直す");
    expect(ja.attainment.rowsWithGrades(13, "達成度の分布", "A（達成）1 件")).toBe(
      "目標値のある施策: 13 件（達成度の分布: A（達成）1 件）",
    );
  });

  test("English says one of anything in the singular (no 「1 errors」)", () => {
    const plural =
      /\b1 (?:[a-z]+ )?(?:cells|rows|errors|warnings|measures|values|validations|sheets|changes|ranges|issues|requests)\b/u;
    const said = [...enLeaves]
      .filter(([, value]) => typeof value === "function")
      .map(([path, value]) => [path, String((value as (...a: unknown[]) => unknown)(...Array(10).fill(1)))]);
    expect(said.length).toBeGreaterThan(40);
    for (const [path, text] of said) expect([path, text, plural.test(text)]).toEqual([path, text, false]);
  });

  test("every check code and every logged operation has a name in both", () => {
    for (const code of ISSUE_CODES) {
      expect(ja.check.codes[code]).toBeTruthy();
      expect(en.check.codes[code]).toBeTruthy();
    }
    expect(Object.keys(ja.write.operations).sort()).toEqual(Object.keys(OPERATION_LABELS).sort());
    expect(Object.keys(en.write.operations).sort()).toEqual(Object.keys(OPERATION_LABELS).sort());
  });

  test("the English words carry no Japanese but the workbook's own terms, in parentheses or as sheet names", () => {
    const allowed =
      /[（(][^）)]*[）)]|選択肢|変更履歴|天気|今後の方向性|指標名|単位|基準値|年度目標値|実績値|目標の方向|晴れ|改善|日本語/gu;
    for (const [path, value] of enLeaves) {
      const sample =
        typeof value === "function" ? String(value(...Array(value.length).fill("x"))) : String(value);
      expect([path, /[\u3040-\u30ff\u4e00-\u9fff]/u.test(sample.replace(allowed, ""))]).toEqual([
        path,
        false,
      ]);
    }
  });
});
