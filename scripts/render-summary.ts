/**
 * `npm run render:summary`: renders the demo's summary sheet the way a reader sees it on paper:
 * LibreOffice to PDF, then page 1 to PNG in docs/. For people and the README, not for CI; needs
 * Debian's libreoffice-calc-nogui and poppler-utils (soffice, pdftoppm).
 *
 *   npx tsx scripts/render-summary.ts [out/summary.xlsx] [docs/summary-page1.png]
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { readSummaryMarker } from "../src/core/summary/summary-state";
import { readWorkbookFile } from "../src/xlsx/node";

async function main(): Promise<void> {
  const input = resolve(process.argv[2] ?? "out/summary.xlsx");
  const png = resolve(process.argv[3] ?? "docs/summary-page1.png");
  const dir = mkdtempSync(join(tmpdir(), "measure-list-render-"));
  try {
    // Only the summary sheet is printed: the others are removed from a temporary copy.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    const read = await readWorkbookFile(input);
    if (!read.ok) throw new Error(`${input}: ${read.error.code}`);
    const grid = read.value.grid;
    const summaries = grid.sheets.filter((s) => readSummaryMarker(s) !== null).map((s) => s.name);
    if (summaries.length === 0) throw new Error(`${input} has no summary sheet`);
    for (const ws of workbook.worksheets) if (ws.name !== summaries[0]) workbook.removeWorksheet(ws.id);
    const copy = join(dir, "summary.xlsx");
    await workbook.xlsx.writeFile(copy);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, copy], {
      stdio: "ignore",
      timeout: 120_000,
    });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "110",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      join(dir, "summary.pdf"),
      join(dir, "page"),
    ]);
    copyFileSync(join(dir, "page.png"), png);
    copyFileSync(join(dir, "summary.pdf"), png.replace(/\.png$/u, ".pdf"));
    console.log(png);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`render-summary: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
