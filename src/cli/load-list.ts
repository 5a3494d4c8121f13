import type { FindListFailure } from "../core/list/find-list";
import { openList, type OpenedList } from "../core/list/open-list";
import { readWorkbookFile, type OpenedWorkbook, type ReadFailure } from "../xlsx/read-workbook";
import { CliFailure } from "./io";

export interface LoadedList {
  readonly file: OpenedWorkbook;
  readonly list: OpenedList;
}

/** Opens the input and finds its list; anything that stops a command is a one-line CliFailure. */
export async function loadList(path: string, sheet?: string): Promise<LoadedList> {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new CliFailure(readFailureText(read.error));
  const list = openList(read.value.grid, { sheet });
  if (!list.ok) throw new CliFailure(findFailureText(list.error, path));
  return { file: read.value, list: list.value };
}

export function readFailureText(f: ReadFailure): string {
  switch (f.code) {
    case "not-found":
      return `ファイル「${f.path}」が見つかりません`;
    case "is-directory":
      return `「${f.path}」はフォルダーです。.xlsx ファイルを指定してください`;
    case "empty-file":
      return `ファイル「${f.path}」は空です（0 バイト）`;
    case "csv":
      return `「${f.path}」は CSV などのテキストです。Excel で開いて .xlsx 形式で保存してから指定してください`;
    case "legacy-or-encrypted":
      return `「${f.path}」は古い .xls 形式かパスワード付きのファイルです。パスワードを外して .xlsx 形式で保存してください`;
    case "not-xlsx":
      return `「${f.path}」は .xlsx ファイルではありません`;
    case "unreadable":
      return `「${f.path}」を .xlsx として読めません（壊れているか別の形式です: ${f.detail}）`;
  }
}

export function findFailureText(f: FindListFailure, path: string): string {
  switch (f.code) {
    case "sheet-not-found":
      return `シート「${f.sheet}」がありません（あるシート: ${f.sheets.join("、") || "なし"}）`;
    case "no-list":
      return `「${path}」に施策リストが見つかりません。「進捗管理枝番1」「天気」「今後の方向性」などの見出し行がある表を探しました（シート: ${f.sheets.join("、") || "なし"}）`;
    case "no-data":
      return `シート「${f.sheet}」の施策リストは見出し（${f.headerRow}行目）だけで、施策の行がありません`;
  }
}
