/**
 * Jest's order, with one change for a run that has no timings yet (a fresh clone, CI): the files
 * that start a browser or load the 20,000-row list go first. Jest runs the files it has timed
 * slowest first, but an untimed file by its size, and these are short files: left to the end of
 * the run, one of them kept a worker busy for seconds after the other had nothing left to do.
 */
const Sequencer = require("@jest/test-sequencer").default;
const { readFileSync } = require("node:fs");

/** What a heavy test file calls: the pane's and preview's sessions, Chromium, the large list. */
const HEAVY = /\b(useTaskpane|usePreview|launchChromium|large-list-run)\b/u;

function heavy(path) {
  try {
    return HEAVY.test(readFileSync(path, "utf8"));
  } catch {
    return false;
  }
}

class HeavyFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const first = sorted.filter((test) => test.duration == null && heavy(test.path));
    return [...first, ...sorted.filter((test) => !first.includes(test))];
  }
}

module.exports = HeavyFirst;
