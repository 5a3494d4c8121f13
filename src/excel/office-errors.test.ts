import { hostErrorOf, readFailureOf, readFailureOfHost } from "./office-errors";

function officeError(code: string, message = "Excel said no"): Error {
  return Object.assign(new Error(message), { code, debugInfo: { errorLocation: "Range.values" } });
}

describe("Excel's errors in the core's terms", () => {
  test("a write sorts Excel's codes; an API this Excel lacks names the add-in's minimum", () => {
    const codes = ["AccessDenied", "ItemNotFound", "InvalidOperation", "RequestPayloadSizeLimitExceeded"];
    expect(codes.map((c) => hostErrorOf(officeError(c)).code)).toEqual([
      "protected",
      "not-found",
      "invalid",
      "too-large",
    ]);
    expect(hostErrorOf(officeError("ApiNotFound"))).toEqual({
      code: "unsupported",
      sheet: null,
      detail: "ApiNotFound: Excel said no (Range.values)",
      needs: "ExcelApi 1.8",
    });
  });

  test("a read never says a sheet was protected or a write refused: Excel's words for support", () => {
    const read = (code: string) => readFailureOf(officeError(code));
    expect(["AccessDenied", "ItemNotFound", "InvalidArgument", "GeneralException"].map(read)).toEqual([
      { code: "excel-error", detail: "AccessDenied: Excel said no (Range.values)" },
      { code: "excel-error", detail: "ItemNotFound: Excel said no (Range.values)" },
      { code: "excel-error", detail: "InvalidArgument: Excel said no (Range.values)" },
      { code: "excel-error", detail: "GeneralException: Excel said no (Range.values)" },
    ]);
  });

  test("a read that is too big, busy, cut off or in a cell being edited says so", () => {
    const read = (code: string) => readFailureOf(officeError(code)).code;
    expect(
      [
        "ResponsePayloadSizeLimitExceeded",
        "ActivityLimitReached",
        "InvalidOrTimedOutSession",
        "InvalidOperationInCellEditMode",
        "ApiNotFound",
      ].map(read),
    ).toEqual([
      "payload-too-large",
      "excel-busy",
      "connection-lost",
      "cell-edit-mode",
      "requirement-missing",
    ]);
    expect(readFailureOf(new Error("no code"))).toEqual({ code: "excel-error", detail: "Error: no code" });
  });

  test("an undo's preview read through the write port: a missing sheet is not told as a write's", () => {
    const gone = { code: "not-found", sheet: null, detail: "ItemNotFound: 施策リスト" } as const;
    expect(readFailureOfHost(gone)).toEqual({ code: "excel-error", detail: "ItemNotFound: 施策リスト" });
  });
});
