import { Button, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { formatCellValue } from "../core/format/number-format";
import type { Language } from "../core/messages/messages";
import { cellText, columnLetter, type CellValue, type WorkbookGrid } from "../core/port/grid";
import type { CellRef } from "../core/port/host";
import { shortText } from "../taskpane/cell-text";
import { stringsFor } from "../taskpane/i18n/strings";
import { ViewSwitch } from "../taskpane/view-switch";
import type { NumberCell } from "../xlsx/read/number-cells";
import type { PackageHost } from "./package-host";

/** Rows drawn at once; a 20,000-row sheet is paged around the selected cell. */
const WINDOW = 200;
/** Characters drawn per cell; the cell keeps all of them. */
const CELL_CHARACTERS = 300;

const useStyles = makeStyles({
  // The tabs stay in view; the grid scrolls under them with its column letters pinned on top.
  root: { display: "flex", flexDirection: "column", minWidth: 0, height: "100%" },
  tabs: { flexShrink: 0, overflowX: "auto", backgroundColor: tokens.colorNeutralBackground2 },
  grid: { flexGrow: 1, minHeight: 0, overflow: "auto" },
  pager: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `2px ${tokens.spacingHorizontalXS}`,
      verticalAlign: "top",
      textAlign: "start",
    },
    "& thead th": {
      position: "sticky",
      top: 0,
      zIndex: 1,
      backgroundColor: tokens.colorNeutralBackground3,
      fontWeight: tokens.fontWeightRegular,
    },
    "& tbody th": { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular },
  },
  corner: { width: "3.5em" },
  column: { width: "10em" },
  cell: {
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
    maxHeight: "4.5em",
  },
  // Numbers to the right, as Excel aligns them.
  number: { textAlign: "right" },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/**
 * The workbook as a plain, read-only sheet view beside the pane: sheet tabs (hidden sheets too,
 * marked, so 選択肢 and 変更履歴 can be looked at), column letters and row numbers, every cell as
 * plain text, numbers through their number formats as Excel shows them (97%, 2025/8/25, 1,234).
 * The pane's "select" scrolls here and marks the cell.
 */
export default function SheetView(props: {
  readonly host: PackageHost;
  readonly language: Language;
  /** The workbook's contents changed this many times: redraw from the host. */
  readonly version: number;
  /** The cell the pane last asked to show; a new serial means a new request, even for the same cell. */
  readonly selection: { readonly cell: CellRef; readonly serial: number } | null;
}) {
  const strings = stringsFor(props.language).preview;
  const styles = useStyles();
  const { host, selection } = props;
  const book = useMemo<WorkbookGrid>(() => host.grid(), [host, props.version]);
  const [sheet, setSheet] = useState<string>(() => firstVisible(host.grid()));
  const [start, setStart] = useState(0);
  const [shownSerial, setShownSerial] = useState(0);
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const panelId = useId("sheet");

  // A new selection turns to its sheet and pages to its row, once; the person may page on.
  if (selection && selection.serial !== shownSerial) {
    setShownSerial(selection.serial);
    setSheet(selection.cell.sheet);
    setStart(Math.max(0, selection.cell.rowIndex - Math.floor(WINDOW / 4)));
  }
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [selection, sheet, start]);
  const selected = selection?.cell ?? null;

  const grid = book.sheets.find((s) => s.name === sheet) ?? book.sheets[0];
  const numbers = useMemo(() => (grid ? host.numberCells(grid.name) : []), [host, book, grid]);
  if (!grid) return null;
  const total = grid.rows.length;
  const width = grid.rows.reduce((n, r) => Math.max(n, r.length), 0);
  const rows = grid.rows.slice(start, start + WINDOW);
  const isSelected = (r: number, c: number) =>
    selected !== null && selected.sheet === grid.name && selected.rowIndex === r && selected.col === c;

  return (
    <div className={styles.root}>
      <div className={styles.tabs}>
        <ViewSwitch
          label={strings.sheets}
          views={book.sheets.map((s) => ({
            value: s.name,
            label: s.hidden ? `${s.name} ${strings.hiddenSheet}` : s.name,
          }))}
          selected={grid.name}
          onSelect={(name) => {
            setSheet(name);
            setStart(0);
          }}
          controls={panelId}
        />
      </div>
      {total > WINDOW && (
        <div className={styles.pager}>
          <Button size="small" disabled={start === 0} onClick={() => setStart(Math.max(0, start - WINDOW))}>
            ↑
          </Button>
          <span>{strings.rowsShown(start + 1, Math.min(total, start + WINDOW), total)}</span>
          <Button size="small" disabled={start + WINDOW >= total} onClick={() => setStart(start + WINDOW)}>
            ↓
          </Button>
        </div>
      )}
      <div className={styles.grid} tabIndex={0} role="region" aria-label={strings.sheetView(grid.name)}>
        <table
          id={panelId}
          className={styles.table}
          style={{ width: `${3.5 + width * 10}em` }}
          aria-label={strings.sheetView(grid.name)}
        >
          <thead>
            <tr>
              <th scope="col" className={styles.corner} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} scope="col" className={styles.column}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, i) => {
              const r = start + i;
              return (
                <tr key={r}>
                  <th scope="row">{r + 1}</th>
                  {Array.from({ length: width }, (_, c) => {
                    const mark = isSelected(r, c);
                    const value = cells[c] ?? null;
                    const number = numbers[r]?.[c];
                    return (
                      <td
                        key={c}
                        ref={mark ? selectedRef : undefined}
                        className={mark ? styles.selected : undefined}
                      >
                        <bdi
                          dir="auto"
                          className={mergeClasses(
                            styles.cell,
                            (number !== undefined || typeof value === "number") && styles.number,
                          )}
                        >
                          {shortText(shownText(value, number), CELL_CHARACTERS)}
                        </bdi>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * A cell as Excel shows it: a number through its format (General when it has none); text, truth
 * values and errors as they are. The grid decides what is shown at all (a cell a merge covers is
 * empty there), the number cells how.
 */
function shownText(value: CellValue, number: NumberCell | undefined): string {
  if (value === null) return "";
  if (number !== undefined) return formatCellValue(number.value, number.format);
  return typeof value === "number" ? formatCellValue(value, "General") : cellText(value);
}

function firstVisible(book: WorkbookGrid): string {
  return (book.sheets.find((s) => !s.hidden) ?? book.sheets[0])?.name ?? "";
}
