/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": "<rootDir>/tests/support/jest/esbuild-transform.js" },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // One more worker than a two-core machine's cores: a browser test waits on Chromium for part of
  // its time, and a third worker keeps both cores busy then (measured: 136 s with three workers,
  // 159 s with two, no gain with four).
  maxWorkers: 3,
  testSequencer: "<rootDir>/tests/support/jest/heavy-first.js",
  reporters: ["default", "<rootDir>/tests/support/jest/no-skips.js"],
};
