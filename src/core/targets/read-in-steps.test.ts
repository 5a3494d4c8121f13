import { kpiColumns, listSheet, paperRow, seedRows, workbookOf } from "../../../tests/builders/list-sheet";
import { SEED_TARGET_ROWS, targetsSheet } from "../../../tests/builders/targets-sheet";
import { targets } from "../actions/targets";
import { HEAD_ROWS, readListFor } from "../actions/read-for";
import { openList } from "../list/open-list";
import { gridReader } from "../port/grid-reader";

/** A 400-measure list beside a 目標 sheet longer than the head, its last rows linked to B1-4. */
function book() {
  const seeds = seedRows();
  const rows = Array.from({ length: 400 }, (_, i) => {
    const seed = seeds[i % seeds.length];
    return { ...seed, branch2: `${String(seed.branch2)}-${Math.floor(i / seeds.length)}` };
  });
  rows[3] = { ...paperRow({ actualR8: "4,540,000枚" }), branch2: "4" };
  const goals = Array.from({ length: HEAD_ROWS + 20 }, (_, i) => ({
    ...SEED_TARGET_ROWS[i % SEED_TARGET_ROWS.length],
    name: `${SEED_TARGET_ROWS[i % SEED_TARGET_ROWS.length].name}（${i + 1}）`,
    links: i === HEAD_ROWS + 19 ? "B1-4" : null,
  }));
  return workbookOf(
    listSheet({ columns: kpiColumns(8), rows, blockSize: 38 }),
    targetsSheet({ rows: goals, columns: ["links"] }),
  );
}

describe('readListFor(host, "targets") reads the 目標 sheet whole besides the list', () => {
  test("the same targets as from the whole workbook, rows past the head included", async () => {
    const whole = openList(book());
    if (!whole.ok) throw new Error(whole.error.code);
    const stepped = await readListFor(gridReader(book()), "targets");
    if (!stepped.ok) throw new Error(stepped.error.code);
    const quarter = { fiscalYear: 8, quarter: 2 } as const;
    const fromSteps = targets(stepped.value, { quarter });
    expect(JSON.stringify(fromSteps)).toBe(JSON.stringify(targets(whole.value, { quarter })));
    const last = fromSteps.model?.targets.at(-1);
    expect([last?.target.row, last?.links.measures.map((m) => m.id)]).toEqual([HEAD_ROWS + 21, ["B1-4"]]);
  });
});
