/**
 * `worksheet.horizontalPageBreaks` (ExcelApi 1.9): the manual row breaks, each at the cell that
 * starts a new printed page (`add("A30")` or a range, whose top row it takes).
 */
import { parseAddress } from "../model/address";
import type { Sheet } from "../model/workbook";
import { fail } from "../protocol/errors";
import { argInteger, argString } from "./args";
import { hostObject, isHostObject, type ClassSpec } from "./class-spec";
import type { RangeRef } from "./range-ref";

interface BreakRef {
  readonly sheet: Sheet;
  readonly row: number;
}

export const horizontalPageBreaksSpec: ClassSpec<Sheet> = {
  name: "PageBreakCollection",
  items: (sheet) => sheet.rowBreaks.map((row) => hostObject(pageBreakSpec, { sheet, row })),
  properties: { Count: { get: (s) => s.rowBreaks.length } },
  methods: {
    Add: {
      call: (sheet, [at]) => {
        const row = isHostObject(at) ? (at.target as RangeRef).rect.top : addressRow(at);
        if (!sheet.rowBreaks.includes(row)) sheet.rowBreaks = [...sheet.rowBreaks, row].sort((a, b) => a - b);
        return hostObject(pageBreakSpec, { sheet, row });
      },
    },
    GetCount: { call: (s) => s.rowBreaks.length },
    GetItem: {
      call: (sheet, [i]) => {
        const row = sheet.rowBreaks[argInteger(i, "PageBreakCollection.getItem")];
        return row === undefined
          ? fail("ItemNotFound", "PageBreakCollection.getItem")
          : hostObject(pageBreakSpec, { sheet, row });
      },
    },
    RemovePageBreaks: {
      call: (sheet) => {
        sheet.rowBreaks = [];
        return null;
      },
    },
  },
};

const pageBreakSpec: ClassSpec<BreakRef> = {
  name: "PageBreak",
  properties: {
    RowIndex: { get: ({ row }) => row },
    ColumnIndex: { get: () => 0 },
  },
  methods: {
    Delete: {
      call: ({ sheet, row }) => {
        sheet.rowBreaks = sheet.rowBreaks.filter((r) => r !== row);
        return null;
      },
    },
  },
};

function addressRow(value: unknown): number {
  const text = argString(value, "PageBreakCollection.add");
  const parsed = parseAddress(text);
  if (!parsed) return fail("InvalidArgument", "PageBreakCollection.add", `${text} is not an address`);
  return parsed.rect.top;
}
