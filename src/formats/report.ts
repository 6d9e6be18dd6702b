import type { Diagnostic, ErrorCode, WarningCode } from "../errors.js";
import { ChronolineError } from "../errors.js";
import type { Location } from "./types.js";

/** Extra context a finding may name: the event (by position) and the field. */
export interface FindingContext {
  index?: number;
  eventId?: string;
  field?: string;
  input?: unknown;
}

/**
 * Where a reader's findings go. Readers never print: warnings are recorded, and an error either
 * throws at once (`errors: "throw"`) or is recorded so the reader can skip the bad row or line
 * and go on (`errors: "collect"`).
 */
export interface Reporter {
  readonly collect: boolean;
  readonly diagnostics: Diagnostic[];
  /** Records a non-fatal finding. */
  warn(code: WarningCode, message: string, at: Location, context?: FindingContext): void;
  /** Throws in "throw" mode; records an error diagnostic in "collect" mode (the caller then skips the item). */
  error(code: ErrorCode, message: string, at: Location, context?: FindingContext): void;
  /** Throws whatever the mode: the document cannot be read any further. */
  fatal(code: ErrorCode, message: string, at: Location, context?: FindingContext): never;
}

/**
 * Text naming a location for messages: `line 3, column 7`, `line 3` or `$.events[2].start_date`.
 *
 * @example
 * describeLocation({ line: 3, column: 7 }); // → "line 3, column 7"
 */
export function describeLocation(at: Location): string {
  if (at.line !== undefined) return at.column !== undefined ? `line ${at.line}, column ${at.column}` : `line ${at.line}`;
  return at.path ?? "input";
}

/**
 * A reporter for one read. `mode` defaults to `"throw"`.
 *
 * @example
 * const report = createReporter("collect");
 * report.error("parse-error", "unterminated quote", { line: 4, column: 9 });
 * report.diagnostics[0].line; // → 4
 */
export function createReporter(mode: "throw" | "collect" = "throw"): Reporter {
  const diagnostics: Diagnostic[] = [];
  const build = (code: ErrorCode, message: string, at: Location, context: FindingContext): ChronolineError => {
    const full = `${describeLocation(at)}: ${message}`;
    const errorContext: ConstructorParameters<typeof ChronolineError>[2] = { ...context, ...at };
    return new ChronolineError(code, full, errorContext);
  };
  return {
    collect: mode === "collect",
    diagnostics,
    warn(code, message, at, context = {}) {
      const d: Diagnostic = { severity: "warning", code, message: `${describeLocation(at)}: ${message}` };
      if (context.index !== undefined) d.index = context.index;
      if (context.eventId !== undefined) d.eventId = context.eventId;
      if (context.field !== undefined) d.field = context.field;
      if (at.line !== undefined) d.line = at.line;
      if (at.column !== undefined) d.column = at.column;
      if (at.path !== undefined) d.path = at.path;
      diagnostics.push(d);
    },
    error(code, message, at, context = {}) {
      const error = build(code, message, at, context);
      if (mode !== "collect") throw error;
      diagnostics.push(error.toDiagnostic());
    },
    fatal(code, message, at, context = {}) {
      throw build(code, message, at, context);
    },
  };
}
