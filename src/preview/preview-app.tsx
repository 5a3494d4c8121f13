import {
  Button,
  FluentProvider,
  Select,
  makeStaticStyles,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from "react";
import { languageOf, type Language } from "../core/messages/messages";
import { failureMessage } from "../core/messages/failures";
import { browserStorage, type PaneEnvironment } from "../taskpane/environment";
import { storageSettings } from "../taskpane/settings/storage-settings";
import { stringsFor, type PaneStrings } from "../taskpane/i18n/strings";
import type { OpenFailure } from "../core/port/failures";
import { Notice } from "../taskpane/notice";
import { Pane } from "../taskpane/pane";
import { downloadBytes } from "./download";
import { openWorkbook } from "./open-workbook";
import type { PackageHost } from "./package-host";
import type { Quarter } from "../core/calendar/fiscal-calendar";
import { cellAddress } from "../core/port/grid";
import type { CellRef } from "../core/port/host";

const SheetView = lazy(() => import("./sheet-view"));

// The page fills the window; set through Griffel, as the policy allows no inline <style> text.
const usePageStyles = makeStaticStyles({
  "html, body, #root": { margin: 0, height: "100%" },
});

const useStyles = makeStyles({
  page: {
    height: "100vh",
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    flexBasis: "100%",
  },
  // Side by side from 800 px; narrower, one column that scrolls as a whole: the sheet view, then
  // the pane under it at its full height, so no part of the sheet can lie over the pane.
  body: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 360px",
    minHeight: 0,
    "@media (max-width: 800px)": {
      gridTemplateColumns: "minmax(0, 1fr)",
      gridAutoRows: "auto",
      alignContent: "start",
      overflowY: "auto",
    },
  },
  dropping: {
    outline: `${tokens.strokeWidthThickest} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: "-6px",
  },
  sheet: {
    minWidth: 0,
    minHeight: 0,
    overflow: "hidden",
    "@media (max-width: 800px)": { height: "60vh" },
  },
  pane: {
    minWidth: 0,
    minHeight: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    // A grid item's minimum height is its content's only when it is "auto": with 0, the row
    // shrank to a sliver and the sheet view was laid over the pane's buttons.
    "@media (max-width: 800px)": {
      minHeight: "auto",
      overflowY: "visible",
      borderLeft: "none",
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  hidden: { display: "none" },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

/** The page's last word, kept as data so it reads in the language chosen afterwards too. */
type PageStatus =
  | { readonly kind: "opened"; readonly name: string }
  | { readonly kind: "selected"; readonly cell: CellRef }
  /** The selected cell's sheet was removed (an undone summary): the selection went with it. */
  | { readonly kind: "gone"; readonly sheet: string }
  | { readonly kind: "failed"; readonly failure: OpenFailure };

function statusText(status: Exclude<PageStatus, { kind: "failed" }>, strings: PaneStrings): string {
  if (status.kind === "opened") return strings.preview.opened(status.name);
  if (status.kind === "gone") return strings.preview.sheetGone(status.sheet);
  return strings.preview.selected(status.cell.sheet, cellAddress(status.cell.rowIndex, status.cell.col));
}

interface OpenedBook {
  /** Each open gets a new key, so the pane starts afresh on every workbook. */
  readonly key: number;
  readonly name: string;
  readonly host: PackageHost;
  readonly quarter?: Quarter;
}

/**
 * preview.html: the task pane beside a plain view of the workbook, on a workbook held in this
 * browser: the bundled sample first, any .xlsx the person opens or drops, and the result to
 * download. Nothing is sent anywhere.
 */
export function PreviewApp() {
  usePageStyles();
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(() => languageOf(navigator.language));
  const strings = stringsFor(language);
  const [book, setBook] = useState<OpenedBook | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const languageId = useId("language");
  const nextKey = useRef(1);
  const [version, setVersion] = useState(0);
  const [selection, setSelection] = useState<{ cell: CellRef; serial: number } | null>(null);

  // The page listens to the workbook host from the start, so a cell the pane selects before the
  // sheet view has loaded is still shown, and said.
  useEffect(() => {
    if (!book) return;
    return book.host.subscribe((event) => {
      if (event.kind === "change") {
        setVersion((v) => v + 1);
        // The status follows the workbook: a selection on a sheet that is gone is no selection.
        const sheets = new Set(book.host.grid().sheets.map((sheet) => sheet.name));
        setSelection((s) => (s && !sheets.has(s.cell.sheet) ? null : s));
        setStatus((st) =>
          st?.kind === "selected" && !sheets.has(st.cell.sheet) ? { kind: "gone", sheet: st.cell.sheet } : st,
        );
        return;
      }
      setSelection((s) => ({ cell: event.cell, serial: (s?.serial ?? 0) + 1 }));
      setStatus({ kind: "selected", cell: event.cell });
    });
  }, [book]);

  const show = (name: string, bytes: Uint8Array, quarter?: Quarter) => {
    const opened = openWorkbook(bytes, name);
    if (!opened.ok) return setStatus({ kind: "failed", failure: opened.error });
    setSelection(null);
    setBook({ key: nextKey.current++, name, host: opened.value, ...(quarter ? { quarter } : {}) });
    setStatus({ kind: "opened", name });
  };
  const openSample = async () => {
    const sample = await import("./sample");
    show(sample.SAMPLE_NAME, sample.sampleBytes(), sample.SAMPLE_QUARTER);
  };
  const openFile = async (file: File) => show(file.name, new Uint8Array(await file.arrayBuffer()));

  // The sample opens by itself, so a newcomer sees the pane at work at once.
  useEffect(() => {
    void openSample();
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = strings.preview.title;
  }, [language, strings]);

  const env = useMemo<PaneEnvironment>(
    () => ({
      language,
      theme: null,
      host: "preview",
      now: () => new Date(),
      storage: browserStorage(),
      settings: storageSettings(browserStorage()),
      ...(book?.quarter ? { quarter: book.quarter } : {}),
    }),
    [language, book],
  );

  return (
    <FluentProvider theme={webLightTheme} lang={language} className={styles.page}>
      <header className={styles.bar}>
        <h1 className={styles.title}>{strings.preview.title}</h1>
        <Button onClick={() => void openSample()}>{strings.preview.sample}</Button>
        <Button onClick={() => fileInput.current?.click()}>{strings.preview.open}</Button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hidden}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(file);
            e.target.value = "";
          }}
        />
        <Button
          appearance="primary"
          disabled={book === null}
          onClick={() => book && downloadBytes(book.host.bytes(), book.name)}
        >
          {strings.preview.download}
        </Button>
        <span>
          <label htmlFor={languageId}>{strings.preview.language}</label>{" "}
          <Select
            id={languageId}
            size="small"
            value={language}
            onChange={(_e, d) => setLanguage(d.value === "en" ? "en" : "ja")}
          >
            <option value="ja">日本語</option>
            <option value="en">English</option>
          </Select>
        </span>
        <p className={styles.intro}>
          {strings.preview.intro} {strings.preview.drop}
        </p>
        <div role="status" aria-live="polite" className={styles.status}>
          {status && status.kind !== "failed" && statusText(status, strings)}
        </div>
        {status?.kind === "failed" && (
          <Notice intent="error">
            <span role="alert">{failureMessage(status.failure, language)}</span>
          </Notice>
        )}
      </header>
      <div
        className={mergeClasses(styles.body, dropping && styles.dropping)}
        onDragOver={(e) => {
          e.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDropping(false);
          const file = e.dataTransfer.files[0];
          if (file) void openFile(file);
        }}
      >
        <section className={styles.sheet} aria-label={strings.preview.sheets}>
          {book && (
            <Suspense fallback={null}>
              <SheetView
                key={book.key}
                host={book.host}
                language={language}
                version={version}
                selection={selection}
              />
            </Suspense>
          )}
        </section>
        {/* Not a landmark of its own: the pane's <main> is the page's main content. */}
        <div className={styles.pane}>{book && <Pane key={book.key} host={book.host} env={env} />}</div>
      </div>
    </FluentProvider>
  );
}
