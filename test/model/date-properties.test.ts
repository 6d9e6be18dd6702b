import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { formatTimePoint } from "../../src/model/format-date.js";
import { parseDate, parseDateRange } from "../../src/model/parse-date.js";
import type { Precision } from "../../src/model/precision.js";
import { zoneOffsetMs } from "../../src/model/time-zone.js";

const SEED = { seed: 20250129, numRuns: 400 };

/** UTC ms via setUTCFullYear (independent of the library's calendar code; no 1900s mapping). */
function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** ISO 8601 year: 4 digits, or a sign and more digits outside 0000–9999. */
function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? "-" : "+"}${pad(Math.abs(year), 4)}`;
}

interface Case {
  text: string;
  start: number;
  end: number;
  precision: Precision;
}

const year = fc.integer({ min: -9999, max: 99_999 });
const field = fc.record({
  year,
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  ms: fc.integer({ min: 0, max: 999 }),
  precision: fc.constantFrom<Precision>(
    "century", "decade", "year", "quarter", "month", "week", "day", "hour", "minute", "second", "millisecond",
  ),
});

/** A random valid date at a random precision, its ISO-ish text and its expected UTC interval. */
const isoCase: fc.Arbitrary<Case> = field.map((f): Case => {
  const days = new Date(utc(f.year, f.month + 1, 0)).getUTCDate();
  const day = Math.min(f.day, days);
  const y = isoYear(f.year);
  const date = `${y}-${pad(f.month)}-${pad(day)}`;
  switch (f.precision) {
    case "century": {
      const n = Math.floor(Math.max(f.year, 100) / 100) + 1;
      const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
      return { text: `${n}${suffix} century`, start: utc((n - 1) * 100), end: utc(n * 100), precision: "century" };
    }
    case "decade": {
      const d = Math.floor(Math.max(f.year, 10) / 10) * 10;
      return { text: `${d}s`, start: utc(d), end: utc(d + 10), precision: "decade" };
    }
    case "year":
      return { text: y, start: utc(f.year), end: utc(f.year + 1), precision: "year" };
    case "quarter": {
      const q = Math.floor((f.month - 1) / 3) + 1;
      return { text: `${y}-Q${q}`, start: utc(f.year, q * 3 - 2), end: utc(f.year, q * 3 + 1), precision: "quarter" };
    }
    case "month":
      return { text: `${y}-${pad(f.month)}`, start: utc(f.year, f.month), end: utc(f.year, f.month + 1), precision: "month" };
    case "week": {
      // The ISO week containing the date: Monday on or before it; the ISO year is Thursday's year.
      const t = utc(f.year, f.month, day);
      const weekday = (new Date(t).getUTCDay() + 6) % 7;
      const monday = t - weekday * 86_400_000;
      const thursday = new Date(monday + 3 * 86_400_000);
      const isoY = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - utc(isoY, 1, 1)) / (7 * 86_400_000)) + 1;
      return { text: `${isoYear(isoY)}-W${pad(week)}`, start: monday, end: monday + 7 * 86_400_000, precision: "week" };
    }
    case "day":
      return { text: date, start: utc(f.year, f.month, day), end: utc(f.year, f.month, day + 1), precision: "day" };
    case "hour": {
      const start = utc(f.year, f.month, day, f.hour);
      return { text: `${date}T${pad(f.hour)}`, start, end: start + 3_600_000, precision: "hour" };
    }
    case "minute": {
      const start = utc(f.year, f.month, day, f.hour, f.minute);
      return { text: `${date}T${pad(f.hour)}:${pad(f.minute)}`, start, end: start + 60_000, precision: "minute" };
    }
    case "second": {
      const start = utc(f.year, f.month, day, f.hour, f.minute, f.second);
      return { text: `${date}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}Z`, start, end: start + 1000, precision: "second" };
    }
    default: {
      const start = utc(f.year, f.month, day, f.hour, f.minute, f.second, f.ms);
      const text = `${date}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}.${pad(f.ms, 3)}`;
      return { text, start, end: start + 1, precision: "millisecond" };
    }
  }
});

const ZONES = ["UTC", "America/Chicago", "Asia/Kolkata", "Australia/Adelaide", "Europe/London", "America/Sao_Paulo"];

describe("date properties", () => {
  it("ISO-ish text of a random date parses back to the same [start, end) and precision (UTC)", () => {
    fc.assert(
      fc.property(isoCase, (c) => {
        const point = parseDate(c.text);
        expect({ text: c.text, start: point.start, end: point.end, precision: point.precision }).toEqual(c);
      }),
      SEED,
    );
  });

  it("start < end for every parsed point, in every zone", () => {
    fc.assert(
      fc.property(isoCase, fc.constantFrom(...ZONES), (c, timeZone) => {
        const point = parseDate(c.text, { timeZone });
        expect(point.start).toBeLessThan(point.end);
        expect(point.precision).toBe(c.precision);
        expect(point.timeZone).toBe(timeZone);
      }),
      SEED,
    );
  });

  it("formatTimePoint output (en-US) parses back to the same point, in every zone", () => {
    fc.assert(
      fc.property(isoCase, fc.constantFrom(...ZONES), fc.boolean(), (c, timeZone, approximate) => {
        const text = approximate ? `c. ${c.text}` : c.text;
        const point = parseDate(text, { timeZone });
        const again = parseDate(formatTimePoint(point), { timeZone });
        expect(again).toEqual(point);
      }),
      SEED,
    );
  });

  it("a point in a zone covers whole local units: its start is a local midnight for day and coarser", () => {
    fc.assert(
      fc.property(isoCase, fc.constantFrom(...ZONES), (c, timeZone) => {
        if (!["year", "quarter", "month", "week", "day"].includes(c.precision)) return;
        if (c.start < utc(1900)) return; // local mean time before standard zones has odd offsets
        const point = parseDate(c.text, { timeZone });
        const parts = new Intl.DateTimeFormat("en-US", {
          timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23",
        }).format(point.start);
        // A day may start at 01:00 where midnight falls in a DST gap (Sao Paulo before 2019).
        expect(["00:00", "01:00"]).toContain(parts);
      }),
      SEED,
    );
  });

  it("cached zone offsets equal Intl's offset at every instant, including odd zones", () => {
    const zones = [
      "America/Chicago", "Africa/Casablanca", "Australia/Lord_Howe", "Pacific/Apia", "Europe/Dublin", "Asia/Kathmandu",
      "America/St_Johns", "America/Sao_Paulo",
    ];
    const intlOffset = (zone: string, t: number): number => {
      const text = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format(t);
      const m = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(text);
      if (!m || m[1] === undefined) return 0;
      return (m[1] === "-" ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
    };
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: utc(1850), max: utc(2150) }), (zone, t) => {
        expect(zoneOffsetMs(zone, t)).toBe(intlOffset(zone, t));
      }),
      { seed: 3, numRuns: 3000 },
    );
  });

  const isChronolineError = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof ChronolineError)) throw error;
    }
  };

  it("parseDate and parseDateRange throw nothing but ChronolineError for arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), (text) => {
        isChronolineError(() => parseDate(text));
        isChronolineError(() => parseDateRange(text));
        isChronolineError(() => parseDate(text, { referenceDate: parseDate("2025-01-29"), timeZone: "America/Chicago" }));
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it("… nor for date-like strings built from date tokens", () => {
    const token = fc.constantFrom(
      "2017", "-", "0043", "01", "20", "T", ":", "05", "Z", "+05:30", "W", "Q", "/", "..", " ", ",", ".", "Jan", "January",
      "Sunday", "BC", "AD", "c.", "~", "?", "s", "th", "century", "to", "from", "–", "last", "week", "ago", "two", "pm", "24",
      "13", "99999999", "e", "0", "between", "and",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = tokens.join("");
        isChronolineError(() => parseDate(text));
        isChronolineError(() => parseDateRange(text));
        isChronolineError(() => parseDate(text, { referenceDate: parseDate("2025-01-29") }));
        const spaced = tokens.join(" ");
        isChronolineError(() => parseDate(spaced, { timeZone: "Asia/Kolkata" }));
        isChronolineError(() => parseDateRange(spaced));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it("random TimelineJS-style objects throw nothing but ChronolineError", () => {
    const value = fc.oneof(fc.integer(), fc.string(), fc.constant(undefined), fc.constant(null), fc.double(), fc.boolean());
    fc.assert(
      fc.property(
        fc.record({ year: value, month: value, day: value, hour: value, minute: value, second: value, millisecond: value }, { requiredKeys: ["year"] }),
        (input) => {
          isChronolineError(() => {
            const point = parseDate(input as never);
            expect(point.start).toBeLessThan(point.end);
          });
        },
      ),
      { seed: 13, numRuns: 1000 },
    );
  });

  it("very long inputs return at once (the parser is linear and capped)", () => {
    for (const text of [
      "1".repeat(100_000),
      "2017-".repeat(20_000),
      "c. ".repeat(30_000),
      " to ".repeat(25_000),
      "/".repeat(100_000),
      `${" ".repeat(100_000)}2017`,
      "Jan ".repeat(25_000),
    ]) {
      expect(() => parseDate(text)).toThrow(ChronolineError);
      isChronolineError(() => parseDateRange(text));
    }
    // Under the cap, near-miss forms that could make a backtracking regex explode.
    for (const text of ["2017-01-01T" + "0".repeat(190), "c.".repeat(99), "1".repeat(199) + "x", " - ".repeat(60)]) {
      isChronolineError(() => parseDate(text));
      isChronolineError(() => parseDateRange(text));
    }
  });
});
