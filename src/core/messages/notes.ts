import type { AttainmentColumn } from "../actions/attainment";
import { fieldLabel } from "../list/fields";
import type { ListChoiceReason } from "../list/find-list";
import type { Language } from "./messages";

const REASON_JA: Record<ListChoiceReason, string> = {
  "more-fields": "見出しの項目が最も多い",
  visible: "表示されている",
  "more-rows": "行が最も多い",
  first: "最も左にある",
};

const REASON_EN: Record<ListChoiceReason, string> = {
  "more-fields": "its header names the most fields",
  visible: "it is the visible one",
  "more-rows": "it has the most rows",
  first: "it comes first",
};

/**
 * The line that tells a person which of several complete lists was used, why, and how to pick
 * another: `--sheet` on the command line, the sheet picker in the pane.
 */
export function otherListsMessage(
  used: string,
  others: { readonly sheets: readonly string[]; readonly reason: ListChoiceReason },
  language: Language = "ja",
  pick: string = language === "ja" ? "--sheet で指定できます" : "pick another with --sheet",
): string {
  if (language === "en")
    return `Several sheets hold a complete measure list (${[used, ...others.sheets].join(", ")}): used "${used}" because ${REASON_EN[others.reason]}; ${pick}`;
  return `施策リストのあるシートが複数あります（${[used, ...others.sheets].join("、")}）。${REASON_JA[others.reason]}「${used}」を使いました。ほかのシートは ${pick}`;
}

/**
 * The line that tells a person why 達成率/達成度 columns were not added: no column right of the
 * list is empty on all its rows up to the sheet's last column (XFD). A 達成率 or 達成度 column the
 * list already has is still written.
 */
export function unplacedColumnsMessage(
  columns: readonly AttainmentColumn[],
  language: Language = "ja",
): string {
  const labels = columns.map((c) => fieldLabel(c));
  if (language === "en")
    return `No room for a new ${labels.join(" or ")} column: right of the list, up to the sheet's last column (XFD), every column holds something on the list's rows; add a ${labels.map((l) => `"${l}"`).join(" and ")} column to the header and it is written there`;
  return `${labels.join("・")}の列を追加できません。施策リストの右には、シートの右端（XFD 列）まで、リストの行がすべて空いている列がありません。見出しに${labels.map((l) => `「${l}」`).join("")}の列を用意すれば、そこに書き込みます`;
}
