import type { KeepProblem, PackageProblem } from "../port/failures";
import type { FailureTable } from "./failures";

const QUARTER_FORMS = "R8Q2、FY2026Q2、令和8年度第2四半期のように書いてください。";

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
  unreadable: (f) =>
    `「${f.path}」を .xlsx として読めません（壊れているか別の形式です: ${packageProblemJa(f.problem)}）`,
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
  "cannot-keep": (f) => `${f.path === null ? "" : `「${f.path}」: `}${keepProblemJa(f.problem)}`,
  "sheet-protected": (f) =>
    `シート「${f.sheet}」が保護されているため書き込めません。［校閲］→［シート保護の解除］をしてから、もう一度実行してください`,
  "cell-edit-mode": () =>
    "セルを編集中のため書き込めません。Enter か Esc で編集を終えてから、もう一度実行してください",
  "payload-too-large": () => "一度に送るデータが Excel の上限（5 MB）を超えました",
  "requirement-missing": (f) =>
    `この Excel では ${f.needs} が使えないため実行できません。Excel を更新するか、Excel on the web で開いてください`,
  "sheet-gone": (f) =>
    `シート「${f.sheet}」が書き込みの途中で削除されたか、名前が変わりました。作業ウィンドウを開き直してから、もう一度実行してください`,
  "excel-refused": (f) =>
    `Excel がこの書き込みを受け付けませんでした。ブックを開き直してから、もう一度実行してください（Excel の説明: ${f.detail}）`,
  "excel-busy": (f) =>
    `Excel が混み合っていて処理できませんでした。少し待ってから、もう一度実行してください（${f.detail}）`,
  "connection-lost": (f) =>
    `Excel との通信が途切れました。ネットワークを確かめてから、もう一度実行してください（${f.detail}）`,
  "excel-error": (f) => `Excel で予期しないエラーが起きました（Excel の説明: ${f.detail}）`,
  stopped: () => "書き込みを途中で止めました",
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
    case "outside-grid":
      return `セル ${p.sheet}!${p.cell} は Excel のシートの範囲（列 XFD・行 1048576 まで）の外です`;
  }
}

function packageProblemJa(p: PackageProblem): string {
  switch (p.code) {
    case "not-a-zip":
      return "zip の目録（central directory）が読めません";
    case "zip64":
      return "4 GB を超える形式（ZIP64）には対応していません";
    case "encrypted":
      return `暗号化された部品があります（${p.entry}）`;
    case "compression":
      return `対応していない圧縮方式です（${p.entry}: ${p.method}）`;
    case "duplicate-entry":
      return `同じ名前の部品が 2 つあります（${p.entry}）`;
    case "missing-part":
      return `必要な部品がありません（${p.part}）`;
    case "bad-part":
      return `部品が壊れています（${p.part}）`;
    case "damaged":
      return p.detail;
  }
}
