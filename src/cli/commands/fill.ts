import { fill, type FillReport } from "../../core/actions/fill";
import type { ApplyOutcome } from "../../core/port/outcome";
import { sourceFormula } from "../../core/port/plan";
import { cellAddress } from "../../core/port/grid";
import { cliWords } from "../../core/messages/cli-words";
import type { CliArgs } from "../args";
import { EXIT, type CliIo, type CommandOutput } from "../io";
import { loadList } from "../load-list";
import { idTag, otherListsNote } from "../validate-output";
import { writeOutput } from "../write-output";

/** `measure-list fill`: dropdowns from the 選択肢 sheet and variants rewritten (§4, §9). */
export async function runFill(args: CliArgs, io: CliIo): Promise<CommandOutput> {
  const input = args.input ?? "";
  const { file, list } = await loadList(input, "fill", args.sheet);
  const { report, plan } = fill(list);
  // A dry run applies the plan to the loaded copy only, to tell what is already in place.
  const written = args.dryRun ? null : (args.output ?? "");
  const outcome = await writeOutput(file, plan, written, input, {
    operation: "fill",
    now: io.now(),
    by: args.by ?? io.user(),
  });
  return {
    code: EXIT.done,
    json: fillJson(report),
    text: fillText(report, outcome, input, written),
    note: otherListsNote(list.otherLists, list.sheet.name),
  };
}

/** The fill JSON of §9, exactly. */
export function fillJson(result: FillReport): object {
  return {
    sheet: result.sheet,
    dropdowns: { weather: result.dropdowns.weather, direction: result.dropdowns.direction },
    changes: result.changes.map((c) => ({
      row: c.row,
      column: c.column,
      field: c.field,
      from: c.from,
      to: c.to,
    })),
  };
}

/** The command line's words: it speaks Japanese. */
const WORDS = cliWords("ja");

export function fillText(
  result: FillReport,
  outcome: ApplyOutcome,
  input: string,
  written: string | null,
): string {
  const w = WORDS.fill;
  const lines = [written === null ? w.planned(input, result.sheet) : w.filled(input, written, result.sheet)];
  if (result.createsChoicesSheet) lines.push(`  ${w.newChoicesSheet}`);
  for (const field of ["weather", "direction"] as const) {
    const target = result.dropdowns[field];
    if (target === null) {
      lines.push(`  ${w.noColumn(w.fields[field])}`);
      continue;
    }
    const applied = outcome.dropdowns.filter((d) => d.rule.field === field);
    const source = result.sources[field];
    const inPlace = applied.length > 0 && applied.every((d) => d.status === "in-place");
    lines.push(
      inPlace || source === null
        ? `  ${w.dropdownInPlace(w.fields[field], target)}`
        : `  ${w.dropdown(w.fields[field], target, sourceFormula(source))}`,
    );
  }
  if (result.changes.length === 0) lines.push(`  ${w.noRewrites}`);
  else {
    lines.push(`  ${w.rewrites(result.changes.length)}`);
    for (const c of result.changes)
      lines.push(`    ${w.rewrite(WORDS.place(c.row, c.column), w.fields[c.field], c.from, c.to)}`);
  }
  const formulas = outcome.changed.filter((c) => c.reason === "formula");
  if (formulas.length > 0) {
    lines.push(`  ${w.formulas(formulas.length)}`);
    for (const f of formulas)
      lines.push(`    ${w.formulaCell(cellAddress(f.rowIndex, f.colIndex), String(f.found ?? ""))}`);
  }
  if (result.unknown.length > 0) {
    lines.push(`  ${w.unknowns(result.unknown.length)}`);
    for (const u of result.unknown) {
      const place = `${WORDS.place(u.row, u.column)}${idTag(u.id)}`;
      lines.push(`    ${w.unknown(place, w.fields[u.field], u.value.slice(0, 40))}`);
    }
  }
  return lines.join("\n") + "\n";
}
