import { parseQuarter, type Quarter } from "../../core/calendar/fiscal-calendar";
import { KPI_SAMPLE_PATH, sampleList } from "../../../tests/builders/sample-list";
import { departmentCards, departmentsOf, editedAttainment, typedValue } from "./department-rows";
import { rowEditsOf, withDraft } from "./draft-edits";

function quarter(text: string): Quarter {
  const q = parseQuarter(text);
  if (!q.ok) throw new Error(text);
  return q.value;
}

describe("a PL's department as cards", () => {
  test("the departments in list order, with their measures", async () => {
    expect(departmentsOf(await sampleList(KPI_SAMPLE_PATH))).toEqual([
      { name: "総務部", measures: 31 },
      { name: "市民部", measures: 1 },
    ]);
  });

  test("a card holds the fields the PL edits and the year's KPI actual", async () => {
    const [card] = departmentCards(await sampleList(KPI_SAMPLE_PATH), "市民部", quarter("R7Q2"));
    expect(card).toEqual({
      rowIndex: 7,
      row: 8,
      id: "A1-4",
      item: "窓口業務改善",
      keys: ["progress", "weather", "direction", "directionReason", "actual[R7]"],
      values: expect.objectContaining({ weather: "☀", direction: "継続", "actual[R7]": 28 }),
      actualKey: "actual[R7]",
      kpi: { name: expect.stringContaining("改善"), unit: "件", percent: false },
    });
  });

  test("in a year without KPI columns the card has no actual", async () => {
    const [card] = departmentCards(await sampleList(KPI_SAMPLE_PATH), "市民部", quarter("R8Q2"));
    expect([card.actualKey, card.kpi, card.keys]).toEqual([
      null,
      null,
      ["progress", "weather", "direction", "directionReason"],
    ]);
  });

  test("rate, grade and pace follow the actual the PL types, before it is saved", async () => {
    const list = await sampleList(KPI_SAMPLE_PATH);
    const q = quarter("R7Q2");
    const saved = editedAttainment(list, 7, {}, q);
    const typed = editedAttainment(list, 7, { "actual[R7]": 45 }, q);
    expect([saved?.rate, saved?.grade]).toEqual([Number((28 / 60).toPrecision(12)), "D"]);
    expect([typed?.rate, typed?.grade, typed?.pace, typed?.suggestedWeather]).toEqual([0.75, "C", 1.5, "☀"]);
  });
});

describe("what a PL types", () => {
  test("a plain number is written as a number; anything else as the text typed; blank as empty", () => {
    expect(["28", " 1,200 ", "１２", "-3.5", "50.1%", "16/77", "約60件", "", "  "].map(typedValue)).toEqual([
      28,
      1200,
      12,
      -3.5,
      "50.1%",
      "16/77",
      "約60件",
      null,
      null,
    ]);
  });

  test("a field typed back to what the cell holds is no edit; the rest become the core's row edits", async () => {
    const list = await sampleList(KPI_SAMPLE_PATH);
    const [card] = departmentCards(list, "市民部", quarter("R7Q2"));
    let drafts = withDraft(new Map(), card, "weather", "☁");
    drafts = withDraft(drafts, card, "actual[R7]", "30");
    drafts = withDraft(drafts, card, "progress", card.values.progress as string);
    expect(rowEditsOf(drafts, [card])).toEqual([{ rowIndex: 7, values: { weather: "☁", "actual[R7]": 30 } }]);
    drafts = withDraft(drafts, card, "weather", "☀");
    drafts = withDraft(drafts, card, "actual[R7]", "28");
    expect(rowEditsOf(drafts, [card])).toEqual([]);
  });
});
