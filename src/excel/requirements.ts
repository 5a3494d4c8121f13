/**
 * The requirement sets the add-in feature-detects. The manifest asks for ExcelApi 1.8 (list data
 * validation); anything newer is asked here, where it is used, and a host without it skips that
 * step and says so. Each call names its set literally, so the manifest test can read them.
 */
import type { Capability } from "../core/port/plan";

/**
 * What a step the core names by capability needs in this Excel, as a person is told it: the only
 * place the core's capabilities become Excel's requirement sets.
 */
export const CAPABILITY_NEEDS = {
  "print-setup": "ExcelApi 1.9",
  "copy-header-look": "ExcelApi 1.9",
} as const satisfies Partial<Record<Capability, string>>;

/** The add-in's minimum (the manifest's): an API not found below it means this Excel is too old. */
export const MINIMUM_NEEDS = "ExcelApi 1.8";

/** Fit to one page wide and page setup (ExcelApi 1.9). */
export function supportsPageLayout(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

/** Copying a neighbour's formats onto a new header cell (Range.copyFrom, ExcelApi 1.9). */
export function supportsCopyFrom(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

/** Merged areas of a range (ExcelApi 1.13): the list is found without them, a little less surely. */
export function supportsMergedAreas(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
}
