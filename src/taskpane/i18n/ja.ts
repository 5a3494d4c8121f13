import type { Language } from "../../core/messages/messages";
import { issueCountsText } from "../../core/messages/counts";
import type { IssueCode } from "../../core/validation/issues";
import { OPERATION_LABELS, type Operation } from "../../core/history/history";
import type { ApplyStep } from "../../core/port/host";

/**
 * The pane's words in Japanese, the language it is written for. `en.ts` has the same shape (the
 * type below makes a missing key a compile error, and a test compares both at run time).
 * Messages about the list itself (issues, failures, the chase message) come from the core's
 * message modules in the same language.
 */
export const ja = {
  lang: "ja" as Language,
  appTitle: "施策リスト",
  views: { label: "画面", pmo: "PMO（全体）", pl: "PL（部の入力）" },
  quarter: {
    label: "四半期",
    option: (quarter: string, isDefault: boolean) => (isDefault ? `${quarter}（直近）` : quarter),
  },
  list: {
    loading: "施策リストを読み込んでいます…",
    reload: "読み込み直す",
    info: (sheet: string, measures: number) => `シート「${sheet}」・施策 ${measures} 件`,
    openFailed: "施策リストを開けませんでした",
    sheetPicker: "使うシート",
    pickAnother: "「使うシート」で別のシートを選べます",
    empty: "施策の行がまだありません（見出しだけのひな形です）。",
  },
  sections: {
    check: "チェック",
    chase: "催促リスト",
    fill: "選択肢を設定",
    attainment: "達成率を計算",
    summary: "サマリー作成",
    charts: "グラフ",
    targets: "目標",
  },
  check: {
    counts: (errors: number, warnings: number) => issueCountsText({ error: errors, warning: warnings }, "ja"),
    none: "問題は見つかりませんでした。",
    groupBy: "まとめ方",
    byDepartment: "部ごと",
    byCode: "種類ごと",
    sheetGroup: "シート全体",
    noDepartment: "（主担当部なし）",
    groupCounts: (errors: number, warnings: number) => `エラー ${errors}・警告 ${warnings}`,
    severity: { error: "エラー", warning: "警告" },
    place: (row: number, column: string) => `${row}行 ${column}列`,
    fix: (suggestion: string) => `「${suggestion}」に直す`,
    fixLabel: (place: string, suggestion: string) => `${place}を「${suggestion}」に直す`,
    fixAll: (count: number) => `直せる ${count} 件をまとめて直す`,
    codes: {
      "missing-column": "見出しにない列",
      "missing-value": "未入力",
      "invalid-choice": "選択肢にない値",
      "non-canonical-choice": "言い換え",
      "reason-required": "方向性理由がない",
      "id-format": "枝番・コードの形",
      "duplicate-id": "施策番号の重複",
      "code-mismatch": "コードの不一致",
      "label-inconsistent": "名称の表記ゆれ",
      "cell-error": "エラー値",
      "not-a-number": "数値として読めない",
      "out-of-range": "計算できない極端な値",
      "invalid-polarity": "目標の方向",
      "weather-mismatch": "天気と達成ペースの食い違い",
      "target-wrong-side": "目標値が基準値の逆側",
      "invalid-choices-sheet": "選択肢シートの表",
      "target-not-a-number": "目標の数値が読めない",
      "target-unit-changes": "目標の単位が変わる",
      "target-direction-contradiction": "目標の方向の食い違い",
      "target-year-order": "年度の列の順序",
      "target-year-missing": "年度の列の欠け",
      "target-link-unknown": "関連施策が見つからない",
      "target-kpi-unit-mismatch": "目標と KPI の単位違い",
      "target-stage-unknown": "段階にない実績",
    } satisfies Record<IssueCode, string>,
  },
  chase: {
    intro: (quarter: string) =>
      `${quarter}の入力がまだの施策を、部ごとに PL あての文面にしました。コピーしてメールやチャットに貼り付けてください（このツールからは何も送りません）。`,
    none: "入力が足りない施策はありません。",
    groupHeading: (department: string, count: number) => `${department}（${count} 件）`,
    messageLabel: (department: string) => `${department}あての文面`,
    copy: "コピー",
    copyLabel: (department: string) => `${department}あての文面をコピー`,
    copied: (department: string) => `${department}あての文面をコピーしました。`,
    copyFailed: "コピーできませんでした。文面を選択したので Ctrl+C でコピーしてください。",
  },
  fill: {
    intro:
      "天気・今後の方向性のセルに選択肢（ドロップダウン）を付け、「晴れ」「改善」などの言い換えを正式な値に直します。選択肢は非表示の「選択肢」シートにあり、再表示すると編集できます。",
    run: "選択肢を設定…",
    unknown: (count: number) => `選択肢にない値が ${count} 件あります。書き換えずに残します:`,
    unknownItem: (place: string, value: string) => `${place}「${value}」`,
  },
  attainment: {
    intro: (quarter: string, fiscalYear: string) =>
      `${fiscalYear}の目標に対する${quarter}末時点の達成率・達成度を計算して書き込みます。`,
    run: "達成率を計算…",
    noTarget:
      "目標値の列がないため計算できません。KPI の列（指標名・単位・基準値・年度目標値・実績値・目標の方向）を足してください。",
    rows: (count: number) => `目標値のある施策: ${count} 件`,
    rowsWithGrades: (count: number, title: string, grades: string) =>
      `目標値のある施策: ${count} 件（${title}: ${grades}）`,
    suggestionsTitle: "本文から見つけた数値の候補",
    suggestionsIntro:
      "マイルストーンや進捗状況の文から読み取った数値です。1 件ずつ確かめて、正しいものだけ採用してください。採用したものだけを書き込みます。",
    position: (index: number, count: number) => `${index} / ${count} 件目`,
    field: { target: "目標値", actual: "実績値" },
    suggestion: (id: string, field: string, value: string) => `${id} の${field}: ${value}`,
    source: (column: string) => `出典（${column}）`,
    accept: "採用する…",
    skip: "採用しない",
    none: "本文から読み取れた数値の候補はありません。",
    done: "候補はすべて確かめました。",
    noColumn: "この施策には書き込む KPI の列がありません。KPI の列を足してから採用してください。",
  },
  summary: {
    intro: (quarter: string) =>
      `${quarter}の四半期サマリーを新しいシートに作ります。施策リストは変更しません。`,
    run: (quarter: string) => `${quarter} のサマリーを作成…`,
    noMeasures: "施策の行がないため、サマリーは作りません。",
    show: (sheet: string) => `「${sheet}」を表示`,
  },
  charts: {
    weatherByPillar: "3本柱別の天気",
    grades: "達成度の分布",
    history: (fiscalYear: string) => `天気の推移（${fiscalYear}）`,
    now: "現在",
    noSummary: "サマリーなし",
    noHistory: (fiscalYear: string) => `${fiscalYear}のサマリーがまだブックにないため、推移はありません。`,
    noTargets: "目標値のある施策がないため、達成度はありません。",
    count: (count: number) => `${count} 件`,
    // No space after a full-width bracket: 「A（達成）1 件」, 「☀ 順調 6 件」.
    part: (name: string, count: string) => `${name}${/[）」]$/u.test(name) ? "" : " "}${count}`,
    stackedLine: (label: string, total: string, parts: string) => `${label}: ${total}（${parts}）`,
    barLine: (label: string, total: string) => `${label}: ${total}`,
    stackedText: (title: string, lines: string) => `${title}。${lines}。`,
    tallyText: (title: string, items: string) => `${title}: ${items}。`,
    listSeparator: "、",
    lineSeparator: "。",
    shownSeparator: "・",
    keys: { 未入力: "未入力", その他: "その他", "-": "計算できない" } as Record<string, string>,
    /** A weather mark shown with its meaning from the 選択肢 sheet. */
    weather: (mark: string, meaning: string) => `${mark} ${meaning}`,
    /** The default marks' meanings in the pane's language (a city's own are shown as written). */
    meanings: { 順調: "順調", やや遅れ: "やや遅れ", 遅れ: "遅れ" } as Record<string, string>,
    gradeMet: (grade: string) => `${grade}（達成）`,
    gradeAtLeast: (grade: string, percent: number) => `${grade}（${percent}%以上）`,
    gradeBelow: (grade: string, percent: number) => `${grade}（${percent}%未満）`,
  },
  write: {
    reviewTitle: (operation: string) => `書き込む前の確認: ${operation}`,
    writingTitle: (operation: string) => `書き込んでいます: ${operation}`,
    undoingTitle: (operation: string) => `元に戻しています: ${operation}`,
    doneTitle: (operation: string) => `結果: ${operation}`,
    measureField: "施策・項目",
    row: (row: number) => `${row}行`,
    headers: (count: number, labels: Labels) =>
      `見出し ${count} か所に「${listOf(labels, "」「")}」を書き込む`,
    headersClear: (count: number, labels: Labels) =>
      `見出し ${count} か所の「${listOf(labels, "」「")}」を消す`,
    warnings: "警告があります。書き込んでよいか、もう一度確かめてください:",
    reviewIntro: "ブックを次のとおり変更します。よければ「書き込む」を押してください。",
    cells: (count: number) => `変更するセル（${count} 件）`,
    sheet: "シート",
    cell: "セル",
    before: "変更前",
    after: "変更後",
    empty: "（空）",
    more: (count: number) => `ほか ${count} 件`,
    newSheet: (name: string, hidden: boolean) => `シート「${name}」を追加${hidden ? "（非表示）" : ""}`,
    dropdown: (sheet: string, ranges: string) => `「${sheet}」の ${ranges} にドロップダウンを付ける`,
    removeSheet: (name: string) => `シート「${name}」を削除`,
    restoreValidations: (count: number) => `入力規則 ${count} か所を元に戻す`,
    nothing: "変更するものはありません。",
    historyNote: "書き込んだ内容は、非表示の「変更履歴」シートにも記録します。",
    confirm: "書き込む",
    cancel: "やめる",
    progress: "書き込み中",
    steps: {
      compare: "他の人の変更がないか確かめています…",
      write: "書き込んで、変更履歴に記録しています…",
      rollback: "途中で止まったため、書き込んだ分を元に戻しています…",
    } satisfies Record<ApplyStep, string>,
    stepOf: (step: string, piece: number, pieces: number) => `${step}（${pieces} 回のうち ${piece} 回目）`,
    stop: "中止",
    finished: "終わりました。",
    stopped: "中止しました。何も書き込んでいません。",
    failed: "書き込めませんでした",
    undo: (operation: string) => `元に戻す（${operation}）`,
    undoTitle: (operation: string) => `元に戻す前の確認: ${operation}`,
    undoKeeps: (count: number) => `次の ${count} セルはその後に他の人が変更したため、戻しません:`,
    dismiss: "閉じる",
    // The same names the 変更履歴 sheet records.
    operations: { ...OPERATION_LABELS } as Record<Operation, string>,
  },
  pl: {
    intro:
      "部を選ぶと、その部の施策をカードで表示します。入力して「保存」を押すと、変更したセルだけを書き込みます。",
    department: "部",
    choose: "（部を選んでください）",
    departmentOption: (name: string, count: number) => `${name}（${count} 件）`,
    overview: (department: string) => `${department}の天気`,
    fields: {
      progress: "進捗状況",
      weather: "天気",
      direction: "今後の方向性",
      directionReason: "方向性理由",
    },
    actual: (fiscalYear: string, unit: string) => `${fiscalYear}実績値${unit === "" ? "" : `（${unit}）`}`,
    kpi: (name: string) => `KPI: ${name}`,
    notChosen: "（未入力）",
    notAChoice: (value: string) => `${value}（選択肢にない値）`,
    rate: (rate: string, grade: string) => `達成率 ${rate}・達成度 ${grade}`,
    pace: (pace: string, weather: string) => `ペース ${pace}（天気の目安 ${weather}）`,
    noRate: "達成率は計算できません（目標値か実績値がありません）。",
    problems: "保存の前に確かめてください",
    blocked: (places: string, more: number) =>
      `エラーがあるため保存できません（${places}${more > 0 ? ` ほか ${more} 件` : ""}）。各欄の下の説明のとおり直してください。`,
    placeSeparator: "、",
    problemPlace: (measure: string, field: string) => `${measure}${field === "" ? "" : `・${field}`}`,
    save: "保存…",
    discard: "入力を取り消す",
    unsaved: (count: number) => `未保存の変更 ${count} セル`,
    noMeasures: "この部の施策はありません。",
    served: "この施策が支える目標",
    servedKgi: (name: string) => `${name}（KGI）`,
    servedLine: (name: string, status: string, figure: string) =>
      `${name}: ${status}${figure === "" ? "" : `（${figure}）`}`,
  },
  // The 目標 view (issue 17): the strategy's targets against the year chosen in the header.
  targets: {
    intro: (sheet: string, fiscalYear: string, quarter: string) =>
      `シート「${sheet}」の目標が、${fiscalYear}の目標に対して${quarter}末時点でどこまで来ているかを示します。`,
    tableTitle: "目標の一覧",
    figureHead: (rate: string, stage: string) => `${rate}・${stage}`,
    empty: "―",
    pathsTitle: "目標ごとの推移と施策",
    baselinePoint: (year: string, value: string) => `${year} 現在地 ${value}`,
    targetPoint: (year: string, value: string) => `${year} 目標 ${value}`,
    actualPoint: (value: string) => `実績 ${value}`,
    pointPair: (target: string, actual: string) => `${target}・${actual}`,
    pathText: (name: string, steps: string) => `${name}の推移: ${steps}。`,
    pathSeparator: "、",
    legend: { target: "目標", actual: "実績" },
    staged: (planned: string, reached: string) => `今年度の予定: ${planned}。到達: ${reached}。`,
    measures: (count: number) => `関連施策（${count} 件）`,
    measure: (id: string, name: string) => `${id} ${name}`,
    share: (value: string, share: string) => `${value}（合計の ${share}）`,
    noMeasures: "この目標を支える施策は、関連施策に書かれていません。",
    unmatched: (names: string) => `リストに見つからない関連施策: ${names}`,
    kgiTitle: "KGI",
    gapsTitle: "計画のすき間",
    gapTitle: (title: string, count: number) => `${title}（${count} 件）`,
    servingNoneItem: (id: string, name: string, kpi: string) => `${id} ${name}（KPI: ${kpi}）`,
    noGaps: "すき間はありません。どの目標にも施策があり、KPI のある施策はどれかの目標につながっています。",
    issues: (count: number) => `「目標」シートで確かめること（${count} 件）`,
    noSheet:
      "このブックには「目標」シートがありません。戦略の目標を、現在地と年度ごとの目標で1行ずつ書く表です。追加すると、ここで各目標の進み具合と、それを支える施策が見られます。",
    noRows: "「目標」シートにまだ目標の行がありません。項目・現在地・年度ごとの目標を1行ずつ書いてください。",
    exists: (sheet: string) =>
      `このブックにはすでに目標の表があります（シート「${sheet}」）。作業ウィンドウで「読み込み直す」を押してください。`,
    add: "目標シートを追加…",
    show: (sheet: string) => `「${sheet}」を表示`,
  },
  preview: {
    title: "施策リスト プレビュー",
    intro:
      "Excel がなくても作業ウィンドウを試せます。ブックはこのブラウザーの中だけで扱い、どこにも送りません。",
    sample: "サンプルを開く",
    open: "ブックを開く（.xlsx）",
    drop: ".xlsx ファイルをここにドロップしても開けます。",
    download: "結果をダウンロード",
    opened: (name: string) => `「${name}」を開きました。`,
    language: "表示言語",
    sheets: "シート",
    sheetView: (sheet: string) => `シート「${sheet}」の内容`,
    selected: (sheet: string, address: string) => `「${sheet}」の ${address} を選択しました。`,
    sheetGone: (sheet: string) => `シート「${sheet}」はなくなったため、選択を解除しました。`,
    rowsShown: (from: number, to: number, total: number) => `${from}〜${to} 行目を表示（全 ${total} 行）`,
    hiddenSheet: "（非表示）",
  },
  // The chase message's sender and reply-by date, kept with the workbook.
  chaseSettings: {
    title: "文面の差出人と回答期限",
    sender: "差出人",
    senderHint: (fallback: string) => `文面の最後に入ります。空欄のときは「${fallback}」。`,
    replyBy: "回答期限",
    replyByHint: "「…までにご記入をお願いします。」と文面に入ります。空欄のときは期限を書きません。",
    saveInWorkbook: "ブックに保存",
    saveInBrowser: "このブラウザーに保存",
    saved: "差出人と回答期限を保存しました。",
    saveFailed: "差出人と回答期限を保存できませんでした。もう一度お試しください。",
  },
  // 変更者: the name 変更履歴 records, asked once in a write's confirmation.
  person: {
    label: "お名前（変更履歴の「変更者」に記録します）",
    hint: "Excel はアドインに利用者の名前を知らせないため、一度だけ伺います。このパソコンに覚えます。空欄のままでも書き込めます。",
    recorded: (name: string) => `変更履歴の「変更者」には「${name}」と記録します。`,
    change: "名前を変える",
  },
};

export type PaneStrings = typeof ja;

/** Header labels a write puts in or takes away: 「達成率」「達成度」. */
export type Labels = readonly string[] | string;

export function listOf(labels: Labels, separator: string): string {
  return Array.isArray(labels) ? labels.join(separator) : String(labels);
}
