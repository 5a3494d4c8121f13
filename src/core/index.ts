/**
 * The core's public surface: what the front ends (CLI, task pane, ribbon commands) call. Everything
 * here is pure: a grid in, results out.
 */
export * from "./attainment";
export * from "./attainment-plan";
export * from "./choices";
export * from "./choices-sheet";
export * from "./fields";
export * from "./fill";
export * from "./find-list";
export * from "./fiscal-calendar";
export * from "./grid";
export * from "./issues";
export * from "./kpi";
export * from "./kpi-hints";
export * from "./kpi-suggestions";
export * from "./layout";
export * from "./markers";
export * from "./measure-row";
export * from "./messages";
export * from "./numbers";
export * from "./open-list";
export * from "./result";
export * from "./summary";
export * from "./summary-sheet";
export * from "./summary-state";
export * from "./validate";
export * from "./write-plan";
