import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { hexColor, paneTheme } from "./theme";

describe("the pane follows Office's theme", () => {
  test("no Office theme (Excel on the web may give none): Fluent's light theme", () => {
    expect(paneTheme(null)).toBe(webLightTheme);
  });

  test("a dark Office theme: Fluent's dark theme with Office's own colours over it", () => {
    const theme = paneTheme({
      bodyBackground: "#262626",
      bodyForeground: "#FFFFFF",
      controlBackground: "#333333",
      controlForeground: "#F0F0F0",
      isDark: true,
    });
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect([
      theme.colorNeutralBackground1,
      theme.colorNeutralForeground1,
      theme.colorNeutralBackground3,
      theme.colorNeutralForeground2,
    ]).toEqual(["#262626", "#ffffff", "#333333", "#f0f0f0"]);
  });

  test("a colour Office writes oddly is left to Fluent", () => {
    const theme = paneTheme({
      bodyBackground: "white",
      bodyForeground: "#000",
      controlBackground: "",
      controlForeground: "#12345",
      isDark: false,
    });
    expect(theme.colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    expect(theme.colorNeutralForeground1).toBe("#000000");
    expect(theme.colorNeutralForeground2).toBe(webLightTheme.colorNeutralForeground2);
  });

  test("hex colours in the forms Office uses", () => {
    expect(["#A1B2C3", "a1b2c3", "#abc", "rgb(0,0,0)", ""].map(hexColor)).toEqual([
      "#a1b2c3",
      "#a1b2c3",
      "#aabbcc",
      null,
      null,
    ]);
  });
});
