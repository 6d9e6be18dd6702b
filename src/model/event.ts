import { ChronolineError, eventLabel, messages } from "../errors.js";
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
  if (!isPlainObject(raw)) {
    throw new ChronolineError("wrong-type", `event #${index}: ${messages.wrongType("an event", "an object", raw)}`, {
      index,
      input: raw,
    });
  }
  const rawId = own(raw, "id");
  if (rawId !== undefined && (typeof rawId !== "string" || rawId.trim() === "")) {
    fail(
      { index, eventId: undefined },
      "wrong-type",
      "id",
      messages.wrongType("id", "a non-empty string", rawId),
      rawId,
    );
  }
  const id = typeof rawId === "string" ? rawId.trim() : `event-${index}`;
  const ctx: EventContext = { index, eventId: id, dates };

  const title = requiredText(ctx, raw, "title");
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
  const group = optionalText(ctx, raw, "group");
  if (group !== undefined) event.group = group;
  const description = optionalText(ctx, raw, "description");
  if (description !== undefined) event.description = description;
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
  raw: Record<string, unknown>,
): { start: TimePoint; end?: TimePoint; openStart?: boolean; openEnd?: boolean } {
  const rawStart = own(raw, "start");
  const rawEnd = own(raw, "end");
  if (rawStart === undefined || rawStart === null || rawStart === "") {
    fail(ctx, "missing-field", "start", messages.missingField("start"));
  }
  const range = parseField(ctx, "start", () => parseDateRange(rawStart as never, ctx.dates));
  if (range) {
    if (rawEnd !== undefined && rawEnd !== null) {
      fail(ctx, "invalid-range", "end", "end is given, but start is already a range", rawEnd);
    }
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
  if (rawEnd === undefined || rawEnd === null || rawEnd === "") return { start };
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
  try {
    return parse();
  } catch (error) {
    if (error instanceof ChronolineError) {
      throw new ChronolineError(error.code, `${where(ctx)}: ${field} ${error.message}`, {
        index: ctx.index,
        eventId: ctx.eventId,
        field,
        input: error.input,
      });
    }
    throw error;
  }
}

function requiredText(ctx: EventContext, raw: Record<string, unknown>, field: string): string {
  const value = own(raw, field);
  if (value === undefined || value === null || (typeof value === "string" && value.trim() === "")) {
    fail(ctx, "missing-field", field, messages.missingField(field));
  }
  if (typeof value !== "string") fail(ctx, "wrong-type", field, messages.wrongType(field, "text", value), value);
  return value.trim();
}

function optionalText(ctx: EventContext, raw: Record<string, unknown>, field: string): string | undefined {
  const value = own(raw, field);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") fail(ctx, "wrong-type", field, messages.wrongType(field, "text", value), value);
  const text = value.trim();
  return text === "" ? undefined : text;
}

function readTags(ctx: EventContext, raw: Record<string, unknown>): string[] {
  const value = own(raw, "tags");
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) fail(ctx, "wrong-type", "tags", messages.wrongType("tags", "a list of text", value), value);
  const tags: string[] = [];
  value.forEach((tag, i) => {
    if (typeof tag !== "string") {
      fail(ctx, "wrong-type", `tags[${i}]`, messages.wrongType(`tags[${i}]`, "text", tag), tag);
    }
    const t = tag.trim();
    if (t !== "" && !tags.includes(t)) tags.push(t);
  });
  return tags;
}

function readImportance(ctx: EventContext, raw: Record<string, unknown>): number {
  const value = own(raw, "importance");
  if (value === undefined || value === null) return DEFAULT_IMPORTANCE;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(ctx, "wrong-type", "importance", messages.wrongType("importance", "a finite number", value), value);
  }
  return value;
}

function readQuote(ctx: EventContext, raw: Record<string, unknown>): Quote | undefined {
  const value = own(raw, "quote");
  const speaker = optionalText(ctx, raw, "speaker");
  if (value === undefined || value === null) {
    if (speaker !== undefined) fail(ctx, "missing-field", "quote", "speaker is given without a quote");
    return undefined;
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return undefined;
    return speaker === undefined ? { text } : { text, speaker };
  }
  if (!isPlainObject(value)) {
    fail(ctx, "wrong-type", "quote", messages.wrongType("quote", "text or {text, speaker}", value), value);
  }
  const text = own(value, "text");
  if (typeof text !== "string" || text.trim() === "") {
    fail(ctx, "missing-field", "quote.text", messages.missingField("quote.text"));
  }
  const inner = own(value, "speaker");
  if (inner !== undefined && inner !== null && typeof inner !== "string") {
    fail(ctx, "wrong-type", "quote.speaker", messages.wrongType("quote.speaker", "text", inner), inner);
  }
  const who = (typeof inner === "string" && inner.trim() !== "" ? inner.trim() : undefined) ?? speaker;
  return who === undefined ? { text: text.trim() } : { text: text.trim(), speaker: who };
}

function readSources(ctx: EventContext, raw: Record<string, unknown>): Source[] {
  const value = own(raw, "sources");
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    fail(ctx, "wrong-type", "sources", messages.wrongType("sources", "a list of sources", value), value);
  }
  return value.map((item, i) => {
    const field = `sources[${i}]`;
    if (!isPlainObject(item)) fail(ctx, "wrong-type", field, messages.wrongType(field, "an object", item), item);
    const source: { -readonly [K in keyof Source]: Source[K] } = {};
    const url = own(item, "url");
    if (url !== undefined && url !== null) source.url = checkUrl(ctx, `${field}.url`, url);
    for (const key of ["title", "publisher"] as const) {
      const text = own(item, key);
      if (text === undefined || text === null) continue;
      if (typeof text !== "string") {
        fail(ctx, "wrong-type", `${field}.${key}`, messages.wrongType(`${field}.${key}`, "text", text), text);
      }
      if (text.trim() !== "") source[key] = text.trim();
    }
    const date = own(item, "date");
    if (date !== undefined && date !== null && date !== "") {
      source.date = parseField(ctx, `${field}.date`, () => parseDate(date as never, ctx.dates));
    }
    return source;
  });
}

function readMedia(ctx: EventContext, raw: Record<string, unknown>): Media | undefined {
  const value = own(raw, "media");
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) fail(ctx, "wrong-type", "media", messages.wrongType("media", "an object", value), value);
  const url = own(value, "url");
  if (url === undefined || url === null || url === "") fail(ctx, "missing-field", "media.url", messages.missingField("media.url"));
  const media: { -readonly [K in keyof Media]: Media[K] } = { url: checkUrl(ctx, "media.url", url) };
  for (const key of ["caption", "credit", "alt"] as const) {
    const text = own(value, key);
    if (text === undefined || text === null) continue;
    if (typeof text !== "string") {
      fail(ctx, "wrong-type", `media.${key}`, messages.wrongType(`media.${key}`, "text", text), text);
    }
    if (text.trim() !== "") media[key] = text.trim();
  }
  const thumbnail = own(value, "thumbnail");
  if (thumbnail !== undefined && thumbnail !== null && thumbnail !== "") {
    media.thumbnail = checkUrl(ctx, "media.thumbnail", thumbnail);
  }
  return media;
}

function readRelations(ctx: EventContext, raw: Record<string, unknown>): Relation[] {
  const value = own(raw, "relations");
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    fail(ctx, "wrong-type", "relations", messages.wrongType("relations", "a list of {to, kind}", value), value);
  }
  return value.map((item, i) => {
    const field = `relations[${i}]`;
    if (typeof item === "string" && item.trim() !== "") return { to: item.trim(), kind: "relates-to" };
    if (!isPlainObject(item)) fail(ctx, "wrong-type", field, messages.wrongType(field, "{to, kind}", item), item);
    const to = own(item, "to");
    if (typeof to !== "string" || to.trim() === "") {
      fail(ctx, "missing-field", `${field}.to`, messages.missingField(`${field}.to`));
    }
    const kind = own(item, "kind");
    if (kind !== undefined && kind !== null && (typeof kind !== "string" || kind.trim() === "")) {
      fail(ctx, "wrong-type", `${field}.kind`, messages.wrongType(`${field}.kind`, "text", kind), kind);
    }
    return { to: to.trim(), kind: typeof kind === "string" ? kind.trim() : "relates-to" };
  });
}

function checkUrl(ctx: EventContext, field: string, url: unknown): string {
  if (typeof url !== "string") fail(ctx, "wrong-type", field, messages.wrongType(field, "a URL", url), url);
  const safe = safeUrl(url);
  if (safe === null) fail(ctx, "unsafe-url", field, messages.unsafeUrl(url), url);
  return safe;
}

function where(ctx: { index: number; eventId: string | undefined }): string {
  return eventLabel(ctx.index, ctx.eventId);
}

function fail(
  ctx: { index: number; eventId: string | undefined },
  code: ChronolineError["code"],
  field: string,
  message: string,
  input?: unknown,
): never {
  const context = { index: ctx.index, eventId: ctx.eventId, field } as const;
  throw new ChronolineError(code, `${where(ctx)}: ${message}`, input === undefined ? context : { ...context, input });
}

/** Own property only: `__proto__` or `constructor` in the input never reach Object.prototype. */
function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
