import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/model/parse-date.js";
import { isoYear, toIsoText } from "../../src/formats/iso.js";

const ZONES = ["UTC", "America/Chicago", "Asia/Kolkata", "Australia/Lord_Howe", "Europe/London"];

describe("toIsoText", () => {
  it.each([
    ["2017", "2017"],
    ["Aug 2017", "2017-08"],
    ["Aug 28, 2017", "2017-08-28"],
    ["2025-W04", "2025-W04"],
    ["Q1 2025", "2025-Q1"],
    ["the 1990s", "1990s"],
    ["19th century", "19th century"],
    ["5th century BC", "5th century BC"],
    ["2nd millennium", "2nd millennium"],
    ["44 BC", "-0043"],
    ["AD 50", "0050"],
    ["12000", "+12000"],
    ["circa 1850", "c. 1850"],
    ["1850?", "c. 1850"],
    ["2017-08-28T14", "2017-08-28T14"],
    ["2017-08-28 14:05", "2017-08-28T14:05"],
    ["2017-08-28T14:05:09", "2017-08-28T14:05:09"],
    ["2017-08-28T14:05:09.120", "2017-08-28T14:05:09.120"],
  ])("%j → %j in UTC", (input, expected) => {
    expect(toIsoText(parseDate(input))).toBe(expected);
  });

  it("writes clock times with the zone's offset", () => {
    expect(toIsoText(parseDate("2025-01-20T12:00", { timeZone: "America/Chicago" }))).toBe("2025-01-20T12:00-06:00");
    expect(toIsoText(parseDate("2025-07-20T12:00", { timeZone: "America/Chicago" }))).toBe("2025-07-20T12:00-05:00");
    expect(toIsoText(parseDate("2025-01-20T12:00", { timeZone: "Asia/Kolkata" }))).toBe("2025-01-20T12:00+05:30");
  });

  it("writes calendar dates in the point's own zone", () => {
    expect(toIsoText(parseDate("2025-01-20", { timeZone: "Asia/Kolkata" }))).toBe("2025-01-20");
  });

  it("writes a point no single form expresses as the days it covers", () => {
    const reference = parseDate("2025-01-29");
    expect(toIsoText(parseDate("recently", { referenceDate: reference }))).toBe("c. 2025-01-15/2025-01-28");
  });

  it("reads back to the same interval, precision and approximation (property)", () => {
    const fields = fc.record({
      year: fc.integer({ min: -9999, max: 12000 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
      ms: fc.integer({ min: 0, max: 999 }),
      week: fc.integer({ min: 1, max: 52 }),
      quarter: fc.integer({ min: 1, max: 4 }),
      ordinal: fc.integer({ min: 1, max: 30 }),
      form: fc.constantFrom("year", "month", "day", "hour", "minute", "second", "ms", "week", "quarter", "decade", "century", "millennium"),
      approximate: fc.boolean(),
      bc: fc.boolean(),
      zone: fc.constantFrom(...ZONES),
    });
    fc.assert(
      fc.property(fields, (f) => {
        const y = isoYear(f.year);
        const p2 = (n: number) => String(n).padStart(2, "0");
        const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th");
        const texts: Record<string, string> = {
          year: y,
          month: `${y}-${p2(f.month)}`,
          day: `${y}-${p2(f.month)}-${p2(f.day)}`,
          hour: `${y}-${p2(f.month)}-${p2(f.day)}T${p2(f.hour)}`,
          minute: `${y}-${p2(f.month)}-${p2(f.day)}T${p2(f.hour)}:${p2(f.minute)}`,
          second: `${y}-${p2(f.month)}-${p2(f.day)}T${p2(f.hour)}:${p2(f.minute)}:${p2(f.second)}`,
          ms: `${y}-${p2(f.month)}-${p2(f.day)}T${p2(f.hour)}:${p2(f.minute)}:${p2(f.second)}.${String(f.ms).padStart(3, "0")}`,
          week: `${y}-W${p2(f.week)}`,
          quarter: `${y}-Q${f.quarter}`,
          decade: `${10 + (Math.abs(f.year) % 9980) - (Math.abs(f.year) % 10)}s`,
          century: `${f.ordinal}${suffix(f.ordinal)} century${f.bc ? " BC" : ""}`,
          millennium: `${(f.ordinal % 9) + 1}${suffix((f.ordinal % 9) + 1)} millennium${f.bc ? " BC" : ""}`,
        };
        const input = `${f.approximate ? "c. " : ""}${texts[f.form]}`;
        const point = parseDate(input, { timeZone: f.zone });
        const back = parseDate(toIsoText(point), { timeZone: f.zone });
        expect([back.start, back.end, back.precision, back.approximate]).toEqual([point.start, point.end, point.precision, point.approximate]);
      }),
      { numRuns: 400 },
    );
  });
});
