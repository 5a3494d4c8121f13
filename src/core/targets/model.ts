import type { Issue } from "../validation/issues";

/**
 * The 目標 sheet's model (issue 17): the strategy's multi-year targets as the city writes them,
 * one row per target, one column per fiscal year. Readers fill it, checks raise issues on it, and
 * the summary sheet, the pane and the CLI show it.
 */

/** One cell of a target row as read: its number and unit, a stage (text), or nothing. */
export interface TargetValue {
  /** The cell as written; a carried year (blank, or under a merged stage) holds the value it carries. */
  readonly raw: string | number | null;
  readonly kind: "number" | "stage" | "blank";
  /** The number for kind "number"; a percent as written (11％ → 11). */
  readonly value?: number;
  /** The unit as written after the number (時間, 枚, %), or the row's 単位. */
  readonly unit?: string;
  /** 「削減」 in the value: the figure is an amount saved, so more is better. */
  readonly reduction?: boolean;
  /** A blank year (or a year under a merged stage) that keeps the previous year's target. */
  readonly carried?: boolean;
}

/** One year of a target's path: that year's target and, when the sheet has it, its 実績. */
export interface TargetPathStep {
  /** Fiscal year, western (2026 for 2026年度, R8, 令和8年度, FY2026). */
  readonly year: number;
  readonly target: TargetValue;
  readonly actual?: TargetValue;
  readonly carried: boolean;
}

/** One row of the 目標 sheet. */
export interface Target {
  /** 1-based sheet row as Excel shows it. */
  readonly row: number;
  /** 項目 (項目∕目標). */
  readonly name: string;
  readonly unit?: string;
  /** A row marked KGI, or 業務量 with a percent unit. */
  readonly kgi: boolean;
  /** Numbers per year, or stages (text per year). */
  readonly kind: "numeric" | "staged";
  /** More is better (increase) or less is better (decrease); null for a staged row or unknown. */
  readonly direction: "increase" | "decrease" | null;
  /** True when a 目標の方向 column states it (rather than the path or 「削減」). */
  readonly directionStated: boolean;
  /** 集計: 入力 = typed actuals, 施策の合計 = the sum of the linked measures' KPI actuals. */
  readonly aggregate: "typed" | "sum-of-measures";
  /** 現在地: its fiscal year (western), its value, and the footnote on its date when any. */
  readonly baseline: { readonly year: number; readonly value: TargetValue; readonly note?: string };
  readonly path: readonly TargetPathStep[];
  /** 関連施策 as written: measure numbers (A1-1) or a KPI's 指標名. */
  readonly links: readonly string[];
  /** 備考. */
  readonly note?: string;
}

/** The measures a target's 関連施策 names, found in the list, and what named none. */
export interface TargetLinks {
  readonly measures: readonly {
    /** 施策番号, e.g. C3-2. */
    readonly id: string;
    readonly name: string;
    readonly kpiName?: string;
    readonly kpiUnit?: string;
    /** 1-based row of the measure in the list. */
    readonly row: number;
  }[];
  readonly unmatched: readonly string[];
}

/** Where a numeric target stands for a fiscal year and quarter. */
export interface NumericStanding {
  readonly kind: "numeric";
  readonly year: number;
  readonly target: number | null;
  readonly actual: number | null;
  /** 達成率 from the baseline to the year's target, 0..n, reduction-aware. */
  readonly rate: number | null;
  /** rate ÷ the share of the way expected by the quarter. */
  readonly pace: number | null;
  readonly grade: "A" | "B" | "C" | "D" | null;
  readonly status: "achieved" | "on-track" | "behind" | "no-actual" | "no-target";
  /** For 施策の合計: each linked measure's actual and its share of the sum. */
  readonly shares?: readonly { readonly measureId: string; readonly value: number; readonly share: number }[];
}

/** Where a staged target stands: the stage reached against the stage planned for the year. */
export interface StagedStanding {
  readonly kind: "staged";
  readonly year: number;
  readonly planned: string | null;
  readonly reached: string | null;
  /** The year whose planned stage the reached one is. */
  readonly reachedYear: number | null;
  readonly status: "ahead" | "on-schedule" | "behind" | "no-actual";
}

export interface TargetResult {
  readonly target: Target;
  readonly links: TargetLinks;
  readonly standing: NumericStanding | StagedStanding;
}

/** The headline KGI (e.g. 既存業務の業務量 30%減): its figure when the sheet gives a base. */
export interface KgiReading {
  readonly row: number;
  readonly name: string;
  /** 0.30 for 30%減. */
  readonly targetShare: number | null;
  /** The base from a row naming 業務量 and 基準; never made up. */
  readonly base: { readonly name: string; readonly value: number; readonly unit: string } | null;
  readonly achievedShare: number | null;
  readonly hoursSaved: number | null;
  /** What base it needs when there is none, worded by targetWords. */
  readonly needs: string | null;
}

export interface TargetGaps {
  /** Names of targets with no measure behind them. */
  readonly targetsWithoutMeasures: readonly string[];
  /** Measures with a KPI that serves no target. */
  readonly measuresServingNoTarget: readonly {
    readonly id: string;
    readonly name: string;
    readonly kpiName: string;
  }[];
}

export interface TargetsModel {
  readonly sheet: string;
  readonly fiscalYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly years: readonly number[];
  readonly baselineYear: number | null;
  readonly targets: readonly TargetResult[];
  readonly kgi: KgiReading | null;
  readonly gaps: TargetGaps;
  /** Footnotes (2026年2月末時点) and the row they belong to. */
  readonly notes: readonly { readonly row: number; readonly text: string }[];
  /** The list's issue model: codes target-*. */
  readonly issues: readonly Issue[];
}
