/**
 * `npm run excel-host`: add-in code tried by hand on a workbook file, reported as one JSON document.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../../builders/xlsx";
import { loadXlsx } from "./host/xlsx-load";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..", "..");
const SAMPLE = join(ROOT, "examples", "measure-list-sample.xlsx");
const temp = tempDir("excel-host-command-");
afterAll(() => temp.cleanup());

function run(snippet: string, ...extra: string[]) {
  const script = temp.path(`snippet-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(script, snippet);
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const result = spawnSync(
    tsx,
    [join(ROOT, "scripts", "excel-host.ts"), "--xlsx", SAMPLE, "--script", script, ...extra],
    {
      encoding: "utf8",
    },
  );
  return {
    code: result.status,
    json: result.stdout ? (JSON.parse(result.stdout) as Record<string, unknown>) : null,
    stderr: result.stderr,
  };
}

test("runs the snippet, prints result, syncs and bytes, and writes the workbook", async () => {
  const out = temp.path("out.xlsx");
  const { code, json } = run(
    `export default async (context) => {
      const cell = context.workbook.worksheets.getItem("施策リスト").getRange("N60");
      cell.values = [["☁"]];
      cell.load("address");
      await context.sync();
      return cell.address;
    };`,
    "--out",
    out,
    "--sets",
    "ExcelApi=1.8",
  );
  expect(code).toBe(0);
  expect(json).toEqual({
    result: "施策リスト!N60",
    error: null,
    syncs: 1,
    requests: [
      { kind: "sync", requestBytes: expect.any(Number), responseBytes: expect.any(Number) },
      { kind: "cleanup", requestBytes: expect.any(Number), responseBytes: expect.any(Number) },
    ],
  });
  expect((await loadXlsx(out)).sheets[0].cell(59, 13)?.value).toBe("☁");
});

test("reports Office's error code and exits 1; a bad command line exits 2", () => {
  const failed = run(`export default async (context) => {
    context.workbook.worksheets.getItem("ない").load("name");
    await context.sync();
  };`);
  expect(failed.code).toBe(1);
  expect(failed.json).toMatchObject({ result: null, error: { code: "ItemNotFound" }, syncs: 1 });
  const bad = run("export const notDefault = 1;");
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("has no default export function");
});

/** The command line with `--action`: the add-in's own actions, faults and all. */
function act(...args: string[]) {
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const result = spawnSync(tsx, [join(ROOT, "scripts", "excel-host.ts"), "--xlsx", SAMPLE, ...args], {
    encoding: "utf8",
  });
  return {
    code: result.status,
    json: result.stdout ? (JSON.parse(result.stdout) as Record<string, unknown>) : null,
    stderr: result.stderr,
  };
}

test("--action runs a button's write and prints what it did; a refused request is read back and told", async () => {
  const fixed = act("--action", "fix", "--quarter", "R7Q2");
  expect(fixed.code).toBe(0);
  expect(fixed.json).toMatchObject({
    action: "fix",
    outcome: "written",
    message: "1 セルを書き込みました。 変更履歴に 1 行を記録しました。",
    written: ["施策リスト!N60"],
    skipped: [],
    // No name given on this command line: 変更者 stays empty.
    history: [[expect.any(String), "修正", "施策リスト", "N60", "", "☁", ""]],
  });
  const writes = (fixed.json?.requests as { index: number; writes: number }[]).filter((r) => r.writes > 0);
  expect(writes.length).toBe(1);
  const refused = act("--action", "fix", "--fail-request", String(writes[0].index));
  expect(refused.code).toBe(0);
  expect(refused.json).toMatchObject({ outcome: "interrupted", written: [], history: [] });
  expect(refused.json?.message).toMatch(/（何も書き込んでいません）/u);
});

test("--action with a fault in a form it cannot read exits 2 with the form it wants", () => {
  const bad = act("--action", "fill", "--protect", "施策リスト");
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("end it with @N");
});
