import { chartText, scaleOf, type ChartWords } from "./chart-model";

const ja: ChartWords = {
  count: (key, n) => `${key} ${n} 件`,
  bar: (label, parts) => `${label}: ${parts}`,
  key: (key) => key,
  separator: "・",
};

const bars = [
  {
    label: "A 市民サービスの改善・向上",
    segments: [
      { key: "☀", value: 6 },
      { key: "☁", value: 1 },
      { key: "未入力", value: 0 },
    ],
  },
  {
    label: "C 人材育成",
    segments: [
      { key: "☀", value: 0 },
      { key: "未入力", value: 0 },
    ],
  },
];

describe("a chart's text alternative", () => {
  test("the title, then each bar with its non-zero counts; an empty bar says 0", () => {
    expect(chartText("3本柱別の天気", bars, ja)).toBe(
      "3本柱別の天気。A 市民サービスの改善・向上: ☀ 6 件・☁ 1 件。C 人材育成: ☀ 0 件",
    );
  });

  test("in English, with the keys as a person reads them", () => {
    const en: ChartWords = {
      count: (key, n) => `${key} ${n}`,
      bar: (label, parts) => `${label}: ${parts}`,
      key: (key) => (key === "未入力" ? "empty" : key),
      separator: ", ",
    };
    const withEmpty = [
      {
        label: "Now",
        segments: [
          { key: "☀", value: 2 },
          { key: "未入力", value: 1 },
        ],
      },
    ];
    expect(chartText("Weather", withEmpty, en)).toBe("Weather. Now: ☀ 2, empty 1");
  });

  test("every bar is drawn to the largest total; an empty chart to 1", () => {
    expect(scaleOf(bars)).toBe(7);
    expect(scaleOf([])).toBe(1);
  });
});
