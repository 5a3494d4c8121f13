/**
 * What the PMO keeps with the workbook for everyone who opens it: the chase message's sender and
 * reply-by date. One small port: in Excel the document's settings (src/excel/workbook-settings.ts,
 * saved inside the workbook), in the preview this browser's storage (storage-settings.ts).
 */
export type SettingKey = "chase.sender" | "chase.replyBy";

export interface WorkbookSettings {
  /** The value kept under the key, "" when none. */
  get(key: SettingKey): string;
  /**
   * Keeps the values (an empty one removes its key); false when they could not be kept, and then
   * what was kept before stays.
   */
  save(values: Readonly<Partial<Record<SettingKey, string>>>): Promise<boolean>;
}
