/**
 * A workbook whose cells hold what must never run or break the layout: markup, a script, a
 * javascript: link, a text as long as Excel allows and right-to-left text with a direction
 * override, in the cells every view shows (sheet name, department, 管理項目, progress, reason,
 * an unknown weather that the check quotes).
 */
import { listSheet, seedRow, workbookOf } from "../builders/list-sheet";
import { writeXlsx } from "../builders/xlsx";

export const IMG = "<img src=x onerror=alert(1)>";
export const SCRIPT = "<script>alert(2)</script>";
export const LINK = "javascript:alert(3)";
export const RTL = "\u202Eمرحبا بالعالم — عربي\u202C";
/** Excel's longest cell text, without a space to break at. */
export const LONG = "長".repeat(32_767);

export async function writeHostileBook(path: string): Promise<string> {
  const rows = [
    seedRow("A1-1", { department: IMG, item: SCRIPT, progress: LONG, weather: "<b>☀</b>" }),
    seedRow("A1-2", { department: IMG, item: RTL, direction: "見直し", directionReason: LINK }),
    seedRow("A1-3", { department: `${RTL}${"課".repeat(300)}`, item: `[${LINK}](${LINK})` }),
  ];
  return writeXlsx(workbookOf(listSheet({ name: `${IMG}`.slice(0, 31), rows })), path);
}
