import type { NoteWords } from "./notes";

/** English: the same notes. Header names stay as the sheet has them. */
export const noteWordsEn: NoteWords = {
  reasons: {
    "more-fields": "its header names the most fields",
    visible: "it is the visible one",
    "more-rows": "it has the most rows",
    first: "it comes first",
  },
  pickWithSheet: "pick another with --sheet",
  otherLists: (used, sheets, reason, pick) =>
    `Several sheets hold a complete measure list (${sheets.join(", ")}): used "${used}" because ${reason}; ${pick}`,
  unplacedColumns: (labels) =>
    `No room for a new ${labels.join(" or ")} column: right of the list, up to the sheet's last column (XFD), every column holds something on the list's rows; add a ${labels.map((l) => `"${l}"`).join(" and ")} column to the header and it is written there`,
};
