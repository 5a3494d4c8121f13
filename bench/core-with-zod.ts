/**
 * The core as it was with zod for the summary marker's four-field check: built only by the bench,
 * to measure what that check would cost the core's browser bundle.
 */
import { z } from "zod";

export * from "../src/core/index";

export const MarkerSchema = z.object({
  v: z.literal(1),
  quarter: z.string(),
  source: z.string(),
  made: z.string(),
});
