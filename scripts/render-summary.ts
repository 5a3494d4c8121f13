/**
 * `npm run render:summary`: renders the demo's summary sheet the way a reader sees it on paper:
 * LibreOffice to PDF, then page 1 to PNG in docs/ (the PDF beside it has every page, charts
 * included). For people and the README, not for CI; needs
 * Debian's libreoffice-calc-nogui and poppler-utils (soffice, pdftoppm).
 *
 *   npx tsx scripts/render-summary.ts [out/summary.xlsx] [docs/summary-page1.png]
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readSummaryMarker } from "../src/core/summary/summary-state";
import { readWorkbookFile } from "../src/xlsx/node";

async function main(): Promise<void> {
  const input = resolve(process.argv[2] ?? "out/summary.xlsx");
  const png = resolve(process.argv[3] ?? "docs/summary-page1.png");
  const dir = mkdtempSync(join(tmpdir(), "measure-list-render-"));
  try {
    // Only the summary sheet is printed: the others are hidden in a temporary copy. The copy is
    // edited in its workbook part alone, so the summary's charts stay (ExcelJS would drop them).
    const bytes = new Uint8Array(readFileSync(input));
    const read = await readWorkbookFile(input);
    if (!read.ok) throw new Error(`${input}: ${read.error.code}`);
    const grid = read.value.grid;
    const summaries = grid.sheets.filter((s) => readSummaryMarker(s) !== null).map((s) => s.name);
    if (summaries.length === 0) throw new Error(`${input} has no summary sheet`);
    const copy = join(dir, "summary.xlsx");
    writeFileSync(copy, onlySheetShown(bytes, summaries[0]));
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

/** The package with every sheet but `shown` hidden, and `shown` the active one. */
function onlySheetShown(bytes: Uint8Array, shown: string): Uint8Array {
  const parts = unzipSync(bytes);
  const path = "xl/workbook.xml";
  const xml = strFromU8(parts[path]);
  const escaped = shown.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/"/gu, "&quot;");
  let index = 0;
  let active = 0;
  const sheets = xml.replace(/<sheet\b[^>]*?\/>/gu, (tag) => {
    const bare = tag.replace(/\sstate="[^"]*"/u, "");
    const mine = bare.includes(`name="${escaped}"`);
    if (mine) active = index;
    index++;
    return mine ? bare : bare.replace(/\/>$/u, ' state="hidden"/>');
  });
  const view = `<bookViews><workbookView activeTab="${active}" firstSheet="${active}"/></bookViews>`;
  parts[path] = strToU8(
    sheets.replace(/<bookViews>[\s\S]*?<\/bookViews>/u, "").replace(/<sheets>/u, `${view}<sheets>`),
  );
  return zipSync(parts);
}

main().catch((e: unknown) => {
  console.error(`render-summary: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
