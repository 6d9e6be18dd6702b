/**
 * Building TimePoints from validated calendar fields: one place that knows how long each
 * precision is, where calendar units start (local midnights in the zone) and what makes a field
 * invalid. Used by the text parser, the relative resolver and the TimelineJS-style object reader.
 */
import type { Diagnostic } from "../errors.js";
import { ChronolineError, messages } from "../errors.js";
import type { Precision } from "./precision.js";
import type { TimePoint } from "./timepoint.js";
import { DAY_MS, HOUR_MS, daysInMonth, isoWeekOneMonday, wallMs } from "./civil-date.js";
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

/** The calendar fields, coarsest first (each one is also the name of its precision). */
export const FIELD_NAMES = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;

/** Largest value of each field after the year (the day's is the month's length). */
const FIELD_MAX = [0, 12, 31, 23, 59, 59, 999];

/**
 * Year text for messages: astronomical -43 reads "44 BC".
 *
 * @example
 * yearText(-43); // → "44 BC"
 */
export function yearText(year: number): string {
  return year <= 0 ? `${1 - year} BC` : String(year);
}

/** Why a year is not supported (in messages). */
export const YEAR_RANGE = `years must be between ${MIN_YEAR} and ${MAX_YEAR}`;

/** Throws invalid-date unless the year is within the supported range. */
export function checkYear(year: number, input: unknown): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw invalidDate(input, YEAR_RANGE);
}

/**
 * A TimePoint covering the wall-clock span `[wallStart, wallEnd)`, read in the zone or shifted by
 * a fixed `offsetMs` when the text carried one. Calendar precisions (day and coarser) read both
 * ends in the zone, so they run from local midnight to local midnight and a boundary inside a DST
 * gap moves to the moment the clocks jump. Clock precisions (hour and finer) keep their length, so
 * an hour inside a DST gap still lasts an hour after being moved forward.
 *
 * @example
 * wallPoint("day", wallMs(2025, 1, 20), wallMs(2025, 1, 21), { zone: "UTC", input: "2025-01-20" });
 */
export function wallPoint(
  precision: Precision,
  wallStart: number,
  wallEnd: number,
  ctx: PointContext,
  offsetMs?: number,
): TimePoint {
  const { zone, input, diagnostics } = ctx;
  const clock = wallEnd - wallStart <= HOUR_MS; // an hour or finer
  const noted = diagnostics?.length ?? 0;
  const start =
    offsetMs === undefined
      ? wallToEpoch(wallStart, zone, { boundary: !clock, diagnostics, input })
      : wallStart - offsetMs;
  const end =
    offsetMs === undefined && !clock ? wallToEpoch(wallEnd, zone, { boundary: true }) : start + (wallEnd - wallStart);
  if (!(end > start)) {
    // A day that does not exist at all (Pacific/Apia, 2011-12-30) is an error, not also "moved forward".
    if (diagnostics) diagnostics.length = noted;
    throw invalidDate(input, `that ${precision} does not exist in ${zone}`);
  }
  return { start, end, precision, approximate: false, timeZone: zone };
}

/**
 * `count` whole days from day number `firstDay` (days since 1970-01-01, wall clock) at a precision.
 *
 * @example
 * daysPoint("week", daysFromCivil(2025, 1, 20), 7, { zone: "UTC", input: "2025-W04" });
 */
export function daysPoint(precision: Precision, firstDay: number, count: number, ctx: PointContext): TimePoint {
  return wallPoint(precision, firstDay * DAY_MS, (firstDay + count) * DAY_MS, ctx);
}

/**
 * Validates calendar fields and returns the TimePoint they describe: `count` units of the finest
 * field present (default one), at that field's precision unless `precision` says otherwise (a
 * quarter is three months). Hour 24 is accepted only as `24:00` (the end of the day, i.e. next
 * midnight).
 *
 * @example
 * fieldsPoint({ year: 2025, month: 1 }, { zone: "UTC", input: "Jan 2025" }); // the month
 */
export function fieldsPoint(
  f: DateFieldValues,
  ctx: PointContext,
  offsetMs?: number,
  precision?: Precision,
  count = 1,
): TimePoint {
  const { input } = ctx;
  const { year, month = 1 } = f;
  checkYear(year, input);
  // The fields present, coarsest first (wallMs's arguments); the span ends where the finest of
  // them is one higher.
  const parts: [number, ...number[]] = [year];
  for (let i = 1; i < 7; i++) {
    const name = FIELD_NAMES[i] ?? "year";
    const value = f[name];
    if (value === undefined) break;
    const endOfDay = i === 3 && value === 24 && !f.minute && !f.second && !f.millisecond;
    const max = i === 2 ? daysInMonth(year, month) : endOfDay ? 24 : (FIELD_MAX[i] ?? 0);
    const whole = Number.isInteger(value) && value >= (i < 3 ? 1 : 0);
    if (!whole || value > max) {
      throw invalidDate(
        input,
        i === 2 && whole
          ? `${MONTH_NAMES[month - 1]} ${yearText(year)} has ${max} days`
          : i === 3 && value === 24
            ? "only 24:00 may use hour 24"
            : i === 5 && value === 60
              ? "leap seconds are not supported"
              : `there is no ${name} ${value}`,
      );
    }
    parts.push(value);
  }
  // Spread, not a helper closure: tsx (esbuild keepNames) names each closure as it is made, an
  // Object.defineProperty per date that made ISO dates ~40 % slower to read.
  const start = wallMs(...parts);
  const finest = FIELD_NAMES[parts.length - 1] ?? "year";
  // Month 13 is January of the next year for wallMs (days are counted from March).
  parts.push((parts.pop() ?? 0) + count);
  return wallPoint(precision ?? finest, start, wallMs(...parts), ctx, offsetMs);
}

/**
 * ISO week `week` of ISO week-year `isoYear` (Monday to Monday), or one day of it (1 = Monday).
 *
 * @example
 * isoWeekPoint(2025, 4, undefined, { zone: "UTC", input: "2025-W04" }); // 2025-01-20 … 2025-01-27
 */
export function isoWeekPoint(isoYear: number, week: number, weekday: number | undefined, ctx: PointContext): TimePoint {
  checkYear(isoYear, ctx.input);
  const first = isoWeekOneMonday(isoYear);
  const weeks = (isoWeekOneMonday(isoYear + 1) - first) / 7;
  if (week < 1 || week > weeks) throw invalidDate(ctx.input, `ISO year ${isoYear} has ${weeks} weeks`);
  const monday = first + (week - 1) * 7;
  if (weekday === undefined) return daysPoint("week", monday, 7, ctx);
  if (weekday < 1 || weekday > 7) throw invalidDate(ctx.input, `there is no weekday ${weekday}`);
  return daysPoint("day", monday + weekday - 1, 1, ctx);
}

/**
 * A span of whole years `[firstYear, firstYear + count)` at a coarse precision (quarter excluded).
 *
 * @example
 * yearsPoint("decade", 1990, 10, { zone: "UTC", input: "1990s" });
 */
export function yearsPoint(precision: Precision, firstYear: number, count: number, ctx: PointContext): TimePoint {
  checkYear(firstYear + count - 1, ctx.input);
  return fieldsPoint({ year: firstYear }, ctx, undefined, precision, count);
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
  return fieldsPoint({ year, month: quarter * 3 - 2 }, ctx, undefined, "quarter", 3);
}
