import type { ChaseWords } from "./chase-message";

/** English: the same message for a PMO whose Excel speaks another language. */
export const chaseWordsEn: ChaseWords = {
  greeting: (department) => `To the PL of ${department}`,
  noDepartment: "(no department)",
  request: (quarter) => `In the measure list for ${quarter}, these entries are still empty.`,
  ask: "Please fill them in.",
  askBy: (date) => `Please fill them in by ${date}.`,
  row: (row) => `row ${row}`,
  fields: { progress: "progress", weather: "weather", direction: "direction", directionReason: "reason" },
  separator: ", ",
  defaultSender: "PMO (DX推進課 行革推進係)",
};
