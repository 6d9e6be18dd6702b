/**
 * What the writers accept, brought to one shape: a raw {@link TimelineInput} (or a bare array of
 * events, or a `parseEvents` result), or a model {@link Timeline}, whose TimePoints are written
 * back as ISO text at their precision. Never mutates its argument.
 */
import { ChronolineError, messages } from "../errors.js";
import type { TimePoint } from "../model/timepoint.js";
import type {
  DateFields,
  DateInput,
  EraInput,
  EventInput,
  GroupInput,
  Timeline,
  TimelineEvent,
  TimelineInput,
} from "../model/types.js";
import { DEFAULT_RELATION_KIND } from "./fields.js";
import { isoParts, isoYear, toIsoText } from "./iso.js";

/** Anything a writer accepts. */
export type Writable = Timeline | TimelineInput | readonly EventInput[];

/**
 * True for a model Timeline (built by createTimeline), false for raw input.
 *
 * @example
 * isTimeline(createTimeline({ events: [] })); // → true
 * isTimeline({ events: [] });                 // → false
 */
export function isTimeline(value: unknown): value is Timeline {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    "extent" in value &&
    Array.isArray((value as Timeline).events) &&
    Array.isArray((value as Timeline).eras)
  );
}

/**
 * The raw document to write: the input itself (a bare array becomes `{events}`; a parseEvents
 * result loses `diagnostics` and `format`), or a Timeline converted by {@link timelineToInput}.
 *
 * @example
 * toWritableInput([{ title: "Trust Act", start: "2017" }]); // → { events: [...] }
 */
export function toWritableInput(value: Writable): TimelineInput {
  if (isTimeline(value)) return timelineToInput(value);
  if (Array.isArray(value)) return { events: value as EventInput[] };
  if (typeof value !== "object" || value === null || !Array.isArray((value as TimelineInput).events)) {
    throw new ChronolineError("invalid-input", messages.wrongType("the timeline", "a Timeline, {events: [...]} or a list of events", value), {
      input: value,
    });
  }
  const { diagnostics: _diagnostics, ...rest } = value as TimelineInput & { format?: unknown };
  delete (rest as { format?: unknown }).format;
  return rest;
}

function sideText(point: TimePoint, side: "first" | "last"): string {
  const parts = isoParts(point);
  return parts.exact ?? parts[side];
}

function eventDates(event: TimelineEvent): Pick<EventInput, "start" | "end"> {
  if (event.openStart) return { start: `../${sideText(event.start, "last")}` };
  if (event.openEnd) return { start: `${sideText(event.start, "first")}/..` };
  if (event.end) return { start: sideText(event.start, "first"), end: sideText(event.end, "last") };
  return { start: toIsoText(event.start) };
}

/**
 * A model Timeline as raw input in chronoline's schema: dates as ISO text at their precision
 * (see {@link toIsoText}), events in their input order, defaults (importance 1, relation kind
 * `relates-to`) left out. Labels (`display_date`) are not kept.
 *
 * @example
 * timelineToInput(createTimeline({ events: [{ id: "a", title: "A", start: "Aug 2017" }] })).events[0];
 * // → { id: "a", title: "A", start: "2017-08" }
 */
export function timelineToInput(timeline: Timeline): TimelineInput {
  const input: TimelineInput = { events: [] };
  if (timeline.title !== undefined) input.title = timeline.title;
  if (timeline.description !== undefined) input.description = timeline.description;
  if (timeline.referenceDate) input.referenceDate = toIsoText(timeline.referenceDate);
  input.timeZone = timeline.timeZone;
  input.locale = timeline.locale;
  if (timeline.groups.length > 0) {
    input.groups = timeline.groups.map((g): GroupInput | string => {
      if (g.label === g.id && g.description === undefined && g.color === undefined) return g.id;
      const group: GroupInput = { id: g.id };
      if (g.label !== g.id) group.label = g.label;
      if (g.description !== undefined) group.description = g.description;
      if (g.color !== undefined) group.color = g.color;
      return group;
    });
  }
  if (timeline.eras.length > 0) {
    input.eras = timeline.eras.map((era): EraInput => ({
      title: era.title,
      start: sideText(era.start, "first"),
      end: sideText(era.end, "last"),
    }));
  }
  input.events = [...timeline.events]
    .sort((a, b) => a.index - b.index)
    .map((e) => {
      const event: EventInput = { id: e.id, title: e.title, ...eventDates(e) };
      if (e.group !== undefined) event.group = e.group;
      if (e.tags.length > 0) event.tags = [...e.tags];
      if (e.description !== undefined) event.description = e.description;
      if (e.quote) event.quote = e.quote.speaker !== undefined ? { text: e.quote.text, speaker: e.quote.speaker } : { text: e.quote.text };
      if (e.sources.length > 0) {
        event.sources = e.sources.map((s) => {
          const source: NonNullable<EventInput["sources"]>[number] = {};
          if (s.url !== undefined) source.url = s.url;
          if (s.title !== undefined) source.title = s.title;
          if (s.publisher !== undefined) source.publisher = s.publisher;
          if (s.date) source.date = toIsoText(s.date);
          return source;
        });
      }
      if (e.media) event.media = { ...e.media };
      if (e.importance !== 1) event.importance = e.importance;
      if (e.relations.length > 0) {
        event.relations = e.relations.map((r) => (r.kind === DEFAULT_RELATION_KIND ? { to: r.to } : { to: r.to, kind: r.kind }));
      }
      return event;
    });
  return input;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** TimelineJS-style fields as ISO text at the finest field present (negative years are BCE). */
function fieldsText(fields: DateFields): string {
  const num = (v: number | string | undefined) => (v === undefined || v === "" ? undefined : Number(v));
  const y = num(fields.year);
  if (y === undefined || !Number.isInteger(y)) return String(fields.year);
  let text = isoYear(y < 0 ? y + 1 : y);
  const month = num(fields.month);
  if (month === undefined) return text;
  text += `-${pad(month)}`;
  const day = num(fields.day);
  if (day === undefined) return text;
  text += `-${pad(day)}`;
  const hour = num(fields.hour);
  if (hour === undefined) return text;
  text += `T${pad(hour)}`;
  const minute = num(fields.minute);
  if (minute === undefined) return text;
  text += `:${pad(minute)}`;
  const second = num(fields.second);
  if (second === undefined) return text;
  text += `:${pad(second)}`;
  const ms = num(fields.millisecond);
  return ms === undefined ? text : `${text}.${String(ms).padStart(3, "0")}`;
}

/**
 * Any raw date as text for the CSV and text writers: text stays as written; a `Date` or
 * `{epochMs}` becomes ISO 8601 in UTC; TimelineJS-style fields become ISO text at their finest
 * field (their `display_date` cannot be kept).
 *
 * @example
 * dateInputText({ year: -44, month: 3, day: 15 }); // → "-0043-03-15"
 */
export function dateInputText(value: DateInput): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : "";
  if (typeof value === "object" && value !== null) {
    if ("epochMs" in value) {
      const date = new Date(value.epochMs);
      return Number.isFinite(date.getTime()) ? date.toISOString() : String(value.epochMs);
    }
    if ("year" in value) return fieldsText(value);
  }
  return String(value);
}
