import sampleUrl from "../../examples/measure-list-sample-kpi.xlsx";
import { parseQuarter, type Quarter } from "../core/calendar/fiscal-calendar";

/** The bundled sample's file name, as its download is named. */
export const SAMPLE_NAME = "measure-list-sample-kpi.xlsx";

/** The sample's own date: its title reads 令和7年9月末時点, so the pane starts on R7Q2. */
export const SAMPLE_QUARTER: Quarter = (() => {
  const q = parseQuarter("R7Q2");
  if (!q.ok) throw new Error("R7Q2 is a quarter");
  return q.value;
})();

/**
 * The sample workbook's bytes. It is inlined in this lazily loaded module rather than fetched, so
 * the preview needs no network access at all, not even to its own server (connect-src 'none').
 */
export function sampleBytes(): Uint8Array {
  const base64 = sampleUrl.slice(sampleUrl.indexOf(",") + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
