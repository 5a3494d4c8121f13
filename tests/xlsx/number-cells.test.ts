/** The number cells the preview's sheet view formats: each with its style's format code. */
import { formatCellValue } from "../../src/core/format/number-format";
import { openPackage } from "../../src/xlsx";
import { nodeCodec } from "../../src/xlsx/node";
import { readNumberCells } from "../../src/xlsx/read/number-cells";
import { FORMATTED_CELLS, formattedBookBytes } from "../builders/formatted-book";

async function numberCells(date1904: boolean) {
  const pkg = openPackage(await formattedBookBytes({ date1904 }), nodeCodec);
  if (!pkg.ok) throw new Error(pkg.error.code);
  return readNumberCells(pkg.value, pkg.value.sheets[0]);
}

test("gives each number its format, dates as serials, and leaves text cells out", async () => {
  const cells = await numberCells(false);
  expect(Array.from({ length: FORMATTED_CELLS.length }, (_, r) => cells[r]?.[1] ?? null)).toEqual([
    { value: 0.96875, format: "0%" },
    { value: 0.4666666666666667, format: "0.0%" },
    { value: 45894, format: "yyyy/m/d" },
    { value: 45894, format: '[$-411]ggge"年"m"月"d"日"' },
    { value: 45828 + 10.5 / 24, format: "yyyy/m/d h:mm" },
    { value: 1234567, format: "#,##0" },
    { value: 60, format: '0"件"' },
    null,
    { value: 0.4666666666666667, format: "General" },
  ]);
  expect(cells.some((row) => row?.[0] !== undefined)).toBe(false);
});

test("shows every cell as Excel does, in a 1904 workbook too", async () => {
  for (const date1904 of [false, true]) {
    const cells = await numberCells(date1904);
    const shown = FORMATTED_CELLS.map(([, value], r) => {
      const cell = cells[r]?.[1];
      return cell ? formatCellValue(cell.value, cell.format) : value;
    });
    expect([date1904, shown]).toEqual([date1904, FORMATTED_CELLS.map(([, , , excel]) => excel)]);
  }
});
