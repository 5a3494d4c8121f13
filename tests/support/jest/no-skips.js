/**
 * Fails a whole run that skipped a test or left a todo: `npm test` must run everything it lists, so
 * a test that cannot run here belongs in a script of its own (`npm run check:libreoffice`), not in
 * a skip that CI would pass unseen. A run narrowed by name (`-t`) skips the rest on purpose.
 */
class NoSkips {
  constructor(globalConfig) {
    this.narrowed = Boolean(globalConfig.testNamePattern);
    this.error = undefined;
  }

  onRunComplete(_contexts, results) {
    const left = results.numPendingTests + results.numTodoTests;
    if (this.narrowed || left === 0) return;
    const names = results.testResults.flatMap((file) =>
      file.testResults
        .filter((t) => t.status === "pending" || t.status === "todo")
        .map((t) => `${file.testFilePath}: ${t.fullName}`),
    );
    this.error = new Error(
      `${left} test(s) skipped or todo; npm test runs every test:\n- ${names.join("\n- ")}`,
    );
    process.stderr.write(`\n${this.error.message}\n`);
  }

  getLastError() {
    return this.error;
  }
}

module.exports = NoSkips;
