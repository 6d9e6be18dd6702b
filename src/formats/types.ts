import type { Diagnostic } from "../errors.js";
import type { DateInput, TimelineInput } from "../model/types.js";

/**
 * The input formats {@link parseEvents} reads: chronoline's JSON schema, its CSV columns, TimelineJS3
 * (its JSON or its Google Sheets template saved as CSV) and the hand-written text syntax.
 */
export type Format = "json" | "csv" | "timelinejs" | "text";

/** Every format name, in the order detection tries them. */
export const FORMATS: readonly Format[] = Object.freeze(["json", "timelinejs", "csv", "text"]);

/** Options of {@link parseEvents}. Every field is optional. */
export interface ParseOptions {
  /** The format of the text. Default: detected from the content (and `filename`'s extension). */
  format?: Format;
  /** The file name the text came from; its extension helps detection (`.csv`, `.json`, `.txt`). */
  filename?: string;
  /**
   * `"throw"` (default): the first error throws a ChronolineError with its line and column (or
   * JSON path). `"collect"`: the rows, lines or events that cannot be read are left out and every
   * problem is returned in `diagnostics`.
   */
  errors?: "throw" | "collect";
  /**
   * Check every date with the model's date parser while reading, so a bad date is reported at its
   * line and column (or path) instead of by event number later. Default `true`.
   */
  checkDates?: boolean;
  /** Zone for checking dates when the document does not name one. Default: the document's, else `"UTC"`. */
  timeZone?: string;
  /** Reference date for checking relative dates when the document does not carry one. */
  referenceDate?: DateInput;
}

/**
 * What {@link parseEvents} returns: a raw {@link TimelineInput} (dates still as written, so
 * `createTimeline` parses them) carrying the reader's `diagnostics`, plus the `format` that was read.
 */
export interface ParsedEvents extends TimelineInput {
  diagnostics: Diagnostic[];
  /** The format that was read (given, or detected). */
  format: Format;
}

/** Where something is in the source: line and column (text, CSV) or a JSON path. */
export interface Location {
  line?: number;
  column?: number;
  path?: string;
}
