import { paneLanguage } from "./environment";

describe("the pane's language", () => {
  test("Japanese for a Japanese display language or none; English for any other", () => {
    expect(
      ["ja-JP", "ja", "JA-jp", null, undefined, "en-US", "fr-FR", "zh-CN", "jam"].map(paneLanguage),
    ).toEqual(["ja", "ja", "ja", "ja", "ja", "en", "en", "en", "en"]);
  });
});
