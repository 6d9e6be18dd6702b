/**
 * Reads TimelineJS3's JSON: `events` with `start_date`/`end_date` objects (year … millisecond,
 * display_date), `text.headline`/`text.text` (HTML), `group`, `media`, `unique_id`; the `title`
 * slide; `eras` (background ranges). Dates stay TimelineJS-style field objects, so the finest
 * field present gives the precision and negative years are BCE.
 */
import type { DateFields, EraInput, EventInput, TimelineInput } from "../model/types.js";
import { htmlToText } from "./html-text.js";
import { parseJsonText } from "./json.js";
import { pathKey } from "./position.js";
import type { DateSite, ReadResult } from "./read-result.js";
import type { Reporter } from "./report.js";
import type { Slide } from "./timelinejs-slide.js";
import { DATE_FIELD_NAMES, cleanInteger, slideToEvent } from "./timelinejs-slide.js";

const DOCUMENT_KEYS = new Set(["title", "events", "eras", "scale"]);
const SLIDE_KEYS = new Set([
  "start_date",
  "end_date",
  "text",
  "media",
  "group",
  "display_date",
  "unique_id",
  "background",
  "autolink",
  "type",
]);
const DATE_KEYS = new Set<string>([...DATE_FIELD_NAMES, "display_date", "format"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function text(object: Record<string, unknown>, key: string): string | undefined {
  const value = own(object, key);
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

function warnUnknown(object: Record<string, unknown>, known: ReadonlySet<string>, path: string, report: Reporter): void {
  for (const key of Object.keys(object)) {
    if (!known.has(key)) {
      report.warn("unknown-field", `'${key}' is not a TimelineJS field chronoline reads; it was ignored`, {
        path: `${path}${pathKey(key)}`,
      });
    }
  }
}

/**
 * Reads a TimelineJS date object. Returns undefined when it is absent or empty, null when it is
 * unusable (reported).
 *
 * @example
 * readDateObject({ year: "-44", month: 3, day: "15" }, "$.events[0].start_date", createReporter());
 * // → { year: -44, month: 3, day: 15 }
 */
export function readDateObject(value: unknown, path: string, report: Reporter): DateFields | undefined | null {
  if (value === undefined || value === null || value === "") return undefined;
  if (!isObject(value)) {
    report.error("invalid-date", "a TimelineJS date must be an object such as {\"year\": 2017, \"month\": 8}", { path });
    return null;
  }
  warnUnknown(value, DATE_KEYS, path, report);
  const fields: Partial<DateFields> = {};
  let any = false;
  for (const name of DATE_FIELD_NAMES) {
    const number = cleanInteger(own(value, name));
    if (number === null) {
      report.error("invalid-date", `${name} must be a whole number, got ${JSON.stringify(own(value, name))}`, {
        path: `${path}.${name}`,
      });
      return null;
    }
    if (number !== undefined) {
      fields[name] = number;
      any = true;
    }
  }
  const display = text(value, "display_date");
  const label = display === undefined ? "" : htmlToText(display).text;
  if (!any) {
    if (label === "") return undefined;
    report.error("missing-field", "this date has a display_date but no year", { path: `${path}.year` });
    return null;
  }
  if (fields.year === undefined) {
    report.error("missing-field", "a TimelineJS date needs a year", { path: `${path}.year` });
    return null;
  }
  if (label !== "") fields.display_date = label;
  return fields as DateFields;
}

/** Converts one TimelineJS slide object at `path` into a {@link Slide}; null when unusable. */
function readSlide(value: unknown, path: string, report: Reporter): Slide | null {
  if (!isObject(value)) {
    report.error("wrong-type", "a slide must be an object", { path });
    return null;
  }
  warnUnknown(value, SLIDE_KEYS, path, report);
  const slide: Slide = {};
  const start = readDateObject(own(value, "start_date"), `${path}.start_date`, report);
  const end = readDateObject(own(value, "end_date"), `${path}.end_date`, report);
  if (start === null || end === null) return null;
  if (start) slide.start = start;
  if (end) slide.end = end;
  const body = own(value, "text");
  if (isObject(body)) {
    const headline = text(body, "headline");
    const description = text(body, "text");
    if (headline !== undefined) slide.headline = headline;
    if (description !== undefined) slide.text = description;
  }
  const media = own(value, "media");
  if (isObject(media)) {
    slide.media = {};
    for (const key of ["url", "caption", "credit", "thumbnail", "alt"] as const) {
      const v = text(media, key);
      if (v !== undefined) slide.media[key] = v;
    }
  }
  const group = text(value, "group");
  if (group !== undefined) slide.group = group;
  const display = text(value, "display_date");
  if (display !== undefined) slide.displayDate = display;
  const id = text(value, "unique_id");
  if (id !== undefined) slide.id = id;
  return slide;
}

/**
 * Reads TimelineJS3 JSON text into a raw TimelineInput, with the JSON path of every date.
 *
 * @example
 * readTimelineJs('{"events":[{"start_date":{"year":2017},"text":{"headline":"Trust Act"}}]}', createReporter())
 *   .input.events[0]; // → { title: "Trust Act", start: { year: 2017 } }
 */
export function readTimelineJs(json: string, report: Reporter): ReadResult {
  return readTimelineJsValue(parseJsonText(json, report), report);
}

/**
 * Same as {@link readTimelineJs} for an already parsed value.
 *
 * @example
 * readTimelineJsValue({ events: [{ start_date: { year: 2017 }, text: { headline: "A" } }] }, createReporter()).input.events[0].title; // → "A"
 */
export function readTimelineJsValue(data: unknown, report: Reporter): ReadResult {
  if (!isObject(data)) {
    report.fatal("parse-error", "TimelineJS JSON must be an object with an 'events' list", { path: "$" });
  }
  warnUnknown(data, DOCUMENT_KEYS, "$", report);
  const input: TimelineInput = { events: [] };
  const dates: DateSite[] = [];

  const title = own(data, "title");
  if (isObject(title)) {
    const body = own(title, "text");
    if (isObject(body)) {
      const headline = htmlToText(text(body, "headline") ?? "");
      const description = htmlToText(text(body, "text") ?? "");
      if (headline.text !== "") input.title = headline.text;
      if (description.text !== "") input.description = description.text;
      if (headline.changed || description.changed) {
        report.warn("html-stripped", "HTML in the title slide was turned into plain text", { path: "$.title.text" });
      }
    }
  }

  const rawEvents = own(data, "events");
  if (rawEvents !== undefined && !Array.isArray(rawEvents)) {
    report.fatal("parse-error", "'events' must be a list of slides", { path: "$.events" });
  }
  const events: EventInput[] = [];
  (rawEvents ?? []).forEach((value: unknown, i: number) => {
    const path = `$.events[${i}]`;
    const slide = readSlide(value, path, report);
    if (slide === null) return;
    const read = slideToEvent(slide, events.length, {
      slide: { path },
      start: { path: `${path}.start_date` },
      end: { path: `${path}.end_date` },
      media: { path: `${path}.media` },
    }, report);
    if (read === null) return;
    events.push(read.event);
    dates.push(...read.dates);
  });
  input.events = events;

  const rawEras = own(data, "eras");
  if (Array.isArray(rawEras)) {
    const eras: EraInput[] = [];
    rawEras.forEach((value: unknown, i: number) => {
      const path = `$.eras[${i}]`;
      const era = readEra(value, path, eras.length, report, dates);
      if (era) eras.push(era);
    });
    if (eras.length > 0) input.eras = eras;
  }
  return { input, dates };
}

function readEra(value: unknown, path: string, index: number, report: Reporter, dates: DateSite[]): EraInput | null {
  const slide = readSlide(value, path, report);
  if (slide === null) return null;
  const title = htmlToText(slide.headline ?? "").text;
  if (title === "") {
    report.error("missing-field", "an era needs a headline", { path: `${path}.text.headline` });
    return null;
  }
  if (!slide.start || !slide.end) {
    const field = slide.start ? "end_date" : "start_date";
    report.error("missing-field", `an era needs a ${field}`, { path: `${path}.${field}` });
    return null;
  }
  const owner = { kind: "era", index } as const;
  dates.push(
    { value: slide.start, at: { path: `${path}.start_date` }, field: `eras[${index}].start`, owner },
    { value: slide.end, at: { path: `${path}.end_date` }, field: `eras[${index}].end`, owner },
  );
  return { title, start: slide.start, end: slide.end };
}
