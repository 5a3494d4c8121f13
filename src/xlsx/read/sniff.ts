/** What a file is, told from its first bytes: people pass csv exports, old .xls and encrypted files. */
export type Sniffed = "zip" | "empty-file" | "csv" | "legacy-or-encrypted" | "not-xlsx";

export function sniffPackage(bytes: Uint8Array, name: string): Sniffed {
  if (bytes.length === 0) return "empty-file";
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5))
    return "zip";
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && cfb.every((b, i) => bytes[i] === b)) return "legacy-or-encrypted";
  if (/\.(csv|tsv|txt)$/iu.test(name) || looksLikeDelimitedText(bytes)) return "csv";
  return "not-xlsx";
}

function looksLikeDelimitedText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return false;
  const text = new TextDecoder("utf-8").decode(head);
  if (text.includes("\ufffd")) return false;
  const lines = text.split(/\r?\n/u).filter((l) => l !== "");
  return lines.length > 0 && lines.slice(0, 5).every((l) => l.includes(",") || l.includes("\t"));
}
