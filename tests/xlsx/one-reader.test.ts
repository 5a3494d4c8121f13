/**
 * One in-memory reader: the command line and the preview read a workbook through the core's
 * gridReader, so a file reports the same sizes whichever reads it, and the same as Excel reports
 * for it (its used range counts values only). The workbook has merges at its right and bottom
 * edges whose covered cells hold stale values in the file, and a styled cell with no value.
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { createOfficeHost } from "../../src/excel/office-host";
import { gridReader } from "../../src/core/port/grid-reader";
import type { WorkbookHead, WorkbookReader } from "../../src/core/port/read";
import { openPackageHost } from "../../src/preview/package-host";
import * as writer from "../../src/preview/package-writer";
import { readWorkbookFile } from "../../src/xlsx/node";
import { useExcelHost } from "../support/excel-host";
import { tempDir } from "../builders/xlsx";
import { withParts } from "./package-edit";

/** A1 a, B1:C1 merged (C1 holds a stale value), A3:A4 merged (A4 holds one), E6 styled, empty. */
const SHEET_DATA = [
  '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c>',
  '<c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="C1" t="inlineStr"><is><t>stale</t></is></c></row>',
  '<row r="2"><c r="A2"><v>1</v></c></row>',
  '<row r="3"><c r="A3" t="inlineStr"><is><t>m</t></is></c></row>',
  '<row r="4"><c r="A4"><v>9</v></c></row>',
  '<row r="6"><c r="E6" s="0"/></row></sheetData>',
  '<mergeCells count="2"><mergeCell ref="B1:C1"/><mergeCell ref="A3:A4"/></mergeCells>',
].join("");

async function edgeBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("端").getCell("A1").value = "placeholder";
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return withParts(bytes, {
    "xl/worksheets/sheet1.xml": (xml) =>
      xml.replace(/<sheetData[\s\S]*?(<\/sheetData>|<sheetData\/>)/u, SHEET_DATA),
  });
}

const EXPECTED = {
  name: "端",
  rowCount: 3,
  columnCount: 2,
  rows: [
    ["a", "b"],
    [1, null],
    ["m", null],
  ],
};

async function headOf(reader: WorkbookReader): Promise<WorkbookHead> {
  const head = await reader.readHead(100);
  if (!head.ok) throw new Error(head.error.code);
  return head.value;
}

function sizes(head: WorkbookHead) {
  return head.sheets.map(({ name, rowCount, columnCount, rows }) => ({ name, rowCount, columnCount, rows }));
}

/** The command line's reader (the file read, then the core's gridReader) and the preview's host. */
async function bothPaths(
  bytes: Uint8Array,
  path: string,
): Promise<{ cli: WorkbookReader; preview: WorkbookReader }> {
  writeFileSync(path, bytes);
  const file = await readWorkbookFile(path);
  if (!file.ok) throw new Error(file.error.code);
  const preview = openPackageHost(bytes, async () => writer);
  if (!preview.ok) throw new Error(preview.error.code);
  return { cli: gridReader(file.value.grid), preview: preview.value };
}

describe("one in-memory reader, the same sizes on every path", () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  test("the command line and the preview report the same head: sizes to the last value, merges kept", async () => {
    const { cli, preview } = await bothPaths(await edgeBook(), dir.path("head.xlsx"));
    const head = await headOf(cli);
    expect(sizes(head)).toEqual([EXPECTED]);
    expect(await headOf(preview)).toEqual(head);
    expect(head.sheets[0].merges).toEqual([
      { top: 0, left: 1, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 3, right: 0 },
    ]);
  });

  test("columns asked past the used range read as empty on both paths", async () => {
    const { cli, preview } = await bothPaths(await edgeBook(), dir.path("columns.xlsx"));
    const request = { sheet: "端", columns: [0, 1, 2], top: 1, bottom: 4 };
    const [fromCli, fromPreview] = await Promise.all([cli, preview].map((r) => r.readColumns([request])));
    if (!fromCli.ok || !fromPreview.ok) throw new Error("read failed");
    expect(fromCli.value[0].rows).toEqual([
      [1, null, null],
      ["m", null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(fromPreview.value).toEqual(fromCli.value);
  });

  describe("and Excel reports the same sizes for the file", () => {
    let bytes: Uint8Array | null = null;
    beforeAll(async () => {
      bytes = await edgeBook();
    });
    useExcelHost(() => ({ xlsx: Buffer.from(bytes ?? []) }));

    test("the Office.js host's head has the same rows and sizes", async () => {
      expect(sizes(await headOf(createOfficeHost()))).toEqual([EXPECTED]);
    });
  });
});
