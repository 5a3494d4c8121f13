import { compareVersions, setChecksIn } from "./requirement-sets";

test("reads each isSetSupported call's set and version, a missing version being 1.1", () => {
  const text = `
    const requirements = Office.context.requirements;
    if (requirements.isSetSupported("ExcelApi", "1.9")) applyPageLayout();
    const merged = Office.context.requirements.isSetSupported('ExcelApi', '1.13');
    if (!isSetSupported("SharedRuntime")) return;`;
  expect(setChecksIn(text, "a.ts").map((c) => [c.name, c.version])).toEqual([
    ["ExcelApi", "1.9"],
    ["ExcelApi", "1.13"],
    ["SharedRuntime", "1.1"],
  ]);
});

test("refuses a check it cannot read rather than skipping it", () => {
  expect(() => setChecksIn(`isSetSupported("ExcelApi", PAGE_LAYOUT_VERSION)`, "a.ts")).toThrow(
    /string literals/,
  );
  expect(() => setChecksIn(`isSetSupported(set.name, "1.9")`, "a.ts")).toThrow(/string literals/);
});

test("compares versions part by part", () => {
  expect(compareVersions("1.13", "1.9")).toBeGreaterThan(0);
  expect(compareVersions("1.8", "1.8")).toBe(0);
  expect(compareVersions("1.8", "1.10")).toBeLessThan(0);
  expect(compareVersions("1.1", "1.1.0")).toBe(0);
});
