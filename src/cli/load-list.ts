import { readListFor, type ReadPurpose } from "../core/actions/read-for";
import type { OpenedList } from "../core/list/open-list";
import { failureMessage } from "../core/messages/failures";
import { gridReader } from "../core/port/grid-reader";
import { readWorkbookFile, type OpenedWorkbook } from "../xlsx/node";
import { CliFailure } from "./io";

export interface LoadedList {
  readonly file: OpenedWorkbook;
  readonly list: OpenedList;
}

/**
 * Opens the input and finds its list through the same two-step read the add-in uses, reading what
 * the action needs; anything that stops a command is a one-line CliFailure.
 */
export async function loadList(path: string, action: ReadPurpose, sheet?: string): Promise<LoadedList> {
  const read = await readWorkbookFile(path);
  if (!read.ok) throw new CliFailure(failureMessage(read.error, "ja", { source: path }));
  const list = await readListFor(gridReader(read.value.grid), action, { sheet });
  if (!list.ok) throw new CliFailure(failureMessage(list.error, "ja", { source: path }));
  return { file: read.value, list: list.value };
}
