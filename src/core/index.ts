/**
 * The core's public surface: what the front ends (CLI, task pane, ribbon commands) call. Everything
 * here is pure: a grid in, results out.
 */
export * from "./kpi/attainment";
export * from "./actions/attainment";
export * from "./choices/choices";
export * from "./choices/choices-sheet";
export * from "./list/fields";
export * from "./actions/fill";
export * from "./list/find-list";
export * from "./calendar/fiscal-calendar";
export * from "./port/grid";
export * from "./validation/issues";
export * from "./kpi/kpi";
export * from "./kpi/kpi-hints";
export * from "./kpi/kpi-suggestions";
export * from "./list/layout";
export * from "./list/markers";
export * from "./list/measure-row";
export * from "./messages/messages";
export * from "./kpi/numbers";
export * from "./list/open-list";
export * from "./result";
export * from "./summary/summary";
export * from "./summary/summary-sheet";
export * from "./summary/summary-state";
export * from "./validation/validate";
export * from "./port/plan";
