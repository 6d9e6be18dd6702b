import { ChronolineError, eventLabel, inContext, messages } from "../errors.js";
import { safeUrl } from "../render/url.js";
import type { DateOptions } from "./parse-date.js";
import { parseDate, parseDateRange } from "./parse-date.js";
import type { TimePoint } from "./timepoint.js";
import type { Media, Quote, Relation, Source, TimelineEvent } from "./types.js";

/** Importance of an event that does not say. */
export const DEFAULT_IMPORTANCE = 1;

/** Where an event sits in the input, for error messages. */
interface EventContext {
  readonly index: number;
  readonly eventId: string | undefined;
  readonly dates: DateOptions;
}

type Raw = Record<string, unknown>;

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

/**
 * Validates one raw event and returns it normalised. Throws a {@link ChronolineError} naming the
 * event (index and id) and the field on the first problem.
 */
export function normaliseEvent(raw: unknown, index: number, dates: DateOptions): TimelineEvent {
  const unnamed: EventContext = { index, eventId: undefined, dates };
  if (!isPlainObject(raw)) fail(unnamed, "wrong-type", undefined, messages.wrongType("an event", "an object", raw), raw);
  const rawId = own(raw, "id");
  if (rawId !== undefined && (typeof rawId !== "string" || rawId.trim() === "")) {
    wrongType(unnamed, "id", "a non-empty string", rawId);
  }
  const id = typeof rawId === "string" ? rawId.trim() : `event-${index}`;
  const ctx: EventContext = { index, eventId: id, dates };

  const title = optionalText(ctx, raw, "title") ?? missing(ctx, "title");
  const { start, end, openStart, openEnd } = readDates(ctx, raw);

  const event: {
    -readonly [K in keyof TimelineEvent]: TimelineEvent[K];
  } = {
    id,
    index,
    title,
    start,
    tags: readTags(ctx, raw),
    sources: readSources(ctx, raw),
    importance: readImportance(ctx, raw),
    relations: readRelations(ctx, raw),
  };
  if (end) event.end = end;
  if (openStart) event.openStart = true;
  if (openEnd) event.openEnd = true;
  copyTexts(ctx, raw, ["group", "description"], event);
  const quote = readQuote(ctx, raw);
  if (quote) event.quote = quote;
  const media = readMedia(ctx, raw);
  if (media) event.media = media;
  return event;
}

/** Field names an event object may have; others are reported as warnings by createTimeline. */
export function unknownEventFields(raw: unknown): string[] {
  if (!isPlainObject(raw)) return [];
  return Object.keys(raw).filter((key) => !KNOWN_FIELDS.has(key));
}

function readDates(
  ctx: EventContext,
  raw: Raw,
): { start: TimePoint; end?: TimePoint; openStart?: boolean; openEnd?: boolean } {
  const rawStart = own(raw, "start");
  const rawEnd = own(raw, "end");
  if (blank(rawStart)) missing(ctx, "start");
  const range = parseField(ctx, "start", () => parseDateRange(rawStart as never, ctx.dates));
  if (range) {
    if (!absent(rawEnd)) fail(ctx, "invalid-range", "end", "end is given, but start is already a range", rawEnd);
    if (range.start && range.end) {
      checkOrder(ctx, range.start, range.end);
      return { start: range.start, end: range.end };
    }
    // One open side: the known side stands for both, and a flag says which side is open.
    if (range.start) return { start: range.start, openEnd: true };
    if (range.end) return { start: range.end, openStart: true };
    fail(ctx, "invalid-range", "start", messages.invalidRange(rawStart, "both ends are open"), rawStart);
  }
  const start = parseField(ctx, "start", () => parseDate(rawStart as never, ctx.dates));
  if (blank(rawEnd)) return { start };
  const end = parseField(ctx, "end", () => parseDate(rawEnd as never, ctx.dates));
  checkOrder(ctx, start, end);
  return { start, end };
}

/** An end is wrong only when all of it lies before the start begins ("2017" may end a "May 2017" start). */
function checkOrder(ctx: EventContext, start: TimePoint, end: TimePoint): void {
  if (end.end <= start.start) {
    fail(ctx, "end-before-start", "end", messages.endBeforeStart(isoDay(start.start), isoDay(end.start)));
  }
}

function isoDay(ms: number): string {
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d.toISOString().slice(0, 10) : String(ms);
}

function parseField<T>(ctx: EventContext, field: string, parse: () => T): T {
  return inContext(`${where(ctx)}: ${field} `, { index: ctx.index, eventId: ctx.eventId, field }, parse);
}

/** Optional text: trimmed, or undefined when absent or blank; `field` names it in errors. */
function optionalText(ctx: EventContext, raw: Raw, key: string, field = key): string | undefined {
  const value = own(raw, key);
  if (absent(value)) return undefined;
  if (typeof value !== "string") wrongType(ctx, field, "text", value);
  const text = value.trim();
  return text === "" ? undefined : text;
}

/** Copies the optional text fields `keys` of `raw` into `target`; `prefix` goes before field names in errors. */
function copyTexts<K extends string>(
  ctx: EventContext,
  raw: Raw,
  keys: readonly K[],
  target: { [P in K]?: string },
  prefix = "",
): void {
  for (const key of keys) {
    const text = optionalText(ctx, raw, key, prefix + key);
    if (text !== undefined) target[key] = text;
  }
}

/** A list field: [] when absent, else it must be an array. */
function listField(ctx: EventContext, raw: Raw, field: string, expected: string): unknown[] {
  const value = own(raw, field);
  if (absent(value)) return [];
  if (!Array.isArray(value)) wrongType(ctx, field, expected, value);
  return value;
}

function readTags(ctx: EventContext, raw: Raw): string[] {
  const tags: string[] = [];
  listField(ctx, raw, "tags", "a list of text").forEach((tag, i) => {
    if (typeof tag !== "string") wrongType(ctx, `tags[${i}]`, "text", tag);
    const t = tag.trim();
    if (t !== "" && !tags.includes(t)) tags.push(t);
  });
  return tags;
}

function readImportance(ctx: EventContext, raw: Raw): number {
  const value = own(raw, "importance");
  if (absent(value)) return DEFAULT_IMPORTANCE;
  if (typeof value !== "number" || !Number.isFinite(value)) wrongType(ctx, "importance", "a finite number", value);
  return value;
}

function readQuote(ctx: EventContext, raw: Raw): Quote | undefined {
  const value = own(raw, "quote");
  let speaker = optionalText(ctx, raw, "speaker");
  if (absent(value)) {
    if (speaker !== undefined) fail(ctx, "missing-field", "quote", "speaker is given without a quote");
    return undefined;
  }
  let text: string;
  if (typeof value === "string") {
    text = value.trim();
    if (text === "") return undefined;
  } else {
    if (!isPlainObject(value)) wrongType(ctx, "quote", "text or {text, speaker}", value);
    const inner = own(value, "text");
    if (typeof inner !== "string" || inner.trim() === "") missing(ctx, "quote.text");
    text = inner.trim();
    speaker = optionalText(ctx, value, "speaker", "quote.speaker") ?? speaker;
  }
  return speaker === undefined ? { text } : { text, speaker };
}

function readSources(ctx: EventContext, raw: Raw): Source[] {
  return listField(ctx, raw, "sources", "a list of sources").map((item, i) => {
    const field = `sources[${i}]`;
    if (!isPlainObject(item)) wrongType(ctx, field, "an object", item);
    const source: { -readonly [K in keyof Source]: Source[K] } = {};
    const url = own(item, "url");
    if (!absent(url)) source.url = checkUrl(ctx, `${field}.url`, url);
    copyTexts(ctx, item, ["title", "publisher"], source, `${field}.`);
    const date = own(item, "date");
    if (!blank(date)) source.date = parseField(ctx, `${field}.date`, () => parseDate(date as never, ctx.dates));
    return source;
  });
}

function readMedia(ctx: EventContext, raw: Raw): Media | undefined {
  const value = own(raw, "media");
  if (absent(value)) return undefined;
  if (!isPlainObject(value)) wrongType(ctx, "media", "an object", value);
  const url = own(value, "url");
  if (blank(url)) missing(ctx, "media.url");
  const media: { -readonly [K in keyof Media]: Media[K] } = { url: checkUrl(ctx, "media.url", url) };
  copyTexts(ctx, value, ["caption", "credit", "alt"], media, "media.");
  const thumbnail = own(value, "thumbnail");
  if (!blank(thumbnail)) media.thumbnail = checkUrl(ctx, "media.thumbnail", thumbnail);
  return media;
}

function readRelations(ctx: EventContext, raw: Raw): Relation[] {
  return listField(ctx, raw, "relations", "a list of {to, kind}").map((item, i) => {
    const field = `relations[${i}]`;
    if (typeof item === "string" && item.trim() !== "") return { to: item.trim(), kind: "relates-to" };
    if (!isPlainObject(item)) wrongType(ctx, field, "{to, kind}", item);
    const to = own(item, "to");
    if (typeof to !== "string" || to.trim() === "") missing(ctx, `${field}.to`);
    const kind = own(item, "kind");
    if (!absent(kind) && (typeof kind !== "string" || kind.trim() === "")) wrongType(ctx, `${field}.kind`, "text", kind);
    return { to: to.trim(), kind: typeof kind === "string" ? kind.trim() : "relates-to" };
  });
}

function checkUrl(ctx: EventContext, field: string, url: unknown): string {
  if (typeof url !== "string") wrongType(ctx, field, "a URL", url);
  const safe = safeUrl(url);
  if (safe === null) fail(ctx, "unsafe-url", field, messages.unsafeUrl(url), url);
  return safe;
}

function where(ctx: EventContext): string {
  return eventLabel(ctx.index, ctx.eventId);
}

function fail(
  ctx: EventContext,
  code: ChronolineError["code"],
  field: string | undefined,
  message: string,
  input?: unknown,
): never {
  const context = { index: ctx.index, eventId: ctx.eventId, field } as const;
  throw new ChronolineError(code, `${where(ctx)}: ${message}`, input === undefined ? context : { ...context, input });
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

function isPlainObject(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
