import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import type { Diagnostic } from "../../src/errors.js";
import { parseDate, parseDateRange } from "../../src/model/parse-date.js";
import type { Precision } from "../../src/model/precision.js";

/** UTC ms built with setUTCFullYear, so years 0–99 and BCE are not shifted into the 1900s. */
function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChronolineError);
    return (error as ChronolineError).code;
  }
  return undefined;
}

type Row = [input: string, start: number, end: number, precision: Precision];

describe("parseDate reads ISO 8601", () => {
  const rows: Row[] = [
    ["2017", Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1), "year"],
    ["2017-08", Date.UTC(2017, 7, 1), Date.UTC(2017, 8, 1), "month"],
    ["2017-12", Date.UTC(2017, 11, 1), Date.UTC(2018, 0, 1), "month"],
    ["2017-08-28", Date.UTC(2017, 7, 28), Date.UTC(2017, 7, 29), "day"],
    ["2017-08-28T14", Date.UTC(2017, 7, 28, 14), Date.UTC(2017, 7, 28, 15), "hour"],
    ["2017-08-28T14:05", Date.UTC(2017, 7, 28, 14, 5), Date.UTC(2017, 7, 28, 14, 6), "minute"],
    ["2017-08-28 14:05", Date.UTC(2017, 7, 28, 14, 5), Date.UTC(2017, 7, 28, 14, 6), "minute"],
    ["2017-08-28T14:05:09", Date.UTC(2017, 7, 28, 14, 5, 9), Date.UTC(2017, 7, 28, 14, 5, 10), "second"],
    ["2017-08-28T14:05:09.250", Date.UTC(2017, 7, 28, 14, 5, 9, 250), Date.UTC(2017, 7, 28, 14, 5, 9, 251), "millisecond"],
    ["2017-08-28T14:05:09.5Z", Date.UTC(2017, 7, 28, 14, 5, 9, 500), Date.UTC(2017, 7, 28, 14, 5, 9, 501), "millisecond"],
    ["2017-08-28T14:05Z", Date.UTC(2017, 7, 28, 14, 5), Date.UTC(2017, 7, 28, 14, 6), "minute"],
    ["2017-08-28t14:05z", Date.UTC(2017, 7, 28, 14, 5), Date.UTC(2017, 7, 28, 14, 6), "minute"],
    ["2017-08-28T14:05+05:30", Date.UTC(2017, 7, 28, 8, 35), Date.UTC(2017, 7, 28, 8, 36), "minute"],
    ["2017-08-28T14:05-0500", Date.UTC(2017, 7, 28, 19, 5), Date.UTC(2017, 7, 28, 19, 6), "minute"],
    ["2017-08-28T14:05-05", Date.UTC(2017, 7, 28, 19, 5), Date.UTC(2017, 7, 28, 19, 6), "minute"],
    ["2025-01-20T24:00", Date.UTC(2025, 0, 21), Date.UTC(2025, 0, 21, 0, 1), "minute"],
    ["2025-W04", Date.UTC(2025, 0, 20), Date.UTC(2025, 0, 27), "week"],
    ["2025-W01", Date.UTC(2024, 11, 30), Date.UTC(2025, 0, 6), "week"],
    ["2020-W53", Date.UTC(2020, 11, 28), Date.UTC(2021, 0, 4), "week"],
    ["2025W04", Date.UTC(2025, 0, 20), Date.UTC(2025, 0, 27), "week"],
    ["2025-W04-3", Date.UTC(2025, 0, 22), Date.UTC(2025, 0, 23), "day"],
    ["2025-020", Date.UTC(2025, 0, 20), Date.UTC(2025, 0, 21), "day"],
    ["2025-Q1", Date.UTC(2025, 0, 1), Date.UTC(2025, 3, 1), "quarter"],
    ["2025-Q4", Date.UTC(2025, 9, 1), Date.UTC(2026, 0, 1), "quarter"],
    ["Q1 2025", Date.UTC(2025, 0, 1), Date.UTC(2025, 3, 1), "quarter"],
    ["2025 Q3", Date.UTC(2025, 6, 1), Date.UTC(2025, 9, 1), "quarter"],
    ["Week 4, 2025", Date.UTC(2025, 0, 20), Date.UTC(2025, 0, 27), "week"],
  ];
  it.each(rows)("parseDate('%s') covers its interval", (input, start, end, precision) => {
    expect(parseDate(input)).toEqual({ start, end, precision, approximate: false, timeZone: "UTC" });
  });
});

describe("parseDate reads spans, eras, small and large years", () => {
  const rows: Row[] = [
    ["1990s", utc(1990), utc(2000), "decade"],
    ["the 1990s", utc(1990), utc(2000), "decade"],
    ["1990's", utc(1990), utc(2000), "decade"],
    ["1800s", utc(1800), utc(1810), "decade"],
    ["19th century", utc(1800), utc(1900), "century"],
    ["the 21st century", utc(2000), utc(2100), "century"],
    ["19th-century", utc(1800), utc(1900), "century"],
    ["1st century", utc(1), utc(100), "century"],
    ["5th century BC", utc(-498), utc(-398), "century"],
    ["1st century BC", utc(-98), utc(1), "century"],
    ["2nd millennium", utc(1000), utc(2000), "millennium"],
    ["1st millennium BCE", utc(-998), utc(1), "millennium"],
    ["44 BC", utc(-43), utc(-42), "year"],
    ["44 BCE", utc(-43), utc(-42), "year"],
    ["44 B.C.", utc(-43), utc(-42), "year"],
    ["44BC", utc(-43), utc(-42), "year"],
    ["1 BC", utc(0), utc(1), "year"],
    ["300 AD", utc(300), utc(301), "year"],
    ["AD 300", utc(300), utc(301), "year"],
    ["300 CE", utc(300), utc(301), "year"],
    ["-0043", utc(-43), utc(-42), "year"],
    ["0000", utc(0), utc(1), "year"],
    ["0050", utc(50), utc(51), "year"],
    ["50", utc(50), utc(51), "year"],
    ["0099-12-31", utc(99, 12, 31), utc(100, 1, 1), "day"],
    ["+12000", utc(12000), utc(12001), "year"],
    ["12000", utc(12000), utc(12001), "year"],
    ["+12000-03", utc(12000, 3), utc(12000, 4), "month"],
    ["-10000", utc(-10000), utc(-9999), "year"],
    ["0004-02-29", utc(4, 2, 29), utc(4, 3, 1), "day"],
    ["-0004-02-29", utc(-4, 2, 29), utc(-4, 3, 1), "day"],
  ];
  it.each(rows)("parseDate('%s') covers its interval", (input, start, end, precision) => {
    expect(parseDate(input)).toEqual({ start, end, precision, approximate: false, timeZone: "UTC" });
  });
});

describe("parseDate reads English dates", () => {
  const jan20 = [Date.UTC(2025, 0, 20), Date.UTC(2025, 0, 21)] as const;
  const rows: Row[] = [
    ["Jan 2025", Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1), "month"],
    ["January 2025", Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1), "month"],
    ["JANUARY 2025", Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1), "month"],
    ["January 20, 2025", ...jan20, "day"],
    ["20 January 2025", ...jan20, "day"],
    ["20th of January, 2025", ...jan20, "day"],
    ["Jan. 20, 2025", ...jan20, "day"],
    ["jan 20th 2025", ...jan20, "day"],
    ["Monday, January 20, 2025", ...jan20, "day"],
    ["Mon 20 Jan 2025", ...jan20, "day"],
    ["Sept 5 2025", Date.UTC(2025, 8, 5), Date.UTC(2025, 8, 6), "day"],
    ["Sept. 5, 2025", Date.UTC(2025, 8, 5), Date.UTC(2025, 8, 6), "day"],
    ["Sunday, January 26, 2025", Date.UTC(2025, 0, 26), Date.UTC(2025, 0, 27), "day"],
    ["January 20, 2025 2:05 PM", Date.UTC(2025, 0, 20, 14, 5), Date.UTC(2025, 0, 20, 14, 6), "minute"],
    ["Jan 20, 2025, 2:05 PM", Date.UTC(2025, 0, 20, 14, 5), Date.UTC(2025, 0, 20, 14, 6), "minute"],
    ["January 20, 2025 at 14:05", Date.UTC(2025, 0, 20, 14, 5), Date.UTC(2025, 0, 20, 14, 6), "minute"],
    ["January 20, 2025 12 a.m.", Date.UTC(2025, 0, 20, 0), Date.UTC(2025, 0, 20, 1), "hour"],
    ["January 20, 2025 2pm", Date.UTC(2025, 0, 20, 14), Date.UTC(2025, 0, 20, 15), "hour"],
    ["January 20, 2025 14:05:09 UTC", Date.UTC(2025, 0, 20, 14, 5, 9), Date.UTC(2025, 0, 20, 14, 5, 10), "second"],
    ["March 15, 44 BC", utc(-43, 3, 15), utc(-43, 3, 16), "day"],
    ["March 44 BC", utc(-43, 3), utc(-43, 4), "month"],
    ["Jan 20, 0025", utc(25, 1, 20), utc(25, 1, 21), "day"],
  ];
  it.each(rows)("parseDate('%s') covers its interval", (input, start, end, precision) => {
    expect(parseDate(input)).toEqual({ start, end, precision, approximate: false, timeZone: "UTC" });
  });
});

describe("parseDate marks approximate dates", () => {
  it.each([
    ["c. 1850"],
    ["c.1850"],
    ["c 1850"],
    ["ca. 1850"],
    ["ca 1850"],
    ["circa 1850"],
    ["Circa 1850"],
    ["~1850"],
    ["~ 1850"],
    ["1850?"],
    ["about 1850"],
    ["around 1850"],
    ["approx. 1850"],
  ])("parseDate('%s') is 1850, approximate", (input) => {
    expect(parseDate(input)).toEqual({
      start: Date.UTC(1850, 0, 1),
      end: Date.UTC(1851, 0, 1),
      precision: "year",
      approximate: true,
      timeZone: "UTC",
    });
  });

  it("parseDate('circa Jan 2025') is the approximate month", () => {
    expect(parseDate("circa Jan 2025")).toMatchObject({ start: Date.UTC(2025, 0, 1), precision: "month", approximate: true });
  });

  it("parseDate('c. 44 BC') and parseDate('1990s?') are approximate", () => {
    expect(parseDate("c. 44 BC")).toMatchObject({ start: utc(-43), approximate: true });
    expect(parseDate("1990s?")).toMatchObject({ precision: "decade", approximate: true });
  });
});

describe("parseDate reads non-text inputs", () => {
  it("a Date is one millisecond", () => {
    const d = new Date(Date.UTC(2025, 0, 20, 10, 30));
    expect(parseDate(d)).toEqual({ start: d.getTime(), end: d.getTime() + 1, precision: "millisecond", approximate: false, timeZone: "UTC" });
  });

  it("{epochMs} is one millisecond", () => {
    expect(parseDate({ epochMs: 1_737_331_200_000 })).toMatchObject({ start: 1_737_331_200_000, end: 1_737_331_200_001, precision: "millisecond" });
  });

  it("TimelineJS fields take the precision of the finest field", () => {
    expect(parseDate({ year: 2025 })).toMatchObject({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1), precision: "year" });
    expect(parseDate({ year: "2025", month: "1" })).toMatchObject({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 1, 1), precision: "month" });
    expect(parseDate({ year: 2025, month: 1, day: "20" })).toMatchObject({ start: Date.UTC(2025, 0, 20), precision: "day" });
    expect(parseDate({ year: 2025, month: 1, day: 20, hour: 14 })).toMatchObject({ start: Date.UTC(2025, 0, 20, 14), precision: "hour" });
    expect(parseDate({ year: 2025, month: 1, day: 20, hour: 14, minute: "05", second: 9, millisecond: 7 })).toMatchObject({
      start: Date.UTC(2025, 0, 20, 14, 5, 9, 7),
      end: Date.UTC(2025, 0, 20, 14, 5, 9, 8),
      precision: "millisecond",
    });
  });

  it("TimelineJS empty-string fields count as absent (spreadsheet cells)", () => {
    expect(parseDate({ year: "2025", month: "3", day: "" })).toMatchObject({ precision: "month" });
  });

  it("TimelineJS negative years are BCE year numbers: {year: -44} is 44 BC", () => {
    expect(parseDate({ year: -44 })).toMatchObject({ start: utc(-43), end: utc(-42), precision: "year" });
    expect(parseDate({ year: "-1" })).toMatchObject({ start: utc(0), precision: "year" });
    expect(parseDate({ year: 50 })).toMatchObject({ start: utc(50) });
  });

  it("display_date becomes the label", () => {
    expect(parseDate({ year: 2025, month: 1, display_date: "Early 2025" })).toMatchObject({ label: "Early 2025", precision: "month" });
    expect(parseDate("2025-01-20")).not.toHaveProperty("label");
  });

  it("does not mutate the input object", () => {
    const input = Object.freeze({ year: "2025", month: "1", display_date: "x" });
    parseDate(input);
    expect(input).toEqual({ year: "2025", month: "1", display_date: "x" });
  });
});

describe("parseDate rejects bad input with a code", () => {
  const invalid: [string, RegExp][] = [
    ["2023-02-29", /February 2023 has 28 days/],
    ["2024-04-31", /April 2024 has 30 days/],
    ["2025-13", /month 13/],
    ["2025-13-01", /month 13/],
    ["2025-00", /month 0/],
    ["2025-01-00", /day 0/],
    ["2025-01-32", /January 2025 has 31 days/],
    ["2025-01-20T24:01", /24:00/],
    ["2025-01-20T25:00", /hour 25/],
    ["2025-01-20T12:60", /minute 60/],
    ["2025-01-20T12:00:60", /leap seconds/],
    ["2025-01-20T14:00+25:00", /offset/],
    ["2025-W54", /52 weeks/],
    ["2025-W04-8", /weekday 8/],
    ["2025-366", /365 days/],
    ["", /empty/],
    ["   ", /empty/],
    ["\t\n", /empty/],
    ["hello", /not a recognised/],
    ["Jan 32, 2025", /31 days/],
    ["Feb 29, 2023", /28 days/],
    ["Monday, January 26, 2025", /Sunday, not a Monday/],
    ["Jan 20, 25", /in full/],
    ["May 5", /a year is needed: e\.g\. May 5, 2025; for the year 5 write 0005 or 5 AD/],
    // Found by QA: messages that said something else than what was wrong.
    ["Jan 26", /a year is needed: e\.g\. Jan 26, 2025/],
    ["1/20/2025", /read differently in the US and Europe; write 2025-01-20/],
    ["20250126", /write it with dashes, 2025-01-26/],
    ["Jan 3th 2025", /write 3rd, not 3th/],
    ["Jan 11st 2025", /write 11th, not 11st/],
    ["2017-08-28T14:05+19:00", /UTC offset \+19:00 is out of range \(±18:00 at most\)/],
    ["2017-08-28T14:05-18:01", /out of range/],
    ["January", /year is needed/],
    ["0 BC", /no year 0/],
    ["19st century", /19th/],
    ["0th century", /century 0/],
    ["1234567", /between/],
    ["2017/2021", /range/],
    ["~", /no date/],
    ["January 20, 2025 13 pm", /13 pm/],
    ["2025-01-20T14:05+05:30 extra", /not a recognised/],
    ["x".repeat(300), /longer than/],
  ];
  it.each(invalid)("parseDate(%j) is invalid-date", (input, why) => {
    expect(codeOf(() => parseDate(input))).toBe("invalid-date");
    expect(() => parseDate(input)).toThrow(why);
  });

  it("the error carries the input", () => {
    try {
      parseDate("2023-02-29");
      expect.unreachable();
    } catch (error) {
      expect((error as ChronolineError).input).toBe("'2023-02-29'");
    }
  });

  it("a number is number-not-allowed", () => {
    expect(codeOf(() => parseDate(2017 as never))).toBe("number-not-allowed");
  });

  it.each([[null], [undefined], [true], [[2017]], [{}], [{ month: 1 }], [Symbol.iterator]])("%s is wrong-type", (input) => {
    expect(codeOf(() => parseDate(input as never))).toBe("wrong-type");
  });

  it("an invalid Date, bad epochMs and bad fields are invalid-date", () => {
    expect(codeOf(() => parseDate(new Date(Number.NaN)))).toBe("invalid-date");
    expect(codeOf(() => parseDate({ epochMs: Number.POSITIVE_INFINITY }))).toBe("invalid-date");
    expect(codeOf(() => parseDate({ epochMs: "5" as never }))).toBe("invalid-date");
    expect(codeOf(() => parseDate({ year: 0 }))).toBe("invalid-date");
    expect(codeOf(() => parseDate({ year: "20x5" }))).toBe("invalid-date");
    expect(codeOf(() => parseDate({ year: 2025, month: 2, day: 30 }))).toBe("invalid-date");
    expect(codeOf(() => parseDate({ year: 2025, day: 3 }))).toBe("invalid-date");
    expect(codeOf(() => parseDate({ year: 2025.5 }))).toBe("invalid-date");
  });

  it("an unknown time zone is invalid-time-zone", () => {
    expect(codeOf(() => parseDate("2025", { timeZone: "Mars/Olympus_Mons" }))).toBe("invalid-time-zone");
    expect(codeOf(() => parseDate("2025", { timeZone: "" }))).toBe("invalid-time-zone");
  });

  it("a relative date without a reference is relative-without-reference", () => {
    for (const input of ["Sunday", "yesterday", "last week", "two days ago", "recently", "c. last year"]) {
      expect(codeOf(() => parseDate(input))).toBe("relative-without-reference");
    }
  });
});

describe("parseDate: readings worth a word", () => {
  it("'the 1800s' is the decade 1800–1809, with an ambiguous-date warning pointing to '19th century'", () => {
    const diagnostics: Diagnostic[] = [];
    expect(parseDate("the 1800s", { diagnostics })).toMatchObject({ start: Date.UTC(1800, 0, 1), precision: "decade" });
    expect(diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      ["warning", "ambiguous-date", "'the 1800s' is read as the decade 1800–1809; for the century 1800–1899 write '19th century'"],
    ]);
    const none: Diagnostic[] = [];
    parseDate("1990s", { diagnostics: none });
    expect(none).toEqual([]);
  });

  it("offsets up to ±18:00 are read; BigInt and circular fields are invalid-date, not a TypeError", () => {
    expect(parseDate("2017-08-28T14:05+18:00").start).toBe(Date.UTC(2017, 7, 27, 20, 5));
    expect(codeOf(() => parseDate({ year: 2017, month: 10n } as never))).toBe("invalid-date");
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(codeOf(() => parseDate({ year: loop } as never))).toBe("invalid-date");
  });
});

describe("parseDate reads wall times in options.timeZone", () => {
  it("parseDate('2025-01-20', Chicago) covers the local day", () => {
    expect(parseDate("2025-01-20", { timeZone: "America/Chicago" })).toEqual({
      start: Date.UTC(2025, 0, 20, 6),
      end: Date.UTC(2025, 0, 21, 6),
      precision: "day",
      approximate: false,
      timeZone: "America/Chicago",
    });
  });

  it("a year in Chicago runs from local midnight to local midnight", () => {
    expect(parseDate("2025", { timeZone: "America/Chicago" })).toMatchObject({
      start: Date.UTC(2025, 0, 1, 6),
      end: Date.UTC(2026, 0, 1, 6),
    });
  });

  it("the day of a DST change is 23 or 25 hours long", () => {
    const spring = parseDate("2025-03-09", { timeZone: "America/Chicago" });
    expect(spring.end - spring.start).toBe(23 * 3_600_000);
    const fall = parseDate("2025-11-02", { timeZone: "America/Chicago" });
    expect(fall.end - fall.start).toBe(25 * 3_600_000);
  });

  it("a wall time in the spring-forward gap moves forward by the gap, with a dst-gap warning", () => {
    const diagnostics: Diagnostic[] = [];
    const p = parseDate("2025-03-09T02:30", { timeZone: "America/Chicago", diagnostics });
    expect(p.start).toBe(Date.UTC(2025, 2, 9, 8, 30)); // 03:30 CDT
    expect(p.end).toBe(Date.UTC(2025, 2, 9, 8, 31));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "warning", code: "dst-gap" });
  });

  it("an hour inside the gap still lasts an hour", () => {
    const p = parseDate("2025-03-09T02", { timeZone: "America/Chicago" });
    expect(p).toMatchObject({ start: Date.UTC(2025, 2, 9, 8), end: Date.UTC(2025, 2, 9, 9), precision: "hour" });
  });

  it("an ambiguous wall time in the fall-back overlap takes the earlier instant, with a dst-overlap warning", () => {
    const diagnostics: Diagnostic[] = [];
    const p = parseDate("2025-11-02T01:30", { timeZone: "America/Chicago", diagnostics });
    expect(p.start).toBe(Date.UTC(2025, 10, 2, 6, 30)); // 01:30 CDT, not 01:30 CST
    expect(diagnostics.map((d) => d.code)).toEqual(["dst-overlap"]);
  });

  it("ordinary wall times push no diagnostics", () => {
    const diagnostics: Diagnostic[] = [];
    parseDate("2025-07-01T12:00", { timeZone: "America/Chicago", diagnostics });
    parseDate("2025-03-09", { timeZone: "America/Chicago", diagnostics });
    expect(diagnostics).toEqual([]);
  });

  it("a day that starts inside a gap starts at the first valid instant", () => {
    // America/Sao_Paulo skipped 00:00–01:00 on 2018-11-04 (clocks went from -03 to -02).
    const diagnostics: Diagnostic[] = [];
    const p = parseDate("2018-11-04", { timeZone: "America/Sao_Paulo", diagnostics });
    expect(p.start).toBe(Date.UTC(2018, 10, 4, 3));
    expect(p.end).toBe(Date.UTC(2018, 10, 5, 2));
    expect(diagnostics.map((d) => d.code)).toEqual(["dst-gap"]);
  });

  it("Asia/Kolkata (+05:30) and Australia/Adelaide (+10:30 in January) offsets", () => {
    expect(parseDate("2025-01-20", { timeZone: "Asia/Kolkata" })).toMatchObject({
      start: Date.UTC(2025, 0, 19, 18, 30),
      end: Date.UTC(2025, 0, 20, 18, 30),
      timeZone: "Asia/Kolkata",
    });
    expect(parseDate("2025-01-20T09:00", { timeZone: "Australia/Adelaide" })).toMatchObject({
      start: Date.UTC(2025, 0, 19, 22, 30),
    });
    expect(parseDate("2025-07-20T09:00", { timeZone: "Australia/Adelaide" })).toMatchObject({
      start: Date.UTC(2025, 6, 19, 23, 30),
    });
  });

  it("a written offset wins over the zone, and the point keeps the zone for display", () => {
    expect(parseDate("2025-01-20T12:00Z", { timeZone: "America/Chicago" })).toMatchObject({
      start: Date.UTC(2025, 0, 20, 12),
      timeZone: "America/Chicago",
    });
  });

  it("a Pacific/Apia day skipped by the date line is invalid", () => {
    expect(codeOf(() => parseDate("2011-12-30", { timeZone: "Pacific/Apia" }))).toBe("invalid-date");
    // The error alone: no "moved forward" warning about the same day (found by QA).
    const diagnostics: Diagnostic[] = [];
    expect(codeOf(() => parseDate("2011-12-30", { timeZone: "Pacific/Apia", diagnostics }))).toBe("invalid-date");
    expect(diagnostics).toEqual([]);
  });

  it("'utc' and 'Etc/UTC' are UTC", () => {
    expect(parseDate("2025", { timeZone: "Etc/UTC" }).timeZone).toBe("UTC");
  });
});

describe("parseDateRange", () => {
  const y = (year: number) => [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  const span = (input: string) => {
    const r = parseDateRange(input);
    if (r === null) return null;
    return [r.start && [r.start.start, r.start.end], r.end && [r.end.start, r.end.end]];
  };

  it("completes an ISO end that leaves out what it shares with the start (found by QA)", () => {
    const day = (m: number, d: number) => [Date.UTC(2025, m - 1, d), Date.UTC(2025, m - 1, d + 1)];
    expect(span("2025-01-20/25")).toEqual([day(1, 20), day(1, 25)]);
    expect(span("2025-01-20/02-03")).toEqual([day(1, 20), day(2, 3)]);
    expect(span("2025-01/03")).toEqual([[Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1)], [Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 1)]]);
    expect(span("2025-01-20T13:30/15:30")?.[1]).toEqual([Date.UTC(2025, 0, 20, 15, 30), Date.UTC(2025, 0, 20, 15, 31)]);
    // The start's offset is shared as well.
    const zoned = parseDateRange("2025-01-20T13:30+02:00/15:30", { timeZone: "America/New_York" });
    expect(zoned?.end?.start).toBe(Date.UTC(2025, 0, 20, 13, 30));
    expect(parseDateRange("2025-01-20T13:30Z/15:30", { timeZone: "America/New_York" })?.end?.start).toBe(Date.UTC(2025, 0, 20, 15, 30));
    expect(() => parseDateRange("2025-01-20/19")).toThrow(/ends before it starts/);
    // "13/2017" is not a month: no advice to write 2017-13.
    expect(() => parseDateRange("13/2017")).not.toThrow(/2017-13/);
  });

  it.each([
    ["2017/2021"],
    ["2017 – 2021"],
    ["2017–2021"],
    ["2017 — 2021"],
    ["2017 - 2021"],
    ["2017-2021"],
    ["2017 to 2021"],
    ["from 2017 to 2021"],
    ["From 2017 until 2021"],
    ["between 2017 and 2021"],
    ["2017 through 2021"],
  ])("parseDateRange('%s') is 2017 to 2021", (input) => {
    expect(span(input)).toEqual([y(2017), y(2021)]);
  });

  it("reads day ranges", () => {
    const days = [
      [Date.UTC(2017, 0, 20), Date.UTC(2017, 0, 21)],
      [Date.UTC(2021, 0, 20), Date.UTC(2021, 0, 21)],
    ];
    expect(span("2017-01-20/2021-01-20")).toEqual(days);
    expect(span("2017-01-20 to 2021-01-20")).toEqual(days);
    expect(span("Jan 20, 2017 – Jan 20, 2021")).toEqual(days);
  });

  it("open ends are null", () => {
    expect(span("../2021")).toEqual([null, y(2021)]);
    expect(span("2017/..")).toEqual([y(2017), null]);
  });

  it("BCE ranges are not confused with the minus sign", () => {
    expect(span("-0043/-0010")).toEqual([
      [utc(-43), utc(-42)],
      [utc(-10), utc(-9)],
    ]);
    expect(span("44 BC – 14 AD")).toEqual([
      [utc(-43), utc(-42)],
      [utc(14), utc(15)],
    ]);
  });

  it.each([["2017-01-20"], ["2017"], ["-0043"], ["Jan 20, 2025"], ["c. 1850"], ["2017-08-28T14:05-05:00"]])(
    "parseDateRange('%s') is null (a single date)",
    (input) => {
      expect(parseDateRange(input)).toBeNull();
    },
  );

  it("non-string inputs are not ranges", () => {
    expect(parseDateRange({ year: 2017 })).toBeNull();
    expect(parseDateRange(new Date(0))).toBeNull();
  });

  it.each([["../.."], ["/2021"], ["2017/"], ["2021/2017"], ["x/2021"], ["2017 to banana"], ["8/2025"], ["2023-02-29/2024"]])(
    "parseDateRange('%s') is invalid-range",
    (input) => {
      expect(codeOf(() => parseDateRange(input))).toBe("invalid-range");
    },
  );

  it("a relative side resolves against the reference", () => {
    const referenceDate = parseDate("2025-01-29");
    const r = parseDateRange("last week to yesterday", { referenceDate });
    expect(r?.start?.start).toBe(Date.UTC(2025, 0, 20));
    expect(r?.end?.start).toBe(Date.UTC(2025, 0, 28));
    expect(codeOf(() => parseDateRange("last week to yesterday"))).toBe("relative-without-reference");
  });

  it("sides keep approximate flags", () => {
    const r = parseDateRange("c. 1850 – 1860");
    expect(r?.start?.approximate).toBe(true);
    expect(r?.end?.approximate).toBe(false);
  });
});
