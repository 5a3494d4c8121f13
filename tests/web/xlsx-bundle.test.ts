/**
 * The .xlsx adapter as the preview gets it: the webpack bundle of src/xlsx/index.ts (built by
 * `npm test` before Jest) run in a bare context with no `require`, `process`, `Buffer` or `fs`. It
 * reads the bundled sample into the same grid the Node build reads, and applies a summary plan
 * whose package the Node build reads back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { openPackage, readWorkbookGrid } from "../../src/xlsx";
import { nodeCodec } from "../../src/xlsx/node";
import { summaryPlan } from "../xlsx/hand-plans";

const BUNDLE = join(__dirname, "..", "..", "dist", "web", "measure-list-xlsx.js");
const SAMPLE = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");

test("the browser bundle reads the sample and writes a plan, with no Node built-in in reach", async () => {
  const context: Record<string, unknown> = { TextDecoder, TextEncoder, Uint8Array, DataView };
  context.globalThis = context;
  runInNewContext(readFileSync(BUNDLE, "utf8"), context);
  const xlsx = context.MeasureListXlsx as typeof import("../../src/xlsx/index");
  expect(["require", "process", "Buffer"].filter((name) => name in context)).toEqual([]);
  const bytes = new Uint8Array(readFileSync(SAMPLE));

  const inBrowser = xlsx.openPackage(bytes, xlsx.fflateCodec);
  const inNode = openPackage(bytes, nodeCodec);
  if (!inBrowser.ok || !inNode.ok) throw new Error("unreadable sample");
  const grid = xlsx.readWorkbookGrid(inBrowser.value);
  expect(JSON.stringify(grid)).toBe(JSON.stringify(readWorkbookGrid(inNode.value)));

  const written = await xlsx.writeToPackage(inBrowser.value, summaryPlan(grid.sheets[0]));
  if (!written.result.ok || written.bytes === null) throw new Error("the summary was not written");
  const reopened = openPackage(written.bytes, nodeCodec);
  if (!reopened.ok) throw new Error(reopened.error.code);
  expect(readWorkbookGrid(reopened.value).sheets.map((s) => s.name)).toEqual(["施策リスト", "サマリー_R8Q2"]);
});
