import type { ApplyOptions } from "../core/port/host";
import type { WritePlan } from "../core/port/plan";
import type { WritePort } from "../core/write/write-port";
import { fflateCodec } from "../xlsx/package/fflate-codec";
import { openPackage } from "../xlsx/read/open-package";
import { writeToPackage, type PackageWrite } from "../xlsx/write/write-package";

/**
 * The write half of the preview's workbook host, loaded with the first write so the first screen
 * carries neither the .xlsx writer nor the deflate compressor. It runs the core's write engine,
 * the same as in Excel, over the workbook's bytes; nothing is committed here (the host takes the
 * new bytes when there are some).
 */
export async function writePackage(
  bytes: Uint8Array,
  plan: WritePlan,
  options: ApplyOptions,
): Promise<PackageWrite> {
  const opened = openPackage(bytes, fflateCodec);
  // The host's bytes opened once before, or the writer's own output: either always opens.
  if (!opened.ok) throw new Error(`a package that opened before does not reopen: ${opened.error.code}`);
  return writeToPackage(opened.value, plan, options, yielding);
}

/** The port with a pause before each request, so the page draws each step and takes a click on Stop. */
function yielding(port: WritePort): WritePort {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    payload: port.payload,
    lacks: port.lacks,
    read: async (ask) => {
      await tick();
      return port.read(ask);
    },
    run: async (piece) => {
      await tick();
      return port.run(piece);
    },
  };
}
