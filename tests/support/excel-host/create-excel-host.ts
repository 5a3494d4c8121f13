/**
 * `createExcelHost(options)`: a fresh emulated workbook with Microsoft's client wired to it. The
 * client is loaded once per process; each call only swaps the workbook and the shim's settings, so
 * every test can start from its own workbook.
 */
import { basename } from "node:path";
import { exposeClient, loadClientInNode } from "./client/node-client";
import {
  installOfficeShim,
  type OfficeThemeConfig,
  type ShimConfig,
  type ShimControl,
} from "./client/office-shim";
import { ExcelHost } from "./host/excel-host";
import { DEFAULT_PAYLOAD_LIMIT } from "./host/instruments";
import { workbookFromSpec, type SheetSpec } from "./host/sheet-spec";
import { loadXlsxOnce } from "./host/xlsx-cache";
import type { Workbook } from "./model/workbook";

export interface ExcelHostOptions {
  /** A workbook file (path or bytes) to start from. */
  xlsx?: string | Buffer;
  /** Or sheets written out in the test. Without either, one empty `Sheet1`. */
  sheets?: readonly SheetSpec[];
  /**
   * The requirement sets the host reports, replacing the defaults: `{ ExcelApi: "1.8" }` or
   * `["ExcelApi 1.8", "DialogApi=1.2"]`. Sets left out are unsupported.
   */
  sets?: Record<string, string> | readonly string[];
  /** `Office.context.displayLanguage` (and contentLanguage); default `ja-JP`. */
  displayLanguage?: string;
  /** `Office.context.officeTheme`; default undefined, as Excel on the web often gives. */
  officeTheme?: OfficeThemeConfig | null;
  /** `Office.context.document.settings` at start. */
  settings?: Record<string, unknown>;
  /** Largest request or response the host accepts, in bytes; default 5 MB (5 × 1024 × 1024). */
  payloadLimit?: number;
  /** The add-in's origin, where dialogs may open; default the manifest's `https://localhost:3000`. */
  addinOrigin?: string;
}

/** A modern Excel on the web: what the add-in may feature-detect beyond its ExcelApi 1.8 minimum. */
export const DEFAULT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.17",
  DialogApi: "1.2",
  SharedRuntime: "1.1",
  AddinCommands: "1.1",
  RibbonApi: "1.1",
};

export interface NodeExcelHost extends ExcelHost {
  /** Dialogs shown, ribbon functions to invoke, document settings: the Office side of the host. */
  readonly office: ShimControl;
}

/** The client in this Node process, answered by a new host. */
export async function createExcelHost(options: ExcelHostOptions = {}): Promise<NodeExcelHost> {
  const host = await createEmulatedHost(options);
  const config = host.config;
  const realm = loadClientInNode();
  exposeClient(realm);
  const office = installOfficeShim(realm, config, {
    send: (body, flags) => host.answer(body, flags),
    record: (event) => host.officeEvents.push(event),
  });
  return Object.assign(host, { office });
}

/** The host alone, for a client running elsewhere (a Chromium page, see ./chromium). */
export async function createEmulatedHost(options: ExcelHostOptions = {}): Promise<ExcelHost> {
  const workbook = await workbookFor(options);
  return new ExcelHost(workbook, shimConfig(options), options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT);
}

export function shimConfig(options: ExcelHostOptions): ShimConfig {
  const language = options.displayLanguage ?? "ja-JP";
  return {
    sets: parseSets(options.sets) ?? { ...DEFAULT_SETS },
    displayLanguage: language,
    contentLanguage: language,
    officeTheme: options.officeTheme ?? null,
    version: "16.0.19328.40000",
    addinOrigin: options.addinOrigin ?? "https://localhost:3000",
    settings: { ...options.settings },
  };
}

export async function workbookFor(options: ExcelHostOptions): Promise<Workbook> {
  if (options.xlsx !== undefined) {
    const name = typeof options.xlsx === "string" ? basename(options.xlsx) : "Book1.xlsx";
    return loadXlsxOnce(options.xlsx, name);
  }
  return workbookFromSpec(options.sheets ?? [{ name: "Sheet1" }]);
}

function parseSets(sets: ExcelHostOptions["sets"]): Record<string, string> | undefined {
  if (sets === undefined) return undefined;
  if (!Array.isArray(sets)) return { ...(sets as Record<string, string>) };
  const out: Record<string, string> = {};
  for (const entry of sets as readonly string[]) {
    const m = /^\s*([A-Za-z][\w.]*)\s*[ =]\s*(\d+(?:\.\d+)?)\s*$/u.exec(entry);
    if (!m)
      throw new Error(
        `excel-host: cannot read the requirement set ${JSON.stringify(entry)} (write "ExcelApi 1.8")`,
      );
    out[m[1]] = m[2];
  }
  return out;
}
