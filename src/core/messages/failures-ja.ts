import type { KeepProblem } from "../port/failures";
import type { FailureTable } from "./failures";

const QUARTER_FORMS = "R8Q2、FY2026Q2、令和8年度第2四半期 のように書いてください。";

/** Japanese: what the PMO and PLs read. */
export const failuresJa: FailureTable = {
  "file-not-found": (f) => `ファイル「${f.path}」が見つかりません`,
  "is-directory": (f) => `「${f.path}」はフォルダーです。.xlsx ファイルを指定してください`,
  "empty-file": (f) => `ファイル「${f.path}」は空です（0 バイト）`,
  csv: (f) =>
    `「${f.path}」は CSV などのテキストです。Excel で開いて .xlsx 形式で保存してから指定してください`,
  "legacy-or-encrypted": (f) =>
    `「${f.path}」は古い .xls 形式かパスワード付きのファイルです。パスワードを外して .xlsx 形式で保存してください`,
  "not-xlsx": (f) => `「${f.path}」は .xlsx ファイルではありません`,
  unreadable: (f) => `「${f.path}」を .xlsx として読めません（壊れているか別の形式です: ${f.detail}）`,
  "sheet-not-found": (f) =>
    `シート「${f.sheet}」がありません（あるシート: ${f.sheets.join("、") || "なし"}）`,
  "no-list": (f, c) =>
    `${c.source === null ? "このブック" : `「${c.source}」`}に施策リストが見つかりません。「進捗管理枝番1」「天気」「今後の方向性」などの見出し行がある表を探しました（シート: ${f.sheets.join("、") || "なし"}）`,
  "quarter-empty": () => `四半期が空です。${QUARTER_FORMS}`,
  "quarter-unreadable": (f) => `「${f.text}」は四半期として読めません。${QUARTER_FORMS}`,
  "quarter-number": (f) => `四半期は1〜4です（「${f.text}」）。${QUARTER_FORMS}`,
  "quarter-before-reiwa": (f) => `${f.year}年度は令和より前の年度です。${QUARTER_FORMS}`,
  "quarter-no-such-reiwa": (f) => `令和${f.reiwa}年度はありません（令和元年度がR1です）。${QUARTER_FORMS}`,
  "same-as-input": (f) =>
    `出力先「${f.path}」が入力ファイルと同じです。入力は変更しないので、別のファイル名を -o に指定してください`,
  "no-folder": (f) => `出力先のフォルダーがありません: ${f.path}`,
  "output-is-directory": (f) => `出力先「${f.path}」はフォルダーです。ファイル名を指定してください`,
  "write-failed": (f) => `「${f.path}」に書き込めません: ${f.detail}`,
  "cannot-keep": (f) =>
    `${f.path === null ? "ブック" : `「${f.path}」`}には何も書き込みませんでした: ${keepProblemJa(f.problem)}（元のブックは変更していません）`,
  "sheet-protected": (f) =>
    `シート「${f.sheet}」が保護されているため書き込めません。[校閲] → [シート保護の解除] をしてから、もう一度実行してください（何も書き込んでいません）`,
  "cell-edit-mode": () =>
    "セルを編集中のため書き込めません。Enter か Esc で編集を終えてから、もう一度実行してください（何も書き込んでいません）",
  "payload-too-large": () =>
    "一度に送るデータが Excel の上限（5 MB）を超えました。分けて書き込めなかったため、何も書き込んでいません",
  "requirement-missing": (f) =>
    `この Excel では ${f.set} ${f.version} が使えないため実行できません。Excel を更新するか、Excel on the web で開いてください`,
  "excel-error": (f) => `Excel がエラーを返しました: ${f.detail}（何も書き込んでいません）`,
};

function keepProblemJa(p: KeepProblem): string {
  switch (p.code) {
    case "strict-ooxml":
      return "Strict Open XML 形式のブックは、そのまま保って書き出せません。Excel で通常の .xlsx として保存し直してください";
    case "sheet-not-found":
      return `シート「${p.sheet}」がブックにありません`;
    case "sheet-name-taken":
      return `シート「${p.sheet}」が既にあります`;
    case "sheet-name-invalid":
      return `「${p.sheet}」はシート名に使えません`;
    case "last-visible-sheet":
      return `「${p.sheet}」を削除すると表示されるシートが 1 枚もなくなります`;
    case "not-finite":
      return `セル ${p.sheet}!${p.cell} の数値が無限大か非数です`;
    case "text-too-long":
      return `セル ${p.sheet}!${p.cell} の文字数が Excel の上限 32,767 字を超えます`;
    case "name-refers-to-removed-sheet":
      return `名前「${p.name}」がシート「${p.sheet}」を指しているため、そのシートを削除できません`;
  }
}
