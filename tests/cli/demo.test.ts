import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/xlsx/node";
import { fileHash, runCli } from "../builders/cli";
import { tempDir } from "../builders/xlsx";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const SAMPLES = [
  join(EXAMPLES, "measure-list-sample.xlsx"),
  join(EXAMPLES, "measure-list-sample-kpi.xlsx"),
  join(EXAMPLES, "measure-list-sample-targets.xlsx"),
];
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe("measure-list demo --out-dir", () => {
  const outDir = tmp.path("デモ出力");
  let run: Awaited<ReturnType<typeof runCli>>;
  let before: string[];

  beforeAll(async () => {
    before = SAMPLES.map(fileHash);
    run = await runCli(["demo", "--out-dir", outDir]);
  });

  test("exits 0 with nothing on stderr", () => {
    expect([run.code, run.stderr]).toEqual([0, ""]);
  });

  test("prints the check, the choices and the attainment sections in Japanese", () => {
    const headings = run.stdout.split("\n").filter((l) => l.startsWith("■ "));
    expect(headings.slice(0, 3)).toEqual([
      "■ 1. チェック（measure-list validate）",
      "■ 2. 選択肢の設定（measure-list fill）",
      "■ 3. 達成率（measure-list attainment --quarter R7Q2）: KPI 列（本文の数値を入力したもの）つきのサンプルで",
    ]);
    expect(run.stdout).toMatch(
      /^サンプル: .*measure-list-sample\.xlsx（印西市の業務改革施策リスト 32 施策、令和7年9月末時点）/u,
    );
    expect(run.stdout).toContain("シート「施策リスト」の施策 32 行を確認しました");
    expect(run.stdout).toContain("選択肢シート: ありません → 既定の選択肢で新しく作ります");
    expect(run.stdout).toContain("R7年度の達成率（R7Q2時点）");
  });

  test("writes every file it lists into the out dir, and nothing else", async () => {
    const last = run.stdout.trimEnd().split("\n").at(-1) ?? "";
    const match = /^出力（.*デモ出力\/）: (.+)$/u.exec(last);
    expect(match).not.toBeNull();
    const listed = (match?.[1] ?? "").split(", ");
    expect(listed.slice(0, 8)).toEqual([
      "validate.txt",
      "validate.json",
      "fill.txt",
      "fill.json",
      "filled.xlsx",
      "attainment.txt",
      "attainment.json",
      "attainment.xlsx",
    ]);
    expect(readdirSync(outDir).sort()).toEqual([...listed].sort());
    for (const name of listed.filter((n) => n.endsWith(".json"))) {
      expect(() => JSON.parse(readFileSync(join(outDir, name), "utf8"))).not.toThrow();
    }
    for (const name of listed.filter((n) => n.endsWith(".xlsx"))) {
      const read = await readWorkbookFile(join(outDir, name));
      expect([name, read.ok]).toEqual([name, true]);
    }
  });

  test("the files hold what the commands print", () => {
    const fill = JSON.parse(readFileSync(join(outDir, "fill.json"), "utf8"));
    expect(Object.keys(fill)).toEqual(["sheet", "dropdowns", "changes"]);
    const attainment = JSON.parse(readFileSync(join(outDir, "attainment.json"), "utf8"));
    expect([attainment.quarter, attainment.grades]).toEqual(["R7Q2", { A: 1, B: 0, C: 1, D: 2, "-": 2 }]);
    expect(readFileSync(join(outDir, "validate.txt"), "utf8")).toContain("エラー 1 件・警告 6 件");
    const targets = JSON.parse(readFileSync(join(outDir, "targets.json"), "utf8"));
    expect([targets.sheet, targets.fiscalYear, targets.targets.length]).toEqual(["目標", 2026, 7]);
  });

  test("ends with the targets step: the 目標 sheet of the targets sample for R8", () => {
    expect(run.stdout).toContain(
      "■ 5. 目標（measure-list targets --year R8）: 目標シート（第二章の目標と KGI）つきのサンプルで\n",
    );
    expect(run.stdout).toMatch(
      /measure-list-sample-targets\.xlsx: 目標シート「目標」の目標 7 件（2026年度・R8Q2時点）/u,
    );
  });

  test("leaves the samples unchanged", () => {
    expect(SAMPLES.map(fileHash)).toEqual(before);
  });
});
