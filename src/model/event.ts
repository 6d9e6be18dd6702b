import type { Diagnostic, ErrorCode } from "../errors.js";
import { errorAt, eventLabel, inContext, messages } from "../errors.js";
import { safeUrl } from "../render/url.js";
import type { DateOptions } from "./parse-date.js";
import { parseDate, parseDateRange } from "./parse-date.js";
import type { TimePoint } from "./timepoint.js";
import type { Quote, Relation, TimelineEvent } from "./types.js";

/** Importance of an event that does not say. */
export const DEFAULT_IMPORTANCE = 1;

/** Where an event sits in the input: every error about it carries these (none: the document itself). */
export interface EventContext {
  /** Undefined for errors about the document rather than one event. */
  readonly index?: number;
  eventId?: string | undefined;
}

/** An event being read: its place, and the date options its fields are parsed with. */
interface Reading extends EventContext {
  readonly dates: DateOptions;
}

type Raw = Record<string, unknown>;

/** Reads one field's value of `from` (`field` names it in errors); undefined leaves the field out. */
type FieldReader = (ctx: Reading, value: unknown, field: string, from: Raw) => unknown;

/** A source's fields, read in this order; its URL is left out only when absent (an empty one is refused). */
const SOURCE_FIELDS: Readonly<Record<string, FieldReader>> = {
  url: (ctx, value, field) => (absent(value) ? undefined : checkUrl(ctx, field, value)),
  title: text,
  publisher: text,
  date: (ctx, value, field) => (blank(value) ? undefined : parseField(ctx, field, parseDate, value)),
};

/** A media object's fields, read in this order. */
const MEDIA_FIELDS: Readonly<Record<string, FieldReader>> = {
  url: (ctx, value, field) => (blank(value) ? missing(ctx, field) : checkUrl(ctx, field, value)),
  caption: text,
  credit: text,
  alt: text,
  thumbnail: (ctx, value, field) => (blank(value) ? undefined : checkUrl(ctx, field, value)),
};

/** The event's fields from `tags` to `relations`, read in this order (after its title and dates). */
const LIST_FIELDS: Readonly<Record<string, FieldReader>> = {
  // Trimmed, blank ones dropped, each once (in the order first given).
  tags: (ctx, value, field) => {
    const tags = new Set(list(ctx, value, field, "a list of text", (tag, at) => (typeof tag === "string" ? tag.trim() : wrongType(ctx, at, "text", tag))));
    tags.delete("");
    return [...tags];
  },
  sources: (ctx, value, field) => list(ctx, value, field, "a list of sources", (item, at) => readKnown(ctx, asObject(ctx, item, at), `${at}.`, SOURCE_FIELDS)),
  importance: (ctx, value) => {
    if (absent(value)) return DEFAULT_IMPORTANCE;
    if (typeof value !== "number" || !Number.isFinite(value)) wrongType(ctx, "importance", "a finite number", value);
    return value;
  },
  relations: (ctx, value, field) => list(ctx, value, field, "a list of {to, kind}", (item, at) => readRelation(ctx, item, at)),
};

/** The event's optional fields after its end, read in this order. */
const MORE_FIELDS: Readonly<Record<string, FieldReader>> = {
  group: text,
  description: text,
  quote: (ctx, value, _, from) => readQuote(ctx, value, own(from, "speaker")),
  media: (ctx, value) => (absent(value) ? undefined : readKnown(ctx, asObject(ctx, value, "media"), "media.", MEDIA_FIELDS)),
};

/** Field names an event may have; others are reported as warnings. */
const KNOWN_FIELDS = new Set(["id", "title", "start", "end", "speaker", ...Object.keys(LIST_FIELDS), ...Object.keys(MORE_FIELDS)]);

/**
 * Validates one raw event and returns it normalised. Throws a {@link ChronolineError} naming the
 * event (index and id) and the field on the first problem; an id already in `ids` is a
 * `duplicate-id`. A valid event's id goes into `ids`, and its fields that are not part of the
 * format become `unknown-field` warnings in `dates.diagnostics`.
 */
export function normaliseEvent(input: unknown, index: number, dates: DateOptions, ids: Map<string, number>): TimelineEvent {
  // Every field the context will have, from the start (one object shape for all events).
  const ctx: Reading = { index, eventId: undefined, dates };
  const raw = asObject(ctx, input, undefined, "an object", "an event");
  const rawId = own(raw, "id");
  const id = rawId === undefined ? `event-${index}` : trimmed(rawId) ?? wrongType(ctx, "id", "a non-empty string", rawId);
  ctx.eventId = id;
  const title = text(ctx, own(raw, "title"), "title") ?? missing(ctx, "title");
  const span = readDates(ctx, raw);
  const event = readFields(ctx, raw, "", LIST_FIELDS, { id, index, title, start: span.start });
  // The end or open-side flag come after the relations, as they always have.
  readFields(ctx, raw, "", MORE_FIELDS, Object.assign(event, span));

  const first = ids.get(id);
  if (first !== undefined) fail(ctx, "duplicate-id", "id", messages.duplicateId(id, first), id);
  ids.set(id, index);
  warnUnknown(dates.diagnostics, ctx, raw, (field) => KNOWN_FIELDS.has(field));
  return event as unknown as TimelineEvent;
}

function readDates(ctx: Reading, raw: Raw): { start: TimePoint; end?: TimePoint; openStart?: boolean; openEnd?: boolean } {
  const rawStart = own(raw, "start");
  const rawEnd = own(raw, "end");
  if (blank(rawStart)) missing(ctx, "start");
  const range = parseField(ctx, "start", parseDateRange, rawStart);
  if (range) {
    if (!absent(rawEnd)) fail(ctx, "invalid-range", "end", "end is given, but start is already a range", rawEnd);
    // parseDateRange refuses two open ends and an end before the start. With one open side, the
    // known side stands for both, and a flag says which side is open.
    const { start, end } = range;
    return start ? (end ? { start, end } : { start, openEnd: true }) : { start: end as TimePoint, openStart: true };
  }
  const start = parseField(ctx, "start", parseDate, rawStart);
  if (blank(rawEnd)) return { start };
  const end = parseField(ctx, "end", parseDate, rawEnd);
  // An end is wrong only when all of it lies before the start begins ("2017" may end a "May 2017" start).
  if (end.end <= start.start) fail(ctx, "end-before-start", "end", messages.endBeforeStart(isoDay(start), isoDay(end)));
  return { start, end };
}

/** The calendar day (UTC) a point starts on, `2017-01-20`; parsed points always lie within Date's range. */
function isoDay(point: TimePoint): string {
  return new Date(point.start).toISOString().slice(0, 10);
}

/** `parse(value)` with the event's date options; an error is thrown again naming the event and `field`. */
function parseField<T>(ctx: Reading, field: string, parse: (input: never, options: DateOptions) => T, value: unknown): T {
  try {
    return parse(value as never, ctx.dates);
  } catch (error) {
    // The context and message prefix are built only here: a valid field allocates neither.
    return inContext(`${eventLabel(ctx.index, ctx.eventId)}: ${field} `, { ...ctx, field }, () => {
      throw error;
    });
  }
}

/** Optional text: trimmed, or undefined when absent or blank; another type is `wrong-type`. */
export function text(ctx: EventContext, value: unknown, field: string): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== "string") wrongType(ctx, field, "text", value);
  return trimmed(value);
}

/** Text that is not blank, trimmed; undefined for anything else. */
export function trimmed(value: unknown): string | undefined {
  return (typeof value === "string" && value.trim()) || undefined;
}

/** Reads the fields `readers` of `from` into `target` (a new object by default), in that order; `prefix` goes before field names in errors. */
function readFields(ctx: Reading, from: Raw, prefix: string, readers: Readonly<Record<string, FieldReader>>, target: Raw = {}): Raw {
  // for…in: the tables are plain objects (no inherited keys), and no entries array per call.
  for (const key in readers) {
    const value = (readers[key] as FieldReader)(ctx, own(from, key), prefix + key, from);
    if (value !== undefined) target[key] = value;
  }
  return target;
}

/** {@link readFields} for an object that has no other fields: any other key is reported by {@link warnUnknown}. */
function readKnown(ctx: Reading, from: Raw, prefix: string, readers: Readonly<Record<string, FieldReader>>): Raw {
  warnUnknown(ctx.dates.diagnostics, ctx, from, (key) => Object.hasOwn(readers, key), prefix);
  return readFields(ctx, from, prefix, readers);
}

/**
 * Reports each key of `raw` that is not `known` as an `unknown-field` warning naming the field
 * (`prefix` + key, e.g. `sources[0].urll`): the format never drops a field silently, and a typo
 * such as `timezone` would otherwise change every date without a word.
 *
 * @example
 * ```ts
 * warnUnknown(diagnostics, { index: 0, eventId: "a" }, { titel: "x" }, (key) => key === "title");
 * // diagnostics: [{ severity: "warning", code: "unknown-field", field: "titel", … }]
 * ```
 */
export function warnUnknown(
  diagnostics: Diagnostic[] | undefined,
  ctx: EventContext,
  raw: object,
  known: (key: string) => boolean,
  prefix = "",
): void {
  for (const key of Object.keys(raw)) {
    if (!known(key)) {
      const field = prefix + key;
      const { index, eventId } = ctx;
      const message = `field '${field}' is not part of the format and was ignored`;
      diagnostics?.push(
        index === undefined
          ? { severity: "warning", code: "unknown-field", message, field }
          : { severity: "warning", code: "unknown-field", message: `${eventLabel(index, eventId)}: ${message}`, index, eventId, field },
      );
    }
  }
}

/** A list field: [] when absent, else an array whose items `read` turns into values. */
export function list<T>(ctx: EventContext, value: unknown, field: string, expected: string, read: (item: unknown, field: string) => T): T[] {
  if (absent(value)) return [];
  if (!Array.isArray(value)) wrongType(ctx, field, expected, value);
  return value.map((item, i) => read(item, `${field}[${i}]`));
}

function readQuote(ctx: Reading, value: unknown, rawSpeaker: unknown): Quote | undefined {
  let speaker = text(ctx, rawSpeaker, "speaker");
  if (absent(value)) {
    if (speaker !== undefined) fail(ctx, "missing-field", "quote", "speaker is given without a quote");
    return undefined;
  }
  let quote: string;
  if (typeof value === "string") {
    quote = value.trim();
    if (quote === "") {
      // An empty quote is no quote, and a speaker of nothing would be dropped without a word.
      if (speaker !== undefined) fail(ctx, "missing-field", "quote", "speaker is given without a quote");
      return undefined;
    }
  } else {
    const object = asObject(ctx, value, "quote", "text or {text, speaker}");
    quote = trimmed(own(object, "text")) ?? missing(ctx, "quote.text");
    const inner = text(ctx, own(object, "speaker"), "quote.speaker");
    if (inner !== undefined && speaker !== undefined && inner !== speaker) {
      fail(ctx, "invalid-input", "speaker", `speaker '${speaker}' and quote.speaker '${inner}' disagree; give one`);
    }
    speaker = inner ?? speaker;
  }
  return speaker === undefined ? { text: quote } : { text: quote, speaker };
}

function readRelation(ctx: Reading, item: unknown, field: string): Relation {
  const to = trimmed(item);
  if (to) return { to, kind: "relates-to" };
  const object = asObject(ctx, item, field, "{to, kind}");
  const kind = own(object, "kind");
  return {
    to: trimmed(own(object, "to")) ?? (blank(own(object, "to")) ? missing(ctx, `${field}.to`) : wrongType(ctx, `${field}.to`, "an event id", own(object, "to"))),
    kind: absent(kind) ? "relates-to" : (trimmed(kind) ?? wrongType(ctx, `${field}.kind`, "text", kind)),
  };
}

function checkUrl(ctx: Reading, field: string, url: unknown): string {
  if (typeof url !== "string") wrongType(ctx, field, "a URL", url);
  return safeUrl(url) ?? fail(ctx, "unsafe-url", field, `${field} ${messages.unsafeUrl(url)}`, url);
}

/** A plain object (not an array or a Date), else a `wrong-type` error about `field` (`name` in the message). */
function asObject(ctx: EventContext, value: unknown, field: string | undefined, expected = "an object", name = field): Raw {
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) {
    fail(ctx, "wrong-type", field, messages.wrongType(name as string, expected, value), value);
  }
  return value as Raw;
}

/** Throws the error `code` about `field` of the event `ctx` (of the document when `ctx` has no index). */
export function fail(ctx: EventContext, code: ErrorCode, field: string | undefined, message: string, input?: unknown): never {
  // (The error keeps only the context fields it knows: index, eventId, field.)
  throw errorAt(code, { ...ctx, field }, message, input);
}

export function wrongType(ctx: EventContext, field: string, expected: string, value: unknown): never {
  fail(ctx, "wrong-type", field, messages.wrongType(field, expected, value), value);
}

export function missing(ctx: EventContext, field: string): never {
  fail(ctx, "missing-field", field, messages.missingField(field));
}

/** Own property only: `__proto__` or `constructor` in the input never reach Object.prototype. */
export function own(object: Raw, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** Absent or the empty string: a date or URL field that was left empty. */
function blank(value: unknown): boolean {
  return absent(value) || value === "";
}
