#!/usr/bin/env node
// Entry point for `measure-list`: runs the compiled CLI, or says how to build it.
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const compiled = path.join(__dirname, "..", "dist", "src", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write(
    "measure-list: まだビルドされていません。先に `npm ci && npm run build` を実行してください\n",
  );
  process.exit(2);
}
require(compiled).runMain(process.argv.slice(2));
