/**
 * Relative dates ("Sunday", "yesterday", "two weeks ago", "last month", "recently"), resolved only
 * against an explicit reference date — typically the article's own date. chronoline never reads
 * the clock: without a reference these expressions are an error (`relative-without-reference`).
 *
 * Rules (the reference day is the calendar day of `referenceDate.start` in the zone):
 * - `today` / `yesterday` / `tomorrow`: that day, the day before, the day after (precision day).
 * - A bare weekday (`Sunday`, `on Sunday`), `last Sunday` and `past Sunday` mean the most recent
 *   such day strictly before the reference day: an article dated Wednesday 2025-01-29 saying
 *   "Sunday" means 2025-01-26, and one dated on a Sunday saying "Sunday" means a week earlier.
 * - `this Monday`: that weekday in the reference day's ISO week (Monday–Sunday), possibly later.
 * - `next Monday`: the first such day strictly after the reference day.
 * - `N days ago`: the day N days before (day). `N weeks ago`: the ISO week containing the day 7·N
 *   days before (week). `N months ago` / `N years ago`: that calendar month / year.
 *   `N hours ago` / `N minutes ago`: the hour / minute (on the zone's clock) containing the
 *   instant N real hours / minutes before the reference start, so a DST change in between counts.
 *   N is 1–9999 in digits or a word (`a`, `an`, `one` … `twelve`).
 * - `last week` / `this week` / `next week`: the previous / current / next ISO week (precision
 *   week); likewise `last month`, `last year` and their `this` / `next` forms.
 * - `recently` (or `lately`): the 14 days before the reference day, precision week, approximate.
 */
import type { Diagnostic } from "../errors.js";
import { ChronolineError, messages } from "../errors.js";
import type { Precision } from "./precision.js";
import type { TimePoint } from "./timepoint.js";
import { DAY_MS, HOUR_MS, MINUTE_MS, civilFromDays, isoWeekday } from "./civil-date.js";
import { daysPoint, fieldsPoint, wallPoint } from "./date-point.js";
import type { PointContext } from "./date-point.js";
import { countOf, weekdayOf } from "./date-words.js";
import { epochToWall } from "./time-zone.js";

/** What a relative expression needs: the zone, the reference and the original input. */
export interface RelativeContext {
  /** A validated IANA zone name. */
  zone: string;
  referenceDate?: TimePoint | undefined;
  diagnostics?: Diagnostic[] | undefined;
  /** The original input, for messages. */
  input: unknown;
}

/** Units of a fixed length; weeks are counted from a Monday (1969-12-29). */
const UNIT_MS: Readonly<Record<string, number>> = { minute: MINUTE_MS, hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS };

/** Any reference will do to tell whether text is relative: nothing it resolves to can fail in UTC. */
const EPOCH: TimePoint = { start: 0, end: 1, precision: "millisecond", approximate: false, timeZone: "UTC" };

/**
 * True when the text is a relative expression this module understands (case-insensitive).
 *
 * @example
 * isRelativeDate("last Friday"); // → true
 * isRelativeDate("2025-01-20");  // → false
 */
export function isRelativeDate(text: string): boolean {
  return resolveRelativeDate(text, { zone: "UTC", referenceDate: EPOCH, input: text }) !== null;
}

/**
 * Resolves a relative expression against `ctx.referenceDate` (read in `ctx.zone`). Returns null
 * when the text is not relative; throws `relative-without-reference` when it is but there is no
 * reference. The result has no label (the formatter shows the resolved date).
 *
 * @example
 * const ref = parseDate("2025-01-29");
 * resolveRelativeDate("Sunday", { zone: "UTC", referenceDate: ref, input: "Sunday" });
 * // → the day 2025-01-26
 */
export function resolveRelativeDate(text: string, ctx: RelativeContext): TimePoint | null {
  const t = text.replace(/\s+/g, " ").trim().toLowerCase();
  // Every relative form is letters, spaces and dots, or ends in "ago": other text ("Jan 20, 2025")
  // is turned away before anything is allocated.
  if (!/^[a-z .]*$|ago$/.test(t)) return null;
  // The reference's wall-clock time, asked for only once the text is known to be relative.
  const refWall = (): number => {
    const { referenceDate: ref, input } = ctx;
    if (ref === undefined || ref === null) {
      throw new ChronolineError("relative-without-reference", messages.relativeWithoutReference(input), { input });
    }
    if (typeof ref !== "object" || !Number.isFinite(ref.start)) {
      throw new ChronolineError("invalid-option", messages.invalidOption("referenceDate", "a TimePoint", ref), {
        input: ref,
      });
    }
    return epochToWall(ref.start, ctx.zone);
  };
  const refDay = () => Math.floor(refWall() / DAY_MS);
  if (t === "recently" || t === "lately") return { ...daysPoint("week", refDay() - 14, 14, ctx), approximate: true };
  const weekday = /^(?:on )?(?:(last|past|this|next) )?([a-z]+\.?)$/.exec(t);
  const target = weekdayOf(weekday?.[2]);
  if (target !== undefined) {
    const which = weekday?.[1];
    const day = refDay();
    const current = isoWeekday(day);
    const shift =
      which === "this" ? target - current : which === "next" ? (target - current + 7) % 7 || 7 : -((current - target + 7) % 7 || 7);
    return daysPoint("day", day + shift, 1, ctx);
  }
  // "yesterday" is "1 day ago", "next week" is "-1 weeks ago".
  const dayWord = ["tomorrow", "today", "yesterday"].indexOf(t);
  const m = /^([a-z]+|\d{1,4}) (minute|hour|day|week|month|year)s? ago$|^(next|this|last) (week|month|year)$/.exec(t);
  const n = dayWord >= 0 ? dayWord - 1 : m?.[1] !== undefined ? countOf(m[1]) : m ? ["next", "this", "last"].indexOf(m[3] ?? "") - 1 : undefined;
  if (n === undefined) return null;
  const unit = dayWord >= 0 ? "day" : (m?.[2] ?? m?.[4] ?? "");
  const wall = refWall();
  const size = UNIT_MS[unit];
  if (size !== undefined && size <= HOUR_MS) {
    // Hours and minutes count real time, not the wall clock, so "an hour ago" across a DST
    // change is the hour that was on the clock 60 minutes earlier, in that moment's offset.
    const instant = ctx.referenceDate!.start - n * size;
    const offset = epochToWall(instant, ctx.zone) - instant;
    const start = Math.floor((instant + offset) / size) * size;
    return wallPoint(unit as Precision, start, start + size, ctx, offset);
  }
  if (size !== undefined) {
    const origin = unit === "week" ? -3 * DAY_MS : 0;
    const start = (Math.floor((wall - origin) / size) - n) * size + origin;
    return wallPoint(unit as Precision, start, start + size, ctx);
  }
  const { year, month } = civilFromDays(Math.floor(wall / DAY_MS));
  if (unit === "year") return fieldsPoint({ year: year - n }, ctx);
  const index = year * 12 + month - 1 - n;
  const y = Math.floor(index / 12);
  return fieldsPoint({ year: y, month: index - y * 12 + 1 }, ctx);
}
