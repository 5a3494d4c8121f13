import type { FieldName } from "../list/fields";
import { columnLetter } from "../port/grid";
import type { IssueCode, IssueDraft, IssueParams, Severity } from "../validation/issues";

/** Where on the 目標 sheet an issue is: its row and column (0-based column, 1-based row). */
export interface TargetPlace {
  readonly row: number | null;
  readonly col: number | null;
  /** `target[R8]`, `actual[R8]`, `baseline`, `polarity`, `links`, `header`. */
  readonly field: string;
  readonly fieldName: FieldName | null;
  readonly value: string | number | null;
}

/** An issue of the 目標 sheet in the list's issue model. */
export function targetIssue<C extends IssueCode>(
  code: C,
  params: IssueParams[C],
  place: TargetPlace,
  severity: Severity,
  suggestion: string | null = null,
): IssueDraft {
  return {
    code,
    params,
    severity,
    row: place.row,
    column: place.col === null ? null : columnLetter(place.col),
    field: place.field,
    fieldName: place.fieldName,
    id: null,
    value: place.value,
    suggestion,
  } as IssueDraft;
}
