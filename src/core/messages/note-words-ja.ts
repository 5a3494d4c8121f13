import type { NoteWords } from "./notes";

/** Japanese: the notes beside a report. */
export const noteWordsJa: NoteWords = {
  reasons: {
    "more-fields": "見出しの項目が最も多い",
    visible: "表示されている",
    "more-rows": "行が最も多い",
    first: "最も左にある",
  },
  pickWithSheet: "--sheet で指定できます",
  otherLists: (used, sheets, reason, pick) =>
    `施策リストのあるシートが複数あります（${sheets.join("、")}）。${reason}「${used}」を使いました。ほかのシートは ${pick}`,
  unplacedColumns: (labels) =>
    `${labels.join("・")}の列を追加できません。施策リストの右には、シートの右端（XFD 列）まで、リストの行がすべて空いている列がありません。見出しに${labels.map((l) => `「${l}」`).join("")}の列を用意すれば、そこに書き込みます`,
};
