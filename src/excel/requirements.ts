/**
 * The requirement sets the add-in feature-detects. The manifest asks for ExcelApi 1.8 (list data
 * validation); anything newer is asked here, where it is used, and a host without it skips that
 * step and says so. Each call names its set literally, so the manifest test can read them.
 */

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
