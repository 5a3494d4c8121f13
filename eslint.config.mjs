// Flat config. Globs name .ts and .tsx explicitly: the office-addins preset only matches .ts,
// which would silently leave the task pane unlinted.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeHosts = ["Office", "Excel"];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "build/**",
      "out/**",
      "coverage/**",
      "node_modules/**",
      "scratch/**",
      "**/*.js",
      "!eslint.config.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The Office.js rules read any `x.getCell(...)`-then-`.value` as an Office proxy object, so
    // they run where Office.js may be used: the Excel adapter and the add-in front ends.
    files: ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-globals": [
        "error",
        ...officeHosts.map((name) => ({ name, message: "Office.js belongs in src/excel/ only." })),
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "exceljs",
              message:
                "ExcelJS is a development dependency, for tests, the bench and scripts only; the product reads and writes .xlsx with src/xlsx/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/excel/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    // The emulated Excel host and its tests are written against Office.js's own globals.
    files: ["tests/support/excel-host/**/*.ts"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    // ExcelJS builds test workbooks and is the bench's yardstick; nothing under src/ may use it.
    files: ["tests/**/*.ts", "examples/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The core is pure: a grid in, results out. No host, no file system, no DOM.
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          paths: ["exceljs", "react", "react-dom", "fs", "path", "os", "child_process"].map((name) => ({
            name,
            message: "src/core/ is host-independent: no ExcelJS, React, DOM or file system.",
          })),
          patterns: [
            { group: ["node:*"], message: "src/core/ is host-independent: no Node built-ins." },
            { group: ["@fluentui/*"], message: "src/core/ has no UI." },
            {
              group: ["**/excel/**", "**/xlsx/**", "**/cli/**", "**/taskpane/**"],
              message: "The core depends on nothing outside it.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[...officeHosts, "document", "window", "process"].map((name) => ({
          name,
          message: "src/core/ is host-independent.",
        })),
      ],
    },
  },
);
