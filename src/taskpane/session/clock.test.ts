import { formatQuarter } from "../../core/calendar/fiscal-calendar";
import { historyTime, localNow, quarterChoices } from "./clock";

describe("times and quarters from the person's clock", () => {
  const now = new Date(2026, 10, 20, 9, 5);

  test("変更履歴 records local time to the minute", () => {
    expect(historyTime(now)).toBe("2026-11-20 09:05");
    expect(localNow(now)).toEqual({ year: 2026, month: 11, day: 20, hour: 9, minute: 5 });
  });

  test("the picker offers the last eight quarters, newest first, ending at the last ended one", () => {
    expect(quarterChoices(now, undefined).map(formatQuarter)).toEqual([
      "R8Q2",
      "R8Q1",
      "R7Q4",
      "R7Q3",
      "R7Q2",
      "R7Q1",
      "R6Q4",
      "R6Q3",
    ]);
  });

  test("an older quarter the pane started on is offered too", () => {
    const choices = quarterChoices(now, { fiscalYear: 5, quarter: 1 }).map(formatQuarter);
    expect([choices.length, choices[0], choices[choices.length - 1]]).toEqual([9, "R8Q2", "R5Q1"]);
  });
});
