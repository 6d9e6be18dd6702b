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
 * - Spans: `1990s` (decade 1990–1999; `1800s` is the decade 1800–1809 too, with an
 *   `ambiguous-date` warning), `19th century` (1800–1899: the newsroom reading; the 1st century is AD 1–99; `5th century BC`
 *   is 499–400 BC), `2nd millennium` (1000–1999), `Week 4, 2025`.
 * - Approximate: `c. 1850`, `c.1850`, `ca. 1850`, `circa 1850`, `about 1850`, `around 1850`,
 *   `~1850`, `1850?` — any form above may carry one; the point gets `approximate: true`.
 * - Relative expressions (see relative.ts) resolve against `options.referenceDate` only.
 *
 * Dates without an offset are read in `options.timeZone` (see time-zone.ts for the DST rule); a
 * written offset fixes the instant, and the point keeps the options' zone for display.
 */
import type { Diagnostic } from "../errors.js";
import { ChronolineError, describeInput, messages } from "../errors.js";
import type { DateFields, DateInput } from "./types.js";
import type { Precision } from "./precision.js";
import type { DateRange, TimePoint } from "./timepoint.js";
import { DAY_MS, daysFromCivil, isoWeekday } from "./civil-date.js";
import {
  FIELD_NAMES,
  YEAR_RANGE,
  checkYear,
  daysPoint,
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
import type { RelativeContext } from "./relative.js";
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
  // One context for every reader, the relative resolver's reference included: a copy per text
  // ({ ...ctx, referenceDate }) is slow in V8, over a quarter of the time of an English date.
  const ctx: RelativeContext = { zone, input, diagnostics: options.diagnostics, referenceDate: options.referenceDate };
  if (typeof input === "string") return parseText(input, ctx);
  if (typeof input === "number" || typeof input === "bigint") {
    throw new ChronolineError("number-not-allowed", messages.numberNotAllowed(input), { input });
  }
  const isDate = input instanceof Date;
  const isObject = typeof input === "object" && input !== null;
  if (isDate || (isObject && "epochMs" in input)) {
    // An exact instant: the one-millisecond point.
    const ms: unknown = isDate ? input.getTime() : input.epochMs;
    if (typeof ms !== "number" || !(Math.abs(ms) <= 8.64e15)) {
      throw invalidDate(input, isDate ? "the Date object is invalid" : "epochMs must be a finite number of milliseconds");
    }
    const start = Math.floor(ms);
    return { start, end: start + 1, precision: "millisecond", approximate: false, timeZone: zone };
  }
  if (isObject && "year" in input) return fieldsInputPoint(input, ctx);
  throw new ChronolineError(
    "wrong-type",
    messages.wrongType("date", "text, a Date, {year, month?, day?, …} or {epochMs}", input),
    { input },
  );
}

/** A TimelineJS-style `{year, month?, …, display_date?}` object. */
function fieldsInputPoint(input: DateFields, ctx: PointContext): TimePoint {
  const values: Partial<Record<(typeof FIELD_NAMES)[number], number>> = {};
  let missing: string | undefined;
  for (const name of FIELD_NAMES) {
    const raw: unknown = (input as unknown as Record<string, unknown>)[name];
    const text = typeof raw === "string" ? raw.trim() : raw;
    if (text == null || text === "") {
      missing ??= name;
      continue;
    }
    const n = typeof raw === "number" ? raw : typeof text === "string" && /^[+-]?\d{1,9}$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(n)) {
      throw invalidDate(input, `${name} must be a whole number, got ${typeof raw === "number" ? n : describeInput(raw)}`);
    }
    if (missing !== undefined) throw invalidDate(input, `${name} is given but ${missing} is not`);
    values[name] = n;
  }
  const year = values.year;
  if (year === undefined) throw invalidDate(input, "year is required");
  if (year === 0) throw invalidDate(input, "there is no year 0 in TimelineJS numbering (-1 is 1 BC)");
  const point = fieldsPoint({ ...values, year: year < 0 ? year + 1 : year }, ctx);
  const label = input.display_date;
  return typeof label === "string" && label.trim() !== "" ? { ...point, label } : point;
}

// ---------------------------------------------------------------------------------------------
// Text

/** An approximation mark before (`c.`, `circa`, `~` …) and/or `?` after the date itself. */
const APPROX = /^((?:circa|about|around|approximately) |(?:approx|ca|c)(?:\. ?| )|~ ?)?(.*?)( ?\?)?$/;

function parseText(text: string, ctx: RelativeContext): TimePoint {
  if (text.length > MAX_TEXT) throw invalidDate(text, `longer than ${MAX_TEXT} characters`);
  // Case never matters (messages quote the input as written).
  const written = text.replace(/\s+/g, " ").trim().toLowerCase();
  if (written === "") throw invalidDate(text, "it is empty");
  const [, before, s = "", after] = APPROX.exec(written) ?? [];
  if (s === "") throw invalidDate(text, "there is no date after the approximation mark");
  const point = readForm(s, ctx) ?? resolveRelativeDate(s, ctx) ?? readEnglish(s, ctx);
  if (point !== null) return before || after ? { ...point, approximate: true } : point;
  throw invalidDate(
    text,
    /^\d{4}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(s)
      ? `write it with dashes, ${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}`
      : /^[+-]?\d{7,}$/.test(s)
      ? YEAR_RANGE
      : /^\d\d?([/.])\d\d?\1\d{2,4}$/.test(s)
        ? "numeric dates such as 1/20/2025 read differently in the US and Europe; write 2025-01-20 or Jan 20, 2025"
        : /\/|[–—]| (?:to|until) /.test(s)
        ? "it looks like a range"
        : "not a recognised date form; try 2025-01-20, Jan 20, 2025, 2025-W04, 1990s or c. 1850",
  );
}

type Form = readonly [RegExp, (m: RegExpExecArray, ctx: PointContext) => TimePoint];

/**
 * The decade starting at `year` (`1990s`). `1800s` is read the same way, as 1800–1809, but people
 * often mean the century by it, so that reading is reported (`ambiguous-date`) rather than made
 * silently.
 */
function decade(year: number, ctx: PointContext): TimePoint {
  if (year % 100 === 0 && year > 0) {
    ctx.diagnostics?.push({
      severity: "warning",
      code: "ambiguous-date",
      message: `${describeInput(ctx.input)} is read as the decade ${year}–${year + 9}; for the century ${year}–${year + 99} write '${year / 100 + 1}${ordinalSuffix(year / 100 + 1)} century'`,
    });
  }
  return yearsPoint("decade", year, 10, ctx);
}

const ERA = `(${ERA_PATTERN})`;

/** The fixed forms, tried in order on the lower-case text (the first that matches decides). */
const FORMS: readonly Form[] = [
  // ISO 8601 calendar dates and times: 2017, 2017-08, 2017-08-28T14:05:09.250+05:30.
  [
    /^([+-]?(?:\d{1,3}$|\d{4,6}))(?:-(\d\d)(?:-(\d\d)(?:[t ](\d\d)(?::(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?)? ?(z|([+-])(\d\d)(?::?(\d\d))?)?)?)?)?$/,
    (m, ctx) => {
      let offset: number | undefined;
      if (m[8] !== undefined) {
        const hours = Number(m[10] ?? 0);
        const minutes = Number(m[11] ?? 0);
        // Offsets run from -18:00 to +18:00 (ISO 8601 as java.time and Temporal read it; real zones stay within ±14).
        if (minutes > 59 || hours * 60 + minutes > 18 * 60) throw invalidDate(ctx.input, `UTC offset ${m[8]} is out of range (±18:00 at most)`);
        offset = (m[9] === "-" ? -1 : 1) * (hours * 60 + minutes) * 60_000;
      }
      return fieldsPoint(groupFields(m, 1), ctx, offset);
    },
  ],
  // ISO weeks 2025-W04, 2025-W04-3, 2025W04.
  [
    /^([+-]?\d{4,6})-?w(\d\d)(?:-?(\d))?$/,
    (m, ctx) => isoWeekPoint(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), ctx),
  ],
  // ISO ordinal dates: 2025-020.
  [
    /^([+-]?\d{4,6})-(\d{3})$/,
    (m, ctx) => {
      const year = Number(m[1]);
      const ordinal = Number(m[2]);
      checkYear(year, ctx.input);
      const first = daysFromCivil(year, 1, 1);
      const length = daysFromCivil(year + 1, 1, 1) - first;
      if (ordinal < 1 || ordinal > length) throw invalidDate(ctx.input, `${yearText(year)} has ${length} days`);
      return daysPoint("day", first + ordinal - 1, 1, ctx);
    },
  ],
  // Quarters: 2025-Q1, 2025Q1, 2025 Q1.
  [
    /^([+-]?\d{4,6})-?q(\d)$|^([+-]?\d{1,6}) q([1-4])$/,
    (m, ctx) => quarterPoint(Number(m[1] ?? m[3]), Number(m[2] ?? m[4]), ctx),
  ],
  // Years with an era: 44 BC, 44bce, AD 300.
  [
    new RegExp(`^(?:(\\d{1,6}) ?${ERA}|(?:ad|a\\.d\\.) ?(\\d{1,6}))$`),
    (m, ctx) => fieldsPoint({ year: eraYear(m[1] ?? m[3], m[2] ?? "ad", ctx.input) }, ctx),
  ],
  // Decades: 1990s, the 1990's.
  [/^(?:the )?(\d{1,4}0)'?s$/, (m, ctx) => decade(Number(m[1]), ctx)],
  // Centuries and millennia: 19th century, 5th century BC, 2nd millennium.
  [
    new RegExp(`^(?:the )?(\\d{1,4})(st|nd|rd|th)[ -](century|millennium)(?: ${ERA})?$`),
    (m, ctx) => {
      const [, digits, written, unit = "", era = ""] = m;
      const n = Number(digits);
      if (n < 1) throw invalidDate(ctx.input, `there is no ${unit} 0`);
      const suffix = ordinalSuffix(n);
      if (written !== suffix) throw invalidDate(ctx.input, `write ${n}${suffix}, not ${n}${written}`);
      // CE: the 19th century is 1800–1899, but the 1st starts at AD 1 (there is no year 0).
      // BCE mirrors it: the 5th century BC is 499–400 BC, the 1st century BC 99–1 BC.
      const size = unit === "century" ? 100 : 1000;
      const low = Math.max((n - 1) * size, 1);
      const high = n * size - 1;
      return yearsPoint(unit as Precision, isBceMarker(era) ? 1 - high : low, high - low + 1, ctx);
    },
  ],
  // Worded weeks and quarters: Week 4, 2025; week 4 of 2025; Q1 2025.
  [
    new RegExp(`^(?:week (\\d{1,2}),? (?:of )?|q([1-4]),? )([+-]?\\d{1,6})(?: ?${ERA})?$`),
    (m, ctx) => {
      const year = eraYear(m[3], m[4], ctx.input);
      return m[1] === undefined ? quarterPoint(year, Number(m[2]), ctx) : isoWeekPoint(year, Number(m[1]), undefined, ctx);
    },
  ],
];

/** The first fixed form that matches, or null. */
function readForm(s: string, ctx: PointContext): TimePoint | null {
  for (const [pattern, read] of FORMS) {
    const m = pattern.exec(s);
    if (m) return read(m, ctx);
  }
  return null;
}

/**
 * Date fields from consecutive match groups, the year's at `at` (absent groups stay absent; `at`
 * may be below 1 when the groups start at a finer field); the fraction of a second keeps its first
 * three digits as milliseconds.
 */
function groupFields(m: RegExpExecArray, at: number): DateFieldValues {
  const fields: Record<string, number> = {};
  FIELD_NAMES.forEach((name, i) => {
    const text = at + i > 0 ? m[at + i] : undefined;
    if (text !== undefined) fields[name] = Number(i > 5 ? text.slice(0, 3).padEnd(3, "0") : text);
  });
  return fields as unknown as DateFieldValues;
}

/** A year with an optional era marker → astronomical year (a signed year cannot take an era). */
function eraYear(digits = "", era: string | undefined, input: unknown): number {
  const year = Number(digits);
  if (era === undefined) return year;
  if (!/^\d+$/.test(digits)) throw invalidDate(input, "a signed year cannot also have an era");
  if (year === 0) throw invalidDate(input, "there is no year 0 in the BC/AD numbering");
  return isBceMarker(era) ? 1 - year : year;
}

const DAY_TOKEN = /^\d\d?(?:st|nd|rd|th)?$/;
const YEAR_TOKEN = /^\d{1,6}$/;
const ERA_TOKEN = new RegExp(`^${ERA}$`);
/**
 * A time after an English date; its groups are the hour, minute, second, fraction, the a/p of
 * am/pm (`a.m.` takes both dots), the dot, and a UTC zone.
 */
const TIME = /^(?:at )?(\d\d?)(?::(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?)? ?(?:([ap])(\.?)m\6)?(?: (utc|gmt|z))?$/;

/** English day-month-year forms with optional weekday, era and time, or null. */
function readEnglish(s: string, ctx: PointContext): TimePoint | null {
  const tokens = s.split(/[ ,]+/).filter((t) => t !== "");
  const weekday = tokens.length > 1 ? weekdayOf(tokens[0]) : undefined;
  if (weekday !== undefined) tokens.shift();
  // "January 20, 2025" reads as "20 January 2025"; with no year after the number it is the year
  // ("May 5" is year 5, and asks for it in full).
  if (monthOf(tokens[0]) !== undefined && DAY_TOKEN.test(tokens[1] ?? "") && YEAR_TOKEN.test(tokens[2] ?? "")) {
    tokens.splice(0, 2, tokens[1] ?? "", tokens[0] ?? "");
  }
  const dayToken = DAY_TOKEN.test(tokens[0] ?? "") ? (tokens.shift() as string) : undefined;
  const day = dayToken === undefined ? undefined : parseInt(dayToken, 10);
  // "3th" is a typo for something: say which, as for centuries.
  const written = dayToken?.replace(/^\d+/, "");
  if (day !== undefined && written && written !== ordinalSuffix(day)) throw invalidDate(ctx.input, `write ${day}${ordinalSuffix(day)}, not ${dayToken}`);
  if (day !== undefined && tokens[0] === "of") tokens.shift();
  const month = monthOf(tokens[0]);
  if (month === undefined) return null;
  // Now [month, year, era?, time…].
  const yearToken = tokens[1];
  if (yearToken === undefined) throw invalidDate(ctx.input, "a year is needed");
  if (!YEAR_TOKEN.test(yearToken)) return null;
  const era = tokens[2];
  const withEra = ERA_TOKEN.test(era ?? "");
  const year = eraYear(yearToken, withEra ? era : undefined, ctx.input);
  if (!withEra && yearToken.length < 3) {
    const full = `00${yearToken.padStart(2, "0")}`;
    // "Jan 26" is most likely a day without its year; say so before the year-26 reading.
    throw invalidDate(
      ctx.input,
      day === undefined && Number(yearToken) >= 1 && Number(yearToken) <= 31
        ? `a year is needed: e.g. ${(tokens[0] as string).replace(/^./, (c) => c.toUpperCase())} ${yearToken}, 2025; for the year ${yearToken} write ${full} or ${yearToken} AD`
        : `write the year '${yearToken}' in full (e.g. ${full}) or add AD/BC`,
    );
  }
  let fields: DateFieldValues = { year, month, day };
  let offset: number | undefined;
  const rest = tokens.slice(withEra ? 3 : 2);
  if (rest.length > 0) {
    const time = TIME.exec(rest.join(" "));
    if (day === undefined || !time) return null;
    let hour = Number(time[1]);
    const meridiem = time[5];
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) throw invalidDate(ctx.input, `there is no ${hour} ${meridiem}m`);
      hour = (hour % 12) + (meridiem === "p" ? 12 : 0);
    } else if (time[2] === undefined) {
      return null;
    }
    // The time's groups start at the hour, field 3.
    fields = { ...fields, ...groupFields(time, -2), hour };
    if (time[7] !== undefined) offset = 0;
  }
  const point = fieldsPoint(fields, ctx, offset);
  if (weekday === undefined) return point;
  if (day === undefined) return null;
  const actual = isoWeekday(daysFromCivil(year, month, day));
  if (actual !== weekday) {
    throw invalidDate(
      ctx.input,
      `${MONTH_NAMES[month - 1]} ${day}, ${yearText(year)} is a ${WEEKDAY_NAMES[actual - 1]}, not a ${WEEKDAY_NAMES[weekday - 1]}`,
    );
  }
  return point;
}

// ---------------------------------------------------------------------------------------------
// Ranges

const OPEN = "..";
/**
 * Range separators by priority: a slash or dash counts only when it occurs once, a word (any case)
 * at its first occurrence. After "between" only " and " separates.
 */
const SEPARATORS = ["/", "–", "—", " - ", " to ", " until ", " till ", " through ", " thru "];

/** Splits a range expression into its two sides, or null when the text is not written as a range. */
function splitRange(s: string): string[] | null {
  const lower = s.toLowerCase();
  const between = lower.startsWith("between ");
  const body = between ? 8 : lower.startsWith("from ") ? 5 : 0;
  for (const separator of between ? [" and "] : SEPARATORS) {
    const word = separator.length > 3;
    const at = (word ? lower : s).indexOf(separator);
    if (at >= 0 && (word || at === s.lastIndexOf(separator))) {
      return [s.slice(body, at), s.slice(at + separator.length)];
    }
  }
  const years = /^(\d{4})-(\d{4})$/.exec(s);
  return years && years.slice(1);
}

/**
 * An ISO 8601 interval's end written without the parts it shares with the start, completed from
 * the start: `2025-01-20/25` ends on 2025-01-25, `2025-01-20/02-03` on 2025-02-03, `2025-01/03`
 * in March, `2025-01-20T13:30/15:30` at 15:30 that day. Any other end is returned as written.
 */
function completeEnd(start: string, end: string): string {
  const date = /^([+-]?\d{4,6})-(\d\d)(?:-(\d\d)([t ].*)?)?$/i.exec(start);
  if (date === null) return end;
  const [, year, month, day, time] = date;
  if (time !== undefined && /^\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?$/.test(end)) {
    // The start's Z or offset is shared too: 13:30Z/15:30 is two hours.
    const zone = /(?:z|[+-]\d\d(?::?\d\d)?)$/i.exec(time)?.[0] ?? "";
    return `${year}-${month}-${day}${time[0]}${end}${zone}`;
  }
  if (day !== undefined && time === undefined && /^\d\d$/.test(end)) return `${year}-${month}-${end}`;
  if (day !== undefined && time === undefined && /^\d\d-\d\d$/.test(end)) return `${year}-${end}`;
  if (day === undefined && /^\d\d$/.test(end)) return `${year}-${end}`;
  return end;
}

/**
 * Parses a range expression into `{start, end}` TimePoints, either side `null` when open (`..`).
 * Returns null when the input is not written as a range (so the caller reads it as one date).
 * Separators: `/` (ISO 8601 interval), `–` / `—` (spaced or not), ` - ` (spaced hyphen), `to`,
 * `until`, `through`, `from … to …`, `between … and …`, and `YYYY-YYYY` (two four-digit years;
 * `2017-01` stays a month). An ISO end may leave out what it shares with the start
 * (`2025-01-20/25`, `2025-01-20T13:30/15:30`). Throws `invalid-range` for malformed ranges (an empty side, both
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
  const [left = "", right = ""] = sides.map((side) => side.trim());
  const fail = (why: string) => new ChronolineError("invalid-range", messages.invalidRange(input, why), { input });
  if (/^(?:0?[1-9]|1[0-2])$/.test(left) && /^\d{4}$/.test(right) && s.includes("/")) {
    throw fail(`write a month as ${right}-${left.padStart(2, "0")}`);
  }
  if (left === "" || right === "") throw fail("a side is empty; write '..' for an open end");
  if (left === OPEN && right === OPEN) throw fail("both ends are open");
  const right2 = completeEnd(left, right);
  const side = (text: string, name: string): TimePoint | null => {
    if (text === OPEN) return null;
    try {
      return parseDate(text, options);
    } catch (error) {
      if (error instanceof ChronolineError && error.code === "invalid-date") throw fail(`the ${name} ${error.message}`);
      throw error;
    }
  };
  const start = side(left, "start");
  const end = side(right2, "end");
  if (start !== null && end !== null && end.end <= start.start) throw fail("it ends before it starts");
  return { start, end };
}
