/** Small helpers for conformance tests: run add-in code and describe how it failed. */

export interface Failure {
  code: string;
  location: string | undefined;
  statement: string | undefined;
  message: string;
}

/** Runs `batch` through `Excel.run` and returns the OfficeExtension.Error it raised (or fails the test). */
export async function failureOf(
  batch: (context: Excel.RequestContext) => Promise<unknown>,
): Promise<Failure> {
  try {
    await Excel.run(batch);
  } catch (e) {
    const error = e as OfficeExtension.Error;
    if (!(error instanceof OfficeExtension.Error)) throw e;
    return {
      code: error.code,
      location: error.debugInfo?.errorLocation,
      statement: error.debugInfo?.statement,
      message: error.message,
    };
  }
  throw new Error("expected the batch to fail");
}
