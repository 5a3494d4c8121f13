import { LOOKS, type CellLook, type CellStyle } from "../../core/port/looks";
import { builtInId } from "../read/number-formats";
import { attr, findElement, findElements, rootPrefix, withAttr, type Element } from "../xml/xml-scan";
import { escapeXml } from "../xml/xml-text";

/**
 * Adds to a workbook's styles only what new cells need: fonts, fills, borders, number formats and
 * cell formats appended after the existing ones, whose indexes never change, so every cell and
 * conditional format already in the file keeps its look.
 */
export class StylesEditor {
  private readonly prefix: string;
  private readonly xfs: Element[];
  private readonly counts: Record<Block, number>;
  private readonly added: Record<Block, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
  };
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly memo = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.prefix = rootPrefix(xml, "styleSheet") ?? "";
    const p = this.prefix;
    const numFmts = this.block("numFmts");
    for (const el of numFmts ? findElements(xml, `${p}numFmt`, numFmts.start, numFmts.end) : []) {
      const id = Number(attr(el.tag, "numFmtId"));
      this.customFormats.set(attr(el.tag, "formatCode") ?? "", id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    const cellXfs = this.block("cellXfs");
    this.xfs = cellXfs ? findElements(xml, `${p}xf`, cellXfs.start, cellXfs.end) : [];
    const count = (block: Block, child: string) => {
      const el = this.block(block);
      return el ? findElements(xml, `${p}${child}`, el.start, el.end).length : 0;
    };
    this.counts = {
      numFmts: 0,
      fonts: count("fonts", "font"),
      fills: count("fills", "fill"),
      borders: count("borders", "border"),
      cellXfs: this.xfs.length,
    };
  }

  /** The cell format index for one of the tool's looks, with a number format when given. */
  look(style: CellStyle, format?: string | null): number {
    const look = LOOKS[style];
    const code = format ?? look.numberFormat;
    return this.cached(`look:${style}:${code ?? ""}`, () => {
      const fontId = this.add("fonts", this.px(fontXml(look)));
      const fillId = look.fill === null ? 0 : this.add("fills", this.px(fillXml(look.fill)));
      const borderId = look.border === null ? 0 : this.add("borders", this.px(borderXml(look)));
      const numFmtId = code === null ? 0 : this.formatId(code);
      const alignment = alignmentXml(look);
      const applied =
        `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"` +
        `${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${alignment ? ' applyAlignment="1"' : ""}`;
      const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
      return this.add("cellXfs", this.px(alignment ? `${open}>${alignment}</xf>` : `${open}/>`));
    });
  }

  /** A copy of cell format `s` showing numbers with `code`; `s` itself when it already does. */
  withFormat(s: number, code: string): number {
    const id = this.formatId(code);
    const xf = this.xfs[s] ?? this.xfs[0];
    if (xf && Number(attr(xf.tag, "numFmtId") ?? 0) === id) return s;
    return this.cached(`fmt:${s}:${id}`, () => {
      if (!xf)
        return this.add(
          "cellXfs",
          this.px(`<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`),
        );
      const source = this.xml.slice(xf.start, xf.end);
      const tag = withAttr(withAttr(xf.tag, "numFmtId", String(id)), "applyNumberFormat", "1");
      return this.add("cellXfs", tag + source.slice(xf.tag.length));
    });
  }

  /** How many cell formats the file has, so a style index past it can be told apart. */
  get cellFormatCount(): number {
    return this.counts.cellXfs + this.added.cellXfs.length;
  }

  /** The new styles part, or null when no cell needed anything new. */
  result(): string | null {
    if ((Object.keys(this.added) as Block[]).every((b) => this.added[b].length === 0)) return null;
    let xml = this.xml;
    // Later blocks first, so the offsets of earlier ones still hold.
    for (const block of ["cellXfs", "borders", "fills", "fonts", "numFmts"] as const) {
      const items = this.added[block];
      if (items.length === 0) continue;
      const el = this.block(block, xml);
      const p = this.prefix;
      const body = items.join("");
      const total =
        (block === "numFmts" ? this.countIn(xml, "numFmts", "numFmt") : this.counts[block]) + items.length;
      if (!el) {
        // Only numFmts may be missing: it is the first child of styleSheet.
        const root = findElement(xml, `${p}styleSheet`);
        if (!root) continue;
        xml = `${xml.slice(0, root.openEnd)}<${p}${block} count="${total}">${body}</${p}${block}>${xml.slice(root.openEnd)}`;
        continue;
      }
      const open = withAttr(el.tag.replace(/\/>$/u, ">"), "count", String(total));
      const close = el.selfClosing ? `</${p}${block}>` : "";
      const end = el.selfClosing ? el.end : el.end - `</${p}${block}>`.length;
      xml = `${xml.slice(0, el.start)}${open}${xml.slice(el.openEnd, end)}${body}${close || xml.slice(end, el.end)}${xml.slice(el.end)}`;
    }
    return xml;
  }

  private formatId(code: string): number {
    const builtIn = builtInId(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.added.numFmts.push(this.px(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`));
    return id;
  }

  private add(block: Exclude<Block, "numFmts">, xml: string): number {
    const known = this.added[block].indexOf(xml);
    if (known >= 0) return this.counts[block] + known;
    this.added[block].push(xml);
    return this.counts[block] + this.added[block].length - 1;
  }

  /** Our element names under the part's own prefix. */
  private px(xml: string): string {
    return this.prefix ? xml.replace(/<(\/?)(?=[a-zA-Z])/gu, `<$1${this.prefix}`) : xml;
  }

  private cached(key: string, make: () => number): number {
    let id = this.memo.get(key);
    if (id === undefined) this.memo.set(key, (id = make()));
    return id;
  }

  private block(block: Block, xml = this.xml): Element | null {
    return findElement(xml, `${this.prefix}${block}`);
  }

  private countIn(xml: string, block: Block, child: string): number {
    const el = this.block(block, xml);
    return el ? findElements(xml, `${this.prefix}${child}`, el.start, el.end).length : 0;
  }
}

/** A styles part for a package that has none: Excel's defaults, one font, no fill, no border. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

type Block = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs";

function argb(color: string): string {
  return `FF${color.replace(/^#/u, "").toUpperCase()}`;
}

function fontXml(look: CellLook): string {
  const f = look.font;
  return `<font>${f.bold ? "<b/>" : ""}<sz val="${f.size}"/><color rgb="${argb(f.color)}"/><name val="${escapeXml(f.name)}"/><family val="3"/><charset val="128"/></font>`;
}

function fillXml(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(look: CellLook): string {
  const b = look.border;
  const edge = (name: "left" | "right" | "top" | "bottom") =>
    b && b.edges.includes(name)
      ? `<${name} style="${b.style}"><color rgb="${argb(b.color)}"/></${name}>`
      : `<${name}/>`;
  return `<border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<diagonal/></border>`;
}

function alignmentXml(look: CellLook): string {
  const parts: string[] = [];
  if (look.horizontal !== "general") parts.push(`horizontal="${look.horizontal}"`);
  if (look.vertical !== "bottom") parts.push(`vertical="${look.vertical}"`);
  if (look.wrap) parts.push('wrapText="1"');
  return parts.length ? `<alignment ${parts.join(" ")}/>` : "";
}
