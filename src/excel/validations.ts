import type { JsonValue, ValidationBefore } from "../core/port/outcome";
import { sourceFormula, type DropdownRule, type DropdownSource } from "../core/port/plan";
import type { ValidationState } from "../core/write/write-port";

/** A range's data validation, loaded before anything is written. */
export function loadValidation(range: Excel.Range): Excel.DataValidation {
  const validation = range.dataValidation;
  validation.load("type,rule,errorAlert,ignoreBlanks");
  return validation;
}

/** What the write engine needs of a range's validation: its list source, and what to put back. */
export function validationState(loaded: Excel.DataValidation): ValidationState {
  const list = loaded.type === "List" ? loaded.rule?.list : undefined;
  return {
    list: list !== undefined && typeof list.source === "string" ? list.source : null,
    before: validationBefore(loaded),
  };
}

/** What the range had, kept so an undo can put it back as it was. */
export function validationBefore(loaded: Excel.DataValidation): ValidationBefore {
  if (loaded.type === "None") return { kind: "none" };
  const data: JsonValue = JSON.parse(
    JSON.stringify({ rule: loaded.rule, errorAlert: loaded.errorAlert, ignoreBlanks: loaded.ignoreBlanks }),
  ) as JsonValue;
  return { kind: "kept", form: "office-rule", data };
}

/**
 * Sets the dropdown. A new rule over cells with other (or mixed) validation is refused by Excel,
 * so the range is cleared first, as the documentation asks.
 */
export function queueDropdown(range: Excel.Range, rule: DropdownRule): void {
  const validation = range.dataValidation;
  validation.clear();
  validation.rule = { list: { inCellDropDown: true, source: officeSource(rule.source) } };
  validation.errorAlert = {
    showAlert: true,
    style: "Stop",
    // Excel limits the title to 32 characters and the message to 225.
    title: rule.errorTitle.slice(0, 32),
    message: rule.errorMessage.slice(0, 225),
  };
  validation.ignoreBlanks = true;
}

/** Puts back the validation a range had before the tool's dropdown. */
export function queueRestore(range: Excel.Range, before: ValidationBefore): void {
  const validation = range.dataValidation;
  validation.clear();
  if (before.kind !== "kept" || before.form !== "office-rule") return;
  const data = before.data as {
    rule?: Excel.DataValidationRule;
    errorAlert?: Excel.DataValidationErrorAlert;
    ignoreBlanks?: boolean;
  };
  if (data.rule) validation.rule = data.rule;
  if (data.errorAlert) validation.errorAlert = data.errorAlert;
  if (data.ignoreBlanks !== undefined) validation.ignoreBlanks = data.ignoreBlanks;
}

/**
 * A list source as Office.js takes it: a formula for a range (`='選択肢'!$A$2:$A$4`), the values
 * joined by commas for an inline list.
 */
export function officeSource(source: DropdownSource): string {
  if (source.kind === "values") return source.values.join(",");
  return `=${sourceFormula(source)}`;
}
