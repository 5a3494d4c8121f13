import { targetsReviewModel } from "../../../tests/builders/targets-review-book";
import type { TargetResult } from "../../core/targets/model";
import { en } from "../i18n/en";
import { ja } from "../i18n/ja";
import { pathFrame, pathLabels, pathSeries, pathText, type PathSeries } from "./path-chart-model";
import { pathWords } from "./path-words";

const model = targetsReviewModel();
const result = (name: string): TargetResult => {
  const found = model.targets.find((r) => r.target.name === name);
  if (!found) throw new Error(name);
  return found;
};
const series = (name: string): PathSeries | null => {
  const { target, standing } = result(name);
  return pathSeries(target, standing.kind === "numeric" ? standing : undefined);
};
const drawn = (name: string): PathSeries => {
  const s = series(name);
  if (!s) throw new Error(`no path for ${name}`);
  return s;
};

describe("a numeric target's path: baseline, yearly targets, actuals so far", () => {
  test("A4 paper: 4,600,000 down to 4,115,000 with the typed 2026 actual", () => {
    expect(series("A4コピー用紙購入枚数")).toEqual({
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
    expect(drawn("職員の年間作業時間").actuals).toEqual([{ year: 2026, value: 8000 }]);
    expect(drawn("文書管理システムの電子決裁（発意起案）").targets.map((p) => p.value)).toEqual([
      100, 100, 100,
    ]);
  });

  test("a staged target has no line", () => {
    expect(series("処分通知等オンライン化の推進")).toBeNull();
  });

  test("drawn between its lowest and highest values, the years evenly across", () => {
    const frame = pathFrame(drawn("A4コピー用紙購入枚数"), 300, 100);
    expect(frame.years).toEqual([2025, 2026, 2027, 2028]);
    expect([frame.x(2025), frame.x(2028)]).toEqual([14, 286]);
    expect([frame.y(4600000), frame.y(4115000)]).toEqual([16, 66]);
  });
});

describe("the numbers written on the drawing", () => {
  test("the ends' numbers on the side away from the line, the latest actual's just right of its point", () => {
    const paper = drawn("A4コピー用紙購入枚数");
    const frame = pathFrame(paper, 300, 120);
    const labels = pathLabels(paper, frame, pathWords(ja, "枚").number);
    const points = [4600000, 4115000, 4540000].map((v) => frame.y(v));
    expect(labels.map((l, i) => [l.kind, l.anchor, l.text, l.y < points[i] ? "above" : "below"])).toEqual([
      // The line falls from 4,600,000: its number above; it ends falling into 4,115,000: that one below.
      ["target", "start", "4,600,000枚", "above"],
      ["target", "end", "4,115,000枚", "below"],
      ["actual", "start", "4,540,000枚", "below"],
    ]);
    expect(labels[2].x).toBeGreaterThan(frame.x(2026));
  });

  test("a path that climbs: the start's number under its point", () => {
    const hours = drawn("職員の年間作業時間");
    const frame = pathFrame(hours, 300, 120);
    const [start] = pathLabels(hours, frame, pathWords(ja, "時間").number);
    expect([start.text, start.y > frame.y(6070)]).toEqual(["6,070時間", true]);
  });
});

describe("the path said in words, for screen readers", () => {
  test("in Japanese, year by year in 令和 with units", () => {
    expect(pathText("テレワーク実施率", drawn("テレワーク実施率"), pathWords(ja, "%"))).toBe(
      "テレワーク実施率の推移: 令和7年度 現在地 11%、令和8年度 目標 20%・実績 24%、令和9年度 目標 30%、令和10年度 目標 40%。",
    );
  });

  test("in English", () => {
    expect(pathText("A4 paper", drawn("A4コピー用紙購入枚数"), pathWords(en, " sheets"))).toBe(
      "A4 paper over the years: FY2025 baseline 4,600,000 sheets; FY2026 target 4,480,000 sheets, actual 4,540,000 sheets; FY2027 target 4,310,000 sheets; FY2028 target 4,115,000 sheets.",
    );
  });
});
