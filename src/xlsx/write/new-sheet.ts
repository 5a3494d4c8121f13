import type { NewSheet, PlannedValue } from "../../core/port/plan";
import { MAIN_NS, REL_NS } from "../package/opc";
import { escapeXml } from "../xml/xml-text";
import { cellXml } from "./cell-xml";
import { rangeRef } from "./ranges";
import type { StylesEditor } from "./styles-edit";

/**
 * The worksheet part of a sheet the tool adds: cells with the looks the plan names, merges,
 * column widths and hidden columns, row heights, frozen title rows, the print setup, and a
 * `<drawing>` reference when the sheet has a chart (its id given by the caller).
 */
export function newSheetXml(sheet: NewSheet, styles: StylesEditor, drawingRelId: string | null): string {
  const c = sheet.content;
  const rows = new Map<number, { col: number; xml: string }[]>();
  let maxRow = 0;
  let maxCol = 0;
  for (const cell of c.cells) {
    const style = styleOf(styles, cell.style, cell.value);
    const ref = rangeRef({ top: cell.rowIndex, bottom: cell.rowIndex, left: cell.col, right: cell.col });
    let list = rows.get(cell.rowIndex);
    if (!list) rows.set(cell.rowIndex, (list = []));
    list.push({ col: cell.col, xml: cellXml(ref, style, cell.value, "") });
    maxRow = Math.max(maxRow, cell.rowIndex);
    maxCol = Math.max(maxCol, cell.col);
  }
  const heights = c.rowHeights ?? {};
  for (const r of Object.keys(heights).map(Number)) if (!rows.has(r)) rows.set(r, []);
  const sheetData = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => {
      const cells = (rows.get(r) ?? []).sort((a, b) => a.col - b.col).map((x) => x.xml);
      const height = heights[r];
      const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      return `<row r="${r + 1}"${ht}>${cells.join("")}</row>`;
    })
    .join("");
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`,
  ];
  if (c.print?.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="${rangeRef({ top: 0, left: 0, bottom: maxRow, right: maxCol })}"/>`);
  out.push(sheetViews(c.freezeRows ?? 0));
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  out.push(columns(c.columnWidths, new Set(c.hiddenColumns ?? [])));
  out.push(`<sheetData>${sheetData}</sheetData>`);
  if (c.merges.length > 0)
    out.push(
      `<mergeCells count="${c.merges.length}">${c.merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join("")}</mergeCells>`,
    );
  out.push('<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>');
  if (c.print) {
    const fit = c.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
    out.push(`<pageSetup paperSize="9" orientation="${c.print.orientation}"${fit}/>`);
    // A manual break's id is the last row of a page, 1-based: the 0-based row that starts the next.
    const starts = (c.print.pageStarts ?? []).filter((r) => r > 0);
    if (starts.length > 0)
      out.push(
        `<rowBreaks count="${starts.length}" manualBreakCount="${starts.length}">` +
          starts.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("") +
          "</rowBreaks>",
      );
  }
  if (drawingRelId) out.push(`<drawing r:id="${escapeXml(drawingRelId)}"/>`);
  out.push("</worksheet>");
  return out.join("");
}

/** A formula-like text gets the Text format, so re-editing the cell in Excel keeps it text. */
export function styleOf(
  styles: StylesEditor,
  look: Parameters<StylesEditor["look"]>[0] | undefined,
  value: PlannedValue,
): number {
  const format = formatOf(value);
  if (look) return styles.look(look, format);
  return format === null ? 0 : styles.withFormat(0, format);
}

export function formatOf(value: PlannedValue): string | null {
  if (value.kind === "number") return value.format ?? null;
  if (value.kind === "text" && value.formulaLike) return "@";
  return null;
}

function sheetViews(freeze: number): string {
  if (freeze <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${freeze + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
  );
}

function columns(widths: readonly number[], hidden: ReadonlySet<number>): string {
  const count = Math.max(widths.length, ...[...hidden].map((c) => c + 1), 0);
  if (count === 0) return "";
  const cols: string[] = [];
  for (let i = 0; i < count; i++) {
    const width = widths[i];
    const w = width === undefined ? "" : ` width="${width}" customWidth="1"`;
    const h = hidden.has(i) ? ' hidden="1"' : "";
    if (w || h) cols.push(`<col min="${i + 1}" max="${i + 1}"${w || ' width="9"'}${h}/>`);
  }
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}
