import { defaultQuarter, parseQuarter, todayFrom, type Quarter } from "../core/calendar/fiscal-calendar";
import { failureMessage } from "../core/messages/failures";
import { CliFailure, type CliIo } from "./io";

/** A --quarter value, or a one-line failure that shows the accepted forms. */
export function quarterArg(text: string): Quarter {
  const parsed = parseQuarter(text);
  if (!parsed.ok) throw new CliFailure(`--quarter: ${failureMessage(parsed.error)}`);
  return parsed.value;
}

/** The quarter asked for, or the last one that has ended (§7). */
export function resolveQuarter(text: string | undefined, io: CliIo): Quarter {
  return text === undefined ? defaultQuarter(todayFrom(io.now())) : quarterArg(text);
}
