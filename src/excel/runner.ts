/**
 * How the host runs a batch: `Excel.run` in the add-in. One function type, so every part of the
 * adapter takes it as a parameter and nothing reaches for a global context.
 */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const excelRun: ExcelRunner = (batch) => Excel.run(batch);
