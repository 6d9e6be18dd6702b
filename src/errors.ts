/**
 * Every user-facing error and warning of chronoline lives here, so that messages stay consistent
 * and codes stay stable. Stages never print: fatal problems throw a {@link ChronolineError}, and
 * non-fatal findings become {@link Diagnostic}s on the result.
 */

/** Stable machine-readable error codes. New codes may be added; existing ones never change meaning. */
export type ErrorCode =
  | "invalid-date"
  | "invalid-range"
  | "invalid-time-zone"
  | "relative-without-reference"
  | "number-not-allowed"
  | "missing-field"
  | "wrong-type"
  | "duplicate-id"
  | "end-before-start"
  | "unknown-relation-target"
  | "unsafe-url"
  | "invalid-option"
  | "invalid-input"
  | "parse-error"
  | "format-unavailable";

/** Codes of non-fatal findings reported in `diagnostics`. */
export type WarningCode =
  | ErrorCode
  | "dst-gap"
  | "dst-overlap"
  | "text-sanitised"
  | "html-stripped"
  | "format-detected"
  | "unknown-column"
  | "unknown-field"
  | "ambiguous-date";

/** A non-fatal finding (or, with `errors: 'collect'`, a collected error). */
export interface Diagnostic {
  /** `"error"` when the event or field was rejected, `"warning"` when it was kept. */
  severity: "error" | "warning";
  code: WarningCode;
  message: string;
  /** Position of the event in the input array, when the finding is about one event. */
  index?: number;
  /** The event's id, when known. */
  eventId?: string;
  /** The field the finding is about (`"start"`, `"sources[0].url"`, …). */
  field?: string;
  /** 1-based line and column, for text and CSV sources. */
  line?: number;
  column?: number;
  /** JSON path, for JSON sources (`$.events[3].start_date`). */
  path?: string;
}

/** Where an error happened: all optional, so the same class serves every stage. */
export interface ErrorContext {
  index?: number;
  eventId?: string;
  field?: string;
  input?: unknown;
  line?: number;
  column?: number;
  path?: string;
}

const MAX_INPUT_CHARS = 80;

/** The context fields an error carries as given and a diagnostic copies (`input` is shortened first). */
const CONTEXT_KEYS = ["index", "eventId", "field", "line", "column", "path"] as const;

/** Shortens the offending input for messages, so a 5 MB field never lands in a log line. */
export function describeInput(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = `'${value}'`;
  // JSON would write NaN and ±Infinity as null, and cannot write a BigInt at all.
  else if (typeof value === "number" || typeof value === "bigint") text = typeof value === "bigint" ? `${value}n` : String(value);
  else if (value instanceof Date) text = `Date(${Number.isNaN(value.getTime()) ? "Invalid" : value.toISOString()})`;
  else {
    try {
      text = JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)) ?? String(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > MAX_INPUT_CHARS ? `${text.slice(0, MAX_INPUT_CHARS - 1)}…` : text;
}

/**
 * The one error type chronoline throws for bad input or options.
 *
 * @example
 * ```ts
 * try { createTimeline({ events: [{ id: "a", title: "A", start: "Jan 32, 2025" }] }); }
 * catch (e) { if (e instanceof ChronolineError) console.log(e.code, e.eventId, e.field); }
 * // → "invalid-date" "a" "start"
 * ```
 */
export class ChronolineError extends Error {
  override readonly name = "ChronolineError";
  // Declared: the constructor sets them all (no field initialisers needed).
  declare readonly code: ErrorCode;
  declare readonly index: number | undefined;
  declare readonly eventId: string | undefined;
  declare readonly field: string | undefined;
  /** The offending input, shortened for display. */
  declare readonly input: string | undefined;
  declare readonly line: number | undefined;
  declare readonly column: number | undefined;
  declare readonly path: string | undefined;

  constructor(code: ErrorCode, message: string, context: ErrorContext = {}) {
    super(message);
    this.code = code;
    for (const key of CONTEXT_KEYS) (this as Record<string, unknown>)[key] = context[key];
    this.input = "input" in context ? describeInput(context.input) : undefined;
  }

  /** The same error as a diagnostic, for `errors: 'collect'`. */
  toDiagnostic(): Diagnostic {
    const d: Diagnostic = { severity: "error", code: this.code, message: this.message };
    for (const key of CONTEXT_KEYS) if (this[key] !== undefined) (d as unknown as Record<string, unknown>)[key] = this[key];
    return d;
  }
}

/**
 * Runs `parse`; a ChronolineError it throws is thrown again with `prefix` before its message and
 * `context` as its place (the original input kept), so one wrapper names the event or option.
 *
 * @example
 * inContext("option timeZone: ", { field: "timeZone" }, () => parseDate("2000", { timeZone: "Mars/Base" }));
 */
export function inContext<T>(prefix: string, context: ErrorContext, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    // The input is kept as the inner error described it.
    if (error instanceof ChronolineError) throw Object.assign(new ChronolineError(error.code, prefix + error.message, context), { input: error.input });
    throw error;
  }
}

/** Prefix naming an event in messages: `event 'waukegan-statement'` or `event #3`. */
export function eventLabel(index: number | undefined, eventId: string | undefined): string {
  return eventId ? `event '${eventId}'` : index === undefined ? "input" : `event #${index}`;
}

/**
 * The error `code` about a place (`field`, and the event's `index` / `eventId`): a message about
 * an event starts with its label (`event 'x': `). `input`, unless undefined, is the offending value.
 */
export function errorAt(code: ErrorCode, context: ErrorContext, message: string, input?: unknown): ChronolineError {
  const label = context.index === undefined ? "" : `${eventLabel(context.index, context.eventId)}: `;
  return new ChronolineError(code, label + message, input === undefined ? context : { ...context, input });
}

/** Messages, one function per code, so wording stays the same everywhere. */
export const messages = {
  invalidDate: (input: unknown, why?: string) =>
    `${describeInput(input)} is not a valid date${why ? ` (${why})` : ""}`,
  invalidRange: (input: unknown, why: string) => `${describeInput(input)} is not a valid date range (${why})`,
  invalidTimeZone: (zone: string) => `'${zone}' is not a known IANA time zone`,
  relativeWithoutReference: (input: unknown) => `${describeInput(input)} is relative and needs options.referenceDate (e.g. the article's date); chronoline never uses the machine's clock`,
  numberNotAllowed: (input: unknown) => `${describeInput(input)} is a number; write dates as text ('2017') or {epochMs}`,
  missingField: (field: string) => `${field} is required`,
  wrongType: (field: string, expected: string, input: unknown) =>
    `${field} must be ${expected}, got ${describeInput(input)}`,
  duplicateId: (id: string, firstIndex: number) => `id '${id}' is already used by event #${firstIndex}`,
  endBeforeStart: (start: string, end: string) => `end ${end} is before start ${start}`,
  unknownRelationTarget: (to: string) => `relation points to '${to}', which is not an event id`,
  unsafeUrl: (url: string) => `${describeInput(url)} is not an http(s), mailto or relative URL`,
  invalidOption: (name: string, allowed: string, input: unknown) =>
    `option ${name} must be ${allowed}, got ${describeInput(input)}`,
  dstGap: (input: unknown, zone: string, minutes: number) =>
    `${describeInput(input)} does not exist in ${zone} (clocks skip ${minutes} minutes); moved forward to the first time that does`,
  dstOverlap: (input: unknown, zone: string) => `${describeInput(input)} happens twice in ${zone} (clocks fall back); the earlier one is used`,
} as const;

/**
 * Throws `invalid-option` naming the option, what it accepts and what it got.
 *
 * @example
 * ```ts
 * invalidOption("height", "a finite number > 0", -1); // throws ChronolineError
 * ```
 */
export function invalidOption(name: string, allowed: string, input: unknown): never {
  throw new ChronolineError("invalid-option", messages.invalidOption(name, allowed, input), { field: name, input });
}
