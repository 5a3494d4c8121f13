/**
 * The start-up shim: what the Office host would provide around Microsoft's Excel client script.
 * It answers `Office.context` (requirement sets, display language, theme, diagnostics, document
 * settings, dialogs), `Office.onReady`, `Office.actions.associate` and `Office.addin`, and hands each
 * RichApi request to the emulated host through `OSF.DDA.RichApi.executeRichApiRequestAsync`.
 *
 * This file imports nothing: it runs in Node's main realm and, transpiled as is, inside a Chromium
 * page (page-scripts.ts). Any Office member it does not provide throws an error naming it.
 */

export interface OfficeThemeConfig {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
  themeId?: string;
}

export interface ShimConfig {
  /** Requirement sets and their highest version, e.g. `{ ExcelApi: "1.17", DialogApi: "1.2" }`. */
  sets: Record<string, string>;
  displayLanguage: string;
  contentLanguage: string;
  /** Excel on the web may give no theme: `null` makes `Office.context.officeTheme` undefined. */
  officeTheme: OfficeThemeConfig | null;
  /** `Office.context.diagnostics.version`. */
  version: string;
  /** The add-in's own origin, where dialogs may open (the page's origin is accepted too). */
  addinOrigin: string;
  /** `Office.context.document.settings` at start. */
  settings: Record<string, unknown>;
}

export type OfficeEvent =
  | { kind: "dialogOpened"; url: string; options: Record<string, unknown> }
  | { kind: "dialogRefused"; url: string; code: number }
  | { kind: "dialogClosed"; url: string; by: "addin" | "user" }
  | { kind: "actionAssociated"; id: string }
  | { kind: "actionCompleted"; id: string; options: unknown }
  | { kind: "messageToParent"; message: string }
  | { kind: "taskpaneShown" }
  | { kind: "taskpaneHidden" }
  | { kind: "settingsSaved"; settings: Record<string, unknown> };

type Answer =
  | { status: "succeeded"; value: { data: [number, string[], string] } }
  | { status: "failed"; error: { code: number; message: string } };

export interface ShimLink {
  send(body: string, flags: number): Answer | Promise<Answer>;
  record(event: OfficeEvent): void;
}

export interface DialogControl {
  readonly url: string;
  readonly options: Record<string, unknown>;
  isOpen(): boolean;
  /** Messages the add-in sent with `dialog.messageChild`. */
  readonly messagesToDialog: string[];
  /** What the dialog page would do with `Office.context.ui.messageParent(message)`. */
  messageParent(message: string): void;
  /** The user closing the dialog with its X: the add-in hears event 12006. */
  closeByUser(): void;
}

export interface ActionOutcome {
  completed: boolean;
  options: unknown;
}

export interface ShimControl {
  readonly dialogs: DialogControl[];
  /** Runs a ribbon function as Office would and waits for its `event.completed()`. */
  invokeAction(id: string, timeoutMs?: number): Promise<ActionOutcome>;
  settings(): Record<string, unknown>;
}

/** Office's requirement check: same name (any case), same major version and at least the minor one. */
export function setSupported(
  sets: Record<string, string>,
  name: string,
  minVersion?: string | number,
): boolean {
  const key = Object.keys(sets).find((k) => k.toLowerCase() === String(name).toLowerCase());
  if (key === undefined) return false;
  const have = String(sets[key]).split(".").map(Number);
  const want = String(minVersion ?? "1.1")
    .split(".")
    .map(Number);
  if ((have[0] ?? 0) !== (want[0] ?? 0)) return (have[0] ?? 0) > (want[0] ?? 0);
  return (have[1] ?? 0) >= (want[1] ?? 0);
}

type Bag = Record<string, unknown>;
type Callback = (result: Bag) => void;

// Names that tools probe on any object (promise checks, Jest and React printing); never Office members.
const PROBES = new Set([
  "then",
  "toJSON",
  "$$typeof",
  "nodeType",
  "asymmetricMatch",
  "constructor",
  "@@__IMMUTABLE_ITERABLE__@@",
]);

/** An object that throws, naming the member, when code reads something the shim does not provide. */
function strict<T extends object>(target: T, path: string): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      if (typeof key === "symbol" || key in obj || PROBES.has(key)) return Reflect.get(obj, key, receiver);
      throw new Error(`excel-host: ${path}.${key} is not provided by the emulated Office host`);
    },
  });
}

function succeeded(value: unknown, asyncContext?: unknown): Bag {
  return { status: "succeeded", value, error: null, asyncContext };
}

function failedResult(code: number, message: string, asyncContext?: unknown): Bag {
  return { status: "failed", value: undefined, error: { code, message, name: "Error" }, asyncContext };
}

export function installOfficeShim(root: Bag, config: ShimConfig, link: ShimLink): ShimControl {
  const osf = root.OSF as Bag | undefined;
  const office = root.Office as Bag | undefined;
  if (!osf || !office) throw new Error("excel-host: load Microsoft's Excel client script before the shim");
  const settings: Bag = { ...config.settings };
  const dialogs: DialogControl[] = [];
  const actions = new Map<string, (event: Bag) => unknown>();
  /** Clicks waiting for their action to be associated. */
  const associated = new Map<string, (fn: (event: Bag) => unknown) => void>();
  const location = root.location as { origin?: string } | undefined;

  const documentObject = strict(
    {
      mode: "ReadWrite",
      url: "https://excel-host.invalid/workbook.xlsx",
      settings: strict(
        {
          get: (name: string) => (name in settings ? settings[name] : null),
          set: (name: string, value: unknown) => {
            settings[name] = value;
          },
          remove: (name: string) => {
            delete settings[name];
          },
          saveAsync: (options?: unknown, callback?: unknown) => {
            const cb = (typeof options === "function" ? options : callback) as Callback | undefined;
            link.record({ kind: "settingsSaved", settings: JSON.parse(JSON.stringify(settings)) as Bag });
            if (cb) void Promise.resolve().then(() => cb(succeeded(undefined)));
          },
          refreshAsync: (callback?: Callback) => {
            if (callback) void Promise.resolve().then(() => callback(succeeded(undefined)));
          },
        },
        "Office.context.document.settings",
      ),
    },
    "Office.context.document",
  );

  const openDialog = (url: string, options: Bag, callback?: Callback): void => {
    const asyncContext = options.asyncContext;
    const allowed = [config.addinOrigin, location?.origin].filter((o): o is string => Boolean(o));
    let refusal: number | null = null;
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {
      refusal = 12004;
    }
    if (parsed && !allowed.includes(parsed.origin)) refusal = parsed.protocol === "http:" ? 12005 : 12004;
    if (dialogs.some((d) => d.isOpen())) refusal = 12007;
    if (refusal !== null) {
      link.record({ kind: "dialogRefused", url, code: refusal });
      if (callback)
        void Promise.resolve().then(() =>
          callback(failedResult(refusal as number, `dialog refused (${refusal})`, asyncContext)),
        );
      return;
    }
    const handlers: Record<string, ((arg: Bag) => void)[]> = {};
    let open = true;
    const emit = (type: string, arg: Bag) => (handlers[type] ?? []).forEach((h) => h({ type, ...arg }));
    const control: DialogControl = {
      url,
      options,
      isOpen: () => open,
      messagesToDialog: [],
      messageParent: (message) => emit("dialogMessageReceived", { message, origin: parsed?.origin }),
      closeByUser: () => {
        open = false;
        link.record({ kind: "dialogClosed", url, by: "user" });
        emit("dialogEventReceived", { error: 12006 });
      },
    };
    dialogs.push(control);
    const dialog = strict(
      {
        addEventHandler: (type: string, handler: (arg: Bag) => void) => {
          (handlers[type] ??= []).push(handler);
        },
        close: () => {
          open = false;
          link.record({ kind: "dialogClosed", url, by: "addin" });
        },
        messageChild: (message: string) => {
          control.messagesToDialog.push(message);
        },
      },
      "Office.Dialog",
    );
    link.record({ kind: "dialogOpened", url, options: JSON.parse(JSON.stringify(options)) as Bag });
    if (callback) void Promise.resolve().then(() => callback(succeeded(dialog, asyncContext)));
  };

  const context = strict(
    {
      requirements: strict(
        { isSetSupported: (name: string, v?: string | number) => setSupported(config.sets, name, v) },
        "Office.context.requirements",
      ),
      displayLanguage: config.displayLanguage,
      contentLanguage: config.contentLanguage,
      officeTheme: config.officeTheme ?? undefined,
      platform: "OfficeOnline",
      host: "Excel",
      diagnostics: { host: "Excel", platform: "OfficeOnline", version: config.version },
      touchEnabled: false,
      commerceAllowed: false,
      document: documentObject,
      ui: strict(
        {
          displayDialogAsync: (url: string, options?: unknown, callback?: unknown) => {
            const cb = (typeof options === "function" ? options : callback) as Callback | undefined;
            openDialog(url, typeof options === "object" && options !== null ? (options as Bag) : {}, cb);
          },
          // A page shown as a dialog answers its opener with messageParent: the host records it
          // (a test that opens dialog.html on its own has no opener to deliver it to).
          messageParent: (message: string) =>
            link.record({ kind: "messageToParent", message: String(message) }),
        },
        "Office.context.ui",
      ),
    },
    "Office.context",
  );

  osf._OfficeAppFactory = strict({ getContext: () => context }, "OSF._OfficeAppFactory");
  const dda = osf.DDA as Bag;
  (dda.RichApi as Bag).executeRichApiRequestAsync = (
    message: unknown[],
    callback: (answer: Answer) => void,
  ) => {
    let answer: Answer | Promise<Answer>;
    try {
      answer = link.send(String(message[4]), Number(message[6]) || 0);
    } catch (e) {
      answer = { status: "failed", error: { code: 5001, message: String(e) } };
    }
    void Promise.resolve(answer).then(callback, (e: unknown) =>
      callback({ status: "failed", error: { code: 5001, message: String(e) } }),
    );
  };

  const info = { host: "Excel", platform: "OfficeOnline" };
  office.onReady = (callback?: (i: Bag) => unknown) =>
    Promise.resolve(info).then((i) => {
      if (callback) callback(i);
      return i;
    });
  (office.actions as Bag).associate = (id: string, fn: (event: Bag) => unknown) => {
    actions.set(id, fn);
    const waiting = associated.get(id);
    associated.delete(id);
    waiting?.(fn);
    link.record({ kind: "actionAssociated", id });
  };
  const addin = office.addin as Bag;
  addin.showAsTaskpane = () => {
    link.record({ kind: "taskpaneShown" });
    return Promise.resolve();
  };
  addin.hide = () => {
    link.record({ kind: "taskpaneHidden" });
    return Promise.resolve();
  };
  if (typeof office.initialize === "function") (office.initialize as (reason: string) => void)("inserted");

  return {
    dialogs,
    settings: () => ({ ...settings }),
    invokeAction: (id, timeoutMs = 10_000) =>
      new Promise<ActionOutcome>((resolve, reject) => {
        const timer = setTimeout(() => {
          associated.delete(id);
          reject(
            new Error(
              actions.has(id)
                ? `excel-host: ${id} did not call event.completed() within ${timeoutMs} ms`
                : `excel-host: no function is associated with the action id ${id}`,
            ),
          );
        }, timeoutMs);
        const run = (fn: (event: Bag) => unknown) => {
          const event = {
            source: { id },
            completed: (options?: unknown) => {
              clearTimeout(timer);
              link.record({ kind: "actionCompleted", id, options: options ?? null });
              resolve({ completed: true, options: options ?? null });
            },
          };
          try {
            void Promise.resolve(fn(event)).catch(() => undefined);
          } catch {
            // A function that throws without calling completed() is caught by the timeout, as Office would hang.
          }
        };
        const fn = actions.get(id);
        // Office holds a click until the function file has associated the action (its script may
        // still be loading), so the click waits for the association, within the same time.
        if (fn) run(fn);
        else associated.set(id, run);
      }),
  };
}
