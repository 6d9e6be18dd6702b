/**
 * The one entry point for reading timelines from text. The pipeline of a read:
 *
 * ```
 * text ──detect (unless format given)──▶ reader (json | csv | timelinejs | text)
 *      ──▶ raw TimelineInput + where each date was written ──check dates──▶ ParsedEvents
 * ```
 *
 * The result is still raw input — dates stay as the author wrote them — so `createTimeline`
 * accepts it directly and its diagnostics carry on into the timeline's.
 */
import { ChronolineError, messages } from "../errors.js";
import { checkDates } from "./check-dates.js";
import { readCsv } from "./csv.js";
import { detectFamily } from "./detect.js";
import { isTimelineJsValue } from "./timelinejs-shape.js";
import { parseJsonText, readJsonValue } from "./json.js";
import type { ReadResult } from "./read-result.js";
import { createReporter } from "./report.js";
import { readText } from "./text.js";
import { readTimelineJsValue } from "./timelinejs.js";
import { isTimelineJsHeader, readTimelineJsCsv } from "./timelinejs-csv.js";
import type { Format, ParseOptions, ParsedEvents } from "./types.js";
import { FORMATS } from "./types.js";
import { sniffDelimiter, tokenizeCsv } from "./csv-tokens.js";

/**
 * Reads a timeline from text in any supported format and returns raw timeline input plus the
 * reader's diagnostics and the format read. Without `options.format` the format is detected
 * (from `options.filename`'s extension, then the content) and a `format-detected` diagnostic
 * says which one was chosen and why.
 *
 * Defaults: `errors: "throw"` (the first problem throws a ChronolineError — `parse-error` for the
 * format, or the date's own code — with `line`/`column` or `path`), `checkDates: true`.
 *
 * @throws {@link ChronolineError} `parse-error` for text that cannot be read at all (invalid
 *   JSON, a CSV without a header), whatever `errors` says.
 * @example
 * ```ts
 * const input = parseEvents("---\ndateline: 2025-01-29\n---\nSunday: Mayor Johnson's post\n");
 * input.format;               // "text"
 * input.events[0].start;      // "Sunday"
 * createTimeline(input).events[0].start.precision; // "day" (2025-01-26)
 * ```
 */
export function parseEvents(text: string, options: ParseOptions = {}): ParsedEvents {
  if (typeof text !== "string") {
    throw new ChronolineError("invalid-input", messages.wrongType("text", "a string", text), { input: text });
  }
  const mode = options.errors ?? "throw";
  if (mode !== "throw" && mode !== "collect") {
    throw new ChronolineError("invalid-option", messages.invalidOption("errors", "'throw' or 'collect'", mode), { field: "errors", input: mode });
  }
  if (options.format !== undefined && !FORMATS.includes(options.format)) {
    throw new ChronolineError("invalid-option", messages.invalidOption("format", FORMATS.map((f) => `'${f}'`).join(", "), options.format), {
      field: "format",
      input: options.format,
    });
  }
  const report = createReporter(mode);
  let format: Format;
  let read: ReadResult;
  const detection = options.format === undefined ? detectFamily(text, options.filename) : undefined;
  const family = detection?.family ?? (options.format === "timelinejs" ? timelineJsFamily(text) : options.format);

  if (family === "json") {
    const data = parseJsonText(text, report);
    const tljs = options.format === "timelinejs" || (options.format === undefined && isTimelineJsValue(data));
    format = tljs ? "timelinejs" : "json";
    read = tljs ? readTimelineJsValue(data, report) : readJsonValue(data, report);
  } else if (family === "csv") {
    const tljs = options.format === "timelinejs" || (options.format === undefined && hasTimelineJsHeader(text));
    format = tljs ? "timelinejs" : "csv";
    read = tljs ? readTimelineJsCsv(text, report) : readCsv(text, report);
  } else {
    format = "text";
    try {
      read = readText(text, report);
    } catch (error) {
      throw detection ? explainDetection(error, detection.reason) : error;
    }
  }
  if (detection) {
    report.diagnostics.unshift({
      severity: "warning",
      code: "format-detected",
      message: `read as ${format} (${detection.reason})`,
      ...(family === "json" ? { path: "$" } : { line: 1 }),
    });
  }
  let input = read.input;
  if (options.checkDates !== false) {
    input = checkDates(
      read,
      {
        timeZone: options.timeZone,
        referenceDate: options.referenceDate,
        referenceHint: REFERENCE_HINTS[format],
        documentAt: family === "json" ? { path: "$" } : { line: 1 },
      },
      report,
    );
  }
  return { ...input, diagnostics: report.diagnostics, format };
}

/**
 * A text that was only guessed to be the text syntax and fails on its first line was probably
 * meant as something else: the error says how the format was chosen and how to choose another.
 */
function explainDetection(error: unknown, reason: string): unknown {
  if (!(error instanceof ChronolineError) || error.code !== "parse-error" || error.line !== 1) return error;
  return new ChronolineError(
    error.code,
    `${error.message} (read as the text syntax: ${reason}; pass { format: "csv" | "json" | "timelinejs" } to read it as another format)`,
    { line: error.line, ...(error.column !== undefined ? { column: error.column } : {}) },
  );
}

/** How each format carries a reference date, for the message when a relative date has none. */
const REFERENCE_HINTS: Readonly<Record<Format, string>> = {
  text: "in the text syntax, add 'dateline: 2025-01-29' to the front matter",
  csv: "in CSV, add a row of type 'title' with a reference_date",
  json: "in JSON, add \"referenceDate\" to the document",
  timelinejs: "TimelineJS has no reference date; pass referenceDate to parseEvents and createTimeline",
};

function timelineJsFamily(text: string): "json" | "csv" {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && " \t\r\n".includes(text[i] as string)) i++;
  return text[i] === "{" || text[i] === "[" ? "json" : "csv";
}

function hasTimelineJsHeader(text: string): boolean {
  // Only the header row is needed: tokenize up to the first line break outside quotes.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let end = 0;
  let quoted = false;
  while (end < body.length) {
    const c = body[end];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    end++;
  }
  const header = body.slice(0, end);
  const rows = tokenizeCsv(header, sniffDelimiter(header), createReporter("collect"));
  return isTimelineJsHeader((rows[0]?.cells ?? []).map((c) => c.text));
}
