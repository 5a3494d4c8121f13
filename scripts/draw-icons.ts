/**
 * Draws the add-in's icons into assets/: the add-in and its pane (a list), サマリー作成 (a bar
 * chart) and チェック (a check mark), at the sizes manifest.xml declares. Each is an SVG on a
 * 16-unit grid rendered by Chromium (the tests' finder: tests/support/browser/find-chromium.ts); every size is a
 * multiple of 16, so edges stay on whole pixels.
 *
 *   npx tsx scripts/draw-icons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS } from "../tests/support/browser/chromium";
import { findChromium } from "../tests/support/browser/find-chromium";

const BLUE = "#1f5fa8";
const YELLOW = "#ffd34d";
const WHITE = "#ffffff";

const SHAPES: Readonly<Record<string, string>> = {
  icon: [
    ...[3, 7, 11].map((y) => `<rect x="2" y="${y}" width="2" height="2" fill="${YELLOW}"/>`),
    ...[3, 7, 11].map((y) => `<rect x="6" y="${y}" width="8" height="2" fill="${WHITE}"/>`),
  ].join(""),
  summary: [
    `<rect x="3" y="8" width="2" height="5" fill="${WHITE}"/>`,
    `<rect x="7" y="5" width="2" height="8" fill="${WHITE}"/>`,
    `<rect x="11" y="3" width="2" height="10" fill="${WHITE}"/>`,
    `<rect x="2" y="13" width="12" height="1" fill="${YELLOW}"/>`,
  ].join(""),
  check: `<path d="M3.5 8.5 L6.5 11.5 L12.5 4.5" fill="none" stroke="${WHITE}" stroke-width="2.2" stroke-linecap="square" stroke-linejoin="miter" shape-rendering="geometricPrecision"/>`,
};

const SIZES: Readonly<Record<string, readonly number[]>> = {
  icon: [16, 32, 64, 80, 128],
  summary: [16, 32, 64, 80],
  check: [16, 32, 64, 80],
};

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: findChromium().path,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const [name, shapes] of Object.entries(SHAPES)) {
      for (const size of SIZES[name]) {
        const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
        await page.setContent(
          `<html><body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" ` +
            `viewBox="0 0 16 16" shape-rendering="crispEdges" style="display:block">` +
            `<rect width="16" height="16" fill="${BLUE}"/>${shapes}</svg></body></html>`,
        );
        const file = join(__dirname, "..", "assets", `${name}-${size}.png`);
        writeFileSync(file, await page.screenshot({ omitBackground: true }));
        await page.close();
        process.stdout.write(`${file}\n`);
      }
    }
  } finally {
    await browser.close();
  }
}

void main();
