/**
 * Header names and choice values arrive typed by many hands: full-width and half-width forms,
 * line breaks inside names, emoji presentation selectors. Compare through these, never raw.
 */

const WHITE_SPACE = /[\s\u3000\u200b]+/gu;
const VARIATION_SELECTORS = /[\ufe0e\ufe0f]/gu;

/** NFKC with every white space removed: 「今後の方 向性」 and 「今後の方向性」 compare equal. */
export function normalizeHeader(text: string): string {
  return text.normalize("NFKC").replace(WHITE_SPACE, "");
}

/** NFKC, trimmed, without emoji variation selectors: 「☀️」 compares equal to 「☀」. */
export function normalizeChoice(text: string): string {
  return text.normalize("NFKC").replace(VARIATION_SELECTORS, "").trim();
}

/** NFKC and trimmed; for codes such as `Ａ１` that mean `A1`. */
export function normalizeCode(text: string): string {
  return text.normalize("NFKC").trim();
}
