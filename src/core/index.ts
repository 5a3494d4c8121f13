/**
 * The core's public surface: what the front ends (CLI, task pane, ribbon commands) call. Everything
 * here is pure: what was read in, reports and write plans out.
 */
export * from "./actions/action";
export * from "./actions/attainment";
export * from "./actions/check";
export * from "./actions/check-rows";
export * from "./actions/fill";
export * from "./actions/read-for";
export * from "./actions/summary";
export * from "./actions/undo";
export * from "./calendar/fiscal-calendar";
export * from "./choices/choices";
export * from "./choices/choices-sheet";
export * from "./kpi/attainment";
export * from "./kpi/kpi";
export * from "./kpi/kpi-hints";
export * from "./kpi/kpi-suggestions";
export * from "./kpi/numbers";
export * from "./list/fields";
export * from "./list/find-list";
export * from "./list/layout";
export * from "./list/markers";
export * from "./list/measure-row";
export * from "./list/open-list";
export * from "./messages/failures";
export * from "./messages/messages";
export * from "./port/failures";
export * from "./port/grid";
export * from "./port/looks";
export * from "./port/outcome";
export * from "./port/plan";
export * from "./port/read";
export * from "./port/runs";
export * from "./result";
export * from "./summary/summary";
export * from "./summary/summary-sheet";
export * from "./summary/summary-state";
export * from "./validation/issues";
export * from "./validation/validate";
export * from "./port/grid-reader";
export * from "./messages/notes";
