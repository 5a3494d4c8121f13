/**
 * The offline checks every manifest of the add-in must pass (Microsoft's `office-addin-manifest
 * validate` needs its online service): the repository's, the build's (tests/addin/manifest.test.ts)
 * and the release's that `npm run package` writes (tests/addin/package.test.ts). Each names the
 * manifest's text and the folder its URLs' files are in; both are read when the tests run.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { attribute, child, descendants, parseXml, type XmlElement } from "./xml";

const ROOT = join(__dirname, "..", "..");

// Limits from Microsoft's manifest reference (learn.microsoft.com/javascript/api/manifest/…):
// String: "When the parent element is <ShortStrings>, the value can be no more than 125
// characters. When the parent element is <LongStrings>, the value can be no more than 250
// characters."
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
// Control (Button) Label: "its only attribute, resid, which can be no more than 32 characters";
// Create add-in commands, Resources: "An id has a maximum of 32 characters."
const RESID_MAX = 32;
// Create add-in commands: "The id attribute of the <Control> element is a string with a maximum
// of 125 characters." Group: "It is a string with a maximum of 125 characters."
const CONTROL_ID_MAX = 125;
// DisplayName: "the name for your Office Add-in as a string up to 125 characters long";
// Description: "the description of your Office Add-in as a string no longer than 250 characters".
const DISPLAY_NAME_MAX = 125;
const DESCRIPTION_MAX = 250;
// Icon: "Three image sizes are required (16, 32, and 80 pixels) while five other sizes are
// supported (20, 24, 40, 48, and 64 pixels)." IconUrl: "For content and task pane apps, the image
// specified must be 32 x 32 pixels"; HighResolutionIconUrl is its 64 x 64 twin.
const REQUIRED_ICON_SIZES = [16, 32, 80];
const SUPPORTED_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

/** Spec §10: list data validation needs ExcelApi 1.8; anything newer is feature-detected. */
export const EXCEL_API_MINIMUM = "1.8";

type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";

/**
 * The order of OfficeApp's children for a task pane add-in in Microsoft's schema
 * (TaskPaneAppVersionOverrides aside): an element out of order fails the admin center's upload.
 */
const TASK_PANE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
];

export interface ManifestUnderTest {
  readonly text: string;
  /** Where the files its URLs name are: the repository for the dev server's, else the built folder. */
  readonly folder: string;
}

/** The checks, as tests in the caller's describe block; `load` is called once, in the first test. */
export function manifestChecks(load: () => ManifestUnderTest): void {
  let loaded: ReturnType<typeof read> | undefined;
  const m = () => (loaded ??= read(load()));

  test("is a task pane add-in for Excel that reads and writes the workbook, in Japanese first", () => {
    const { manifest, overrides } = m();
    expect(manifest.name).toBe("OfficeApp");
    expect(attribute(manifest, "xsi:type")).toBe("TaskPaneApp");
    expect(child(child(manifest, "Hosts"), "Host").attributes.get("Name")).toBe("Workbook");
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
    expect(child(manifest, "DefaultLocale").text).toBe("ja-JP");
    expect(attribute(overrides, "xsi:type")).toBe("VersionOverridesV1_0");
  });

  test("has the package's version, so that an upload to the admin center is seen as an update", () => {
    const { manifest } = m();
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(child(manifest, "Version").text).toBe(`${pkg.version}.0`);
  });

  test("needs ExcelApi 1.8 and nothing else to install; the ribbon also needs the shared runtime", () => {
    const { manifest, overrides } = m();
    expect(requirementSets(child(manifest, "Requirements"), "")).toEqual({ ExcelApi: EXCEL_API_MINIMUM });
    expect(requirementSets(child(overrides, "Requirements"), "bt:")).toEqual({ SharedRuntime: "1.1" });
  });

  test("defines every resid it uses, of the right kind, and uses every resource it defines", () => {
    const { overrides, resources } = m();
    const used = descendants(overrides).filter((e) => e.attributes.has("resid"));
    const problems = used.flatMap((element) => {
      const resid = attribute(element, "resid");
      const kind = residKind(element);
      if (resid.length > RESID_MAX) return [`${resid}: longer than ${RESID_MAX} characters`];
      return resources[kind].has(resid) ? [] : [`<${element.name} resid="${resid}">: no ${kind} entry`];
    });
    expect(problems).toEqual([]);
    const usedIds = new Set(used.map((e) => attribute(e, "resid")));
    const unused = Object.values(resources).flatMap((entries) =>
      [...entries.keys()].filter((id) => !usedIds.has(id)),
    );
    expect(unused).toEqual([]);
    for (const entries of Object.values(resources)) {
      for (const id of entries.keys()) expect(id.length).toBeLessThanOrEqual(RESID_MAX);
    }
  });

  test("shows every string in Japanese with an en-US override, within Office's lengths", () => {
    const { manifest, resources } = m();
    const strings: [string, XmlElement, number][] = [
      ["DisplayName", child(manifest, "DisplayName"), DISPLAY_NAME_MAX],
      ["Description", child(manifest, "Description"), DESCRIPTION_MAX],
      ...[...resources["bt:ShortStrings"]].map(([id, e]): [string, XmlElement, number] => [
        id,
        e,
        SHORT_STRING_MAX,
      ]),
      ...[...resources["bt:LongStrings"]].map(([id, e]): [string, XmlElement, number] => [
        id,
        e,
        LONG_STRING_MAX,
      ]),
    ];
    const problems = strings.flatMap(([id, element, max]) => {
      const japanese = attribute(element, "DefaultValue");
      const english = element.children
        .find((o) => o.attributes.get("Locale") === "en-US")
        ?.attributes.get("Value");
      return [
        ...(/[\u3040-\u30ff\u4e00-\u9fff]/.test(japanese)
          ? []
          : [`${id}: default "${japanese}" is not Japanese`]),
        ...(english === undefined || english.trim() === "" ? [`${id}: no en-US override`] : []),
        ...[japanese, english ?? ""]
          .filter((value) => [...value].length > max)
          .map((value) => `${id}: "${value}" is over ${max} characters`),
      ];
    });
    expect(problems).toEqual([]);
  });

  test("puts 施策リスト on the Home tab: the pane, then サマリー作成 and チェック as functions", () => {
    const { overrides, resources } = m();
    const group = child(child(commandSurface(overrides), "OfficeTab"), "Group");
    expect(attribute(child(commandSurface(overrides), "OfficeTab"), "id")).toBe("TabHome");
    expect(shortString(resources, child(group, "Label"))).toBe("施策リスト");
    const controls = group.children.filter((c) => c.name === "Control");
    expect(
      controls.map((control) => {
        const action = child(control, "Action");
        const type = attribute(action, "xsi:type");
        const target =
          type === "ShowTaskpane" ? child(action, "TaskpaneId").text : child(action, "FunctionName").text;
        return [
          shortString(resources, child(control, "Label")),
          attribute(control, "xsi:type"),
          type,
          target,
        ];
      }),
    ).toEqual([
      ["作業ウィンドウ", "Button", "ShowTaskpane", "ButtonId1"],
      ["サマリー作成", "Button", "ExecuteFunction", "summary"],
      ["チェック", "Button", "ExecuteFunction", "check"],
    ]);
    for (const element of [group, ...controls]) {
      expect(attribute(element, "id").length).toBeLessThanOrEqual(CONTROL_ID_MAX);
    }
  });

  test("runs the pane and the commands in one shared runtime, loaded from the pane's page", () => {
    const { manifest, overrides, resources } = m();
    const host = child(child(overrides, "Hosts"), "Host");
    const runtime = child(child(host, "Runtimes"), "Runtime");
    const formFactor = child(host, "DesktopFormFactor");
    const paneAction = descendants(formFactor).find((e) => e.attributes.get("xsi:type") === "ShowTaskpane");
    expect(attribute(runtime, "lifetime")).toBe("long");
    // "The shared runtime won't load if the resid uses different values in the manifest."
    const resid = attribute(runtime, "resid");
    expect(attribute(child(formFactor, "FunctionFile"), "resid")).toBe(resid);
    expect(attribute(child(paneAction!, "SourceLocation"), "resid")).toBe(resid);
    const paneUrl = attribute(resources["bt:Urls"].get(resid)!, "DefaultValue");
    expect(paneUrl).toMatch(/\/taskpane\.html$/);
    expect(attribute(child(child(manifest, "DefaultSettings"), "SourceLocation"), "DefaultValue")).toBe(
      paneUrl,
    );
  });

  test("gives every icon Office's required sizes, each a PNG of its declared size", () => {
    const { manifest, overrides, resources, folder } = m();
    const base = baseUrlOf(manifest);
    const problems: string[] = [];
    for (const icon of descendants(overrides).filter((e) => e.name === "Icon")) {
      const sizes = icon.children.map((image) => Number(attribute(image, "size")));
      const missing = REQUIRED_ICON_SIZES.filter((size) => !sizes.includes(size));
      if (missing.length > 0) problems.push(`an <Icon> lacks sizes ${missing.join(", ")}`);
      for (const image of icon.children) {
        const size = Number(attribute(image, "size"));
        if (!SUPPORTED_ICON_SIZES.includes(size)) problems.push(`size ${size} is not one Office supports`);
        const url = attribute(resources["bt:Images"].get(attribute(image, "resid"))!, "DefaultValue");
        problems.push(...pngProblems(fileFor(url, base, folder), size));
      }
    }
    problems.push(
      ...pngProblems(fileFor(attribute(child(manifest, "IconUrl"), "DefaultValue"), base, folder), 32),
    );
    problems.push(
      ...pngProblems(
        fileFor(attribute(child(manifest, "HighResolutionIconUrl"), "DefaultValue"), base, folder),
        64,
      ),
    );
    expect(problems).toEqual([]);
  });

  test("keeps the schema's order of the top elements, SupportUrl after the icons", () => {
    const { manifest } = m();
    const names = manifest.children.map((c) => c.name);
    expect(names.filter((name) => !TASK_PANE_APP_ORDER.includes(name))).toEqual([]);
    const positions = names.map((name) => TASK_PANE_APP_ORDER.indexOf(name));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(names).toContain("SupportUrl");
  });

  // Whether the page is there is checked with the folder's other files (manifest.test.ts, package.test.ts).
  test("links a support page over https", () => {
    const { manifest } = m();
    const support = attribute(child(manifest, "SupportUrl"), "DefaultValue");
    expect(new URL(support).protocol).toBe("https:");
  });

  test("names the functions commands.ts registers, and no others", () => {
    const { overrides } = m();
    const functionNames = descendants(overrides)
      .filter((e) => e.name === "FunctionName")
      .map((e) => e.text)
      .sort();
    const commands = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    // commands.ts registers each function through src/excel/startup.ts's associateAction.
    const associated = [...commands.matchAll(/associateAction\(\s*"([^"]+)"/g)].map((m) => m[1]).sort();
    expect([...commands.matchAll(/associateAction\(/g)]).toHaveLength(associated.length);
    expect(associated).toEqual(functionNames);
  });
}

function read({ text, folder }: ManifestUnderTest) {
  const manifest = parseXml(text);
  const overrides = child(manifest, "VersionOverrides");
  return { text, folder, manifest, overrides, resources: resourcesOf(overrides) };
}

function resourcesOf(overrides: XmlElement): Record<ResourceKind, Map<string, XmlElement>> {
  const resources = child(overrides, "Resources");
  const kinds: ResourceKind[] = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"];
  return Object.fromEntries(
    kinds.map((kind) => [kind, new Map(child(resources, kind).children.map((e) => [attribute(e, "id"), e]))]),
  ) as Record<ResourceKind, Map<string, XmlElement>>;
}

/** Which Resources list a resid must name, by the element that carries it. */
function residKind(element: XmlElement): ResourceKind {
  switch (element.name) {
    case "bt:Image":
      return "bt:Images";
    case "Label":
    case "Title":
      return "bt:ShortStrings";
    case "Description":
    case "Tooltip":
    case "ToolTip":
      return "bt:LongStrings";
    case "SourceLocation":
    case "FunctionFile":
    case "Runtime":
    case "LearnMoreUrl":
      return "bt:Urls";
    default:
      throw new Error(`<${element.name} resid>: unknown kind of resource`);
  }
}

function shortString(resources: Record<ResourceKind, Map<string, XmlElement>>, label: XmlElement): string {
  return attribute(resources["bt:ShortStrings"].get(attribute(label, "resid"))!, "DefaultValue");
}

function commandSurface(overrides: XmlElement): XmlElement {
  const formFactor = child(child(child(overrides, "Hosts"), "Host"), "DesktopFormFactor");
  return child(formFactor, "ExtensionPoint");
}

/** `{ set: minimum version }` from a Requirements element (`prefix` is "bt:" inside VersionOverrides). */
export function requirementSets(requirements: XmlElement, prefix: string): Record<string, string> {
  const sets = child(requirements, `${prefix}Sets`);
  return Object.fromEntries(
    sets.children.map((set) => [
      attribute(set, "Name"),
      set.attributes.get("MinVersion") ?? attribute(sets, "DefaultMinVersion"),
    ]),
  );
}

/** The folder the pages are served from: the task pane's URL without its file name. */
export function baseUrlOf(manifest: XmlElement): string {
  const pane = attribute(child(child(manifest, "DefaultSettings"), "SourceLocation"), "DefaultValue");
  return pane.replace(/taskpane\.html$/, "");
}

/** Every URL the manifest gives Office (namespace names are URIs, not places to load). */
export function urlsIn(manifest: XmlElement): string[] {
  return descendants(manifest).flatMap((e) =>
    [...e.attributes]
      .filter(
        ([name, value]) => name !== "xmlns" && !name.startsWith("xmlns:") && /^[a-z]+:\/\//i.test(value),
      )
      .map(([, value]) => value),
  );
}

/** The built file a URL names: the repository (for the dev server) or dist/ (for the build). */
export function fileFor(url: string, base: string, folder: string): string {
  if (!url.startsWith(base)) throw new Error(`${url} is not under ${base}`);
  return join(folder, ...decodeURI(url.slice(base.length)).split("/"));
}

function pngProblems(file: string, size: number): string[] {
  if (!existsSync(file)) return [`${file} is missing`];
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return [`${file} is not a PNG`];
  }
  // The IHDR chunk comes first: width and height as 4-byte big-endian numbers at 16 and 20.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  return width === size && height === size ? [] : [`${file} is ${width}x${height}, declared ${size}`];
}
