import { indexIn } from "./xml-scan";

describe("searching inside one element", () => {
  const xml = `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>SUM(A1)</f><v>1</v></c></row>`;
  const firstCell = { from: xml.indexOf(`<c r="A1">`), to: xml.indexOf(`</c>`) };

  test("finds what is inside the span, and nothing past its end", () => {
    expect(indexIn(xml, "<v>", firstCell.from, firstCell.to)).toBe(xml.indexOf("<v>"));
    // B1's formula is after A1's end: a search bounded by A1 must not see it.
    expect(indexIn(xml, "<f>", firstCell.from, firstCell.to)).toBe(-1);
    expect(indexIn(xml, "<f>", firstCell.to, xml.length)).toBe(xml.indexOf("<f>"));
  });

  test("a needle that would end past the span is not in it; an empty span holds nothing", () => {
    const end = xml.indexOf("<f>") + 2;
    expect(indexIn(xml, "<f>", 0, end)).toBe(-1);
    expect(indexIn(xml, "<", 5, 5)).toBe(-1);
  });

  test("long spans give the same answers", () => {
    const long = `${"<c><v>1</v></c>".repeat(1000)}<f>X</f>`;
    expect(indexIn(long, "<f>", 0, long.length)).toBe(long.indexOf("<f>"));
    expect(indexIn(long, "<f>", 0, long.length - 8)).toBe(-1);
  });
});
