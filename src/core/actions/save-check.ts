import type { Issue } from "../validation/issues";

/**
 * Whether a PL's save may go ahead, by the same rules as the check: nothing to save; refused
 * while an error sits on a cell it writes or the edit itself causes one; or allowed, with the
 * warnings on what it writes or causes, for a second look in the confirmation.
 */
export type SaveVerdict =
  | { readonly kind: "nothing" }
  | { readonly kind: "refused"; readonly errors: readonly Issue[] }
  | { readonly kind: "allowed"; readonly warnings: readonly Issue[] };

/** A cell the save writes: its 1-based sheet row and column key. */
export interface SavedCell {
  readonly row: number;
  readonly field: string;
}

/**
 * The verdict from the edited rows' issues before and after the edit. An issue the rows already
 * had, on a cell the save leaves alone, is the row's old trouble and does not hold the save back:
 * a PL fixing one field of a row must not be stopped by another they were not asked about.
 */
export function saveVerdict(
  before: readonly Issue[],
  after: readonly Issue[],
  written: readonly SavedCell[],
): SaveVerdict {
  if (written.length === 0) return { kind: "nothing" };
  const writes = new Set(written.map((c) => `${c.row}:${c.field}`));
  const old = new Set(before.map(issueKey));
  const concerns = after.filter(
    (i) => (i.field !== null && writes.has(`${i.row}:${i.field}`)) || !old.has(issueKey(i)),
  );
  const errors = concerns.filter((i) => i.severity === "error");
  if (errors.length > 0) return { kind: "refused", errors };
  return { kind: "allowed", warnings: concerns.filter((i) => i.severity === "warning") };
}

function issueKey(i: Issue): string {
  return `${i.row}:${i.field}:${i.code}`;
}
