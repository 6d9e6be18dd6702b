import type { Diagnostic, ErrorCode } from "../errors.js";
import { ChronolineError, eventLabel, inContext, messages } from "../errors.js";
import { safeUrl } from "../render/url.js";
import type { DateOptions } from "./parse-date.js";
import { parseDate, parseDateRange } from "./parse-date.js";
import type { TimePoint } from "./timepoint.js";
import type { Media, Quote, Relation, Source, TimelineEvent } from "./types.js";

/** Importance of an event that does not say. */
export const DEFAULT_IMPORTANCE = 1;

/** Where an event sits in the input: every error about it carries these. */
export interface EventContext {
  readonly index: number;
  eventId?: string | undefined;
}

/** An event being read: its place, and the date options its fields are parsed with. */
interface Reading extends EventContext {
  readonly dates: DateOptions;
}

type Raw = Record<string, unknown>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const KNOWN_FIELDS = new Set([
  "id",
  "title",
  "start",
  "end",
  "group",
  "tags",
  "description",
  "quote",
  "speaker",
  "sources",
  "media",
  "importance",
  "relations",
]);

// How the optional fields of sources and media are read (see readFields).
const TEXT = 0;
const DATE = 1;
/** A URL; left out when absent or empty. */
const URL = 2;
/** A URL; left out only when absent (an empty one is refused). */
const SOURCE_URL = 3;
const SOURCE_FIELDS = { url: SOURCE_URL, title: TEXT, publisher: TEXT, date: DATE };
const MEDIA_FIELDS = { caption: TEXT, credit: TEXT, alt: TEXT, thumbnail: URL };

/**
 * Validates one raw event and returns it normalised. Throws a {@link ChronolineError} naming the
 * event (index and id) and the field on the first problem; an id already in `ids` is a
 * `duplicate-id`. A valid event's id goes into `ids`, and its fields that are not part of the
 * format become `unknown-field` warnings in `dates.diagnostics`.
 */
export function normaliseEvent(input: unknown, index: number, dates: DateOptions, ids: Map<string, number>): TimelineEvent {
  const ctx: Reading = { index, dates };
  const raw = asObject(ctx, input, undefined, "an object", "an event");
  const rawId = own(raw, "id");
  const id = rawId === undefined ? `event-${index}` : filled(ctx, rawId, "id", "a non-empty string");
  ctx.eventId = id;
  const title = text(ctx, own(raw, "title"), "title") ?? missing(ctx, "title");
  const { start, end, openStart, openEnd } = readDates(ctx, raw);
  const event: Mutable<TimelineEvent> = {
    id,
    index,
    title,
    start,
    tags: [...new Set(list(ctx, raw, "tags", "a list of text", (tag, field) => (typeof tag === "string" ? tag.trim() : wrongType(ctx, field, "text", tag))))].filter(
      (tag) => tag !== "",
    ),
    sources: list(ctx, raw, "sources", "a list of sources", (item, field) =>
      readFields(ctx, asObject(ctx, item, field), `${field}.`, SOURCE_FIELDS, {} as Source),
    ),
    importance: readImportance(ctx, own(raw, "importance")),
    relations: list(ctx, raw, "relations", "a list of {to, kind}", (item, field) => readRelation(ctx, item, field)),
  };
  if (end) event.end = end;
  if (openStart) event.openStart = true;
  if (openEnd) event.openEnd = true;
  readFields(ctx, raw, "", { group: TEXT, description: TEXT }, event);
  const quote = readQuote(ctx, raw);
  if (quote) event.quote = quote;
  const media = own(raw, "media");
  if (!absent(media)) event.media = readMedia(ctx, asObject(ctx, media, "media"));

  const first = ids.get(id);
  if (first !== undefined) fail(ctx, "duplicate-id", "id", messages.duplicateId(id, first), id);
  ids.set(id, index);
  for (const field of Object.keys(raw)) {
    if (!KNOWN_FIELDS.has(field)) {
      (dates.diagnostics as Diagnostic[]).push({
        severity: "warning",
        code: "unknown-field",
        message: `${where(ctx)}: field '${field}' is not part of the format and was ignored`,
        index,
        eventId: id,
        field,
      });
    }
  }
  return event;
}

function readDates(ctx: Reading, raw: Raw): { start: TimePoint; end?: TimePoint; openStart?: boolean; openEnd?: boolean } {
  const rawStart = own(raw, "start");
  const rawEnd = own(raw, "end");
  if (blank(rawStart)) missing(ctx, "start");
  const range = parseField(ctx, "start", () => parseDateRange(rawStart as never, ctx.dates));
  if (range) {
    if (!absent(rawEnd)) fail(ctx, "invalid-range", "end", "end is given, but start is already a range", rawEnd);
    if (range.start && range.end) return checkOrder(ctx, range.start, range.end);
    // One open side: the known side stands for both, and a flag says which side is open.
    if (range.start) return { start: range.start, openEnd: true };
    if (range.end) return { start: range.end, openStart: true };
    fail(ctx, "invalid-range", "start", messages.invalidRange(rawStart, "both ends are open"), rawStart);
  }
  const start = parseField(ctx, "start", () => parseDate(rawStart as never, ctx.dates));
  return blank(rawEnd) ? { start } : checkOrder(ctx, start, parseField(ctx, "end", () => parseDate(rawEnd as never, ctx.dates)));
}

/** An end is wrong only when all of it lies before the start begins ("2017" may end a "May 2017" start). */
function checkOrder(ctx: Reading, start: TimePoint, end: TimePoint): { start: TimePoint; end: TimePoint } {
  if (end.end <= start.start) fail(ctx, "end-before-start", "end", messages.endBeforeStart(isoDay(start), isoDay(end)));
  return { start, end };
}

/** The calendar day (UTC) a point starts on, `2017-01-20`; parsed points always lie within Date's range. */
function isoDay(point: TimePoint): string {
  return new Date(point.start).toISOString().slice(0, 10);
}

function parseField<T>(ctx: Reading, field: string, parse: () => T): T {
  return inContext(`${where(ctx)}: ${field} `, { index: ctx.index, eventId: ctx.eventId, field }, parse);
}

/** Optional text: trimmed, or undefined when absent or blank. */
function text(ctx: EventContext, value: unknown, field: string): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== "string") wrongType(ctx, field, "text", value);
  return value.trim() || undefined;
}

/** Text that must not be blank: trimmed, else a `wrong-type` error saying `expected`. */
function filled(ctx: EventContext, value: unknown, field: string, expected: string): string {
  return (typeof value === "string" && value.trim()) || wrongType(ctx, field, expected, value);
}

/** Required text: trimmed, else (absent, blank or not text) a `missing-field` error. */
function required(ctx: EventContext, value: unknown, field: string): string {
  return (typeof value === "string" && value.trim()) || missing(ctx, field);
}

/**
 * Reads the optional fields `kinds` of `from` into `target`, in that order: text is trimmed and
 * left out when blank, URLs must pass {@link safeUrl}, dates are parsed. `prefix` goes before
 * field names in errors.
 */
function readFields<T extends object>(ctx: Reading, from: Raw, prefix: string, kinds: Readonly<Record<string, number>>, target: T): T {
  for (const [key, kind] of Object.entries(kinds)) {
    const value = own(from, key);
    const field = prefix + key;
    let read: unknown;
    if (kind === TEXT) read = text(ctx, value, field);
    else if (!absent(value) && (value !== "" || kind === SOURCE_URL)) {
      read = kind === DATE ? parseField(ctx, field, () => parseDate(value as never, ctx.dates)) : checkUrl(ctx, field, value);
    }
    if (read !== undefined) (target as Raw)[key] = read;
  }
  return target;
}

/** A list field: [] when absent, else an array whose items `read` turns into values. */
function list<T>(ctx: Reading, raw: Raw, key: string, expected: string, read: (item: unknown, field: string) => T): T[] {
  const value = own(raw, key);
  if (absent(value)) return [];
  if (!Array.isArray(value)) wrongType(ctx, key, expected, value);
  return value.map((item, i) => read(item, `${key}[${i}]`));
}

function readImportance(ctx: Reading, value: unknown): number {
  if (absent(value)) return DEFAULT_IMPORTANCE;
  if (typeof value !== "number" || !Number.isFinite(value)) wrongType(ctx, "importance", "a finite number", value);
  return value;
}

function readQuote(ctx: Reading, raw: Raw): Quote | undefined {
  const value = own(raw, "quote");
  let speaker = text(ctx, own(raw, "speaker"), "speaker");
  if (absent(value)) {
    if (speaker !== undefined) fail(ctx, "missing-field", "quote", "speaker is given without a quote");
    return undefined;
  }
  let quote: string;
  if (typeof value === "string") {
    quote = value.trim();
    if (quote === "") return undefined;
  } else {
    const object = asObject(ctx, value, "quote", "text or {text, speaker}");
    quote = required(ctx, own(object, "text"), "quote.text");
    speaker = text(ctx, own(object, "speaker"), "quote.speaker") ?? speaker;
  }
  return speaker === undefined ? { text: quote } : { text: quote, speaker };
}

function readMedia(ctx: Reading, value: Raw): Media {
  const url = own(value, "url");
  if (blank(url)) missing(ctx, "media.url");
  return readFields(ctx, value, "media.", MEDIA_FIELDS, { url: checkUrl(ctx, "media.url", url) } as Media);
}

function readRelation(ctx: Reading, item: unknown, field: string): Relation {
  if (typeof item === "string" && item.trim() !== "") return { to: item.trim(), kind: "relates-to" };
  const object = asObject(ctx, item, field, "{to, kind}");
  const kind = own(object, "kind");
  return { to: required(ctx, own(object, "to"), `${field}.to`), kind: absent(kind) ? "relates-to" : filled(ctx, kind, `${field}.kind`, "text") };
}

function checkUrl(ctx: Reading, field: string, url: unknown): string {
  if (typeof url !== "string") wrongType(ctx, field, "a URL", url);
  return safeUrl(url) ?? fail(ctx, "unsafe-url", field, messages.unsafeUrl(url), url);
}

/** A plain object (not an array or a Date), else a `wrong-type` error about `field` (`name` in the message). */
function asObject(ctx: EventContext, value: unknown, field: string | undefined, expected = "an object", name = field): Raw {
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof Date) {
    fail(ctx, "wrong-type", field, messages.wrongType(name as string, expected, value), value);
  }
  return value as Raw;
}

function where(ctx: EventContext): string {
  return eventLabel(ctx.index, ctx.eventId);
}

/**
 * The error about `field` of the event at `ctx`, its message prefixed with the event's label; with
 * `input` when one is given.
 */
export function eventError(ctx: EventContext, code: ErrorCode, field: string | undefined, message: string, input?: unknown): ChronolineError {
  const context = { index: ctx.index, eventId: ctx.eventId, field };
  return new ChronolineError(code, `${where(ctx)}: ${message}`, input === undefined ? context : { ...context, input });
}

function fail(ctx: EventContext, code: ErrorCode, field: string | undefined, message: string, input?: unknown): never {
  throw eventError(ctx, code, field, message, input);
}

function wrongType(ctx: EventContext, field: string, expected: string, value: unknown): never {
  fail(ctx, "wrong-type", field, messages.wrongType(field, expected, value), value);
}

function missing(ctx: EventContext, field: string): never {
  fail(ctx, "missing-field", field, messages.missingField(field));
}

/** Own property only: `__proto__` or `constructor` in the input never reach Object.prototype. */
function own(object: Raw, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function absent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

/** Absent or the empty string: a date or URL field that was left empty. */
function blank(value: unknown): boolean {
  return absent(value) || value === "";
}
