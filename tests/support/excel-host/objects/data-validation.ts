/**
 * `Range.dataValidation` (ExcelApi 1.8). Each cell points at the validation it was given; cells set
 * together share one. Type reads None, a rule type, "Inconsistent" ("different rules on different
 * cells") or "MixedCriteria" ("present on some but not all cells"), as Microsoft documents them.
 */
import { formatAbsolute, parseAddress } from "../model/address";
import type { Cell, Validation } from "../model/workbook";
import { fail } from "../protocol/errors";
import { optionalBoolean, plainObject, show } from "./args";
import { isHostObject, type ClassSpec, type ExecContext } from "./class-spec";
import { cellCount, assertEditable, storedCellsIn, type RangeRef } from "./range-ref";
import { writeEach } from "./cell-walk";

const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

export const dataValidationSpec: ClassSpec<RangeRef> = {
  name: "DataValidation",
  properties: {
    Type: { get: (range) => validationType(range) },
    Rule: {
      get: (range) => sharedValidation(range)?.rule ?? null,
      set: (range, value) => setRule(range, value),
    },
    ErrorAlert: {
      get: (range) => sharedValidation(range)?.errorAlert ?? null,
      set: (range, value) =>
        update(range, "DataValidation.errorAlert", (v) => ({
          ...v,
          errorAlert: { ...v.errorAlert, ...checkFields(value, "DataValidation.errorAlert", ALERT_FIELDS) },
        })),
    },
    Prompt: {
      get: (range) => sharedValidation(range)?.prompt ?? null,
      set: (range, value) =>
        update(range, "DataValidation.prompt", (v) => ({
          ...v,
          prompt: { ...v.prompt, ...checkFields(value, "DataValidation.prompt", PROMPT_FIELDS) },
        })),
    },
    IgnoreBlanks: {
      get: (range) => sharedValidation(range)?.ignoreBlanks ?? true,
      set: (range, value) =>
        update(range, "DataValidation.ignoreBlanks", (v) => ({
          ...v,
          ignoreBlanks: optionalBoolean(value, "DataValidation.ignoreBlanks", true),
        })),
    },
    Valid: { get: (range, ctx) => allValid(range, ctx) },
  },
  methods: {
    Clear: {
      call: (range) => {
        assertEditable(range.sheet, "validation", "DataValidation.clear");
        for (const { cell } of storedCellsIn(range.sheet, range.rect)) delete cell.validation;
        return null;
      },
    },
  },
};

function emptyValidation(): Validation {
  return {
    rule: {},
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: { showPrompt: false, title: "", message: "" },
    ignoreBlanks: true,
  };
}

function validationType(range: RangeRef): string {
  const found = new Set<Validation | undefined>();
  let stored = 0;
  for (const { cell } of storedCellsIn(range.sheet, range.rect)) {
    stored++;
    found.add(cell.validation);
  }
  if (stored < cellCount(range.rect)) found.add(undefined);
  const present = [...found].filter((v): v is Validation => v !== undefined);
  if (present.length === 0) return "None";
  if (found.has(undefined)) return "MixedCriteria";
  const rules = new Set(present.map((v) => JSON.stringify(v.rule)));
  if (rules.size > 1) return "Inconsistent";
  const key = Object.keys(present[0].rule)[0];
  return key ? RULE_TYPES[key] : "None";
}

/** The one validation every cell shares (by content), or null when they differ or have none. */
function sharedValidation(range: RangeRef): Validation | null {
  const type = validationType(range);
  if (type === "None" || type === "Inconsistent" || type === "MixedCriteria") return null;
  for (const { cell } of storedCellsIn(range.sheet, range.rect)) if (cell.validation) return cell.validation;
  return null;
}

/**
 * Excel refuses a new rule on a range whose cells carry different validations (OfficeDev/office-js
 * issue 2594: InvalidArgument until the range is cleared); a uniform one is replaced.
 */
function setRule(range: RangeRef, value: unknown): void {
  const location = "DataValidation.rule";
  const rule = plainObject(value, location);
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (keys.length !== 1 || !(keys[0] in RULE_TYPES)) {
    fail(
      "InvalidArgument",
      location,
      `a rule has exactly one of ${Object.keys(RULE_TYPES).join(", ")}; got ${show(keys)}`,
    );
  }
  const type = validationType(range);
  if (type === "Inconsistent" || type === "MixedCriteria") {
    fail("InvalidArgument", location, `the range already has ${type} validation; clear() it first`);
  }
  const checked = keys[0] === "list" ? { list: listRule(rule.list, location) } : { [keys[0]]: rule[keys[0]] };
  update(range, location, (v) => ({ ...v, rule: checked }));
}

function listRule(value: unknown, location: string): Record<string, unknown> {
  const list = plainObject(value, location);
  const inCellDropDown = optionalBoolean(list.inCellDropDown, location, true);
  let source = list.source;
  if (isHostObject(source)) {
    const range = source.target as RangeRef;
    source = `=${formatAbsolute(range.sheet.name, range.rect)}`;
  }
  if (typeof source !== "string" || source.trim() === "") {
    fail(
      "InvalidArgument",
      location,
      "a list rule needs a source: a range, `=reference` or comma-separated values",
    );
  }
  return { inCellDropDown, source };
}

/** Gives each group of cells sharing a validation one updated copy, so they keep sharing it. */
function update(range: RangeRef, location: string, change: (v: Validation) => Validation): void {
  assertEditable(range.sheet, "validation", location);
  const copies = new Map<Validation | undefined, Validation>();
  writeEach(range, location, (cell: Cell) => {
    let next = copies.get(cell.validation);
    if (!next) {
      next = change(cell.validation ?? emptyValidation());
      copies.set(cell.validation, next);
    }
    cell.validation = next;
  });
}

const ALERT_FIELDS = { showAlert: "boolean", style: "string", title: "string", message: "string" };
const PROMPT_FIELDS = { showPrompt: "boolean", title: "string", message: "string" };

function checkFields(
  value: unknown,
  location: string,
  fields: Record<string, string>,
): Record<string, unknown> {
  const input = plainObject(value, location);
  for (const [key, v] of Object.entries(input)) {
    if (v === undefined || v === null) continue;
    if (!(key in fields) || typeof v !== fields[key])
      fail("InvalidArgument", location, `bad field ${key}: ${show(v)}`);
  }
  if (location.endsWith("errorAlert") && input.style !== undefined && input.style !== null) {
    if (!["Stop", "Warning", "Information"].includes(String(input.style))) {
      fail("InvalidArgument", location, `unknown alert style ${show(input.style)}`);
    }
  }
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
}

/** Checks list validations against their inline or range source; other rule types are not evaluated. */
function allValid(range: RangeRef, ctx: ExecContext): boolean {
  for (const { cell } of storedCellsIn(range.sheet, range.rect)) {
    const rule = cell.validation?.rule;
    if (!rule || Object.keys(rule).length === 0 || cell.value === null) continue;
    if (!("list" in rule)) {
      ctx.gap("DataValidation.valid is only evaluated for list rules");
      return false;
    }
    const allowed = listValues(String((rule.list as { source: string }).source), ctx);
    if (!allowed.includes(String(cell.value))) return false;
  }
  return true;
}

function listValues(source: string, ctx: ExecContext): string[] {
  if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());
  const parsed = parseAddress(source.slice(1));
  const sheet = parsed?.sheetName === undefined ? undefined : ctx.workbook.sheetByName(parsed.sheetName);
  if (!parsed || !sheet) {
    ctx.gap(`the list source ${source} is not resolved by the emulator`);
    return [];
  }
  const out: string[] = [];
  for (const { cell } of storedCellsIn(sheet, parsed.rect))
    if (cell.value !== null) out.push(String(cell.value));
  return out;
}
