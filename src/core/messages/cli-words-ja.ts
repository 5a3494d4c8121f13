import type { CliWords } from "./cli-words";

/** Japanese: what the command line prints. */
export const cliWordsJa: CliWords = {
  place: (row, column) => `${row}行${column === null ? "" : ` ${column}列`}`,
  rowName: (row) => `${row}行目`,
  validate: {
    checked: (source, sheet, rows, headerRows) =>
      `${source}: シート「${sheet}」の施策 ${rows} 行を確認しました（見出し ${headerRows} 行${headerRows > 2 ? "・ページごとの繰り返しを含む" : ""}）`,
    template:
      "施策の行はまだありません（見出しだけの新しい年度のひな形です）。行を追加したら、もう一度チェックしてください。",
    noProblems: "問題は見つかりませんでした。",
    severity: { error: "エラー", warning: "警告" },
    sheetPlace: "シート",
    fix: (suggestion) => ` → 「${suggestion}」`,
  },
  fill: {
    planned: (input, sheet) =>
      `${input}: シート「${sheet}」への選択肢の設定予定（--dry-run: 何も書き込みません）`,
    filled: (input, output, sheet) =>
      `${input} → ${output}: シート「${sheet}」に選択肢を設定しました（入力ファイルは変更していません）`,
    newChoicesSheet:
      "選択肢シート: ありません → 既定の選択肢で新しく作ります（非表示。再表示して編集できます）",
    fields: { weather: "天気", direction: "今後の方向性" },
    noColumn: (field) => `${field}: 列がないためドロップダウンを付けません`,
    dropdownInPlace: (field, cells) => `${field}のドロップダウン: ${cells}（設定済み・変更なし）`,
    dropdown: (field, cells, source) => `${field}のドロップダウン: ${cells}（選択肢: ${source}）`,
    noRewrites: "書き換え: なし（言い換えの値はありません）",
    rewrites: (count) => `書き換え ${count} 件（言い換え → 正式な値）:`,
    rewrite: (place, field, from, to) => `${place} ${field}「${from}」→「${to}」`,
    formulas: (count) => `数式のセル ${count} 個は書き換えていません（数式の参照先を直してください）:`,
    formulaCell: (cell, text) => `${cell}「${text}」`,
    unknowns: (count) => `選択肢にない値 ${count} 件はそのままです（チェックでエラーになります）:`,
    unknown: (place, field, value) => `${place} ${field}「${value}」`,
  },
  attainment: {
    heading: (input, output, fiscalYear, quarter) =>
      `${input} → ${output}: ${fiscalYear}年度の達成率（${quarter}時点）`,
    noTargetColumn: (fiscalYear) =>
      `目標値の列がないため計算できません。「${fiscalYear}年度目標値」「${fiscalYear}実績値」（基準値・目標の方向も可）の列を追加してください。出力は入力と同じ内容です`,
    headersAdded: (headers) => `（見出しを追加: ${headers.join("・")}）`,
    placed: (header, column) => `${header} ${column}列`,
    written: (placed, headersAdded, cells) =>
      `${placed.join("・")}に書き込みました${headersAdded}。変更したセル ${cells} 個`,
    rows: (count) => `目標のある施策 ${count} 行:`,
    tableHeader:
      "行   施策     基準値      目標値      実績値      方向  達成率   達成度  ペース  天気の目安",
    plWeather: (weather) => `（PL: ${weather}）`,
    grades: (tally) => `達成度: ${tally}`,
    uncomputable: (count) => `達成率を計算できない施策 ${count} 行（達成率は空欄、達成度は「-」）:`,
    paceMismatches: (count, quarter) =>
      `天気がペースと合わない施策 ${count} 件（PL の天気はそのまま。validate --quarter ${quarter} で警告）`,
    suggestions: (count) => `本文に書かれた数値の候補 ${count} 件（参考。書き込みはしていません）:`,
    suggestionFields: { target: "目標値", actual: "実績値" },
    suggestion: (place, field, value, from, source) => `${place} ${field} ${value} ← ${from}「${source}」`,
  },
  summary: {
    nothingToSummarise: (input, source) =>
      `${input}: シート「${source}」には施策の行がまだないため、サマリーは作りませんでした（出力ファイルも作っていません）`,
    added: (input, output, sheet, source) =>
      `${input} → ${output}: シート「${sheet}」を「${source}」の後ろに追加しました（施策リストは変更していません）`,
    measures: (quarter, measures, tally) => `${quarter}・施策 ${measures} 件: ${tally}`,
    direction: (tally) => `今後の方向性: ${tally}`,
    grades: (fiscalYear, tally) => `達成度（${fiscalYear}年度）: ${tally}`,
    watchlist: (count) => `要注意の施策 ${count} 件${count > 0 ? ":" : ""}`,
    paceHint: (weather) => `（ペースの目安 ${weather}）`,
    watched: (name, weather, hint, item, department) => `${name} ${weather}${hint} ${item}（${department}）`,
    noPrevious: "前四半期からの変化: 比較できる前の四半期のサマリーがありません",
    changes: (quarter, c) =>
      `前四半期（${quarter}）からの変化: 天気 ${c.weather} 件・方向性 ${c.direction} 件・追加 ${c.added} 件・削除 ${c.removed} 件`,
    weatherMoved: (id, from, to) => `${id} 天気 ${from} → ${to}`,
    directionMoved: (id, from, to) => `${id} 方向性 ${from} → ${to}`,
    measureAdded: (id) => `${id} 追加`,
    measureRemoved: (id) => `${id} 削除`,
  },
  targets: {
    heading: (input, sheet, year, quarter, count) =>
      `${input}: 目標シート「${sheet}」の目標 ${count} 件（${year}年度・${quarter}時点）`,
    noSheet: (input) =>
      `${input}: 目標シートがありません（見出しに「項目」「現在地」と年度の列がある表）。measure-list targets ${input} --add -o <out.xlsx> で空の目標シートを追加できます`,
    numeric: (name, baseline, year, target, actual, rate, status) =>
      `${name}: 現在地 ${baseline} → ${year}年度目標 ${target}、実績 ${actual}、達成率 ${rate}（${status}）`,
    staged: (name, year, planned, reached, status) =>
      `${name}: ${year}年度の段階「${planned}」、実績「${reached}」（${status}）`,
    shares: (parts) => `内訳: ${parts}`,
    measures: (ids) => `関連施策: ${ids}`,
    moreMeasures: (count) => `ほか ${count} 件`,
    noValue: "-",
    notes: "注記:",
    note: (row, text) => `${row}行: ${text}`,
    added: (input, output, sheet, after) =>
      `${input} → ${output}: 空の目標シート「${sheet}」を「${after}」の後ろに追加しました（施策リストは変更していません）`,
    exists: (input, sheet) => `${input}: 目標シート「${sheet}」がすでにあります。何も追加しません`,
  },
  demo: {
    sample: (path) => `サンプル: ${path}（印西市の業務改革施策リスト 32 施策、令和7年9月末時点）`,
    validate: "■ 1. チェック（measure-list validate）",
    fill: "■ 2. 選択肢の設定（measure-list fill）",
    attainment: (quarter) =>
      `■ 3. 達成率（measure-list attainment --quarter ${quarter}）: KPI 列（本文の数値を入力したもの）つきのサンプルで`,
    summary: (quarter) =>
      `■ 4. 四半期サマリー（measure-list summary --quarter ${quarter}）: 達成率を入れたブックで`,
    targets: (year) =>
      `■ 5. 目標（measure-list targets --year ${year}）: 目標シート（第二章の目標と KGI）つきのサンプルで`,
    more: (lines, file) => `…ほか ${lines} 行（全文: ${file}）`,
    outputs: (folder, files) => `出力（${folder}/）: ${files.join(", ")}`,
  },
  args: {
    noCommand:
      "コマンドを指定してください（validate, fill, attainment, summary, targets, demo）。measure-list --help で使い方を表示します",
    unknownCommand: (command) =>
      `不明なコマンド「${command}」です（validate, fill, attainment, summary, targets, demo）`,
    optionNotFor: (command, option) => `${command} には ${option} を指定できません`,
    extraArgument: (argument) => `余分な引数「${argument}」があります`,
    noInput: (command) => `${command} には入力ファイル（.xlsx）を指定してください`,
    noOutput: (command) =>
      `${command} には出力先を -o <out.xlsx> で指定してください（入力ファイルは変更しません）`,
    emptySheet: "--sheet にシート名を指定してください",
    emptyQuarter: "--quarter に四半期（例: R8Q2）を指定してください",
    emptyBy: "--by に変更履歴の変更者として記録する名前を指定してください",
    invalid: "引数が正しくありません",
    unknownOption: (option) => `不明なオプション「${option}」です`,
    optionValue: (option) => `オプション「${option}」に値を指定してください`,
    unreadable: (detail) => `引数を読めません: ${detail}`,
    emptyYear: "--year に年度（例: R8、2026年度）を指定してください",
    yearUnreadable: (text) =>
      `--year「${text}」を年度として読めません（例: R8、令和8年度、2026年度、FY2026）`,
    yearQuarterDiffer: (year, quarter) => `--year ${year} と --quarter ${quarter} の年度が違います`,
    outputNeedsAdd: "targets の -o は --add（空の目標シートの追加）と一緒に指定してください",
  },
  unexpected: (detail) => `予期しないエラーで中断しました（入力ファイルは変更していません）: ${detail}`,
};
