// Writes the sample measure list (examples/sample-data.ts) as an .xlsx in the real layout:
// a title, then per printed block a merged group header row, a column header row and the block's rows,
// with one blank row between blocks — the shape of a pasted copy of the printed list (spec §2).
//
//   npx tsx examples/build-sample.ts [outPath]     (default: examples/measure-list-sample.xlsx)

import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  sampleHeaderVariants,
  sampleRows,
  sampleTitle,
  type SampleHeaderVariant,
  type SampleRow,
} from "./sample-data";
import { sampleKpis, sampleKpiTitle, type SampleKpi } from "./sample-kpi";
import {
  sampleKgiRow,
  sampleTargetBaselineHeader,
  sampleTargetNameHeader,
  sampleTargetRows,
  sampleTargetsFootnote,
  sampleTargetsSheetName,
  sampleTargetYearHeaders,
} from "./sample-targets";

export const SHEET_NAME = "施策リスト";
export const DEFAULT_OUT = path.join("examples", "measure-list-sample.xlsx");

/** Data columns A..P, in sheet order. */
const COLUMNS: { key: keyof SampleRow; width: number }[] = [
  { key: "branch1", width: 8 },
  { key: "branch2", width: 8 },
  { key: "department", width: 10 },
  { key: "pillar", width: 24 },
  { key: "domain", width: 28 },
  { key: "item", width: 24 },
  { key: "purpose", width: 30 },
  { key: "milestoneR7", width: 32 },
  { key: "planR7", width: 36 },
  { key: "quarterTargetQ4", width: 30 },
  { key: "planR8", width: 32 },
  { key: "milestoneR9", width: 32 },
  { key: "progress", width: 40 },
  { key: "weather", width: 6 },
  { key: "direction", width: 10 },
  { key: "directionReason", width: 24 },
];

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** Group row: [first column, last column, text]; F and G are merged down over the column header row. */
function groupCells(variant: SampleHeaderVariant): [number, number, string][] {
  return [
    [1, 3, variant.department],
    [4, 5, "業革施策分類"],
    [6, 6, "管理項目"],
    [7, 7, "目的"],
    [8, 8, "マイルストーン"],
    [9, 11, "ロードマップ（実施内容）と四半期ごと達成目標"],
    [12, 12, "マイルストーン"],
    [13, 16, "進捗・課題・アクション・今後の方向性"],
  ];
}

/** Column header row, A..P. F and G stay empty: the group row's 管理項目 and 目的 cover them. */
function columnHeaders(variant: SampleHeaderVariant): string[] {
  return [
    variant.branch1,
    variant.branch2,
    "主担当部",
    "施策3本柱",
    "施策9領域",
    "",
    "",
    "R7年度末時点",
    "R7年度 実施内容",
    "Q4末 到達目標",
    "R8年度 実施内容",
    "R9年度末時点",
    "進捗状況",
    "天気",
    // The printed 「今後の方 向性」 is a line break inside the cell.
    variant.direction.replace(" ", "\n"),
    "方向性理由",
  ];
}

function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.border = BORDER;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

function styleData(cell: ExcelJS.Cell): void {
  cell.border = BORDER;
  cell.alignment = { vertical: "top", wrapText: true };
}

/** KPI columns Q..V of the KPI version: group label over all six, then the column names. */
const KPI_HEADERS = ["指標名", "単位", "基準値", "R7年度目標値", "R7実績値", "目標の方向"];
const KPI_WIDTHS = [24, 6, 10, 12, 12, 10];

function kpiCells(kpi: SampleKpi | undefined): (string | number | null)[] {
  if (!kpi) return [null, null, null, null, null, null];
  return [kpi.kpiName, kpi.unit, kpi.baseline, kpi.target, kpi.actual, kpi.polarity];
}

/**
 * The sample in the real layout; with `kpi`, six KPI columns (Q..V) follow 方向性理由, filled for
 * the rows whose seed texts state their R7 numbers (examples/sample-kpi.ts).
 */
export function buildSampleWorkbook(options: { kpi?: boolean; targets?: boolean } = {}): ExcelJS.Workbook {
  const withKpi = options.kpi === true || options.targets === true;
  const width = COLUMNS.length + (withKpi ? KPI_HEADERS.length : 0);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "measure-list sample";
  workbook.created = new Date("2025-09-30T00:00:00Z");
  workbook.modified = workbook.created;

  const sheet = workbook.addWorksheet(SHEET_NAME, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  COLUMNS.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
  });
  if (withKpi) KPI_WIDTHS.forEach((w, i) => (sheet.getColumn(COLUMNS.length + i + 1).width = w));

  const title = sheet.getCell(1, 1);
  title.value = sampleTitle;
  title.font = { bold: true, size: 16 };

  const blocks = [...new Set(sampleRows.map((row) => row.block))].sort((a, b) => a - b);
  let r = 3; // row 2 stays blank
  blocks.forEach((block, index) => {
    if (index > 0) r += 1; // one blank row between blocks
    const variant = sampleHeaderVariants.find((v) => v.block === block);
    if (!variant) throw new Error(`no header variant for block ${block}`);

    const groupRow = r;
    const headerRow = r + 1;
    for (let c = 1; c <= width; c++) {
      styleHeader(sheet.getCell(groupRow, c));
      styleHeader(sheet.getCell(headerRow, c));
    }
    if (withKpi) {
      const first = COLUMNS.length + 1;
      sheet.getCell(groupRow, first).value = sampleKpiTitle;
      sheet.mergeCells(groupRow, first, groupRow, width);
      KPI_HEADERS.forEach((text, i) => (sheet.getCell(headerRow, first + i).value = text));
    }
    for (const [first, last, text] of groupCells(variant)) {
      sheet.getCell(groupRow, first).value = text;
      if (first === 6 || first === 7) sheet.mergeCells(groupRow, first, headerRow, first);
      else if (last > first) sheet.mergeCells(groupRow, first, groupRow, last);
    }
    columnHeaders(variant).forEach((text, i) => {
      if (text !== "") sheet.getCell(headerRow, i + 1).value = text;
    });
    r = headerRow + 1;

    for (const row of sampleRows.filter((x) => x.block === block)) {
      COLUMNS.forEach((column, i) => {
        const cell = sheet.getCell(r, i + 1);
        const value = row[column.key];
        if (value !== "") cell.value = value;
        styleData(cell);
      });
      if (withKpi) {
        const kpi = sampleKpis.find((k) => k.id === `${row.branch1}-${row.branch2}`);
        kpiCells(kpi).forEach((value, i) => {
          const cell = sheet.getCell(r, COLUMNS.length + i + 1);
          if (value !== null) cell.value = value;
          styleData(cell);
        });
      }
      r += 1;
    }
  });

  if (options.targets === true) addTargetsSheet(workbook);
  return workbook;
}

/**
 * The targets sample's 目標 sheet: seed 004's table as printed (examples/sample-targets.ts), the
 * KGI row under it marked in a 区分 column, then the seed's footnote after a blank row.
 */
function addTargetsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(sampleTargetsSheetName, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const heads = [sampleTargetNameHeader, sampleTargetBaselineHeader, ...sampleTargetYearHeaders, "区分"];
  [36, 20, 24, 30, 24, 8].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  heads.forEach((text, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = text;
    styleHeader(cell);
  });
  const rows = [...sampleTargetRows, sampleKgiRow];
  rows.forEach((row, index) => {
    const r = index + 2;
    const values = [row.name, row.baseline, ...row.years, row.kind ?? null];
    values.forEach((value, i) => {
      const cell = sheet.getCell(r, i + 1);
      if (value !== null) cell.value = value;
      styleData(cell);
    });
    if (row.merge) sheet.mergeCells(r, 3 + row.merge[0], r, 3 + row.merge[1]);
  });
  sheet.getCell(rows.length + 3, 1).value = sampleTargetsFootnote;
}

export const DEFAULT_TARGETS_OUT = path.join("examples", "measure-list-sample-targets.xlsx");

export const DEFAULT_KPI_OUT = path.join("examples", "measure-list-sample-kpi.xlsx");

/** Writes the workbook next to its final path first, then renames it into place. Returns the absolute path. */
export async function writeSampleWorkbook(
  outPath: string = DEFAULT_OUT,
  options: { kpi?: boolean; targets?: boolean } = {},
): Promise<string> {
  const target = path.resolve(outPath);
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await buildSampleWorkbook(options).xlsx.writeFile(tmp);
    fs.renameSync(tmp, target);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  return target;
}

// `npx tsx examples/build-sample.ts` rebuilds the three samples; with a path, only the plain one there.
if (require.main === module) {
  const jobs = process.argv[2]
    ? [writeSampleWorkbook(process.argv[2])]
    : [
        writeSampleWorkbook(DEFAULT_OUT),
        writeSampleWorkbook(DEFAULT_KPI_OUT, { kpi: true }),
        writeSampleWorkbook(DEFAULT_TARGETS_OUT, { targets: true }),
      ];
  Promise.all(jobs).then(
    (written) => console.log(written.join("\n")),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
