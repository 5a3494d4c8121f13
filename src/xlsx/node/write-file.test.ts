import { linkSync, mkdirSync, promises as fs, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listSheet, seedRow, workbookOf } from "../../../tests/builders/list-sheet";
import { fileHash } from "../../../tests/builders/cli";
import { tempDir, toExcelJs, writeXlsx } from "../../../tests/builders/xlsx";
import { readWorkbookFile } from "./read-file";
import { writeFileAtomic } from "./write-file";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
afterEach(() => jest.restoreAllMocks());

const book = async () =>
  new Uint8Array(await toExcelJs(workbookOf(listSheet({ rows: [seedRow("A1-1")] }))).xlsx.writeBuffer());

/** A folder of its own per test, holding the input list. */
async function folderWithInput(name: string): Promise<{ dir: string; input: string }> {
  const dir = tmp.path(name);
  mkdirSync(dir);
  const input = await writeXlsx(
    workbookOf(listSheet({ rows: [seedRow("A1-1")] })),
    join(dir, "施策リスト.xlsx"),
  );
  return { dir, input };
}

describe("writing the output workbook", () => {
  test("writes a readable workbook to the path and leaves only it in the folder", async () => {
    const { dir, input } = await folderWithInput("ok");
    const out = join(dir, "出力.xlsx");
    const written = await writeFileAtomic(await book(), out, input);
    expect(written).toEqual({ ok: true, value: out });
    expect(readdirSync(dir).sort()).toEqual(["出力.xlsx", "施策リスト.xlsx"]);
    const read = await readWorkbookFile(out);
    expect(read.ok && read.value.grid.sheets.map((s) => s.name)).toEqual(["施策リスト"]);
  });

  test("replaces an existing output file whole", async () => {
    const { dir, input } = await folderWithInput("replace");
    const out = join(dir, "出力.xlsx");
    writeFileSync(out, "前回の出力");
    expect((await writeFileAtomic(await book(), out, input)).ok).toBe(true);
    expect((await readWorkbookFile(out)).ok).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["出力.xlsx", "施策リスト.xlsx"]);
  });

  test("refuses the input path, however it is spelled, and leaves the input as it was", async () => {
    const { dir, input } = await folderWithInput("same");
    const before = fileHash(input);
    for (const out of [input, join(dir, ".", "..", "same", "施策リスト.xlsx")]) {
      expect(await writeFileAtomic(await book(), out, input)).toEqual({
        ok: false,
        error: { code: "same-as-input", path: out },
      });
    }
    expect(fileHash(input)).toBe(before);
    expect(readdirSync(dir)).toEqual(["施策リスト.xlsx"]);
  });

  test("refuses an output that is a link to the input, and an input reached through a link", async () => {
    const { dir, input } = await folderWithInput("link");
    const before = fileHash(input);
    const link = join(dir, "リンク.xlsx");
    symlinkSync(input, link);
    expect(await writeFileAtomic(await book(), link, input)).toEqual({
      ok: false,
      error: { code: "same-as-input", path: link },
    });
    expect(await writeFileAtomic(await book(), input, link)).toEqual({
      ok: false,
      error: { code: "same-as-input", path: input },
    });
    const linkedDir = tmp.path("link-dir");
    symlinkSync(dir, linkedDir);
    const viaDir = join(linkedDir, "施策リスト.xlsx");
    expect(await writeFileAtomic(await book(), viaDir, input)).toEqual({
      ok: false,
      error: { code: "same-as-input", path: viaDir },
    });
    expect(fileHash(input)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["リンク.xlsx", "施策リスト.xlsx"]);
  });

  // The bug report: `fill a/in.xlsx -o l/../in.xlsx` with `l` a link to `a/deep` replaced the input.
  test("refuses `link/../input`: the kernel resolves the link first, then `..` from its target", async () => {
    const { dir, input } = await folderWithInput("dotdot");
    mkdirSync(join(dir, "deep"));
    symlinkSync(join(dir, "deep"), tmp.path("dotdot-link"));
    const before = fileHash(input);
    const out = `${tmp.path("dotdot-link")}/../施策リスト.xlsx`;
    expect(await writeFileAtomic(await book(), out, input)).toEqual({
      ok: false,
      error: { code: "same-as-input", path: out },
    });
    expect(fileHash(input)).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["deep", "施策リスト.xlsx"]);
  });

  test("refuses a hard link to the input, and the input as reached through a hard link", async () => {
    const { dir, input } = await folderWithInput("hard");
    const hard = join(dir, "別名.xlsx");
    linkSync(input, hard);
    const before = fileHash(input);
    for (const [out, from] of [
      [hard, input],
      [input, hard],
    ]) {
      expect(await writeFileAtomic(await book(), out, from)).toEqual({
        ok: false,
        error: { code: "same-as-input", path: out },
      });
    }
    expect([fileHash(input), fileHash(hard)]).toEqual([before, before]);
    expect(readdirSync(dir).sort()).toEqual(["別名.xlsx", "施策リスト.xlsx"]);
  });

  test("a different file beside the input, reached through `link/..`, is written", async () => {
    const { dir, input } = await folderWithInput("dotdot-other");
    mkdirSync(join(dir, "deep"));
    symlinkSync(join(dir, "deep"), tmp.path("dotdot-other-link"));
    writeFileSync(join(dir, "出力.xlsx"), "前回の出力");
    const before = fileHash(input);
    const out = `${tmp.path("dotdot-other-link")}/../出力.xlsx`;
    expect(await writeFileAtomic(await book(), out, input)).toEqual({ ok: true, value: out });
    expect((await readWorkbookFile(join(dir, "出力.xlsx"))).ok).toBe(true);
    expect(fileHash(input)).toBe(before);
  });

  test("refuses a folder that does not exist", async () => {
    const { input } = await folderWithInput("no-folder");
    const out = tmp.path("ない/出力.xlsx");
    expect(await writeFileAtomic(await book(), out, input)).toEqual({
      ok: false,
      error: { code: "no-folder", path: out },
    });
  });

  test("refuses a folder as the output", async () => {
    const { dir, input } = await folderWithInput("is-dir");
    const out = join(dir, "出力");
    mkdirSync(out);
    expect(await writeFileAtomic(await book(), out, input)).toEqual({
      ok: false,
      error: { code: "output-is-directory", path: out },
    });
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(["出力", "施策リスト.xlsx"]);
  });

  // A temp name derived from the output's would pass the 255-byte limit for a 251-byte output name.
  test("an output name near the file-system limit is written like any other", async () => {
    const { dir, input } = await folderWithInput("long-name");
    const out = join(dir, `${"あ".repeat(82)}.xlsx`);
    expect(Buffer.byteLength(`${"あ".repeat(82)}.xlsx`)).toBe(251);
    expect(await writeFileAtomic(await book(), out, input)).toEqual({ ok: true, value: out });
    expect(readdirSync(dir).sort()).toEqual([`${"あ".repeat(82)}.xlsx`, "施策リスト.xlsx"].sort());
  });

  test("a write that fails half way leaves no temporary file and no output", async () => {
    const { dir, input } = await folderWithInput("fails");
    const bytes = await book();
    jest.spyOn(fs, "writeFile").mockImplementation(async (path) => {
      writeFileSync(String(path), "PK\u0003\u0004 書きかけ");
      throw new Error("ディスクがいっぱいです\n詳細");
    });
    const out = join(dir, "出力.xlsx");
    expect(await writeFileAtomic(bytes, out, input)).toEqual({
      ok: false,
      error: { code: "write-failed", path: out, detail: "ディスクがいっぱいです" },
    });
    expect(readdirSync(dir)).toEqual(["施策リスト.xlsx"]);
  });

  test("a rename that fails leaves no temporary file and the old output as it was", async () => {
    const { dir, input } = await folderWithInput("rename-fails");
    const out = join(dir, "出力.xlsx");
    writeFileSync(out, "前回の出力");
    const before = fileHash(out);
    jest.spyOn(fs, "rename").mockRejectedValue(new Error("EXDEV: cross-device link not permitted"));
    expect(await writeFileAtomic(await book(), out, input)).toEqual({
      ok: false,
      error: { code: "write-failed", path: out, detail: "EXDEV: cross-device link not permitted" },
    });
    expect(readdirSync(dir).sort()).toEqual(["出力.xlsx", "施策リスト.xlsx"]);
    expect(fileHash(out)).toBe(before);
  });

  test("-o through a linked folder lands where the shell puts it: `link/../x` is beside the link's target", async () => {
    const { dir, input } = await folderWithInput("linked");
    mkdirSync(join(dir, "a", "real"), { recursive: true });
    symlinkSync(join(dir, "a", "real"), join(dir, "link"));
    const out = `${dir}/link/../出力.xlsx`;
    expect(await writeFileAtomic(await book(), out, input)).toEqual({ ok: true, value: out });
    expect(readdirSync(join(dir, "a")).sort()).toEqual(["real", "出力.xlsx"]);
    expect(readdirSync(dir).sort()).toEqual(["a", "link", "施策リスト.xlsx"]);
  });
});
