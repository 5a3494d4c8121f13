import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * The core compiles with ECMAScript alone (src/core/tsconfig.json): this proves the fence holds by
 * compiling, under the core's own options, a module that reaches for a host.
 */
const ROOT = join(__dirname, "..", "..");

function coreOptions(): ts.CompilerOptions {
  const file = join(ROOT, "src", "core", "tsconfig.json");
  const config = ts.readConfigFile(file, (path) => readFileSync(path, "utf8"));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, join(ROOT, "src", "core")).options;
}

function errorsOf(source: string): string[] {
  const name = join(ROOT, "src", "core", "stray.ts");
  const host = ts.createCompilerHost(coreOptions());
  const read = host.readFile.bind(host);
  host.readFile = (path) => (path === name ? source : read(path));
  host.fileExists = (
    (exists) => (path: string) =>
      path === name || exists(path)
  )(host.fileExists.bind(host));
  const program = ts.createProgram([name], { ...coreOptions(), noEmit: true }, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the core's own compiler options", () => {
  test.each([
    ["Buffer", "export const b = Buffer.from('x');"],
    ["localStorage", "export const v = localStorage.getItem('dept');"],
    ["document", "export const d = document.title;"],
    ["Excel", "export const e = Excel.run;"],
    ["process", "export const p = process.cwd();"],
  ])("%s does not compile in src/core", (_name, source) => {
    expect(errorsOf(source).some((m) => /Cannot find name/u.test(m))).toBe(true);
  });

  test("plain ECMAScript does", () => {
    expect(errorsOf("export const n = new Intl.NumberFormat('ja-JP').format(1234);")).toEqual([]);
  });
});
