import { fill } from "../../core/actions/fill";
import { planEdits } from "../../core/actions/edit";
import { planUndo } from "../../core/actions/undo";
import { openList } from "../../core/list/open-list";
import { text } from "../../core/port/plan";
import { NOTHING_APPLIED, type ApplyOutcome } from "../../core/port/outcome";
import { sampleHost, sampleList } from "../../../tests/builders/sample-list";
import { bookAfterWrite } from "./book-after-write";

const NONE: ApplyOutcome = NOTHING_APPLIED;

describe("the list brought up to date after a write, without reading the workbook again", () => {
  test("written cells take their new value, a co-author's cell the value found there", async () => {
    const list = await sampleList();
    const { plan } = planEdits(list, [{ rowIndex: 59, values: { weather: "☁", progress: "済" } }]);
    const outcome: ApplyOutcome = {
      ...NONE,
      written: [
        {
          sheet: "施策リスト",
          rowIndex: 59,
          colIndex: 13,
          before: null,
          beforeFormat: null,
          after: text("☁"),
          purpose: "edit",
          field: "weather",
        },
      ],
      changed: [
        {
          reason: "changed",
          sheet: "施策リスト",
          rowIndex: 59,
          colIndex: 12,
          expected: "研修",
          found: "他の人の進捗",
          planned: text("済"),
          field: "progress",
        },
      ],
    };
    const book = bookAfterWrite(list.book, plan, outcome);
    const row = book.sheets[0].rows[59];
    expect([row[12], row[13]]).toEqual(["他の人の進捗", "☁"]);
    // The list read before is left as it was.
    expect(list.book.sheets[0].rows[59][13] ?? null).toBeNull();
  });

  test("added sheets appear after the sheet the plan names, with their content; the list reads its choices", async () => {
    const list = await sampleList();
    const { plan } = fill(list);
    const book = bookAfterWrite(list.book, plan, {
      ...NONE,
      sheetsAdded: [{ name: "選択肢", id: "{sheet-2}" }],
    });
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["施策リスト", false],
      ["選択肢", true],
    ]);
    const reopened = openList(book);
    expect(reopened.ok && reopened.value.choicesSheet?.name).toBe("選択肢");
  });

  test("an undo's removed sheet goes, as in the workbook after the host's apply", async () => {
    const host = sampleHost();
    const list = await sampleList();
    const { plan } = fill(list);
    const done = await host.apply(plan);
    if (!done.ok) throw new Error(done.error.code);
    const after = bookAfterWrite(list.book, plan, done.value);
    const undo = planUndo(done.value);
    const undone = await host.apply(undo);
    if (!undone.ok) throw new Error(undone.error.code);
    expect(bookAfterWrite(after, undo, undone.value).sheets.map((s) => s.name)).toEqual(
      host.grid().sheets.map((s) => s.name),
    );
  });
});
