import { Button, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Language } from "../core/messages/messages";
import { cellAddress, cellText, columnLetter, type WorkbookGrid } from "../core/port/grid";
import type { CellRef } from "../core/port/host";
import { shortText } from "../taskpane/cell-text";
import { stringsFor } from "../taskpane/i18n/strings";
import type { PackageHost } from "./package-host";

/** Rows drawn at once; a 20,000-row sheet is paged around the selected cell. */
const WINDOW = 200;
/** Characters drawn per cell; the cell keeps all of them. */
const CELL_CHARACTERS = 300;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0 },
  tabs: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground2 },
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
    "& thead th": { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular },
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
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
  },
});

/**
 * The workbook as a plain, read-only sheet view beside the pane: sheet tabs (hidden sheets too,
 * marked, so 選択肢 and 変更履歴 can be looked at), column letters and row numbers, every cell as
 * plain text. The pane's "select" scrolls here and marks the cell.
 */
export default function SheetView({
  host,
  language,
}: {
  readonly host: PackageHost;
  readonly language: Language;
}) {
  const strings = stringsFor(language).preview;
  const styles = useStyles();
  const [book, setBook] = useState<WorkbookGrid>(() => host.grid());
  const [sheet, setSheet] = useState<string>(() => firstVisible(host.grid()));
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [start, setStart] = useState(0);
  const [said, setSaid] = useState("");
  const selectedRef = useRef<HTMLTableCellElement>(null);

  useEffect(
    () =>
      host.subscribe((event) => {
        if (event.kind === "change") return setBook(host.grid());
        setSheet(event.cell.sheet);
        setSelected(event.cell);
        setStart(Math.max(0, event.cell.rowIndex - Math.floor(WINDOW / 4)));
        setSaid(strings.selected(event.cell.sheet, cellAddress(event.cell.rowIndex, event.cell.col)));
      }),
    [host, strings],
  );
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected, sheet, start]);

  const grid = book.sheets.find((s) => s.name === sheet) ?? book.sheets[0];
  if (!grid) return null;
  const total = grid.rows.length;
  const width = grid.rows.reduce((n, r) => Math.max(n, r.length), 0);
  const rows = grid.rows.slice(start, start + WINDOW);
  const isSelected = (r: number, c: number) =>
    selected !== null && selected.sheet === grid.name && selected.rowIndex === r && selected.col === c;

  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={grid.name}
        aria-label={strings.sheets}
        onTabSelect={(_e, d) => {
          setSheet(String(d.value));
          setStart(0);
        }}
      >
        {book.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
            {s.hidden ? ` ${strings.hiddenSheet}` : ""}
          </Tab>
        ))}
      </TabList>
      <p role="status" aria-live="polite" className={styles.pager}>
        {said}
      </p>
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
      <table
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
                  return (
                    <td
                      key={c}
                      ref={mark ? selectedRef : undefined}
                      className={mark ? styles.selected : undefined}
                    >
                      <bdi dir="auto" className={styles.cell}>
                        {shortText(cellText(cells[c] ?? null), CELL_CHARACTERS)}
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
  );
}

function firstVisible(book: WorkbookGrid): string {
  return (book.sheets.find((s) => !s.hidden) ?? book.sheets[0])?.name ?? "";
}
