import { readTargetValue } from "./target-value";

describe("a target cell read with its unit", () => {
  test.each([
    ["6,070時間削減", { raw: "6,070時間削減", kind: "number", value: 6070, unit: "時間", reduction: true }],
    ["4,600,000枚", { raw: "4,600,000枚", kind: "number", value: 4600000, unit: "枚" }],
    ["11％", { raw: "11％", kind: "number", value: 11, unit: "%" }],
    ["30%減", { raw: "30%減", kind: "number", value: 30, unit: "%", reduction: true }],
    ["未導入", { raw: "未導入", kind: "stage" }],
    ["約431万枚", { raw: "約431万枚", kind: "stage" }],
  ])("%s", (text, reading) => {
    expect(readTargetValue(text)).toEqual(reading);
  });

  test("a number cell takes the row's 単位; blanks and a lone dash are blank", () => {
    expect(readTargetValue(4480000, "枚")).toEqual({
      raw: 4480000,
      kind: "number",
      value: 4480000,
      unit: "枚",
    });
    expect([null, "", "　", "-", "―"].map((v) => readTargetValue(v).kind)).toEqual([
      "blank",
      "blank",
      "blank",
      "blank",
      "blank",
    ]);
  });

  test("a percent Excel stores as a fraction reads as written beside percent texts", () => {
    expect(readTargetValue(0.2, undefined, { storedPercent: true })).toEqual({
      raw: 0.2,
      kind: "number",
      value: 20,
      unit: "%",
    });
  });
});
