/**
 * The pane's first load within issue 11's budget, from the built pages (dist/, built by npm test
 * before Jest): the figure `npm run bench` prints.
 */
import { paneSizeFigures, paneSizeText, PANE_BUDGET_GZIP } from "../../bench/pane-size";

test("taskpane.html and preview.html load at most 300 KiB gzip of script before the first screen", () => {
  const figures = paneSizeFigures();
  expect(figures.taskpane.initial.some((s) => /^taskpane\./u.test(s.file))).toBe(true);
  expect(figures.preview.initial.some((s) => /^preview\./u.test(s.file))).toBe(true);
  expect(figures.taskpane.gzipBytes).toBeLessThanOrEqual(PANE_BUDGET_GZIP);
  expect(figures.preview.gzipBytes).toBeLessThanOrEqual(PANE_BUDGET_GZIP);
  // The PL's view, the other sections and the writer are not on the first screen.
  expect(figures.later.files).toBeGreaterThan(5);
  expect(paneSizeText(figures)).toHaveLength(3);
});
