/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": "<rootDir>/tests/support/jest/esbuild-transform.js" },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Jest's default leaves one of two cores idle; the browser and 20,000-row tests share both.
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/tests/support/jest/no-skips.js"],
};
