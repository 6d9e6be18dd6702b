import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/errors.js";
import { ChronolineError } from "../../src/errors.js";
import { parseDate } from "../../src/model/parse-date.js";
import type { Precision } from "../../src/model/precision.js";
import { isRelativeDate, resolveRelativeDate } from "../../src/model/relative.js";

// Wednesday 29 January 2025, the article's date.
const referenceDate = parseDate("2025-01-29");
const day = (d: number, month = 1, year = 2025) => [Date.UTC(year, month - 1, d), Date.UTC(year, month - 1, d + 1)];

type Row = [input: string, interval: number[], precision: Precision];

describe("relative dates resolve against referenceDate (Wed 2025-01-29)", () => {
  const rows: Row[] = [
    ["today", day(29), "day"],
    ["yesterday", day(28), "day"],
    ["Yesterday", day(28), "day"],
    ["tomorrow", day(30), "day"],
    ["Sunday", day(26), "day"],
    ["on Sunday", day(26), "day"],
    ["sun", day(26), "day"],
    ["Tuesday", day(28), "day"],
    ["Wednesday", day(22), "day"], // strictly before: a week earlier, not today
    ["Thursday", day(23), "day"],
    ["last Friday", day(24), "day"],
    ["past Friday", day(24), "day"],
    ["this Monday", day(27), "day"],
    ["this Sunday", [Date.UTC(2025, 1, 2), Date.UTC(2025, 1, 3)], "day"],
    ["next Monday", [Date.UTC(2025, 1, 3), Date.UTC(2025, 1, 4)], "day"],
    ["next Wednesday", [Date.UTC(2025, 1, 5), Date.UTC(2025, 1, 6)], "day"],
    ["two days ago", day(27), "day"],
    ["2 days ago", day(27), "day"],
    ["a day ago", day(28), "day"],
    ["three weeks ago", [Date.UTC(2025, 0, 6), Date.UTC(2025, 0, 13)], "week"],
    ["1 week ago", [Date.UTC(2025, 0, 20), Date.UTC(2025, 0, 27)], "week"],
    ["last week", [Date.UTC(2025, 0, 20), Date.UTC(2025, 0, 27)], "week"],
    ["this week", [Date.UTC(2025, 0, 27), Date.UTC(2025, 1, 3)], "week"],
    ["next week", [Date.UTC(2025, 1, 3), Date.UTC(2025, 1, 10)], "week"],
    ["last month", [Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1)], "month"],
    ["this month", [Date.UTC(2025, 0, 1), Date.UTC(2025, 1, 1)], "month"],
    ["two months ago", [Date.UTC(2024, 10, 1), Date.UTC(2024, 11, 1)], "month"],
    ["13 months ago", [Date.UTC(2023, 11, 1), Date.UTC(2024, 0, 1)], "month"],
    ["last year", [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], "year"],
    ["next year", [Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)], "year"],
    ["ten years ago", [Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)], "year"],
  ];
  it.each(rows)("'%s'", (input, [start, end], precision) => {
    expect(parseDate(input, { referenceDate })).toEqual({ start, end, precision, approximate: false, timeZone: "UTC" });
  });

  it("'recently' is the 14 days before the reference, approximate", () => {
    expect(parseDate("recently", { referenceDate })).toEqual({
      start: Date.UTC(2025, 0, 15),
      end: Date.UTC(2025, 0, 29),
      precision: "week",
      approximate: true,
      timeZone: "UTC",
    });
  });

  it("hours and minutes ago count from the reference instant", () => {
    const ref = parseDate("2025-01-29T10:45");
    expect(parseDate("3 hours ago", { referenceDate: ref })).toMatchObject({
      start: Date.UTC(2025, 0, 29, 7),
      end: Date.UTC(2025, 0, 29, 8),
      precision: "hour",
    });
    expect(parseDate("5 minutes ago", { referenceDate: ref })).toMatchObject({
      start: Date.UTC(2025, 0, 29, 10, 40),
      precision: "minute",
    });
  });

  it("hours and minutes ago count real time across a DST change, on the clock of that moment", () => {
    const chicago = { timeZone: "America/Chicago" };
    const at = (text: string, ref: string) => {
      const diagnostics: Diagnostic[] = [];
      const p = parseDate(text, { ...chicago, referenceDate: parseDate(ref, chicago), diagnostics });
      return [new Date(p.start).toISOString(), new Date(p.end).toISOString(), diagnostics.length];
    };
    // Spring forward (2025-03-09, 2:00 CST → 3:00 CDT): 3:30 CDT minus an hour is 1:30 CST.
    expect(at("an hour ago", "2025-03-09T03:30")).toEqual(["2025-03-09T07:00:00.000Z", "2025-03-09T08:00:00.000Z", 0]);
    expect(at("60 minutes ago", "2025-03-09T03:00")).toEqual(["2025-03-09T07:00:00.000Z", "2025-03-09T07:01:00.000Z", 0]);
    // Fall back (2025-11-02, 1:00–2:00 twice): 1:30 CST minus an hour is the first 1:30 (CDT);
    // 2:30 CST minus an hour is the second 1:30 (CST).
    expect(at("an hour ago", "2025-11-02T01:30-06:00")).toEqual(["2025-11-02T06:00:00.000Z", "2025-11-02T07:00:00.000Z", 0]);
    expect(at("an hour ago", "2025-11-02T02:30")).toEqual(["2025-11-02T07:00:00.000Z", "2025-11-02T08:00:00.000Z", 0]);
    // A half-hour zone: the hour on its clock.
    const kolkata = { timeZone: "Asia/Kolkata" };
    expect(parseDate("an hour ago", { ...kolkata, referenceDate: parseDate("2025-01-29T10:15", kolkata) }).start).toBe(Date.UTC(2025, 0, 29, 3, 30));
  });

  it("a Sunday article saying 'Sunday' means the Sunday before", () => {
    const sunday = parseDate("2025-01-26");
    expect(parseDate("Sunday", { referenceDate: sunday }).start).toBe(Date.UTC(2025, 0, 19));
  });

  it("approximation marks apply to relative dates too", () => {
    expect(parseDate("about two weeks ago", { referenceDate })).toMatchObject({ precision: "week", approximate: true });
  });

  it("relative dates have no label", () => {
    expect(parseDate("yesterday", { referenceDate })).not.toHaveProperty("label");
  });

  it("the reference day is read in options.timeZone", () => {
    // 03:00 on the 29th in Chicago is 09:00Z; 'yesterday' is the Chicago day of the 28th.
    const zone = "America/Chicago";
    const ref = parseDate("2025-01-29T03:00", { timeZone: zone });
    expect(parseDate("yesterday", { referenceDate: ref, timeZone: zone })).toMatchObject({
      start: Date.UTC(2025, 0, 28, 6),
      end: Date.UTC(2025, 0, 29, 6),
      timeZone: zone,
    });
    // 23:00 on the 28th in Chicago is already the 29th in UTC.
    const late = parseDate("2025-01-28T23:00", { timeZone: zone });
    expect(parseDate("today", { referenceDate: late, timeZone: zone }).start).toBe(Date.UTC(2025, 0, 28, 6));
    expect(parseDate("today", { referenceDate: late }).start).toBe(Date.UTC(2025, 0, 29));
  });

  it("a reference inside DST: 'Sunday' before 2025-03-12 in Chicago is the 23-hour day", () => {
    const zone = "America/Chicago";
    const ref = parseDate("2025-03-12", { timeZone: zone });
    const p = parseDate("Sunday", { referenceDate: ref, timeZone: zone });
    expect(p.start).toBe(Date.UTC(2025, 2, 9, 6));
    expect(p.end - p.start).toBe(23 * 3_600_000);
  });

  it("never reads the clock: the same input and reference give the same result", () => {
    expect(parseDate("last week", { referenceDate })).toEqual(parseDate("last week", { referenceDate }));
  });
});

describe("relative dates without a reference", () => {
  it.each([["Sunday"], ["today"], ["last month"], ["3 days ago"], ["recently"], ["next Monday"]])(
    "'%s' throws relative-without-reference",
    (input) => {
      try {
        parseDate(input);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChronolineError);
        expect((error as ChronolineError).code).toBe("relative-without-reference");
        expect((error as ChronolineError).input).toBe(`'${input}'`);
      }
    },
  );
});

describe("isRelativeDate and resolveRelativeDate", () => {
  it("tell relative text from absolute text", () => {
    expect(isRelativeDate("last Friday")).toBe(true);
    expect(isRelativeDate("  TWO   days ago ")).toBe(true);
    expect(isRelativeDate("2025-01-20")).toBe(false);
    expect(isRelativeDate("May")).toBe(false);
    expect(isRelativeDate("last banana")).toBe(false);
    expect(isRelativeDate("constructor")).toBe(false);
  });

  it("resolveRelativeDate returns null for absolute text", () => {
    expect(resolveRelativeDate("2025", { zone: "UTC", referenceDate, input: "2025" })).toBeNull();
  });
});
