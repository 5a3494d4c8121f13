/** Where a 目標 sheet's columns are: what find-targets finds and read-targets reads through. */
export interface TargetsLayout {
  readonly sheet: string;
  /** 0-based rows of the header (one or two). */
  readonly headerRowIndexes: readonly number[];
  readonly firstDataRowIndex: number;
  /** 項目 (項目∕目標). */
  readonly name: number;
  /** 現在地 and its year from the header (現在地（2025年度）), or null when a 基準年度 column gives it. */
  readonly baseline: { readonly col: number; readonly year: number | null } | null;
  readonly baselineYear: number | null;
  /** The year columns in sheet order, each with its target column and its 実績 column when any. */
  readonly years: readonly YearColumns[];
  readonly unit: number | null;
  readonly note: number | null;
  readonly links: number | null;
  readonly aggregate: number | null;
  readonly direction: number | null;
  /** 区分: a cell saying KGI marks the headline row. */
  readonly kind: number | null;
}

export interface YearColumns {
  readonly year: number;
  readonly target: number | null;
  readonly actual: number | null;
}
