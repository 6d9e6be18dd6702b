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
 *   `N hours ago` / `N minutes ago`: the hour / minute containing reference start minus N.
 *   N is 1–9999 in digits or a word (`a`, `an`, `one` … `twelve`).
 * - `last week` / `this week` / `next week`: the previous / current / next ISO week (precision
 *   week); likewise `last month`, `last year` and their `this` / `next` forms.
 * - `recently` (or `lately`): the 14 days before the reference day, precision week, approximate.
 */
import type { Diagnostic } from "../errors.js";
import { ChronolineError, messages } from "../errors.js";
import type { TimePoint } from "./timepoint.js";
import { DAY_MS, HOUR_MS, MINUTE_MS, civilFromDays, isoWeekday } from "./civil-date.js";
import { calendarPoint, clockPoint, fieldsPoint } from "./date-point.js";
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

type Resolver = (refWall: number, refDay: number, ctx: PointContext) => TimePoint;

const DAY_WORDS: Readonly<Record<string, number>> = { today: 0, yesterday: -1, tomorrow: 1 };
/** `last week` is `1 week ago`; `next week` is `-1 weeks ago`. */
const UNITS_BACK: Readonly<Record<string, number>> = { last: 1, this: 0, next: -1 };

function dayPoint(day: number, ctx: PointContext): TimePoint {
  return calendarPoint("day", day * DAY_MS, (day + 1) * DAY_MS, ctx);
}

function weekPoint(dayInWeek: number, ctx: PointContext): TimePoint {
  const monday = dayInWeek - (isoWeekday(dayInWeek) - 1);
  return calendarPoint("week", monday * DAY_MS, (monday + 7) * DAY_MS, ctx);
}

/** Month `offset` months from the reference day's month (negative = earlier). */
function monthPoint(refDay: number, offset: number, ctx: PointContext): TimePoint {
  const { year, month } = civilFromDays(refDay);
  const index = year * 12 + (month - 1) + offset;
  return fieldsPoint({ year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 }, ctx);
}

function yearPoint(refDay: number, offset: number, ctx: PointContext): TimePoint {
  return fieldsPoint({ year: civilFromDays(refDay).year + offset }, ctx);
}

/** Finds the resolver for a lower-case, space-normalised expression, or null if it is not relative. */
function match(text: string): Resolver | null {
  const dayWord = DAY_WORDS[text];
  if (dayWord !== undefined && Object.prototype.hasOwnProperty.call(DAY_WORDS, text)) {
    return (_w, refDay, ctx) => dayPoint(refDay + dayWord, ctx);
  }
  if (text === "recently" || text === "lately") {
    return (_w, refDay, ctx) => ({
      ...calendarPoint("week", (refDay - 14) * DAY_MS, refDay * DAY_MS, ctx),
      approximate: true,
    });
  }
  const weekday = /^(?:on )?(?:(last|past|this|next) )?([a-z]+\.?)$/.exec(text);
  const target = weekday ? weekdayOf(weekday[2]) : undefined;
  if (weekday && target !== undefined) {
    const which = weekday[1] ?? "last";
    return (_w, refDay, ctx) => {
      const current = isoWeekday(refDay);
      if (which === "this") return dayPoint(refDay - (current - 1) + (target - 1), ctx);
      if (which === "next") return dayPoint(refDay + ((target - current + 7) % 7 || 7), ctx);
      return dayPoint(refDay - ((current - target + 7) % 7 || 7), ctx);
    };
  }
  const ago = /^([a-z]+|\d{1,4}) (minute|hour|day|week|month|year)s? ago$/.exec(text);
  const period = /^(last|this|next) (week|month|year)$/.exec(text);
  if (ago || period) {
    const n = ago ? countOf(ago[1] ?? "") : UNITS_BACK[period?.[1] ?? ""];
    if (n === undefined) return null;
    const unit = (ago ?? period)?.[2];
    return (refWall, refDay, ctx) => {
      if (unit === "day") return dayPoint(refDay - n, ctx);
      if (unit === "week") return weekPoint(refDay - 7 * n, ctx);
      if (unit === "month") return monthPoint(refDay, -n, ctx);
      if (unit === "year") return yearPoint(refDay, -n, ctx);
      const size = unit === "hour" ? HOUR_MS : MINUTE_MS;
      const wall = Math.floor(refWall / size) * size - n * size;
      return clockPoint(unit === "hour" ? "hour" : "minute", wall, ctx);
    };
  }
  return null;
}

/**
 * True when the text is a relative expression this module understands (case-insensitive).
 *
 * @example
 * isRelativeDate("last Friday"); // → true
 * isRelativeDate("2025-01-20");  // → false
 */
export function isRelativeDate(text: string): boolean {
  return match(normalise(text)) !== null;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
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
  const resolver = match(normalise(text));
  if (resolver === null) return null;
  const ref = ctx.referenceDate;
  if (ref === undefined || ref === null) {
    throw new ChronolineError("relative-without-reference", messages.relativeWithoutReference(ctx.input), {
      input: ctx.input,
    });
  }
  if (typeof ref !== "object" || !Number.isFinite(ref.start)) {
    throw new ChronolineError("invalid-option", messages.invalidOption("referenceDate", "a TimePoint", ref), {
      input: ref,
    });
  }
  const refWall = epochToWall(ref.start, ctx.zone);
  const refDay = Math.floor(refWall / DAY_MS);
  const point = resolver(refWall, refDay, { zone: ctx.zone, input: ctx.input, diagnostics: ctx.diagnostics });
  return point;
}
