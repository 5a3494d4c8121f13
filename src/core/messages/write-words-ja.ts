import type { WriteWords } from "./write-result";

/** Japanese: what the PMO and PLs read after a write. */
export const writeWordsJa: WriteWords = {
  nothingWritten: "（何も書き込んでいません）",
  written: (cells) => `${cells} セルを書き込みました。`,
  sheetsAdded: (names) => `シート「${names.join("」「")}」を追加しました。`,
  sheetsRemoved: (names) => `シート「${names.join("」「")}」を削除しました。`,
  nothingToWrite: "書き込むものはありませんでした（ブックは変わっていません）。",
  noneWritten: "ブックは何も変わっていません。",
  refused: (reason) => `書き込めませんでした: ${reason}（何も書き込んでいません）。`,
  undone: (reason, rolledBack) =>
    `書き込みの途中で止まりました: ${reason}。それまでに書き込んだ ${rolledBack} か所は元に戻したので、ブックは実行前のままです。`,
  stays: (reason, cells, sheets) =>
    `書き込みの途中で止まりました: ${reason}。${cells} セル${sheets.length > 0 ? `とシート「${sheets.join("」「")}」` : ""}が書き込まれたままです（変更履歴に記録してあり、［元に戻す］で戻せます）。`,
  rollbackFailed: (reason) => `元に戻そうとしましたが、できませんでした: ${reason}`,
  unknown: (reason, written, unknown) =>
    `書き込みの途中で止まりました: ${reason}。${written} セルは書き込み済みで変更履歴に記録してあります。最後の ${unknown} セルは、書き込まれたかどうか確かめられませんでした（下の一覧）。`,
  changed: (cells) => `${cells} セルは、読み込んだあとに他の人が変更していたため、書き込んでいません。`,
  changedSinceWritten: (cells) =>
    `${cells} セルは、このツールが書き込んだあとに他の人が変更していたため、元に戻していません（その人の値のままです）。`,
  formula: (cells) => `${cells} セルは数式が入っているため、書き換えていません。`,
  inputChanged: (cells, first) =>
    `${cells} セルは、計算のもとになったセル（${first} など）が読み込んだあとに変更されたため、書き込んでいません。もう一度実行してください。`,
  already: (cells) => `${cells} セルは、すでに書き込む値になっていました。`,
  dropdowns: (ranges) => `ドロップダウンを ${ranges} か所に付けました。`,
  validationsRestored: (ranges) => `ドロップダウンを付けた ${ranges} か所の入力規則を元に戻しました。`,
  historyRows: (rows) => `変更履歴に ${rows} 行を記録しました。`,
  kept: (sheet, inputs) => {
    switch (sheet.reason) {
      case "not-made-by-tool":
        return `シート「${sheet.name}」はこのツールが作ったシートではないため、削除していません。`;
      case "renamed":
        return `シート「${sheet.name}」は名前が「${sheet.now ?? ""}」に変わっていたため、削除していません。`;
      case "gone":
        return `シート「${sheet.name}」はすでにありませんでした。`;
      case "input-changed":
        return `施策リストが読み込んだあとに変更されたため（${inputs} など）、シート「${sheet.name}」は作っていません。もう一度実行してください。`;
    }
  },
  unsupported: (step, needs) => `この Excel では${STEPS[step]}をしませんでした（${needs} が必要です）。`,
  changedCell: (place, found) => `${place}: 他の人が「${found}」に変更していました`,
  formulaCell: (place) => `${place}: 数式のセルです`,
  inputCell: (place, input, found) => `${place}: もとになった ${input} が「${found}」に変わっていました`,
  unknownCell: (place) => `${place}: 書き込まれたか確かめられませんでした`,
  empty: "（空）",
};

const STEPS = {
  "print-setup": "印刷の設定",
  chart: "グラフの作成",
  "copy-header-look": "見出しの書式のコピー",
} as const;
