/**
 * The core as the browser gets it: the webpack bundle (built by `npm test` before Jest) run in a
 * bare context with no `require`, `process` or `fs`, on a list built from the seed rows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { listSheet, workbookOf } from "../builders/list-sheet";
import { openList } from "../../src/core/list/open-list";
import { validateList } from "../../src/core/validation/validate";

const BUNDLE = join(__dirname, "..", "..", "dist", "web", "measure-list-core.js");

test("the browser bundle finds and validates the seed list exactly as the Node build does", () => {
  const context: Record<string, unknown> = {};
  context.globalThis = context;
  runInNewContext(readFileSync(BUNDLE, "utf8"), context);
  const core = context.MeasureList as typeof import("../../src/core/index");
  const book = workbookOf(listSheet({ titleRows: ["業務改革施策リスト"] }));

  const inBrowser = core.openList(book);
  const inNode = openList(book);
  if (!inBrowser.ok || !inNode.ok) throw new Error("no list");
  const browserReport = core.validateList({
    sheet: inBrowser.value.sheet,
    layout: inBrowser.value.layout,
    choices: inBrowser.value.choices,
  });
  const nodeReport = validateList({
    sheet: inNode.value.sheet,
    layout: inNode.value.layout,
    choices: inNode.value.choices,
  });
  expect(browserReport.issues).toEqual(nodeReport.issues);
  expect(browserReport.counts).toEqual({ error: 1, warning: 6 });
});
