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
export const MONTH_NAMES: readonly string[] = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

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
  const { year } = f;
  if (f.month === undefined) return calendarPoint("year", wallMs(year), wallMs(year + 1), ctx, offsetMs);
  const month = f.month;
  if (!Number.isInteger(month) || month < 1 || month > 12) throw invalidDate(input, `there is no month ${month}`);
  const monthName = `${MONTH_NAMES[month - 1]} ${yearText(year)}`;
  if (f.day === undefined) {
    const next = month === 12 ? wallMs(year + 1, 1) : wallMs(year, month + 1);
    return calendarPoint("month", wallMs(year, month), next, ctx, offsetMs);
  }
  const day = f.day;
  const dim = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1) throw invalidDate(input, `there is no day ${day}`);
  if (day > dim) throw invalidDate(input, `${monthName} has ${dim} days`);
  const dayStart = wallMs(year, month, day);
  if (f.hour === undefined) return calendarPoint("day", dayStart, dayStart + DAY_MS, ctx, offsetMs);
  const { hour, minute, second, millisecond } = f;
  const endOfDay = hour === 24 && !minute && !second && !millisecond;
  if (!Number.isInteger(hour) || hour < 0 || (hour > 23 && !endOfDay)) {
    throw invalidDate(input, hour === 24 ? "only 24:00 may use hour 24" : `there is no hour ${hour}`);
  }
  let precision: Precision = "hour";
  if (minute !== undefined) {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw invalidDate(input, `there is no minute ${minute}`);
    precision = "minute";
  }
  if (second !== undefined) {
    if (!Number.isInteger(second) || second < 0 || second > 59) {
      throw invalidDate(input, second === 60 ? "leap seconds are not supported" : `there is no second ${second}`);
    }
    precision = "second";
  }
  if (millisecond !== undefined) {
    if (!Number.isInteger(millisecond) || millisecond < 0 || millisecond > 999) {
      throw invalidDate(input, `there is no millisecond ${millisecond}`);
    }
    precision = "millisecond";
  }
  const wall = dayStart + hour * HOUR_MS + (minute ?? 0) * MINUTE_MS + (second ?? 0) * 1000 + (millisecond ?? 0);
  return clockPoint(precision, wall, ctx, offsetMs);
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
  const next = quarter === 4 ? wallMs(year + 1, 1) : wallMs(year, first + 3);
  return calendarPoint("quarter", wallMs(year, first), next, ctx);
}
