import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { formatRange, formatTick, formatTimePoint, spokenDate, spokenRange } from "../../src/model/format-date.js";
import { parseDate } from "../../src/model/parse-date.js";
import type { Precision } from "../../src/model/precision.js";
import type { TimePoint } from "../../src/model/timepoint.js";

const p = (text: string, timeZone?: string) => parseDate(text, timeZone ? { timeZone } : {});

describe("formatTimePoint shows a point at its own precision (en-US)", () => {
  it.each([
    ["2017", "2017"],
    ["2025-Q1", "Q1 2025"],
    ["Jan 2025", "Jan 2025"],
    ["2025-01-20", "Jan 20, 2025"],
    ["2025-01-20T14", "Jan 20, 2025, 2 PM"],
    ["2025-01-20T14:05", "Jan 20, 2025, 2:05 PM"],
    ["2025-01-20T14:05:09", "Jan 20, 2025, 2:05:09 PM"],
    ["2025-01-20T14:05:09.123", "Jan 20, 2025, 2:05:09.123 PM"],
    ["1990s", "1990s"],
    ["19th century", "19th century"],
    ["1st century", "1st century"],
    ["5th century BC", "5th century BC"],
    ["2nd millennium", "2nd millennium"],
    ["2025-W04", "Week 4, 2025"],
    ["2021-W01", "Week 1, 2021"],
    ["44 BC", "44 BC"],
    ["1 BC", "1 BC"],
    ["March 15, 44 BC", "Mar 15, 44 BC"],
    ["0050", "50 AD"],
    ["12000", "12000"],
    ["-10000", "10001 BC"],
    ["c. 1850", "c. 1850"],
    ["circa Jan 2025", "c. Jan 2025"],
  ])("parseDate('%s') → '%s'", (input, expected) => {
    expect(formatTimePoint(p(input))).toBe(expected);
  });

  it("the label wins", () => {
    expect(formatTimePoint(parseDate({ year: 2025, display_date: "Early 2025" }))).toBe("Early 2025");
  });

  it("formats in the point's own zone", () => {
    expect(formatTimePoint(p("2025-01-20", "America/Chicago"))).toBe("Jan 20, 2025");
    expect(formatTimePoint(p("2025-01-20", "Asia/Kolkata"))).toBe("Jan 20, 2025");
    expect(formatTimePoint(p("2025-01-20T23:30", "America/Chicago"))).toBe("Jan 20, 2025, 11:30 PM");
    expect(formatTimePoint(p("2025", "Australia/Adelaide"))).toBe("2025");
    expect(formatTimePoint(p("2025-W01", "America/Chicago"))).toBe("Week 1, 2025");
  });

  it("other locales use Intl and neutral forms", () => {
    expect(formatTimePoint(p("2025-01-20"), { locale: "en-GB" })).toBe("20 Jan 2025");
    expect(formatTimePoint(p("2025-01-20T14:05"), { locale: "de-DE" })).toBe("20. Jan. 2025, 14:05");
    expect(formatTimePoint(p("1990s"), { locale: "de-DE" })).toBe("1990–1999");
    expect(formatTimePoint(p("2025-W04"), { locale: "fr-FR" })).toBe("2025-W04");
    expect(formatTimePoint(p("c. 1850"), { locale: "fr-FR" })).toBe("~1850");
    expect(formatTimePoint(p("44 BC"), { locale: "de-DE" })).toBe("44 v. Chr.");
  });

  it("an invalid locale is invalid-option", () => {
    expect(() => formatTimePoint(p("2025"), { locale: "not a locale!" })).toThrow(ChronolineError);
  });

  it("uses plain spaces only", () => {
    expect(formatTimePoint(p("2025-01-20T14:05"))).not.toMatch(/[\u202f\u2009\u00a0]/);
  });

  it("does not mutate the point", () => {
    const point = Object.freeze(p("2025-01-20"));
    formatTimePoint(point);
    spokenDate(point);
    expect(point).toEqual(p("2025-01-20"));
  });
});

describe("a week-precision span that is not one ISO week", () => {
  it("'recently' reads as its first and last day, never as 'Week 3'", () => {
    const referenceDate = parseDate("2025-01-29", { timeZone: "America/Chicago" });
    const point = parseDate("recently", { referenceDate, timeZone: "America/Chicago" });
    expect(formatTimePoint(point)).toBe("c. Jan 15 – Jan 28, 2025");
    expect(spokenDate(point)).toBe("sometime between January 15, 2025 and January 28, 2025");
  });

  it("a whole ISO week across a DST change is still 'Week 10'", () => {
    expect(formatTimePoint(p("2025-W10", "America/Chicago"))).toBe("Week 10, 2025");
  });
});

describe("spokenDate says the date in words", () => {
  it.each([
    ["2017", "in 2017"],
    ["2025-01-20", "January 20, 2025"],
    ["Jan 2025", "January 2025"],
    ["c. 1850", "circa 1850"],
    ["44 BC", "in 44 BC"],
    ["1990s", "the 1990s"],
    ["19th century", "the 19th century"],
    ["2025-Q2", "the second quarter of 2025"],
    ["2025-W04", "the week of January 20, 2025"],
    ["2025-01-20T14:05", "January 20, 2025 at 2:05 PM"],
  ])("parseDate('%s') → '%s'", (input, expected) => {
    expect(spokenDate(p(input))).toBe(expected);
  });

  it("the label wins", () => {
    expect(spokenDate(parseDate({ year: 2025, display_date: "Early 2025" }))).toBe("Early 2025");
  });
});

describe("formatRange and spokenRange", () => {
  it("formats two dates with an en dash", () => {
    expect(formatRange(p("2017-01-20"), p("2021-01-20"))).toBe("Jan 20, 2017 – Jan 20, 2021");
    expect(formatRange(p("2017"), p("2021"))).toBe("2017 – 2021");
    expect(formatRange(p("44 BC"), p("14 AD"))).toBe("44 BC – 14 AD");
  });

  it("shares the year of two dates in the same year", () => {
    expect(formatRange(p("2025-01-20"), p("2025-03-05"))).toBe("Jan 20 – Mar 5, 2025");
    expect(formatRange(p("2025-01"), p("2025-03"))).toBe("Jan – Mar 2025");
    expect(formatRange(p("2025-01-20"), p("2025-03-05"), { locale: "en-GB" })).toBe("20 Jan – 5 Mar 2025");
  });

  it("one date when both sides are the same", () => {
    expect(formatRange(p("2025-01-20"), p("2025-01-20"))).toBe("Jan 20, 2025");
  });

  it("open sides", () => {
    expect(formatRange(null, p("2021"))).toBe("until 2021");
    expect(formatRange(p("2017"), null)).toBe("2017 onward");
  });

  it("spokenRange", () => {
    expect(spokenRange(p("2017"), p("2021"))).toBe("from 2017 to 2021");
    expect(spokenRange(p("2017-01-20"), p("2021-01-20"))).toBe("from January 20, 2017 to January 20, 2021");
    expect(spokenRange(null, p("2021"))).toBe("until 2021");
    expect(spokenRange(p("2017"), null)).toBe("from 2017 onward");
  });
});

describe("locales whose calendar ICU builds on the Gregorian one (found by QA)", () => {
  it("keep our proleptic Gregorian day before the 1582 reform instead of ICU's Julian one", () => {
    const text = (date: string, locale: string) => formatTimePoint(parseDate(date), { locale });
    // Thai (Buddhist era after the reform), Japanese eras, the ROC calendar: the same day as en-US.
    expect(text("1500-06-15", "th-TH")).toBe("15 มิ.ย. 1500");
    expect(text("1500-06-15", "ja-JP-u-ca-japanese")).toBe("1500年6月15日");
    expect(text("1582-10-14", "zh-TW-u-ca-roc")).toBe("1582年10月14日");
    // From the reform on, the locale's own calendar.
    expect(text("1600-01-01", "th-TH")).toBe("1 ม.ค. 2143");
    expect(text("2025-01-06", "th-TH")).toBe("6 ม.ค. 2568");
    // Calendars of their own (Persian, Hebrew) are not switched: one axis, one calendar.
    expect(text("1500-06-15", "fa-IR")).toBe(new Intl.DateTimeFormat("fa-IR", { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" }).format(Date.UTC(1500, 5, 15)).replace(/[\u202f\u00a0]/g, " "));
  });
});

describe("formatTick labels axis ticks", () => {
  it("with the year, writes it where the locale wants it (found by QA: '6. Jan., 2025')", () => {
    const t = Date.UTC(2025, 0, 6, 14);
    const tick = (precision: Precision, locale: string) => formatTick(t, precision, { locale, withYear: true });
    expect([tick("month", "en-US"), tick("day", "en-US"), tick("hour", "en-US"), tick("quarter", "en-US")]).toEqual(["Jan 2025", "Jan 6, 2025", "Jan 6, 2025, 14:00", "Q1 2025"]);
    expect([tick("month", "de-DE"), tick("day", "de-DE"), tick("hour", "de-DE")]).toEqual(["Jan. 2025", "6. Jan. 2025", "6. Jan. 2025, 14:00"]);
    expect(tick("day", "ar")).toBe("6 يناير 2025");
    expect(tick("day", "ja-JP")).toBe("2025年1月6日");
    // Years Intl would write without their era are joined by hand.
    expect(formatTick(Date.UTC(-43, 2, 15), "day", { withYear: true })).toBe("Mar 15, 44 BC");
  });

  const at = Date.UTC(2025, 0, 20, 14, 0, 5, 123);
  it.each([
    ["year", "2025"],
    ["decade", "2025"],
    ["quarter", "Q1"],
    ["month", "Jan"],
    ["week", "Jan 20"],
    ["day", "Jan 20"],
    ["hour", "14:00"],
    ["minute", "14:00"],
    ["second", "14:00:05"],
    ["millisecond", "14:00:05.123"],
  ] as const)("at precision %s → '%s'", (precision, expected) => {
    expect(formatTick(at, precision)).toBe(expected);
  });

  it("BCE years and zones", () => {
    expect(formatTick(parseDate("44 BC").start, "year")).toBe("44 BC");
    expect(formatTick(Date.UTC(2025, 0, 20, 6), "day", { timeZone: "America/Chicago" })).toBe("Jan 20");
    expect(formatTick(Date.UTC(2025, 0, 20, 6), "hour", { timeZone: "America/Chicago" })).toBe("00:00");
    expect(formatTick(Date.UTC(2025, 0, 1), "year", { timeZone: "America/Chicago" })).toBe("2024");
  });
});

describe("round trip of the English output", () => {
  it.each([
    ["2017"], ["2025-Q1"], ["Jan 2025"], ["2025-01-20"], ["2025-01-20T14:05"], ["2025-01-20T14:05:09.123"],
    ["1990s"], ["19th century"], ["5th century BC"], ["2nd millennium"], ["2025-W04"], ["44 BC"], ["0050"], ["12000"],
    ["c. 1850"], ["March 15, 44 BC"],
  ])("parseDate(formatTimePoint(parseDate('%s'))) is the same point", (input) => {
    const point: TimePoint = p(input);
    expect(parseDate(formatTimePoint(point))).toEqual(point);
  });
});
