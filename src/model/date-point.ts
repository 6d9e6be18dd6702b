/**
 * Building TimePoints from validated calendar fields: one place that knows how long each
 * precision is, where calendar units start (local midnights in the zone) and what makes a field
 * invalid. Used by the text parser, the relative resolver and the TimelineJS-style object reader.
 */
import type { Diagnostic } from "../errors.js";
import { ChronolineError, messages } from "../errors.js";
import type { Precision } from "./precision.js";
import type { TimePoint } from "./timepoint.js";
import { DAY_MS, HOUR_MS, MINUTE_MS, daysInMonth, isoWeekOneMonday, isoWeeksInYear, wallMs } from "./civil-date.js";
import { MONTH_NAMES } from "./date-words.js";
import { wallToEpoch } from "./time-zone.js";

/** Where a point is being read: the zone for wall times, the original input (for messages). */
export interface PointContext {
  zone: string;
  input: unknown;
  diagnostics?: Diagnostic[] | undefined;
}

/** Supported astronomical years: what a JavaScript Date (and Intl) can represent, with margin. */
export const MIN_YEAR = -271_000;
export const MAX_YEAR = 271_000;

/** English month names, January first (used in error messages). */
export { MONTH_NAMES };

/**
 * The error for a date that cannot be read, with the reason in the message.
 *
 * @example
 * throw invalidDate("2023-02-29", "February 2023 has 28 days");
 */
export function invalidDate(input: unknown, why?: string): ChronolineError {
  return new ChronolineError("invalid-date", messages.invalidDate(input, why), { input });
}

/** Length of the clock precisions, in ms. */
const CLOCK_MS: Partial<Record<Precision, number>> = { hour: HOUR_MS, minute: MINUTE_MS, second: 1000, millisecond: 1 };

/** Calendar fields as read; the finest one present gives the precision. Years are astronomical. */
export interface DateFieldValues {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
  hour?: number | undefined;
  minute?: number | undefined;
  second?: number | undefined;
  millisecond?: number | undefined;
}

/**
 * Year text for messages: astronomical -43 reads "44 BC".
 *
 * @example
 * yearText(-43); // → "44 BC"
 */
export function yearText(year: number): string {
  return year <= 0 ? `${1 - year} BC` : String(year);
}

/** Throws invalid-date unless the year is within the supported range. */
export function checkYear(year: number, input: unknown): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalidDate(input, `years must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
}

/**
 * A TimePoint covering a wall-clock calendar span `[wallStart, wallEnd)`: both ends are read in the
 * zone (local midnights), or shifted by a fixed `offsetMs` when the text carried one.
 *
 * @example
 * calendarPoint("day", wallMs(2025, 1, 20), wallMs(2025, 1, 21), { zone: "UTC", input: "2025-01-20" });
 */
export function calendarPoint(
  precision: Precision,
  wallStart: number,
  wallEnd: number,
  ctx: PointContext,
  offsetMs?: number,
): TimePoint {
  let start: number;
  let end: number;
  if (offsetMs !== undefined) {
    start = wallStart - offsetMs;
    end = wallEnd - offsetMs;
  } else {
    start = wallToEpoch(wallStart, ctx.zone, { boundary: true, diagnostics: ctx.diagnostics, input: ctx.input });
    end = wallToEpoch(wallEnd, ctx.zone, { boundary: true });
  }
  if (!(end > start)) throw invalidDate(ctx.input, `that ${precision} does not exist in ${ctx.zone}`);
  return { start, end, precision, approximate: false, timeZone: ctx.zone };
}

/**
 * A TimePoint of clock precision (hour … millisecond) starting at a wall time; its length is fixed,
 * so an hour inside a DST gap still lasts an hour after being moved forward.
 *
 * @example
 * clockPoint("minute", wallMs(2025, 1, 20, 14, 5), { zone: "UTC", input: "2025-01-20T14:05" });
 */
export function clockPoint(precision: Precision, wallStart: number, ctx: PointContext, offsetMs?: number): TimePoint {
  const length = CLOCK_MS[precision] ?? 1;
  const start =
    offsetMs !== undefined
      ? wallStart - offsetMs
      : wallToEpoch(wallStart, ctx.zone, { diagnostics: ctx.diagnostics, input: ctx.input });
  return { start, end: start + length, precision, approximate: false, timeZone: ctx.zone };
}

/**
 * Validates calendar fields and returns the TimePoint they describe, at the precision of the finest
 * field present. Hour 24 is accepted only as `24:00` (the end of the day, i.e. next midnight).
 *
 * @example
 * fieldsPoint({ year: 2025, month: 1 }, { zone: "UTC", input: "Jan 2025" }); // the month
 */
export function fieldsPoint(f: DateFieldValues, ctx: PointContext, offsetMs?: number): TimePoint {
  const { input } = ctx;
  checkYear(f.year, input);
  const { year, month, day, hour } = f;
  if (month === undefined) return calendarPoint("year", wallMs(year), wallMs(year + 1), ctx, offsetMs);
  if (!inRange(month, 1, 12)) throw invalidDate(input, `there is no month ${month}`);
  // Month 13 is January of the next year for wallMs (days are counted from March), so no special case.
  if (day === undefined) return calendarPoint("month", wallMs(year, month), wallMs(year, month + 1), ctx, offsetMs);
  const dim = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1) throw invalidDate(input, `there is no day ${day}`);
  if (day > dim) throw invalidDate(input, `${MONTH_NAMES[month - 1]} ${yearText(year)} has ${dim} days`);
  const dayStart = wallMs(year, month, day);
  if (hour === undefined) return calendarPoint("day", dayStart, dayStart + DAY_MS, ctx, offsetMs);
  const endOfDay = hour === 24 && !f.minute && !f.second && !f.millisecond;
  if (!inRange(hour, 0, 23) && !endOfDay) {
    throw invalidDate(input, hour === 24 ? "only 24:00 may use hour 24" : `there is no hour ${hour}`);
  }
  let precision: Precision = "hour";
  let wall = dayStart + hour * HOUR_MS;
  for (const [name, max, size] of CLOCK_FIELDS) {
    const value = f[name];
    if (value === undefined) continue;
    if (!inRange(value, 0, max)) {
      throw invalidDate(input, name === "second" && value === 60 ? "leap seconds are not supported" : `there is no ${name} ${value}`);
    }
    precision = name;
    wall += value * size;
  }
  return clockPoint(precision, wall, ctx, offsetMs);
}

/** The clock fields below the hour: name (also the precision), largest value, length in ms. */
const CLOCK_FIELDS = [
  ["minute", 59, MINUTE_MS],
  ["second", 59, 1000],
  ["millisecond", 999, 1],
] as const;

function inRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * ISO week `week` of ISO week-year `isoYear` (Monday to Monday), or one day of it (1 = Monday).
 *
 * @example
 * isoWeekPoint(2025, 4, undefined, { zone: "UTC", input: "2025-W04" }); // 2025-01-20 … 2025-01-27
 */
export function isoWeekPoint(isoYear: number, week: number, weekday: number | undefined, ctx: PointContext): TimePoint {
  checkYear(isoYear, ctx.input);
  const weeks = isoWeeksInYear(isoYear);
  if (week < 1 || week > weeks) throw invalidDate(ctx.input, `ISO year ${isoYear} has ${weeks} weeks`);
  const monday = (isoWeekOneMonday(isoYear) + (week - 1) * 7) * DAY_MS;
  if (weekday === undefined) return calendarPoint("week", monday, monday + 7 * DAY_MS, ctx);
  if (weekday < 1 || weekday > 7) throw invalidDate(ctx.input, `there is no weekday ${weekday}`);
  const day = monday + (weekday - 1) * DAY_MS;
  return calendarPoint("day", day, day + DAY_MS, ctx);
}

/**
 * A span of whole years `[firstYear, firstYear + count)` at a coarse precision (quarter excluded).
 *
 * @example
 * yearsPoint("decade", 1990, 10, { zone: "UTC", input: "1990s" });
 */
export function yearsPoint(precision: Precision, firstYear: number, count: number, ctx: PointContext): TimePoint {
  checkYear(firstYear, ctx.input);
  checkYear(firstYear + count - 1, ctx.input);
  return calendarPoint(precision, wallMs(firstYear), wallMs(firstYear + count), ctx);
}

/**
 * Quarter `q` (1–4) of a year.
 *
 * @example
 * quarterPoint(2025, 1, { zone: "UTC", input: "2025-Q1" }); // Jan 1 … Apr 1
 */
export function quarterPoint(year: number, quarter: number, ctx: PointContext): TimePoint {
  checkYear(year, ctx.input);
  if (quarter < 1 || quarter > 4) throw invalidDate(ctx.input, `there is no quarter ${quarter}`);
  const first = (quarter - 1) * 3 + 1;
  return calendarPoint("quarter", wallMs(year, first), wallMs(year, first + 3), ctx);
}
