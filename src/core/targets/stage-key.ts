import { normalizeChoice } from "../list/normalize";

/** Stages compare through NFKC: the seed's 拡⼤ (a radical) is 拡大. */
export function stageKey(raw: string | number | null): string {
  return raw === null ? "" : normalizeChoice(String(raw)).replace(/\s+/gu, "");
}
