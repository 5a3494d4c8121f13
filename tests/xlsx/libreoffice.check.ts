/**
 * `npm run check:libreoffice`: LibreOffice opens every result of the fidelity runs (fill, attainment
 * and summary on the everything and formulas workbooks) and reads the list and the summary. Not
 * part of `npm test`, which CI runs without LibreOffice: run it where `soffice` is installed
 * (Debian: libreoffice-calc-nogui). Without it this check fails; it never passes unseen.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../builders/xlsx";
import { apply, books, plans, type Command } from "./fidelity-runs";

const temp = tempDir("measure-list-libreoffice-");
afterAll(() => temp.cleanup());

const COMMANDS: readonly Command[] = ["fill", "attainment", "summary"];

test("LibreOffice opens every result and reads the list and the summary", async () => {
  const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  if (!soffice) throw new Error("soffice not found: install LibreOffice (Debian: libreoffice-calc-nogui)");
  const files: string[] = [];
  for (const book of ["everything", "formulas"] as const) {
    const input = await books[book]();
    for (const command of COMMANDS) {
      const file = temp.path(`${book}-${command}.xlsx`);
      writeFileSync(file, (await apply(input, plans[command])).bytes);
      files.push(file);
    }
  }
  const out = temp.path("csv");
  execFileSync(
    soffice,
    [
      // Every sheet to its own CSV (the last -1), UTF-8 (76), so the summary sheet is read too.
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      ...files,
    ],
    { timeout: 120_000, stdio: "ignore" },
  );
  const csvs = readdirSync(out);
  // Each result gave at least its list sheet.
  for (const file of files) {
    const stem =
      file
        .split("/")
        .pop()
        ?.replace(/\.xlsx$/u, "") ?? "";
    expect([stem, csvs.some((name) => name.startsWith(`${stem}-`))]).toEqual([stem, true]);
  }
  const summaries = csvs.filter((name) => /^everything-summary-サマリー_/u.test(name));
  expect(summaries).toHaveLength(1);
  expect(readFileSync(join(out, summaries[0]), "utf8").split("\n")[0]).toContain("施策");
}, 150_000);
