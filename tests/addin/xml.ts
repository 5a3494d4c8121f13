/**
 * A small, strict XML reader for checking manifest.xml offline (no dependency; Microsoft's
 * validator needs its online service). It rejects what an XML parser must reject: mismatched or
 * unclosed tags, unquoted or repeated attributes, a bare `&` or `<`, unknown entities, text or a
 * second element outside the root. Names keep their prefixes as written (`bt:Image`); DOCTYPE is
 * not supported, since a manifest has none.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own text (not its descendants'), entities decoded. */
  readonly text: string;
}

export class XmlError extends Error {}

export function parseXml(source: string): XmlElement {
  return new Reader(source).document();
}

/** Every element under `root` (itself included), in document order. */
export function descendants(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(descendants)];
}

/** The one child called `name`; throws when there is none or more than one. */
export function child(parent: XmlElement, name: string): XmlElement {
  const found = parent.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new XmlError(`<${parent.name}> has ${found.length} <${name}> children`);
  return found[0];
}

/** The attribute's value; throws when it is missing. */
export function attribute(element: XmlElement, name: string): string {
  const value = element.attributes.get(name);
  if (value === undefined) throw new XmlError(`<${element.name}> has no ${name} attribute`);
  return value;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

interface MutableElement {
  name: string;
  attributes: Map<string, string>;
  children: MutableElement[];
  text: string;
}

class Reader {
  private pos = 0;

  constructor(private readonly src: string) {}

  document(): XmlElement {
    if (this.src.startsWith("\uFEFF")) this.pos = 1;
    if (this.src.startsWith("<?xml", this.pos)) this.processingInstruction();
    this.misc();
    if (!this.src.startsWith("<", this.pos)) this.fail("expected the root element");
    const root = this.element();
    this.misc();
    if (this.pos < this.src.length) this.fail("content after the root element");
    return root;
  }

  /** Whitespace, comments and processing instructions, which may surround the root. */
  private misc(): void {
    for (;;) {
      this.skipSpace();
      if (this.src.startsWith("<!--", this.pos)) this.comment();
      else if (this.src.startsWith("<?", this.pos)) this.processingInstruction();
      else if (this.src.startsWith("<!", this.pos))
        this.fail("DOCTYPE and other declarations are not supported");
      else return;
    }
  }

  private element(): MutableElement {
    this.expect("<");
    const name = this.name();
    const element: MutableElement = { name, attributes: new Map(), children: [], text: "" };
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.src.startsWith("/>", this.pos)) {
        this.pos += 2;
        return element;
      }
      if (this.src.startsWith(">", this.pos)) {
        this.pos += 1;
        break;
      }
      if (!hadSpace) this.fail(`expected whitespace before an attribute of <${name}>`);
      const attr = this.name();
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      if (element.attributes.has(attr)) this.fail(`attribute ${attr} repeated on <${name}>`);
      element.attributes.set(attr, this.attributeValue());
    }
    this.content(element);
    this.expect("</");
    const closing = this.name();
    if (closing !== name) this.fail(`</${closing}> closes <${name}>`);
    this.skipSpace();
    this.expect(">");
    return element;
  }

  private content(element: MutableElement): void {
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`<${element.name}> is not closed`);
      if (this.src.startsWith("</", this.pos)) return;
      if (this.src.startsWith("<!--", this.pos)) this.comment();
      else if (this.src.startsWith("<![CDATA[", this.pos)) element.text += this.cdata();
      else if (this.src.startsWith("<?", this.pos)) this.processingInstruction();
      else if (this.src.startsWith("<", this.pos)) element.children.push(this.element());
      else element.text += this.characterData();
    }
  }

  private attributeValue(): string {
    const quote = this.src[this.pos];
    if (quote !== '"' && quote !== "'") this.fail("attribute values must be quoted");
    const end = this.src.indexOf(quote, this.pos + 1);
    if (end < 0) this.fail("unterminated attribute value");
    const raw = this.src.slice(this.pos + 1, end);
    if (raw.includes("<")) this.fail("'<' in an attribute value");
    this.pos = end + 1;
    return this.decode(raw);
  }

  private characterData(): string {
    const end = this.src.indexOf("<", this.pos);
    const raw = this.src.slice(this.pos, end < 0 ? this.src.length : end);
    if (raw.includes("]]>")) this.fail("']]>' in text");
    this.pos += raw.length;
    return this.decode(raw);
  }

  private decode(raw: string): string {
    return raw.replace(/&([^;&\s]*);?/g, (whole: string, entity: string) => {
      if (!whole.endsWith(";")) this.fail(`bare '&' in "${raw}"`);
      if (entity in ENTITIES) return ENTITIES[entity];
      const code = /^#x([0-9a-fA-F]+)$/.exec(entity)?.[1] ?? /^#([0-9]+)$/.exec(entity)?.[1];
      if (code === undefined) this.fail(`unknown entity &${entity};`);
      return String.fromCodePoint(parseInt(code, entity.startsWith("#x") ? 16 : 10));
    });
  }

  private comment(): void {
    const end = this.src.indexOf("-->", this.pos + 4);
    if (end < 0) this.fail("unterminated comment");
    if (this.src.slice(this.pos + 4, end).includes("--")) this.fail("'--' inside a comment");
    this.pos = end + 3;
  }

  private cdata(): string {
    const end = this.src.indexOf("]]>", this.pos);
    if (end < 0) this.fail("unterminated CDATA section");
    const text = this.src.slice(this.pos + 9, end);
    this.pos = end + 3;
    return text;
  }

  private processingInstruction(): void {
    const end = this.src.indexOf("?>", this.pos);
    if (end < 0) this.fail("unterminated processing instruction");
    this.pos = end + 2;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.src);
    if (match === null) this.fail("expected a name");
    this.pos += match[0].length;
    return match[0];
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (this.pos < this.src.length && " \t\r\n".includes(this.src[this.pos])) this.pos += 1;
    return this.pos > start;
  }

  private expect(token: string): void {
    if (!this.src.startsWith(token, this.pos)) this.fail(`expected '${token}'`);
    this.pos += token.length;
  }

  private fail(message: string): never {
    const line = this.src.slice(0, this.pos).split("\n").length;
    throw new XmlError(`${message} (line ${line})`);
  }
}
