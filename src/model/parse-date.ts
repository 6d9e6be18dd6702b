/**
 * Reading dates: text (ISO 8601 and English), `Date` objects, TimelineJS-style field objects and
 * explicit epoch milliseconds, into TimePoints that keep their precision.
 *
 * The text parser is strict and linear: anchored regular expressions without nested quantifiers,
 * a 200-character cap, and never `new Date(string)`. Accepted forms (case-insensitive):
 * - ISO 8601: `2017`, `2017-08`, `2017-08-28`, `2017-08-28T14`, `2017-08-28T14:05`, with seconds
 *   and fractions, `Z` or `±hh:mm` / `±hhmm` / `±hh` offsets (a space may replace `T`), week dates
 *   `2025-W04` and `2025-W04-3`, ordinal dates `2025-020`, quarters `2025-Q1`, `Q1 2025`.
 * - Years are astronomical and never expanded: `0050` and `50` are year 50, `-0043` is 44 BC,
 *   `+12000` / `12000` / `-10000` are fine (range ±271000). `44 BC`, `44 BCE`, `AD 300`, `300 CE`.
 * - English: `Jan 2025`, `January 20, 2025`, `20 January 2025`, `Jan. 20th, 2025`, `Sept 5 2025`,
 *   an optional weekday (`Sunday, January 26, 2025`, checked), an optional time
 *   (`January 20, 2025 2:05 PM`, `… at 14:05`, `… 14:05 UTC`) and era (`March 15, 44 BC`).
 *   Years of one or two digits need an era or leading zeros (`Jan 20, 25` is rejected).
 * - Spans: `1990s` (decade 1990–1999; `1800s` is the decade 1800–1809 too), `19th century`
 *   (1800–1899: the newsroom reading, "the 1800s"; the 1st century is AD 1–99; `5th century BC`
 *   is 499–400 BC), `2nd millennium` (1000–1999), `Week 4, 2025`.
 * - Approximate: `c. 1850`, `c.1850`, `ca. 1850`, `circa 1850`, `about 1850`, `around 1850`,
 *   `~1850`, `1850?` — any form above may carry one; the point gets `approximate: true`.
 * - Relative expressions (see relative.ts) resolve against `options.referenceDate` only.
 *
 * Dates without an offset are read in `options.timeZone` (see time-zone.ts for the DST rule); a
 * written offset fixes the instant, and the point keeps the options' zone for display.
 */
import type { Diagnostic } from "../errors.js";
import { ChronolineError, messages } from "../errors.js";
import type { DateFields, DateInput, EpochMs } from "./types.js";
import type { DateRange, TimePoint } from "./timepoint.js";
import { DAY_MS, daysFromCivil, isLeapYear, isoWeekday } from "./civil-date.js";
import {
  checkYear,
  calendarPoint,
  fieldsPoint,
  invalidDate,
  isoWeekPoint,
  quarterPoint,
  yearText,
  yearsPoint,
} from "./date-point.js";
import type { DateFieldValues, PointContext } from "./date-point.js";
import { ERA_PATTERN, MONTH_NAMES, WEEKDAY_NAMES, isBceMarker, monthOf, ordinalSuffix, weekdayOf } from "./date-words.js";
import { resolveRelativeDate } from "./relative.js";
import { resolveTimeZone } from "./time-zone.js";

/** Options for reading dates. */
export interface DateOptions {
  /** IANA zone for dates written without an offset. Default `"UTC"`. */
  timeZone?: string;
  /** What relative dates ("Sunday", "yesterday") resolve against; without it they are an error. */
  referenceDate?: TimePoint;
  /** Where non-fatal findings (DST gaps and overlaps) are pushed. */
  diagnostics?: Diagnostic[];
}

/** Longer text is not a date; the cap also keeps every regex trivially fast. */
const MAX_TEXT = 200;

const MS_LIMIT = 8.64e15;

/**
 * Parses one date expression into a TimePoint covering `[start, end)` at the precision written.
 * Throws ChronolineError: `invalid-date` (with the reason), `number-not-allowed`, `wrong-type`,
 * `relative-without-reference`, `invalid-time-zone`. Default zone `"UTC"`.
 *
 * TimelineJS-style objects follow TimelineJS's convention that a negative year is a BCE year
 * number (`{ year: -44 }` is 44 BC, astronomical -43; there is no year 0), while ISO text is
 * astronomical (`"-0043"` is 44 BC). `display_date` becomes the label.
 *
 * @example
 * parseDate("Jan 2025");                                   // precision "month", all of January
 * parseDate("2025-01-20", { timeZone: "America/Chicago" }); // [2025-01-20T06:00Z, 2025-01-21T06:00Z)
 * parseDate("c. 1850").approximate;                        // → true
 */
export function parseDate(input: DateInput, options: DateOptions = {}): TimePoint {
  const zone = resolveTimeZone(options.timeZone);
  const ctx: PointContext = { zone, input, diagnostics: options.diagnostics };
  if (typeof input === "string") return parseText(input, ctx, options.referenceDate);
  if (typeof input === "number" || typeof input === "bigint") {
    throw new ChronolineError("number-not-allowed", messages.numberNotAllowed(input), { input });
  }
  if (input instanceof Date) {
    const ms = input.getTime();
    if (!Number.isFinite(ms)) throw invalidDate(input, "the Date object is invalid");
    return instant(ms, zone);
  }
  if (input !== null && typeof input === "object" && !Array.isArray(input)) {
    if ("epochMs" in input) return epochPoint(input, zone);
    if ("year" in input) return fieldsInputPoint(input, ctx);
  }
  throw new ChronolineError(
    "wrong-type",
    messages.wrongType("date", "text, a Date, {year, month?, day?, …} or {epochMs}", input),
    { input },
  );
}

function epochPoint(input: EpochMs, zone: string): TimePoint {
  const ms = input.epochMs;
  if (typeof ms !== "number" || !Number.isFinite(ms) || Math.abs(ms) > MS_LIMIT) {
    throw invalidDate(input, "epochMs must be a finite number of milliseconds");
  }
  return instant(Math.floor(ms), zone);
}

/** The one-millisecond point of an exact instant. */
function instant(start: number, zone: string): TimePoint {
  return { start, end: start + 1, precision: "millisecond", approximate: false, timeZone: zone };
}

const FIELD_ORDER = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;

/** A TimelineJS-style `{year, month?, …, display_date?}` object. */
function fieldsInputPoint(input: DateFields, ctx: PointContext): TimePoint {
  const values: Partial<Record<(typeof FIELD_ORDER)[number], number>> = {};
  let missing: string | undefined;
  for (const name of FIELD_ORDER) {
    const raw: unknown = (input as unknown as Record<string, unknown>)[name];
    const absent = raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
    if (absent) {
      missing ??= name;
      continue;
    }
    const n =
      typeof raw === "number" ? raw : typeof raw === "string" && /^[+-]?\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    if (!Number.isInteger(n)) {
      throw invalidDate(input, `${name} must be a whole number, got ${typeof raw === "number" ? n : JSON.stringify(raw) ?? typeof raw}`);
    }
    if (missing !== undefined) throw invalidDate(input, `${name} is given but ${missing} is not`);
    values[name] = n;
  }
  const year = values.year;
  if (year === undefined) throw invalidDate(input, "year is required");
  if (year === 0) throw invalidDate(input, "there is no year 0 in TimelineJS numbering (-1 is 1 BC)");
  const fields: DateFieldValues = { ...values, year: year < 0 ? year + 1 : year };
  const point = fieldsPoint(fields, ctx);
  const label = input.display_date;
  return typeof label === "string" && label.trim() !== "" ? { ...point, label } : point;
}

// ---------------------------------------------------------------------------------------------
// Text

const APPROX_PREFIX = /^(?:(?:circa|about|around|approximately)\s+|(?:approx|ca|c)\.\s*|(?:approx|ca|c)\s+|~\s*)/i;

function parseText(text: string, ctx: PointContext, referenceDate: TimePoint | undefined): TimePoint {
  if (text.length > MAX_TEXT) throw invalidDate(text, `longer than ${MAX_TEXT} characters`);
  let s = text.replace(/\s+/g, " ").trim();
  if (s === "") throw invalidDate(text, "it is empty");
  let approximate = false;
  const prefix = APPROX_PREFIX.exec(s);
  if (prefix) {
    approximate = true;
    s = s.slice(prefix[0].length);
  }
  if (s.endsWith("?")) {
    approximate = true;
    s = s.slice(0, -1).trimEnd();
  }
  if (s === "") throw invalidDate(text, "there is no date after the approximation mark");
  const point =
    readIso(s, ctx) ??
    readSpan(s, ctx) ??
    resolveRelativeDate(s, { zone: ctx.zone, referenceDate, diagnostics: ctx.diagnostics, input: text }) ??
    readEnglish(s, ctx);
  if (point === null) throw invalidDate(text, unrecognisedReason(s));
  return approximate ? { ...point, approximate: true } : point;
}

function unrecognisedReason(s: string): string {
  if (/^[+-]?\d{7,}$/.test(s)) return `years must be between -271000 and 271000`;
  if (s.includes("/") || / (?:to|until) /i.test(s) || /[–—]/.test(s)) return "it looks like a range";
  return "not a recognised date form; try 2025-01-20, Jan 20, 2025, 2025-W04, 1990s or c. 1850";
}

const ISO_YEAR = /^([+-]?)(\d{1,6})$/;
const ISO_MONTH = /^([+-]?\d{4,6})-(\d{2})$/;
const ISO_DATE_TIME =
  /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)? ?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const ISO_WEEK = /^([+-]?\d{4,6})-?W(\d{2})(?:-?(\d))?$/i;
const ISO_ORDINAL = /^([+-]?\d{4,6})-(\d{3})$/;
const ISO_QUARTER = /^([+-]?\d{4,6})-?Q(\d)$/i;

/** ISO 8601 forms, or null. */
function readIso(s: string, ctx: PointContext): TimePoint | null {
  let m = ISO_YEAR.exec(s);
  if (m) return fieldsPoint({ year: Number(`${m[1]}${m[2]}`) }, ctx);
  m = ISO_MONTH.exec(s);
  if (m) return fieldsPoint({ year: Number(m[1]), month: Number(m[2]) }, ctx);
  m = ISO_DATE_TIME.exec(s);
  if (m) {
    const fields = clockFields({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, m, 4);
    return fieldsPoint(fields, ctx, m[8] === undefined ? undefined : offsetOf(m[8], ctx.input));
  }
  m = ISO_WEEK.exec(s);
  if (m) return isoWeekPoint(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), ctx);
  m = ISO_ORDINAL.exec(s);
  if (m) {
    const year = Number(m[1]);
    checkYear(year, ctx.input);
    const ordinal = Number(m[2]);
    const length = isLeapYear(year) ? 366 : 365;
    if (ordinal < 1 || ordinal > length) throw invalidDate(ctx.input, `${yearText(year)} has ${length} days`);
    const day = daysFromCivil(year, 1, 1) + ordinal - 1;
    return calendarPoint("day", day * DAY_MS, (day + 1) * DAY_MS, ctx);
  }
  m = ISO_QUARTER.exec(s);
  if (m) return quarterPoint(Number(m[1]), Number(m[2]), ctx);
  return null;
}

/**
 * Adds hour, minute, second and fraction from four match groups starting at `at` (absent groups
 * stay absent); the fraction keeps its first three digits as milliseconds.
 */
function clockFields(fields: DateFieldValues, m: RegExpExecArray, at: number): DateFieldValues {
  const field = (i: number): number | undefined => {
    const text = m[at + i];
    return text === undefined ? undefined : Number(i === 3 ? text.slice(0, 3).padEnd(3, "0") : text);
  };
  return { ...fields, hour: field(0), minute: field(1), second: field(2), millisecond: field(3) };
}

/** `Z`, `+05:30`, `-0500`, `+01` → offset in ms; throws for out-of-range offsets. */
function offsetOf(text: string, input: unknown): number {
  if (text === "Z" || text === "z") return 0;
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 23 || minutes > 59) throw invalidDate(input, `UTC offset ${text} is out of range`);
  return sign * (hours * 60 + minutes) * 60_000;
}

const ERA_YEAR = new RegExp(`^(\\d{1,6}) ?(${ERA_PATTERN})$`, "i");
const AD_YEAR = /^(ad|a\.d\.) ?(\d{1,6})$/i;
const DECADE = /^(?:the )?(\d{1,4}0)'?s$/i;
const ORDINAL_SPAN = new RegExp(`^(?:the )?(\\d{1,4})(st|nd|rd|th)[ -](century|millennium)(?: (${ERA_PATTERN}))?$`, "i");
const WEEK_WORDS = new RegExp(`^week (\\d{1,2}),? (?:of )?([+-]?\\d{1,6})(?: ?(${ERA_PATTERN}))?$`, "i");
const QUARTER_FIRST = new RegExp(`^Q([1-4]),? ([+-]?\\d{1,6})(?: ?(${ERA_PATTERN}))?$`, "i");
const QUARTER_LAST = /^([+-]?\d{1,6}) Q([1-4])$/i;

/** Era years, decades, centuries, millennia and worded weeks/quarters, or null. */
function readSpan(s: string, ctx: PointContext): TimePoint | null {
  let m = ERA_YEAR.exec(s);
  if (m) return fieldsPoint({ year: eraYear(Number(m[1]), (m[2] ?? "").toLowerCase(), ctx.input) }, ctx);
  m = AD_YEAR.exec(s);
  if (m) return fieldsPoint({ year: eraYear(Number(m[2]), "ad", ctx.input) }, ctx);
  m = DECADE.exec(s);
  if (m) return yearsPoint("decade", Number(m[1]), 10, ctx);
  m = ORDINAL_SPAN.exec(s);
  if (m) {
    const n = Number(m[1]);
    if (n < 1) throw invalidDate(ctx.input, `there is no ${m[3]?.toLowerCase()} 0`);
    if ((m[2] ?? "").toLowerCase() !== ordinalSuffix(n)) {
      throw invalidDate(ctx.input, `write ${n}${ordinalSuffix(n)}, not ${n}${m[2]}`);
    }
    const size = (m[3] ?? "").toLowerCase() === "century" ? 100 : 1000;
    const [first, count] = ordinalSpan(n, size, m[4] !== undefined && isBceMarker(m[4].toLowerCase()));
    return yearsPoint(size === 100 ? "century" : "millennium", first, count, ctx);
  }
  m = WEEK_WORDS.exec(s);
  if (m) return isoWeekPoint(wordYear(m[2], m[3], ctx.input), Number(m[1]), undefined, ctx);
  m = QUARTER_FIRST.exec(s);
  if (m) return quarterPoint(wordYear(m[2], m[3], ctx.input), Number(m[1]), ctx);
  m = QUARTER_LAST.exec(s);
  if (m) return quarterPoint(Number(m[1]), Number(m[2]), ctx);
  return null;
}

/** A year with an optional era marker → astronomical year (a signed year cannot take an era). */
function wordYear(digits: string | undefined, era: string | undefined, input: unknown): number {
  const year = Number(digits);
  if (era === undefined) return year;
  if (!/^\d+$/.test(digits ?? "")) throw invalidDate(input, "a signed year cannot also have an era");
  return eraYear(year, era.toLowerCase(), input);
}

/** A year written with an era marker → astronomical year. */
function eraYear(year: number, era: string, input: unknown): number {
  if (year === 0) throw invalidDate(input, "there is no year 0 in the BC/AD numbering");
  return isBceMarker(era) ? 1 - year : year;
}

/**
 * The n-th century (size 100) or millennium (size 1000) as [first astronomical year, year count].
 * CE: the 19th century is 1800–1899, but the 1st starts at AD 1 (there is no year 0).
 * BCE mirrors it: the 5th century BC is 499–400 BC, the 1st century BC 99–1 BC.
 */
function ordinalSpan(n: number, size: number, bce: boolean): [number, number] {
  if (!bce) {
    const first = Math.max((n - 1) * size, 1);
    return [first, n * size - first];
  }
  const firstBc = n * size - 1;
  const lastBc = Math.max((n - 1) * size, 1);
  return [1 - firstBc, firstBc - lastBc + 1];
}

const DAY_TOKEN = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR_TOKEN = /^\d{1,6}$/;
const ERA_TOKEN = new RegExp(`^(?:${ERA_PATTERN})$`);
const TIME_TAIL =
  /^(?:at )?(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)? ?(am|pm|a\.m\.|p\.m\.)?(?: (utc|gmt|z))?$/;

/** English day-month-year forms with optional weekday, era and time, or null. */
function readEnglish(s: string, ctx: PointContext): TimePoint | null {
  const tokens = s.toLowerCase().split(/[ ,]+/).filter((t) => t !== "");
  let i = 0;
  let weekday: number | undefined;
  if (tokens.length > 1) {
    weekday = weekdayOf(tokens[0]);
    if (weekday !== undefined) i += 1;
  }
  let month = monthOf(tokens[i]);
  let day: number | undefined;
  let yearToken: string | undefined;
  if (month !== undefined) {
    i += 1;
    const dayMatch = DAY_TOKEN.exec(tokens[i] ?? "");
    if (dayMatch && YEAR_TOKEN.test(tokens[i + 1] ?? "")) {
      day = Number(dayMatch[1]);
      i += 1;
    }
    yearToken = tokens[i];
  } else {
    const dayMatch = DAY_TOKEN.exec(tokens[i] ?? "");
    if (!dayMatch) return null;
    day = Number(dayMatch[1]);
    i += 1;
    if (tokens[i] === "of") i += 1;
    month = monthOf(tokens[i]);
    if (month === undefined) return null;
    i += 1;
    yearToken = tokens[i];
  }
  if (yearToken === undefined || !YEAR_TOKEN.test(yearToken)) {
    if (yearToken === undefined) throw invalidDate(ctx.input, "a year is needed");
    return null;
  }
  i += 1;
  let year = Number(yearToken);
  const era = tokens[i];
  if (era !== undefined && ERA_TOKEN.test(era)) {
    year = eraYear(year, era, ctx.input);
    i += 1;
  } else if (yearToken.length <= 2) {
    throw invalidDate(ctx.input, `write the year '${yearToken}' in full (e.g. 00${yearToken.padStart(2, "0")}) or add AD/BC`);
  }
  let fields: DateFieldValues = { year, month, day };
  let offset: number | undefined;
  if (i < tokens.length) {
    if (day === undefined) return null;
    const time = TIME_TAIL.exec(tokens.slice(i).join(" "));
    if (!time) return null;
    let hour = Number(time[1]);
    const meridiem = time[5];
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) throw invalidDate(ctx.input, `there is no ${hour} ${meridiem.replace(/\./g, "")}`);
      hour = (hour % 12) + (meridiem.startsWith("p") ? 12 : 0);
    } else if (time[2] === undefined) {
      return null;
    }
    fields = { ...clockFields(fields, time, 1), hour };
    if (time[6] !== undefined) offset = 0;
  }
  const point = fieldsPoint(fields, ctx, offset);
  if (weekday !== undefined && day !== undefined) {
    const actual = isoWeekday(daysFromCivil(year, month, day));
    if (actual !== weekday) {
      throw invalidDate(
        ctx.input,
        `${MONTH_NAMES[month - 1]} ${day}, ${yearText(year)} is a ${WEEKDAY_NAMES[actual - 1]}, not a ${WEEKDAY_NAMES[weekday - 1]}`,
      );
    }
  } else if (weekday !== undefined) {
    return null;
  }
  return point;
}

// ---------------------------------------------------------------------------------------------
// Ranges

const OPEN = "..";
const WORD_SEPARATORS = [" to ", " until ", " till ", " through ", " thru "];

/** Splits a range expression into its two sides, or null when the text is not written as a range. */
function splitRange(s: string): [string, string] | null {
  const lower = s.toLowerCase();
  if (lower.startsWith("between ")) {
    const at = lower.indexOf(" and ");
    return at < 0 ? null : [s.slice(8, at), s.slice(at + 5)];
  }
  const body = lower.startsWith("from ") ? 5 : 0;
  const slash = s.indexOf("/");
  if (slash >= 0 && slash === s.lastIndexOf("/")) return [s.slice(body, slash), s.slice(slash + 1)];
  for (const dash of ["–", "—", " - "]) {
    const at = s.indexOf(dash);
    if (at >= 0 && at === s.lastIndexOf(dash)) return [s.slice(body, at), s.slice(at + dash.length)];
  }
  for (const word of WORD_SEPARATORS) {
    const at = lower.indexOf(word);
    if (at >= 0) return [s.slice(body, at), s.slice(at + word.length)];
  }
  const years = /^(\d{4})-(\d{4})$/.exec(s);
  if (years) return [years[1] ?? "", years[2] ?? ""];
  return null;
}

/**
 * Parses a range expression into `{start, end}` TimePoints, either side `null` when open (`..`).
 * Returns null when the input is not written as a range (so the caller reads it as one date).
 * Separators: `/` (ISO 8601 interval), `–` / `—` (spaced or not), ` - ` (spaced hyphen), `to`,
 * `until`, `through`, `from … to …`, `between … and …`, and `YYYY-YYYY` (two four-digit years;
 * `2017-01` stays a month). Throws `invalid-range` for malformed ranges (an empty side, both
 * sides open, a side that is not a date, or an end before the start).
 *
 * @example
 * parseDateRange("2017/2021");   // → { start: 2017, end: 2021 } (each a year-precision TimePoint)
 * parseDateRange("../2021");     // → { start: null, end: 2021 }
 * parseDateRange("2017-01-20");  // → null (a single date)
 */
export function parseDateRange(input: DateInput, options: DateOptions = {}): DateRange | null {
  if (typeof input !== "string" || input.length > MAX_TEXT) return null;
  const s = input.replace(/\s+/g, " ").trim();
  const sides = splitRange(s);
  if (sides === null) return null;
  const [left, right] = [sides[0].trim(), sides[1].trim()];
  if (/^\d{1,2}$/.test(left) && /^\d{4}$/.test(right) && s.includes("/")) {
    throw invalidRange(input, `write a month as ${right}-${left.padStart(2, "0")}`);
  }
  if (left === "" || right === "") {
    throw invalidRange(input, "a side is empty; write '..' for an open end");
  }
  if (left === OPEN && right === OPEN) {
    throw invalidRange(input, "both ends are open");
  }
  const start = left === OPEN ? null : rangeSide(left, "start", input, options);
  const end = right === OPEN ? null : rangeSide(right, "end", input, options);
  if (start !== null && end !== null && end.end <= start.start) {
    throw invalidRange(input, "it ends before it starts");
  }
  return { start, end };
}

function invalidRange(input: string, why: string): ChronolineError {
  return new ChronolineError("invalid-range", messages.invalidRange(input, why), { input });
}

function rangeSide(text: string, side: string, input: string, options: DateOptions): TimePoint {
  try {
    return parseDate(text, options);
  } catch (error) {
    if (error instanceof ChronolineError && error.code === "invalid-date") {
      throw invalidRange(input, `the ${side} ${error.message}`);
    }
    throw error;
  }
}
