/**
 * Displaying TimePoints: short text at the point's own precision (`Jan 2025`, `1990s`, `44 BC`),
 * words for screen readers (`in 2017`, `the 1990s`), ranges, and axis tick labels.
 *
 * All calendar text comes from the platform's `Intl.DateTimeFormat` (formatters cached per
 * locale + zone + options), read in the point's own zone, so output is deterministic for a given
 * ICU version. Years before 1000 carry an era (`44 BC`, `50 AD`) so they never read as numbers;
 * years past 9999 print in full. The narrow and thin spaces some ICU versions put around times
 * and ranges are written as plain spaces, so output does not change between Node versions.
 * Words that Intl has no pattern for (decades, centuries, "Week 4", "c.") are English for `en-*`
 * locales and neutral forms (`1990–1999`, `2025-W04`, `~`) otherwise.
 */
import { checkLocale } from "../options.js";
import type { Precision } from "./precision.js";
import { comparePrecision } from "./precision.js";
import type { TimePoint } from "./timepoint.js";
import { DAY_MS, civilFromDays, isoWeekOf, isoWeekday, wallMs } from "./civil-date.js";
import type { CivilDay } from "./civil-date.js";
import { ordinalSuffix } from "./date-words.js";
import { epochToWall, resolveTimeZone } from "./time-zone.js";

/** Display options. */
export interface FormatDateOptions {
  /** BCP-47 locale. Default `"en-US"`. */
  locale?: string;
}

/** Tick label options. */
export interface FormatTickOptions extends FormatDateOptions {
  /** IANA zone the tick is labelled in. Default `"UTC"`. */
  timeZone?: string;
  /** Add the year to a tick finer than a year (`Jan 20, 2025`, `6. Jan. 2025`), in the locale's own order. Default false. */
  withYear?: boolean;
}

const DEFAULT_LOCALE = "en-US";
const formatters = new Map<string, Intl.DateTimeFormat>();
function intl(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(formatters, `${locale}|${timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
}

/** `map`'s value for `key`, made (and kept) on first use. */
function cached<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** Plain spaces instead of ICU's narrow / thin / no-break spaces, for stable output. */
function tidy(text: string): string {
  return text.replace(/[\u202f\u2009\u00a0]/g, " ");
}

/** `ms` formatted by Intl in the reading's zone and locale. */
function zoned(ms: number, r: Reading, options: Intl.DateTimeFormatOptions): string {
  return tidy(intl(ms < GREGORIAN_REFORM ? gregorian(r.locale) : r.locale, r.zone, options).format(ms));
}

/** 1582-10-15T00:00Z, the first day of the Gregorian calendar. */
const GREGORIAN_REFORM = -12219292800000;

/**
 * The locale with the Gregorian calendar (`th-TH` → `th-TH-u-ca-gregory`). Our dates are
 * proleptic Gregorian, like JavaScript's; ICU's calendars built on the Gregorian one (Buddhist,
 * Japanese, ROC) switch to the Julian calendar before the 1582 reform, so `1500-06-15` would read
 * as June 5. Before the reform such locales get their own language with Gregorian dates.
 */
function gregorian(locale: string): string {
  return cached(GREGORIAN_LOCALES, locale, () =>
    // Only those: a Persian or Hebrew calendar is its own all the way back.
    ["buddhist", "japanese", "roc"].includes(new Intl.DateTimeFormat(locale).resolvedOptions().calendar)
      ? new Intl.Locale(locale, { calendar: "gregory" }).toString()
      : locale,
  );
}
const GREGORIAN_LOCALES = new Map<string, string>();

function isEnglish(locale: string): boolean {
  return /^en(?:-|$)/i.test(locale);
}

/**
 * Formats the instant `ms` (whose calendar day in its zone is `r.wall`), adding the era for
 * years before 1000. A date without clock fields depends on the wall date alone, so (Gregorian
 * locales, years 1000–9999) it is put together from cached pieces: per month the text around
 * the day (`["January ", …, ", 2025"]`), per day of the month its number in the locale's
 * digits. A 10,000-event timeline spans a few hundred months but thousands of days: one
 * `formatToParts` call per month instead of one `format` call per date.
 */
function calendarText(ms: number, r: Reading, options: Intl.DateTimeFormatOptions): string {
  const { year, month, day } = r.wall;
  if (year < 1000) return zoned(ms, r, { ...options, era: "short" });
  const cache = cached(cached(pieces, options, () => new Map()), r.locale, () => {
    // Formatted in UTC, where a wall date is its own instant.
    const format = intl(r.locale, "UTC", options);
    return !options.hour && format.resolvedOptions().calendar === "gregory" ? ([format, new Map()] as const) : null;
  });
  if (!cache || year > 9999) return zoned(ms, r, options);
  const [format, texts] = cache;
  // Keys: months as year × 12 + month (≥ 12,001), days of the month as 1–31.
  // (Inline lookups rather than cached(): this runs once per label.)
  let m = texts.get(year * 12 + month);
  if (!m) texts.set(year * 12 + month, (m = split(format.formatToParts(wallMs(year, month, 1)))));
  if (m.length < 3) return m[0] as string;
  let d = texts.get(day);
  if (!d) texts.set(day, (d = split(format.formatToParts(wallMs(2000, 1, day)))));
  return m[0] + (d[1] as string) + m[2];
}

/** Per constant options object and locale: the UTC formatter and its pieces, or null (not Gregorian, or a clock). */
const pieces = new WeakMap<Intl.DateTimeFormatOptions, Map<string, readonly [Intl.DateTimeFormat, Map<number, string[]>] | null>>();

/** Text before the day, the day, and after it (tidied); the whole text when there is no day. */
function split(parts: Intl.DateTimeFormatPart[]): string[] {
  const at = parts.findIndex((p) => p.type === "day");
  const text = (from: number, to?: number) => tidy(parts.slice(from, to).map((p) => p.value).join(""));
  return at < 0 ? [text(0)] : [text(0, at), text(at, at + 1), text(at + 1)];
}

interface Reading {
  zone: string;
  locale: string;
  /** The calendar day in the zone (clock fields are never needed: Intl writes those). */
  wall: CivilDay;
}

function read(ms: number, zone: string | undefined, locale: string | undefined): Reading {
  const z = resolveTimeZone(zone);
  return { zone: z, locale: checkLocale(locale ?? DEFAULT_LOCALE), wall: civilFromDays(Math.floor(epochToWall(ms, z) / DAY_MS)) };
}

/** The quarter (0–3) of the reading's month. */
function quarterOf(r: Reading): number {
  return Math.floor((r.wall.month - 1) / 3);
}

/** A year on its own: `2017`, `12000`, `44 BC`; `50 AD` when `eraForSmall`. */
function yearLabel(ms: number, r: Reading, eraForSmall = true): string {
  return eraForSmall || r.wall.year < 1 ? calendarText(ms, r, YEAR) : zoned(ms, r, YEAR);
}

const ORDINAL_WORDS = ["first", "second", "third", "fourth"];

// Constant objects: calendarText's pattern cache is keyed by them.
const YEAR: Intl.DateTimeFormatOptions = { year: "numeric" };

/** Options for the clock precisions, each one adding a field to the coarser one (`hour` holds the rest). */
function clockOptions(hour: Intl.DateTimeFormatOptions): Partial<Record<Precision, Intl.DateTimeFormatOptions>> {
  const minute = { ...hour, minute: "2-digit" } as const;
  const second = { ...minute, second: "2-digit" } as const;
  return { hour, minute, second, millisecond: { ...second, fractionalSecondDigits: 3 } };
}

/** Intl options per precision from the month down: short text (`Jan 20, 2025`) and words (`January 20, 2025`). */
const [SHORT, LONG] = (["short", "long"] as const).map((style) => {
  const month = { year: "numeric", month: style } as const;
  const day = { ...month, day: "numeric" } as const;
  return { month, week: day, day, ...clockOptions({ ...day, hour: "numeric" }) };
}) as [Partial<Record<Precision, Intl.DateTimeFormatOptions>>, Partial<Record<Precision, Intl.DateTimeFormatOptions>>];

/**
 * A point's text at its own precision: short (`Q1 2025`, `Jan 2025`) or, with `words`, for
 * screen readers (`the first quarter of 2025`, `January 2025`); `inRange` drops the `in` of a
 * lone year.
 */
function pointText(point: TimePoint, r: Reading, words: boolean, inRange: boolean): string {
  const { start, precision } = point;
  const english = isEnglish(r.locale);
  const year = r.wall.year;
  let text: string;
  switch (precision) {
    case "millennium":
    case "century":
    case "decade": {
      if (!english || (precision === "decade" && year < 0)) {
        // The point's end as a separate instant (last ms inside the interval), for neutral year ranges.
        text = `${yearLabel(start, r, false)}–${yearLabel(point.end - 1, read(point.end - 1, r.zone, r.locale), false)}`;
      } else if (precision === "decade") text = `${year}s`;
      else {
        // Ordinal span number and era of the start year.
        const bc = year < 1;
        const n = Math.floor((bc ? 1 - year : year) / (precision === "century" ? 100 : 1000)) + 1;
        text = `${n}${ordinalSuffix(n)} ${precision}${bc ? " BC" : ""}`;
      }
      return words ? `the ${text}` : text;
    }
    case "year":
      text = yearLabel(start, r);
      return !words || inRange || point.approximate ? text : `in ${text}`;
    case "quarter":
      text = yearLabel(start, r);
      return words ? `the ${ORDINAL_WORDS[quarterOf(r)]} quarter of ${text}` : `Q${quarterOf(r) + 1} ${text}`;
    case "week":
      if (words) return `the week of ${calendarText(start, r, LONG.day as Intl.DateTimeFormatOptions)}`;
      {
        const { year: weekYear, week } = isoWeekOf(Math.floor(epochToWall(start, r.zone) / DAY_MS));
        if (!english) return `${weekYear}-W${String(week).padStart(2, "0")}`;
        return `Week ${week}, ${weekYear <= 0 ? `${1 - weekYear} BC` : weekYear < 1000 ? `${weekYear} AD` : weekYear}`;
      }
    default:
      return calendarText(start, r, (words ? LONG : SHORT)[precision] as Intl.DateTimeFormatOptions);
  }
}

/**
 * Short display text of a TimePoint at its own precision; the label wins when there is one.
 * Approximate points get `c. ` (English) or `~` (other locales). Default locale `"en-US"`.
 *
 * @example
 * formatTimePoint(parseDate("2025-01"));          // → "Jan 2025"
 * formatTimePoint(parseDate("-0043"));            // → "44 BC"
 * formatTimePoint(parseDate("c. 1850"));          // → "c. 1850"
 * formatTimePoint(parseDate("2025-01-20T14:05")); // → "Jan 20, 2025, 2:05 PM"
 */
export function formatTimePoint(point: TimePoint, options: FormatDateOptions = {}): string {
  return describe(point, options, false, false);
}

/**
 * The date in words for screen readers: `in 2017`, `January 20, 2025`, `January 2025`,
 * `circa 1850`, `in 44 BC`, `the 1990s`, `the first quarter of 2025`. The label wins when there
 * is one. Non-English locales get {@link formatTimePoint}'s text. Default locale `"en-US"`.
 *
 * @example
 * spokenDate(parseDate("2017")); // → "in 2017"
 */
export function spokenDate(point: TimePoint, options: FormatDateOptions = {}): string {
  return describe(point, options, true, false);
}

/**
 * formatTimePoint, or with `words` (English only) spokenDate. A week-precision point that is not
 * one ISO week (e.g. "recently": the 14 days before the reference) reads as its first and last
 * day, so it never claims to be "Week 3".
 */
function describe(point: TimePoint, options: FormatDateOptions, words: boolean, inRange: boolean): string {
  if (point.label) return point.label;
  const r = read(point.start, point.timeZone, options.locale);
  const english = isEnglish(r.locale);
  words &&= english;
  let text: string;
  const oddWeek = point.precision === "week" && !isoWeek(point, r.zone);
  if (oddWeek) {
    const day = (ms: number): TimePoint => ({ start: ms, end: ms + 1, precision: "day", approximate: false, timeZone: point.timeZone });
    text = range(day(point.start), day(point.end - 1), options, words ? ["between ", " and "] : undefined);
  } else text = pointText(point, r, words, inRange);
  if (!point.approximate) return text;
  return words ? `${oddWeek ? "sometime" : "circa"} ${text}` : english ? `c. ${text}` : `~${text}`;
}

/** True when `point` is one ISO week in `zone`: Monday midnight to the next one. */
function isoWeek(point: TimePoint, zone: string): boolean {
  const start = epochToWall(point.start, zone);
  return isoWeekday(Math.floor(start / DAY_MS)) === 1 && start % DAY_MS === 0 && epochToWall(point.end, zone) - start === 7 * DAY_MS;
}

/**
 * A range as short text: `Jan 20, 2017 – Jan 20, 2021`; two dates (days or months) of the same
 * year share it (`Jan 20 – Mar 5, 2025`, `Jan – Mar 2025`) in English. An open side (`null`)
 * reads `until …` / `… onward` (English) or a bare dash. Default locale `"en-US"`.
 *
 * @example
 * formatRange(parseDate("2017-01-20"), parseDate("2021-01-20")); // → "Jan 20, 2017 – Jan 20, 2021"
 */
export function formatRange(start: TimePoint | null, end: TimePoint | null, options: FormatDateOptions = {}): string {
  return range(start, end, options);
}

/**
 * A range in words for screen readers: `from January 20, 2017 to January 20, 2021`,
 * `from 2017 to 2021`, `until 2021`, `from 2017 onward`. Default locale `"en-US"`.
 *
 * @example
 * spokenRange(parseDate("2017"), parseDate("2021")); // → "from 2017 to 2021"
 */
export function spokenRange(start: TimePoint | null, end: TimePoint | null, options: FormatDateOptions = {}): string {
  return range(start, end, options, ["from ", " to "]);
}

/** formatRange, or (English only) in words joined by `words` (`["from ", " to "]`). */
function range(start: TimePoint | null, end: TimePoint | null, options: FormatDateOptions, words?: [string, string]): string {
  const locale = checkLocale(options.locale ?? DEFAULT_LOCALE);
  const english = isEnglish(locale);
  if (!english) words = undefined;
  const text = (point: TimePoint) => describe(point, options, words !== undefined, true);
  if (start === null) return end === null ? "" : `${english ? "until" : "–"} ${text(end)}`;
  const a = text(start);
  if (end === null) return english ? `${words ? "from " : ""}${a} onward` : `${a} –`;
  const b = text(end);
  if (words) return words[0] + a + words[1] + b;
  if (a === b) return a;
  // Two days or months of one year (1000 or later) share it: the start is written without it.
  if (
    english &&
    start.label === undefined &&
    end.label === undefined &&
    !start.approximate &&
    !end.approximate &&
    start.precision === end.precision &&
    (start.precision === "day" || start.precision === "month") &&
    start.timeZone === end.timeZone
  ) {
    const r = read(start.start, start.timeZone, locale);
    const year = r.wall.year;
    if (year >= 1000 && year === read(end.start, end.timeZone, locale).wall.year) {
      return `${zoned(start.start, r, TICK_OPTIONS[start.precision] as Intl.DateTimeFormatOptions)} – ${b}`;
    }
  }
  return `${a} – ${b}`;
}

const MONTH_DAY: Intl.DateTimeFormatOptions = { month: "short", day: "numeric" };
const TICK_CLOCK = clockOptions({ hour: "2-digit", hourCycle: "h23" });
/** Tick formats below the year (quarters are written by hand); an hour tick shows its minutes (14:00). */
const TICK_OPTIONS: Partial<Record<Precision, Intl.DateTimeFormatOptions>> = {
  month: { month: "short" },
  week: MONTH_DAY,
  day: MONTH_DAY,
  ...TICK_CLOCK,
  hour: TICK_CLOCK.minute,
};

/**
 * The axis label of a tick at `ms` for a tick precision: `2017` / `44 BC` (year and coarser),
 * `Q1`, `Jan` (month), `Jan 20` (week, day), `14:00` (hour, minute), `14:00:05`, `14:00:05.123`.
 * Defaults: locale `"en-US"`, zone `"UTC"`.
 *
 * @example
 * formatTick(Date.UTC(2025, 0, 20, 14), "hour"); // → "14:00"
 */
export function formatTick(ms: number, precision: Precision, options: FormatTickOptions = {}): string {
  const r = read(ms, options.timeZone, options.locale);
  const format = TICK_OPTIONS[precision];
  // Year and coarser have no tick format: they are labelled by their year.
  if (!format && precision !== "quarter") return yearLabel(ms, r, false);
  const text = format ? zoned(ms, r, format) : `Q${quarterOf(r) + 1}`;
  if (!options.withYear) return text;
  // Intl puts the year where the locale wants it ("Jan 20, 2025", "6. Jan. 2025", "2025年1月20日");
  // quarters, and years Intl would write without their era, are joined by hand.
  const withYear = format && r.wall.year >= 1000 && r.wall.year <= 9999 && cached(TICK_WITH_YEAR, format, (): Intl.DateTimeFormatOptions => ({ ...(comparePrecision(precision, "day") > 0 ? MONTH_DAY : {}), ...format, year: "numeric" }));
  if (withYear) return zoned(ms, r, withYear);
  const year = yearLabel(ms, r, false);
  if (comparePrecision(precision, "day") < 0) return `${text} ${year}`;
  return comparePrecision(precision, "day") === 0 ? `${text}, ${year}` : `${zoned(ms, r, MONTH_DAY)}, ${year}, ${text}`;
}

/** Per tick format, the same with the year (and the day, for clock ticks). */
const TICK_WITH_YEAR = new WeakMap<Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions>();
