import { SEED_RESULTS } from "../../../tests/builders/targets-model";
import type { NumericStanding } from "../../core/targets/model";
import { ja } from "../i18n/ja";
import { en } from "../i18n/en";
import { pathFrame, pathSeries, pathText, type PathWords } from "./path-chart-model";
import { pathWords } from "./path-words";

const standing = (i: number) => SEED_RESULTS[i].standing as NumericStanding;

describe("a numeric target's path: baseline, yearly targets, actuals so far", () => {
  test("A4 paper: 4,600,000 down to 4,115,000 with the typed 2026 actual", () => {
    expect(pathSeries(SEED_RESULTS[1].target, standing(1))).toEqual({
      baseline: { year: 2025, value: 4600000 },
      targets: [
        { year: 2026, value: 4480000 },
        { year: 2027, value: 4310000 },
        { year: 2028, value: 4115000 },
      ],
      actuals: [{ year: 2026, value: 4540000 }],
    });
  });

  test("施策の合計: the measures' sum is the year's actual; a carried 100% stays level", () => {
    expect(pathSeries(SEED_RESULTS[0].target, standing(0))?.actuals).toEqual([{ year: 2026, value: 8000 }]);
    expect(pathSeries(SEED_RESULTS[3].target, standing(3))?.targets.map((p) => p.value)).toEqual([
      100, 100, 100,
    ]);
  });

  test("a staged target has no line", () => {
    expect(pathSeries(SEED_RESULTS[4].target)).toBeNull();
  });

  test("drawn between its lowest and highest values, the years evenly across", () => {
    const series = pathSeries(SEED_RESULTS[1].target, standing(1));
    if (!series) throw new Error("no series");
    const frame = pathFrame(series, 300, 100);
    expect(frame.years).toEqual([2025, 2026, 2027, 2028]);
    expect([frame.x(2025), frame.x(2028)]).toEqual([14, 286]);
    expect([frame.y(4600000), frame.y(4115000)]).toEqual([8, 82]);
  });
});

describe("the path said in words, for screen readers", () => {
  test("in Japanese, year by year with units", () => {
    const words: PathWords = pathWords(ja, "％");
    const series = pathSeries(SEED_RESULTS[2].target, standing(2));
    if (!series) throw new Error("no series");
    expect(pathText("テレワーク実施率", series, words)).toBe(
      "テレワーク実施率の推移: 令和7年度 現在地 11％、令和8年度 目標 20％・実績 24％、令和9年度 目標 30％、令和10年度 目標 40％。",
    );
  });

  test("in English", () => {
    const series = pathSeries(SEED_RESULTS[1].target, standing(1));
    if (!series) throw new Error("no series");
    expect(pathText("A4 paper", series, pathWords(en, " sheets"))).toBe(
      "A4 paper over the years: FY2025 baseline 4,600,000 sheets; FY2026 target 4,480,000 sheets, actual 4,540,000 sheets; FY2027 target 4,310,000 sheets; FY2028 target 4,115,000 sheets.",
    );
  });
});
