import { fill, type FillReport } from "../../core/actions/fill";
import type { ApplyOutcome } from "../../core/port/outcome";
import { sourceFormula } from "../../core/port/plan";
import { cellAddress } from "../../core/port/grid";
import type { CliArgs } from "../args";
import { EXIT, type CliIo, type CommandOutput } from "../io";
import { loadList } from "../load-list";
import { otherListsNote } from "../validate-output";
import { writeOutput } from "../write-output";

/** `measure-list fill`: dropdowns from the 選択肢 sheet and variants rewritten (§4, §9). */
export async function runFill(args: CliArgs, io: CliIo): Promise<CommandOutput> {
  const input = args.input ?? "";
  const { file, list } = await loadList(input, "fill", args.sheet);
  const { report, plan } = fill(list);
  // A dry run applies the plan to the loaded copy only, to tell what is already in place.
  const written = args.dryRun ? null : (args.output ?? "");
  const outcome = await writeOutput(file, plan, written, input, { operation: "fill", now: io.now() });
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

const LABEL = { weather: "天気", direction: "今後の方向性" } as const;

export function fillText(
  result: FillReport,
  outcome: ApplyOutcome,
  input: string,
  written: string | null,
): string {
  const lines: string[] = [];
  lines.push(
    written === null
      ? `${input}: シート「${result.sheet}」への選択肢の設定予定（--dry-run: 何も書き込みません）`
      : `${input} → ${written}: シート「${result.sheet}」に選択肢を設定しました（入力ファイルは変更していません）`,
  );
  if (result.createsChoicesSheet)
    lines.push("  選択肢シート: ありません → 既定の選択肢で新しく作ります（非表示。再表示して編集できます）");
  for (const field of ["weather", "direction"] as const) {
    const target = result.dropdowns[field];
    if (target === null) {
      lines.push(`  ${LABEL[field]}: 列がないためドロップダウンを付けません`);
      continue;
    }
    const applied = outcome.dropdowns.filter((d) => d.rule.field === field);
    const source = result.sources[field];
    const inPlace = applied.length > 0 && applied.every((d) => d.status === "in-place");
    lines.push(
      inPlace || source === null
        ? `  ${LABEL[field]}のドロップダウン: ${target}（設定済み・変更なし）`
        : `  ${LABEL[field]}のドロップダウン: ${target}（選択肢: ${sourceFormula(source)}）`,
    );
  }
  if (result.changes.length === 0) lines.push("  書き換え: なし（言い換えの値はありません）");
  else {
    lines.push(`  書き換え ${result.changes.length} 件（言い換え → 正式な値）:`);
    for (const c of result.changes)
      lines.push(`    ${c.row}行 ${c.column}列 ${LABEL[c.field]}「${c.from}」→「${c.to}」`);
  }
  const formulas = outcome.changed.filter((c) => c.reason === "formula");
  if (formulas.length > 0) {
    lines.push(`  数式のセル ${formulas.length} 個は書き換えていません（数式の参照先を直してください）:`);
    for (const f of formulas)
      lines.push(`    ${cellAddress(f.rowIndex, f.colIndex)}「${String(f.found ?? "")}」`);
  }
  if (result.unknown.length > 0) {
    lines.push(`  選択肢にない値 ${result.unknown.length} 件はそのままです（チェックでエラーになります）:`);
    for (const u of result.unknown) {
      lines.push(
        `    ${u.row}行 ${u.column}列${u.id ? ` [${u.id}]` : ""} ${LABEL[u.field]}「${u.value.slice(0, 40)}」`,
      );
    }
  }
  return lines.join("\n") + "\n";
}
