/**
 * What the TimelineJS JSON and sheet readers share: a "slide" (TimelineJS's word for an event,
 * the title or an era) becomes a chronoline event — HTML made plain, links kept as sources,
 * date fields passed through as {@link DateFields} so the finest field present gives the precision.
 */
import type { DateFields, EventInput, MediaInput, SourceInput } from "../model/types.js";
import { safeUrl } from "../render/url.js";
import type { HtmlText } from "./html-text.js";
import { htmlToText, isKeepableLink } from "./html-text.js";
import type { DateSite } from "./read-result.js";
import type { Reporter } from "./report.js";
import type { Location } from "./types.js";

/** TimelineJS date fields, coarsest first. */
export const DATE_FIELD_NAMES = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;

/** One TimelineJS slide as read from either source, before conversion. */
export interface Slide {
  headline?: string;
  text?: string;
  start?: DateFields;
  end?: DateFields;
  /** Event-level display date (TimelineJS shows it instead of the dates). */
  displayDate?: string;
  group?: string;
  id?: string;
  media?: { url?: string; caption?: string; credit?: string; thumbnail?: string; alt?: string };
}

/** Where the parts of a slide are, for messages. */
export interface SlideLocations {
  readonly slide: Location;
  readonly start: Location;
  readonly end: Location;
  readonly media: Location;
}

/**
 * A whole number from a TimelineJS field: numbers, or text with optional spaces and thousands
 * commas (`"1,850"`), a sign allowed. `undefined` for an empty field, `null` for anything else.
 *
 * @example
 * cleanInteger(" 1,850 "); // → 1850
 * cleanInteger("-44");     // → -44
 * cleanInteger("c. 1850"); // → null
 */
export function cleanInteger(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== "string") return null;
  let digits = "";
  for (const ch of value) {
    if (ch === " " || ch === "," || ch === "\t" || ch === "\u00a0") continue;
    digits += ch === "\u2212" ? "-" : ch;
  }
  if (digits === "") return undefined;
  if (digits.length > 16 || !/^[+-]?[0-9]+$/.test(digits)) return null;
  return Number(digits);
}

/**
 * Reads a TimelineJS "Time" cell: `14:30`, `14:30:05`, `14:30:05.250`, `2:30 PM`, `2 pm`.
 * Returns null when it is not a time of day.
 *
 * @example
 * parseTimeOfDay("2:30 PM"); // → { hour: 14, minute: 30 }
 */
export function parseTimeOfDay(text: string): Pick<DateFields, "hour" | "minute" | "second" | "millisecond"> | null {
  let s = text.trim().toLowerCase();
  let meridiem: "am" | "pm" | undefined;
  for (const [suffix, value] of [["a.m.", "am"], ["p.m.", "pm"], ["am", "am"], ["pm", "pm"]] as const) {
    if (s.endsWith(suffix)) {
      meridiem = value;
      s = s.slice(0, -suffix.length).trim();
      break;
    }
  }
  const m = /^([0-9]{1,2})(?::([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,3}))?)?)?$/.exec(s);
  if (!m) return null;
  let hour = Number(m[1]);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === "pm" && hour < 12) hour += 12;
    if (meridiem === "am" && hour === 12) hour = 0;
  } else if (m[2] === undefined) {
    return null; // a bare number is not a time
  }
  const fields: Pick<DateFields, "hour" | "minute" | "second" | "millisecond"> = { hour };
  if (m[2] !== undefined) fields.minute = Number(m[2]);
  if (m[3] !== undefined) fields.second = Number(m[3]);
  if (m[4] !== undefined) fields.millisecond = Number(m[4].padEnd(3, "0"));
  return fields;
}

/** The first line of a text, shortened to `max` characters, for a title that is missing. */
function firstLine(text: string, max = 80): string {
  const line = text.split("\n", 1)[0]?.trim() ?? "";
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** Plain text of an HTML field, noting that markup was removed. */
function plain(value: string | undefined, stripped: Set<string>, name: string): HtmlText {
  const result = htmlToText(value ?? "");
  if (result.changed) stripped.add(name);
  return result;
}

/**
 * Converts one slide to an event. Returns null (after reporting) when it cannot be one.
 *
 * @example
 * slideToEvent({ headline: "<b>Trust Act</b>", start: { year: 2017 } }, 0, locations, createReporter());
 * // → { event: { title: "Trust Act", start: { year: 2017 } }, dates: [...] }
 */
export function slideToEvent(
  slide: Slide,
  index: number,
  where: SlideLocations,
  report: Reporter,
): { event: EventInput; dates: DateSite[] } | null {
  const stripped = new Set<string>();
  const headline = plain(slide.headline, stripped, "headline");
  const body = plain(slide.text, stripped, "text");
  let title = headline.text;
  if (title === "") {
    title = firstLine(body.text) || firstLine(htmlToText(slide.media?.caption ?? "").text);
    if (title === "") {
      report.error("missing-field", "this slide has no headline (and no text to take one from)", where.slide, {
        index,
        field: "title",
      });
      return null;
    }
    report.warn("missing-field", `no headline; the title '${title}' was taken from the slide's text`, where.slide, {
      index,
      field: "title",
    });
  }
  if (slide.start === undefined) {
    report.error("missing-field", "this slide has no start date (a year is needed)", where.start, { index, field: "start" });
    return null;
  }
  const owner = { kind: "event", index } as const;
  const start: DateFields = { ...slide.start };
  const displayDate = plain(slide.displayDate, stripped, "display date").text;
  if (displayDate !== "" && start.display_date === undefined) start.display_date = displayDate;
  const event: EventInput = { title, start };
  const dates: DateSite[] = [{ value: start, at: where.start, field: "start", owner }];
  if (slide.id !== undefined && slide.id.trim() !== "") event.id = slide.id.trim();
  if (slide.end !== undefined) {
    event.end = { ...slide.end };
    dates.push({ value: event.end, at: where.end, field: "end", owner });
  }
  if (body.text !== "") event.description = body.text;
  const group = slide.group === undefined ? "" : htmlToText(slide.group).text;
  if (group !== "") event.group = group;

  const sources = keptLinks([...headline.links, ...body.links], where.slide, index, report);
  if (sources.length > 0) event.sources = sources;
  const media = readMedia(slide.media, stripped, where.media, index, report);
  if (media) event.media = media;
  if (stripped.size > 0) {
    report.warn(
      "html-stripped",
      `HTML in ${[...stripped].join(", ")} was turned into plain text${sources.length > 0 ? ` (${sources.length} link${sources.length > 1 ? "s" : ""} kept as sources)` : ""}`,
      where.slide,
      { index },
    );
  }
  return { event, dates };
}

/** Links worth keeping become sources (deduplicated); unsafe ones are reported and dropped. */
function keptLinks(links: HtmlText["links"], at: Location, index: number, report: Reporter): SourceInput[] {
  const sources: SourceInput[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    if (!isKeepableLink(link.url)) {
      if (safeUrl(link.url) === null) {
        report.warn("unsafe-url", `the link '${link.url.slice(0, 80)}' is not an allowed URL and was dropped`, at, { index });
      }
      continue;
    }
    const url = link.url.trim();
    if (seen.has(url)) continue;
    seen.add(url);
    sources.push(link.text !== "" && link.text !== url ? { url, title: link.text } : { url });
  }
  return sources;
}

function readMedia(
  media: Slide["media"],
  stripped: Set<string>,
  at: Location,
  index: number,
  report: Reporter,
): MediaInput | undefined {
  const url = media?.url?.trim() ?? "";
  if (media === undefined || url === "") return undefined;
  if (url.startsWith("<")) {
    report.warn("html-stripped", "the media is an HTML embed, which chronoline does not run; it was left out", at, {
      index,
      field: "media.url",
    });
    return undefined;
  }
  if (safeUrl(url) === null) {
    report.warn("unsafe-url", `the media URL '${url.slice(0, 80)}' is not an allowed URL; the media was left out`, at, {
      index,
      field: "media.url",
    });
    return undefined;
  }
  const result: MediaInput = { url };
  const caption = plain(media.caption, stripped, "media caption").text;
  if (caption !== "") result.caption = caption;
  const credit = plain(media.credit, stripped, "media credit").text;
  if (credit !== "") result.credit = credit;
  const alt = plain(media.alt, stripped, "alt text").text;
  if (alt !== "") result.alt = alt;
  const thumbnail = media.thumbnail?.trim() ?? "";
  if (thumbnail !== "") {
    if (safeUrl(thumbnail) === null) {
      report.warn("unsafe-url", `the thumbnail URL '${thumbnail.slice(0, 80)}' is not an allowed URL and was dropped`, at, {
        index,
        field: "media.thumbnail",
      });
    } else {
      result.thumbnail = thumbnail;
    }
  }
  return result;
}
