/** The manifest check is only as good as the reader under it: it must refuse what is not XML. */
import { attribute, child, descendants, parseXml, XmlError } from "./xml";

test("reads elements, attributes, text and entities, skipping the prolog and comments", () => {
  const root = parseXml(
    `<?xml version="1.0" encoding="UTF-8"?>\n<!-- a -->\n<a x="1 &amp; 2" y='&#x41;&#66;'>` +
      `<bt:b>t&lt;u</bt:b><c/><![CDATA[<raw>]]></a>\n`,
  );
  expect(root.name).toBe("a");
  expect([...root.attributes]).toEqual([
    ["x", "1 & 2"],
    ["y", "AB"],
  ]);
  expect(child(root, "bt:b").text).toBe("t<u");
  expect(root.text).toBe("<raw>");
  expect(descendants(root).map((e) => e.name)).toEqual(["a", "bt:b", "c"]);
  expect(attribute(root, "x")).toBe("1 & 2");
  expect(() => attribute(root, "z")).toThrow(XmlError);
});

test.each([
  ["a mismatched closing tag", "<a><b></a></b>"],
  ["an unclosed element", "<a><b></b>"],
  ["an unquoted attribute", "<a x=1/>"],
  ["a repeated attribute", `<a x="1" x="2"/>`],
  ["attributes without a space between them", `<a x="1"y="2"/>`],
  ["a bare ampersand in text", "<a>R&D</a>"],
  ["a bare ampersand in an attribute", `<a href="?a=1&b=2"/>`],
  ["an unknown entity", "<a>&nbsp;</a>"],
  ["'<' in an attribute value", `<a x="<"/>`],
  ["two root elements", "<a/><b/>"],
  ["text after the root", "<a/>x"],
  ["no root at all", "<?xml version='1.0'?>"],
  ["'--' in a comment", "<a><!-- x -- y --></a>"],
])("rejects %s", (_what, source) => {
  expect(() => parseXml(source)).toThrow(XmlError);
});
