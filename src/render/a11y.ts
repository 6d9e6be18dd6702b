import { formatRange, formatTimePoint, spokenDate, spokenRange } from "../model/format-date.js";
import type { FormatDateOptions } from "../model/format-date.js";
import type { TimePoint } from "../model/timepoint.js";
import type { Timeline, TimelineEvent } from "../model/types.js";
import type { SVGOptions } from "./to-svg-string.js";

/**
 * Words for assistive technology and tooltips: an event's accessible name (title and date in
 * words) and the summary that goes into the SVG's `<desc>`.
 */

/**
 * An event's date in words: `January 20, 2025`, `in 2017`, `from January 20, 2017 to January
 * 20, 2021`, `until 2021` (open start). Default locale `"en-US"`.
 *
 * @example
 * ```ts
 * eventDateWords(event, "en-US"); // "from January 20, 2017 to January 20, 2021"
 * ```
 */
export function eventDateWords(event: TimelineEvent, locale: string): string {
  return eventDate(event, locale, spokenRange, spokenDate);
}

/**
 * An event's date as short text: `Jan 20, 2025`, `2017`, `Jan 20, 2017 – Jan 20, 2021`.
 *
 * @example
 * ```ts
 * eventDateText(event, "en-US"); // "Jan 20, 2017 – Jan 20, 2021"
 * ```
 */
export function eventDateText(event: TimelineEvent, locale: string): string {
  return eventDate(event, locale, formatRange, formatTimePoint);
}

function eventDate(
  event: TimelineEvent,
  locale: string,
  range: (start: TimePoint | null, end: TimePoint | null, options: FormatDateOptions) => string,
  point: (point: TimePoint, options: FormatDateOptions) => string,
): string {
  const options = { locale };
  if (event.openStart) return range(null, event.end ?? event.start, options);
  if (event.openEnd) return range(event.start, null, options);
  return event.end ? range(event.start, event.end, options) : point(event.start, options);
}

/**
 * The accessible name of an event: its title and its date in words.
 *
 * @example
 * ```ts
 * eventName(event, "en-US"); // "Trump's inauguration address, January 20, 2025"
 * ```
 */
export function eventName(event: TimelineEvent, locale: string): string {
  return `${event.title}, ${eventDateWords(event, locale)}`;
}

/** Every string of `SVGOptions.strings`, filled in (see there). */
export type SceneStrings = Required<NonNullable<SVGOptions["strings"]>>;

const count = (n: number): string => `${n} ${n === 1 ? "event" : "events"}`;

/**
 * The English strings of the drawing (the default of `SVGOptions.strings`).
 *
 * @example
 * ```ts
 * DEFAULT_STRINGS.summary(10, "from 2017 to 2025"); // "Timeline of 10 events, from 2017 to 2025."
 * ```
 */
export const DEFAULT_STRINGS: SceneStrings = Object.freeze({
  summary: (n: number, when: string) => `Timeline of ${count(n)}${when ? `, ${when}` : ""}.`,
  count,
  more: (n: number) => `and ${n} more`,
  lanes: "Lanes",
  eras: "Eras",
  events: "Events",
  clusters: "Grouped events",
  timeline: "timeline",
  untitled: "Timeline",
});

/** Per timeline (the model is immutable): the point that ends last, found once, not on every re-render. */
const LAST_ENDING = new WeakMap<Timeline, TimePoint>();

function lastEnding(timeline: Timeline, first: TimelineEvent): TimePoint {
  let point = LAST_ENDING.get(timeline);
  if (point === undefined) {
    point = first.end ?? first.start;
    for (const event of timeline.events) {
      const end = event.end ?? event.start;
      if (end.end > point.end) point = end;
    }
    LAST_ENDING.set(timeline, point);
  }
  return point;
}

/**
 * The timeline summary for the SVG's `<desc>`: its description, how many events and what time
 * they span, in words. Default strings: {@link DEFAULT_STRINGS}.
 *
 * @example
 * ```ts
 * timelineSummary(timeline, "en-US");
 * // "Timeline of 10 events, from 2017 to January 29, 2025. Lanes: Federal, Illinois, …"
 * ```
 */
export function timelineSummary(timeline: Timeline, locale: string, strings: SceneStrings = DEFAULT_STRINGS): string {
  let when = "";
  const first = timeline.events[0];
  if (first) {
    const lastPoint = lastEnding(timeline, first);
    when =
      first.start.start === lastPoint.start && first.start.end === lastPoint.end
        ? spokenDate(first.start, { locale })
        : spokenRange(first.start, lastPoint, { locale });
  }
  const summary = strings.summary(timeline.events.length, when);
  const groups = timeline.groups.length > 1 ? ` ${strings.lanes}: ${timeline.groups.map((g) => g.label).join(", ")}.` : "";
  const eras = timeline.eras.length
    ? ` ${strings.eras}: ${timeline.eras.map((e) => `${e.title} (${formatRange(e.start, e.end, { locale })})`).join("; ")}.`
    : "";
  return (timeline.description ? `${timeline.description} ` : "") + summary + groups + eras;
}
