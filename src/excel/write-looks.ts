import type { CellRange } from "../core/port/grid";
import { LOOKS, type CellLook, type CellStyle } from "../core/port/looks";

/** The core's look of a kind of cell, on a range of cells that all share it. */
export function applyLook(range: Excel.Range, look: CellLook, cells: { rows: number; cols: number }): void {
  const format = range.format;
  format.font.name = look.font.name;
  format.font.size = look.font.size;
  format.font.bold = look.font.bold;
  format.font.color = look.font.color;
  if (look.fill) format.fill.color = look.fill;
  if (look.border) {
    const edges: `${Excel.BorderIndex}`[] = look.border.edges.map((e) => EDGES[e]);
    // A boxed look boxes every cell, so the lines between cells of the rectangle are drawn too.
    const inside = look.border.edges.length === 4;
    if (inside && cells.rows > 1) edges.push("InsideHorizontal");
    if (inside && cells.cols > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = look.border.style === "medium" ? "Medium" : "Thin";
      border.color = look.border.color;
    }
  }
  format.horizontalAlignment = HORIZONTAL[look.horizontal];
  format.verticalAlignment = VERTICAL[look.vertical];
  format.wrapText = look.wrap;
}

export function lookOf(style: CellStyle): CellLook {
  return LOOKS[style];
}

/**
 * Cells of one look as few rectangles as possible: runs down each column, then runs with the
 * same rows in neighbouring columns joined. A summary's table of a thousand rows is a handful of
 * format calls, not a thousand.
 */
export function rectangles(
  cells: readonly { readonly rowIndex: number; readonly col: number }[],
): CellRange[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    let rows = byCol.get(c.col);
    if (!rows) byCol.set(c.col, (rows = []));
    rows.push(c.rowIndex);
  }
  const runs: CellRange[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      if (i < rows.length && rows[i] === rows[i - 1]) continue;
      runs.push({ top: start, bottom: rows[i - 1], left: col, right: col });
      start = rows[i];
    }
  }
  const joined: CellRange[] = [];
  for (const run of runs) {
    const last = joined.find((r) => r.top === run.top && r.bottom === run.bottom && r.right + 1 === run.left);
    if (last) joined[joined.indexOf(last)] = { ...last, right: run.right };
    else joined.push(run);
  }
  return joined;
}

const EDGES = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
} as const satisfies Record<string, Excel.BorderIndex | `${Excel.BorderIndex}`>;

const HORIZONTAL = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
} as const satisfies Record<CellLook["horizontal"], `${Excel.HorizontalAlignment}`>;

const VERTICAL = {
  top: "Top",
  center: "Center",
  bottom: "Bottom",
} as const satisfies Record<CellLook["vertical"], `${Excel.VerticalAlignment}`>;
