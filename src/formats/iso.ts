/**
 * TimePoint → text at its precision, in forms the model's date parser reads back to the same
 * interval: `2017`, `2017-08`, `2017-08-28`, `2017-08-28T14`, `2017-08-28T14:05-05:00`,
 * `2025-W04`, `2025-Q1`, `1990s`, `19th century`, `2nd millennium`, `-0043` (44 BC), and
 * `c. 1850` for an approximate point. (src/model/format-date.ts formats for display, in words;
 * this is the machine-readable counterpart the writers need.)
 */
import { DAY_MS, isoWeekOf, wallFields } from "../model/civil-date.js";
import { parseDate } from "../model/parse-date.js";
import { ordinalSuffix } from "../model/date-words.js";
import type { TimePoint } from "../model/timepoint.js";
import { epochToWall, isUtc, zoneOffsetMs } from "../model/time-zone.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * An astronomical year as ISO 8601 text: four digits, a sign for negative years and for years
 * past 9999.
 *
 * @example
 * isoYear(-43);   // → "-0043" (44 BC)
 * isoYear(2017);  // → "2017"
 * isoYear(12000); // → "+12000"
 */
export function isoYear(year: number): string {
  if (year < 0) return `-${pad(-year, 4)}`;
  if (year > 9999) return `+${year}`;
  return pad(year, 4);
}

function offsetText(ms: number): string | null {
  if (ms % 60_000 !== 0) return null; // local mean time offsets with seconds cannot be written
  const sign = ms < 0 ? "-" : "+";
  const minutes = Math.abs(ms) / 60_000;
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The ordinal span (century or millennium) that starts at astronomical year `first`. */
function ordinalSpanText(first: number, size: number, unit: string): string | null {
  if (first >= 1) {
    const n = Math.floor(first / size) + 1;
    return `${n}${ordinalSuffix(n)} ${unit}`;
  }
  const firstBc = 1 - first;
  if ((firstBc + 1) % size !== 0) return null;
  const n = (firstBc + 1) / size;
  return `${n}${ordinalSuffix(n)} ${unit} BC`;
}

/** The text of a point at its precision, before checking that it reads back the same. */
function precisionText(point: TimePoint): string | null {
  const zone = point.timeZone;
  const wall = epochToWall(point.start, zone);
  const f = wallFields(wall);
  const year = isoYear(f.year);
  const date = `${year}-${pad(f.month)}-${pad(f.day)}`;
  const clock = (text: string) => {
    if (isUtc(zone)) return text;
    const offset = offsetText(zoneOffsetMs(zone, point.start));
    return offset === null ? text : text + offset;
  };
  switch (point.precision) {
    case "millennium":
      return ordinalSpanText(f.year, 1000, "millennium");
    case "century":
      return ordinalSpanText(f.year, 100, "century");
    case "decade":
      return f.year >= 0 && f.year <= 9990 && f.year % 10 === 0 ? `${f.year}s` : null;
    case "year":
      return year;
    case "quarter":
      return `${year}-Q${Math.floor((f.month - 1) / 3) + 1}`;
    case "month":
      return `${year}-${pad(f.month)}`;
    case "week": {
      const week = isoWeekOf(Math.floor(wall / DAY_MS));
      return `${isoYear(week.year)}-W${pad(week.week)}`;
    }
    case "day":
      return date;
    case "hour":
      return clock(`${date}T${pad(f.hour)}`);
    case "minute":
      return clock(`${date}T${pad(f.hour)}:${pad(f.minute)}`);
    case "second":
      return clock(`${date}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`);
    case "millisecond":
      return clock(`${date}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}.${pad(f.millisecond, 3)}`);
    default:
      return null;
  }
}

/** The calendar day (in the point's zone) of an instant, as `YYYY-MM-DD`. */
function dayText(instant: number, zone: string): string {
  const f = wallFields(epochToWall(instant, zone));
  return `${isoYear(f.year)}-${pad(f.month)}-${pad(f.day)}`;
}

function readsBack(text: string, point: TimePoint): boolean {
  try {
    const back = parseDate(text, { timeZone: point.timeZone });
    return back.start === point.start && back.end === point.end && back.precision === point.precision;
  } catch {
    return false;
  }
}

/** A point's text, exact when possible, with the first and last day as a fallback. */
export interface IsoParts {
  /** Text that reads back to exactly this point, or null (e.g. "recently": 14 days at week precision). */
  readonly exact: string | null;
  /** The first day the point covers (`c. ` included when approximate). */
  readonly first: string;
  /** The last day the point covers. */
  readonly last: string;
}

/**
 * The parts {@link toIsoText} is made of; writers use `first`/`last` when a point must be one
 * side of a range and has no exact text.
 *
 * @example
 * isoParts(parseDate("2017")); // → { exact: "2017", first: "2017-01-01", last: "2017-12-31" }
 */
export function isoParts(point: TimePoint): IsoParts {
  const mark = point.approximate ? "c. " : "";
  const text = precisionText(point);
  const exact = text !== null && readsBack(text, point) ? mark + text : null;
  return {
    exact,
    first: mark + dayText(point.start, point.timeZone),
    last: dayText(Math.max(point.start, point.end - 1), point.timeZone),
  };
}

/**
 * A TimePoint as ISO 8601 text at its precision (read in its own zone), `c. ` in front when it
 * is approximate. A point no single form can express — "recently" covers 14 days at week
 * precision — is written as the range of days it covers (`2025-01-15/2025-01-28`). The label
 * (TimelineJS `display_date`) is not part of the text.
 *
 * @example
 * toIsoText(parseDate("Aug 28, 2017"));  // → "2017-08-28"
 * toIsoText(parseDate("2025-W04"));      // → "2025-W04"
 * toIsoText(parseDate("44 BC"));         // → "-0043"
 * toIsoText(parseDate("circa 1850"));    // → "c. 1850"
 */
export function toIsoText(point: TimePoint): string {
  const parts = isoParts(point);
  return parts.exact ?? `${parts.first}/${parts.last}`;
}
