/** The bundled samples opened as the pane opens them: through the preview's package host. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readListFor } from "../../src/core/actions/read-for";
import type { OpenedList } from "../../src/core/list/open-list";
import { openPackageHost, type PackageHost } from "../../src/preview/package-host";
import * as writer from "../../src/preview/package-writer";

export const SAMPLE_PATH = join(__dirname, "..", "..", "examples", "measure-list-sample.xlsx");
export const KPI_SAMPLE_PATH = join(__dirname, "..", "..", "examples", "measure-list-sample-kpi.xlsx");

export function sampleHost(path = SAMPLE_PATH): PackageHost {
  const opened = openPackageHost(new Uint8Array(readFileSync(path)), async () => writer);
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

export async function sampleList(path = SAMPLE_PATH): Promise<OpenedList> {
  const read = await readListFor(sampleHost(path), "summary");
  if (!read.ok) throw new Error(read.error.code);
  return read.value;
}
