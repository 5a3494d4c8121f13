import fc from "fast-check";
import { formatNumberJa, NUMBER_UNITS, readNumber, type NumberReading } from "./numbers";

/** Short projection: `[value, unit]` when read, `[reason, text]` when not. */
function project(reading: NumberReading): [number | string, string | null] {
  return reading.ok ? [reading.value, reading.unit] : [reading.reason, reading.text];
}

function toFullWidth(text: string): string {
  return text
    .replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    .replace(/,/gu, "，")
    .replace(/-/gu, "－")
    .replace(/\./gu, "．");
}

describe("readNumber: accepted forms", () => {
  test.each<[string, string | number, number, string | null]>([
    ["JS の数値", 42, 42, null],
    ["JS の小数", 0.25, 0.25, null],
    ["JS の負数", -3, -3, null],
    ["半角数字", "60", 60, null],
    ["全角数字", "６０", 60, null],
    ["桁区切り", "4,600,000", 4600000, null],
    ["全角の桁区切り", "４，６００，０００", 4600000, null],
    ["前後の空白と全角空白", "　 1,200 \u3000", 1200, null],
    ["小数", "3.82", 3.82, null],
    ["全角の小数点", "５０．１", 50.1, null],
    ["▲ は負", "▲1,200", -1200, null],
    ["△ は負", "△30", -30, null],
    ["半角マイナス", "-5", -5, null],
    ["数学のマイナス", "−5", -5, null],
    ["全角マイナス", "－５", -5, null],
    ["プラス", "+5", 5, null],
    ["パーセントは 50 と単位 %", "50%", 50, "%"],
    ["全角パーセント", "５０％", 50, "%"],
    ["小数のパーセント", "50.1%", 50.1, "%"],
    ["▲ のパーセント", "▲2.5%", -2.5, "%"],
    ["万", "3.5万", 35000, null],
    ["万（誤差なし）", "1.1万", 11000, null],
    ["億", "2億", 200000000, null],
    ["億と万", "1億2,000万", 120000000, null],
    ["億と万と端数", "1億2000万5", 120000005, null],
    ["万と単位", "200万枚", 2000000, "枚"],
    ["件", "60件", 60, "件"],
    ["人", "90人", 90, "人"],
    ["枚", "4,779,225枚", 4779225, "枚"],
    ["時間", "120時間", 120, "時間"],
    ["回", "4回", 4, "回"],
    ["円", "▲3,000円", -3000, "円"],
    ["個", "60個", 60, "個"],
    ["項目", "20項目", 20, "項目"],
    ["数字と単位の間の空白", "20 人", 20, "人"],
    ["▲ の後の空白", "▲ 5", -5, null],
    ["▲0 は 0", "▲0", 0, null],
  ])("%s: %p", (_name, input, value, unit) => {
    expect(project(readNumber(input))).toEqual([value, unit]);
  });

  test("分数は頼まれたときだけ読む", () => {
    const reading = readNumber("28/60", { fractions: true });
    expect(reading.ok && reading.value).toBeCloseTo(0.4667, 4);
    expect(reading.ok && reading.unit).toBeNull();
    expect(project(readNumber("２８／６０", { fractions: true }))[0]).toBeCloseTo(28 / 60, 10);
    expect(project(readNumber("▲1/4", { fractions: true }))).toEqual([-0.25, null]);
  });
});

describe("readNumber: rejected forms quote the text", () => {
  test.each<[string, string, string]>([
    ["約", "約60件", "not-a-number"],
    ["範囲", "60〜70", "several-numbers"],
    ["未定", "未定", "not-a-number"],
    ["ハイフンだけ", "-", "not-a-number"],
    ["英字混じり", "12a", "not-a-number"],
    ["小数点が二つ", "1.2.3", "not-a-number"],
    ["程度", "１０件程度", "not-a-number"],
    ["以上", "90人以上", "not-a-number"],
    ["分数（指定なし）", "28/60", "not-a-number"],
    ["分母が 0", "1/0", "not-a-number"],
    ["日付（ISO）", "2025-08-25", "not-a-number"],
    ["スラッシュの日付", "2025/6/20", "several-numbers"],
    ["区切りの誤り", "12,34", "not-a-number"],
    ["単位だけ", "%", "not-a-number"],
    ["一覧にない単位", "3日", "not-a-number"],
    ["年度付き", "R7.3末", "not-a-number"],
    ["二つの数", "10 20", "several-numbers"],
  ])("%s: %p", (_name, input, reason) => {
    expect(project(readNumber(input))).toEqual([reason, input]);
  });

  test("分母が 0 の分数は指定があっても読まない", () => {
    expect(project(readNumber("0/0", { fractions: true }))).toEqual(["not-a-number", "0/0"]);
  });

  test("空、エラー、真偽値、NaN、Infinity", () => {
    expect(project(readNumber(null))).toEqual(["empty", ""]);
    expect(project(readNumber(""))).toEqual(["empty", ""]);
    expect(project(readNumber(" \u3000"))).toEqual(["empty", " \u3000"]);
    expect(project(readNumber({ error: "#N/A" }))).toEqual(["error-cell", "#N/A"]);
    expect(project(readNumber(true))).toEqual(["boolean", "TRUE"]);
    expect(project(readNumber(Number.NaN))).toEqual(["not-a-number", "NaN"]);
    expect(project(readNumber(Number.POSITIVE_INFINITY))).toEqual(["not-a-number", "Infinity"]);
    expect(project(readNumber("9".repeat(400)))[0]).toBe("not-a-number");
  });

  test("単位の一覧は一つの定数", () => {
    expect(NUMBER_UNITS).toEqual(["件", "人", "枚", "時間", "回", "円", "個", "項目", "%", "％"]);
  });
});

describe("readNumber: properties", () => {
  test("桁区切りで書いた整数は元の整数", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(project(readNumber(n.toLocaleString("en-US")))).toEqual([n === 0 ? 0 : n, null]);
      }),
    );
  });

  test("全角で書いた整数は半角と同じ", () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (n, grouped) => {
        const half = grouped ? n.toLocaleString("en-US") : String(n);
        expect(readNumber(toFullWidth(half))).toEqual(readNumber(half));
      }),
    );
  });

  test("▲ を付けると符号が反転する", () => {
    const nonNegative = fc.oneof(
      fc.nat().map((n) => n.toLocaleString("en-US")),
      fc.nat().map(String),
      fc.tuple(fc.nat(), fc.nat({ max: 999 })).map(([i, f]) => `${i}.${f}`),
      fc.nat({ max: 9999 }).map((n) => `${n}万`),
    );
    fc.assert(
      fc.property(nonNegative, (s) => {
        const plain = readNumber(s);
        const minus = readNumber(`▲${s}`);
        expect(plain.ok && minus.ok).toBe(true);
        if (plain.ok && minus.ok) expect(minus.value).toBe(plain.value === 0 ? 0 : -plain.value);
      }),
    );
  });

  test("数字を含まない文字列は数値にならない", () => {
    const noDigit = fc.string({ unit: "binary" }).filter((s) => !/\p{N}/u.test(s.normalize("NFKC")));
    fc.assert(
      fc.property(noDigit, (s) => {
        expect(readNumber(s).ok).toBe(false);
      }),
    );
  });

  test("結果は NaN にも Infinity にもならない", () => {
    const numberish = fc.stringMatching(/^[▲△\-+]?[0-9０-９,，.．億万/ ]{0,12}[%％件人枚]?$/u);
    const anyValue = fc.oneof(fc.double(), numberish, fc.string({ unit: "binary" }));
    fc.assert(
      fc.property(anyValue, fc.boolean(), (value, fractions) => {
        const reading = readNumber(value, { fractions });
        if (reading.ok) expect(Number.isFinite(reading.value)).toBe(true);
      }),
    );
  });
});

describe("formatNumberJa", () => {
  test.each<[number, string]>([
    [4600000, "4,600,000"],
    [0.1 + 0.2, "0.3"],
    [50.125, "50.13"],
    [2 / 3, "0.67"],
    [-1234.5, "-1,234.5"],
    [-0, "0"],
    [-0.001, "0"],
    [12, "12"],
  ])("%p → %p", (n, text) => {
    expect(formatNumberJa(n)).toBe(text);
  });
});
