/**
 * `worksheet.protection`: "Protects a worksheet. Fails if the worksheet has already been protected."
 * What a protected sheet refuses is in range-ref.ts (`assertEditable`).
 */
import type { Sheet } from "../model/workbook";
import { fail } from "../protocol/errors";
import { plainObject } from "./args";
import type { ClassSpec } from "./class-spec";

const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
];

export const protectionSpec: ClassSpec<Sheet> = {
  name: "WorksheetProtection",
  properties: {
    Protected: { get: (s) => s.protection.protected },
    Options: {
      get: (s) =>
        Object.fromEntries(
          PROTECTION_OPTIONS.filter((o) => o !== "selectionMode").map((o) => [
            o,
            s.protection.options[o] === true,
          ]),
        ),
    },
  },
  methods: {
    Protect: {
      call: (s, [options, password]) => {
        if (s.protection.protected)
          fail("InvalidOperation", "WorksheetProtection.protect", "the sheet is already protected");
        const chosen =
          options === null || options === undefined
            ? {}
            : plainObject(options, "WorksheetProtection.protect");
        for (const key of Object.keys(chosen)) {
          if (!PROTECTION_OPTIONS.includes(key))
            fail("InvalidArgument", "WorksheetProtection.protect", `unknown option ${key}`);
        }
        s.protection = {
          protected: true,
          options: Object.fromEntries(
            Object.entries(chosen).filter(([, v]) => typeof v === "boolean"),
          ) as Record<string, boolean>,
          password: typeof password === "string" && password !== "" ? password : undefined,
        };
        return null;
      },
    },
    Unprotect: {
      call: (s, [password]) => {
        if (!s.protection.protected) return null;
        if (s.protection.password !== undefined && password !== s.protection.password) {
          fail("BadPassword", "WorksheetProtection.unprotect", "wrong password");
        }
        s.protection = { protected: false, options: {} };
        return null;
      },
    },
  },
};
