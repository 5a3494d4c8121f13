/**
 * The emulated workbook: sheets of sparse cells plus what the add-in touches around them (merges,
 * validations, widths and heights, freeze panes, protection, page layout, charts). Plain data with
 * small helpers; the API semantics live in ../objects.
 */
import type { Rect } from "./address";
import type { CellFormat } from "./cell-format";
import type { TableModel } from "./tables";

export type Scalar = string | number | boolean;

export interface Cell {
  /** The typed value, or the cached result of the formula; null when the cell holds nothing. */
  value: Scalar | null;
  /** True when `value` is an error such as `#NAME?`. */
  error?: boolean;
  /** `=…` when the cell holds a formula. */
  formula?: string;
  /** Typed with a leading apostrophe: text that Excel shows without it. */
  quotePrefix?: boolean;
  numberFormat?: string;
  format?: CellFormat;
  validation?: Validation;
}

/** One data-validation rule, shared by every cell it was set on. */
export interface Validation {
  /** The rule as the add-in sent it (`{ list: { inCellDropDown, source } }`), source as text. */
  rule: Record<string, unknown>;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ChartSeriesModel {
  name: string;
  values?: Rect;
  xValues?: Rect;
}

export interface ChartModel {
  id: string;
  name: string;
  chartType: string;
  source: Rect;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  series: ChartSeriesModel[];
  position?: { startCell: string; endCell?: string };
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows?: string;
  printArea?: string;
}

export interface ProtectionModel {
  protected: boolean;
  options: Record<string, boolean>;
  password?: string;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export class Sheet {
  readonly rows: (Cell | undefined)[][] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  merges: Rect[] = [];
  freeze = { rows: 0, columns: 0 };
  protection: ProtectionModel = { protected: false, options: {} };
  pageLayout: PageLayoutModel = { orientation: "Portrait", paperSize: "A4", zoom: { scale: 100 } };
  charts: ChartModel[] = [];
  /** Manual page breaks: the 0-based rows that start a new printed page. */
  rowBreaks: number[] = [];
  /** Excel tables (ListObjects) on this sheet; see ./tables.ts. */
  tables: TableModel[] = [];
  tabColor = "";

  constructor(
    readonly id: string,
    public name: string,
    public visibility: Visibility = "Visible",
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row]?.[column];
  }

  /** The cell at (row, column), created empty when missing. */
  ensureCell(row: number, column: number): Cell {
    const cells = this.rows[row] ?? (this.rows[row] = []);
    return cells[column] ?? (cells[column] = { value: null });
  }

  /** Every stored cell with its 0-based position, row by row. */
  *cells(): Generator<{ row: number; column: number; cell: Cell }> {
    for (let r = 0; r < this.rows.length; r++) {
      const cells = this.rows[r];
      if (!cells) continue;
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (cell) yield { row: r, column: c, cell };
      }
    }
  }

  /**
   * The smallest rectangle holding every cell with a value (valuesOnly) or with anything at all
   * (formats, validations and tables too: a table's empty cells count as used, as Excel's last cell
   * goes to a table's corner), or null for a blank sheet.
   */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    // Plain loops, not this.cells(): the add-in asks for the used range in most requests, and a
    // 20,000-row sheet holds half a million cells.
    for (let row = 0; row < this.rows.length; row++) {
      const cells = this.rows[row];
      if (!cells) continue;
      for (let column = 0; column < cells.length; column++) {
        const cell = cells[column];
        if (!cell) continue;
        const used = cell.value !== null || cell.formula !== undefined;
        const formatted =
          cell.format !== undefined || cell.numberFormat !== undefined || cell.validation !== undefined;
        if (!used && (valuesOnly || !formatted)) continue;
        if (row < top) top = row;
        if (column < left) left = column;
        if (row > bottom) bottom = row;
        if (column > right) right = column;
      }
    }
    if (!valuesOnly) {
      for (const { rect } of this.tables) {
        top = Math.min(top, rect.top);
        left = Math.min(left, rect.left);
        bottom = Math.max(bottom, rect.bottom);
        right = Math.max(right, rect.right);
      }
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export class Workbook {
  readonly sheets: Sheet[] = [];
  /** The file name Excel shows, e.g. `measure-list-sample.xlsx`. */
  name = "Book1.xlsx";
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | null = null;
  /** Excel's standard column width and row height, in points. */
  standardWidth = 48;
  standardHeight = 15;
  private sheetCounter = 0;
  private chartCounter = 0;
  private tableCounter = 0;

  addSheet(name: string, visibility: Visibility = "Visible"): Sheet {
    this.sheetCounter += 1;
    const id = `{00000000-0001-0000-${String(this.sheetCounter).padStart(4, "0")}-000000000000}`;
    const sheet = new Sheet(id, name, visibility);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = id;
    return sheet;
  }

  nextChartId(): string {
    this.chartCounter += 1;
    return `{00000000-0002-0000-${String(this.chartCounter).padStart(4, "0")}-000000000000}`;
  }

  /** A new table's `id`, unique in the workbook, and its `legacyId` (the file's table id when loaded). */
  nextTableIds(legacyId?: string): { id: string; legacyId: string } {
    this.tableCounter += 1;
    const n = this.tableCounter;
    return {
      id: `{00000000-0003-0000-${String(n).padStart(4, "0")}-000000000000}`,
      legacyId: legacyId ?? String(n),
    };
  }

  sheetById(id: string): Sheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Sheet names compare case-insensitively in Excel. */
  sheetByName(name: string): Sheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  activeSheet(): Sheet {
    const sheet = this.sheetById(this.activeSheetId) ?? this.sheets[0];
    if (!sheet) throw new Error("excel-host: the workbook has no sheets");
    return sheet;
  }
}
