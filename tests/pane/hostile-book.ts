/**
 * A workbook whose cells hold what must never run or break the layout: markup, a script, a
 * javascript: link, a text as long as Excel allows and right-to-left text with a direction
 * override, in the cells every view shows (sheet name, department, 管理項目, progress, reason,
 * an unknown weather that the check quotes).
 */
import type { Page } from "playwright-core";
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

/**
 * What the page holds once hostile text is on screen: no image, no script but the page's own
 * bundles, no link, and nothing wider than its column (the pane, a dialog, the page).
 */
export function pageTraces(page: Page) {
  return page.evaluate(() => {
    const overflow = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? el.scrollWidth - el.clientWidth : 0;
    };
    return {
      images: document.images.length,
      scripts: [...document.scripts].filter((s) => !/\/[\w.-]+\.js$/u.test(s.src)).length,
      links: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
      paneOverflow: overflow("main"),
      dialogOverflow: overflow('[role="dialog"]'),
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

export const CLEAN_TRACES = {
  images: 0,
  scripts: 0,
  links: [],
  paneOverflow: 0,
  dialogOverflow: 0,
  pageOverflow: 0,
};
