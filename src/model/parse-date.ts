// STUB — being implemented by the dates helper. Signatures are the contract.
import type { Diagnostic } from "../errors.js";
import { ChronolineError } from "../errors.js";
import type { DateInput } from "./types.js";
import type { DateRange, TimePoint } from "./timepoint.js";

/** Options for reading dates. */
export interface DateOptions {
  /** IANA zone for dates written without an offset. Default `"UTC"`. */
  timeZone?: string;
  /** What relative dates ("Sunday", "yesterday") resolve against; without it they are an error. */
  referenceDate?: TimePoint;
  /** Where non-fatal findings (DST gaps and overlaps) are pushed. */
  diagnostics?: Diagnostic[];
}

/** Parses one date expression into a TimePoint. Throws ChronolineError (code, input) on bad input. */
export function parseDate(input: DateInput, options: DateOptions = {}): TimePoint {
  throw new ChronolineError("invalid-date", "not implemented", { input });
}

/** Parses a range expression; returns null when the input is not written as a range. */
export function parseDateRange(input: DateInput, options: DateOptions = {}): DateRange | null {
  return null;
}
