import { utcDay, utcMonday, utcMonth, type TimeInterval } from "d3-time";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measureText } from "../../src/layout/measure.js";
import { fitScale } from "../../src/layout/scale.js";
import { labelTick } from "../../src/layout/tick-label.js";
import { planTicks, wallTicks, type Candidate, type PlannedTick } from "../../src/layout/ticks.js";
import type { Orientation } from "../../src/layout/types.js";
import { utc } from "./fixtures.js";

function ticksFor(start: number, end: number, width: number, orientation: Orientation = "horizontal", timeZone = "UTC"): PlannedTick[] {
  const scale = fitScale([{ start, end, kind: "linear", weight: 1 }], [12, width - 12], 24, { k: 1, x: 0 });
  return planTicks(scale, { measure: measureText, fontSize: 11, lineHeight: 14, locale: "en-US", timeZone, orientation, length: width });
}

function labelled(ticks: PlannedTick[]): PlannedTick[] {
  return ticks.filter((t) => t.label !== "");
}

function expectNoOverlap(ticks: PlannedTick[]): void {
  const boxes = labelled(ticks)
    .map((t) => [t.labelStart, t.labelStart + t.labelLength] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
}

describe("wallTicks", () => {
  const DAY = 86_400_000;
  // The d3-time intervals the calendar arithmetic replaced; d3 reads whole ms (new Date truncates)
  // and planTicks drops instants outside the segment, so compare within [w0, w1].
  const reference = (interval: TimeInterval | null, w0: number, w1: number): number[] =>
    (interval?.range(new Date(w0), new Date(w1 + 1)) ?? []).map((d) => d.getTime()).filter((w) => w >= w0 && w <= w1);
  const cases: [Candidate["unit"], number, TimeInterval | null, number][] = [
    ["day", 1, utcDay, DAY],
    ["day", 2, utcDay.every(2), 2 * DAY],
    ["week", 1, utcMonday, 7 * DAY],
    ...[1, 2, 3, 6].map((step): [Candidate["unit"], number, TimeInterval | null, number] => ["month", step, utcMonth.every(step), step * 30 * DAY]),
  ];

  it("gives the same day, week and month instants as d3-time, BCE and far future included", () => {
    for (const [unit, step, interval, duration] of cases) {
      const c: Candidate = { unit, step, duration, precision: unit === "week" ? "day" : unit };
      fc.assert(
        fc.property(fc.double({ min: -8e15, max: 8e15, noNaN: true }), fc.double({ min: 0, max: 40 * duration, noNaN: true }), (w0, span) => {
          expect(wallTicks(c, w0, w0 + span)).toEqual(reference(interval, w0, w0 + span));
        }),
        { numRuns: 300 },
      );
    }
  });

  it("puts year ticks on 1 January of round years, BC years counted as readers do", () => {
    const c: Candidate = { unit: "year", step: 50, duration: 50 * 365.2425 * DAY, precision: "year" };
    const years = wallTicks(c, utc(-120), utc(60)).map((w) => new Date(w).getUTCFullYear());
    expect(years).toEqual([-99, -49, 50]);
    expect(new Date(wallTicks({ ...c, step: 1 }, utc(44), utc(44, 6))[0]!).getUTCFullYear()).toBe(44);
  });
});

describe("planTicks", () => {
  it("labels years over a decade", () => {
    const ticks = labelled(ticksFor(utc(2010), utc(2020), 800));
    expect(ticks.map((t) => t.label)).toContain("2015");
    expect(ticks.every((t) => t.precision === "year")).toBe(true);
  });

  it("labels BCE years as such (d3's %Y would not)", () => {
    const labels = labelled(ticksFor(utc(-100), utc(-10), 800)).map((t) => t.label);
    expect(labels).toContain("50 BC");
    expect(labels.some((l) => /^-/.test(l))).toBe(false);
  });

  it("labels years past 9999 in full", () => {
    const labels = labelled(ticksFor(utc(9990), utc(10030), 800)).map((t) => t.label);
    expect(labels).toContain("10000");
  });

  it("handles a 10,000-year extent with a few round-year ticks", () => {
    const ticks = ticksFor(utc(-5000), utc(5000), 800);
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks.length).toBeLessThan(30);
    for (const t of labelled(ticks)) expect(Number(/\d+/.exec(t.label)?.[0]) % 500).toBe(0);
  });

  it("shows the year where a month axis rolls over, marked major", () => {
    const ticks = labelled(ticksFor(utc(2024, 10), utc(2025, 4), 800));
    const jan = ticks.find((t) => t.ms === utc(2025, 1));
    expect(jan?.label).toBe("2025");
    expect(jan?.major).toBe(true);
    expect(ticks.map((t) => t.label)).toContain("Dec");
  });

  it("gives the first tick of a segment its year", () => {
    const first = labelled(ticksFor(utc(2025, 1, 20), utc(2025, 1, 28), 800))[0];
    expect(first?.label).toMatch(/2025/);
  });

  it("puts day ticks on the timeline zone's midnights", () => {
    const zone = "America/Chicago";
    const ticks = ticksFor(utc(2025, 1, 20), utc(2025, 1, 27), 800, "horizontal", zone);
    const days = ticks.filter((t) => t.precision === "day" || t.precision === "month");
    expect(days.length).toBeGreaterThan(3);
    for (const t of days) expect(new Date(t.ms).getUTCHours()).toBe(6); // 00:00 CST = 06:00 UTC
  });

  it("goes down to hours and milliseconds for short spans", () => {
    expect(labelled(ticksFor(utc(2025, 1, 20, 9), utc(2025, 1, 20, 17), 800)).some((t) => t.precision === "hour")).toBe(true);
    const ms = ticksFor(utc(2025), utc(2025) + 10, 800);
    expect(ms.length).toBeGreaterThan(1);
    expect(ms.length).toBeLessThanOrEqual(11);
  });

  it("never overlaps labels, at any width from 240 px, in both orientations", () => {
    const spans: [number, number][] = [
      [utc(2017), utc(2025, 2)],
      [utc(2025, 1, 20), utc(2025, 1, 29)],
      [utc(-3000), utc(2025)],
      [utc(2025, 1, 20, 10), utc(2025, 1, 20, 10, 30)],
    ];
    for (const [a, b] of spans) {
      for (let width = 240; width <= 2400; width += 97) {
        expectNoOverlap(ticksFor(a, b, width));
        expectNoOverlap(ticksFor(a, b, width, "vertical"));
        for (const t of labelled(ticksFor(a, b, width))) {
          expect(t.labelStart).toBeGreaterThanOrEqual(0);
          expect(t.labelStart + t.labelLength).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it("uses no interval finer than the events' precision while that still gives two ticks", () => {
    const scale = fitScale([{ start: utc(2025, 1, 20), end: utc(2025, 1, 23), kind: "linear", weight: 1 }], [12, 788], 24, { k: 1, x: 0 });
    const options = { measure: measureText, fontSize: 11, lineHeight: 14, locale: "en-US", timeZone: "UTC", orientation: "horizontal" as const, length: 800 };
    expect(planTicks(scale, options).some((t) => t.precision === "hour")).toBe(true);
    const days = planTicks(scale, { ...options, finestPrecision: () => "day" });
    expect(days.map((t) => t.label)).toEqual(["Jan 20, 2025", "Jan 21", "Jan 22", "Jan 23"]);
    // Six hours of a day: one day tick would not do, so hours stay.
    const short = fitScale([{ start: utc(2025, 1, 20, 9), end: utc(2025, 1, 20, 15), kind: "linear", weight: 1 }], [12, 788], 24, { k: 1, x: 0 });
    const hours = planTicks(short, { ...options, finestPrecision: () => "day" });
    expect(hours.length).toBeGreaterThan(2);
    expect(hours.every((t) => t.precision === "hour" || t.precision === "minute")).toBe(true);
  });

  it("caps the tick count on a huge axis", () => {
    const ticks = ticksFor(utc(1000), utc(3000), 100_000);
    expect(ticks.length).toBeLessThanOrEqual(1000);
    expect(ticks.length).toBeGreaterThan(100);
  });
});

describe("labelTick", () => {
  it("adds the year for context when asked", () => {
    const o = { locale: "en-US", timeZone: "UTC" };
    expect(labelTick(utc(2025, 1, 20), "day", o)).toBe("Jan 20");
    expect(labelTick(utc(2025, 1, 20), "day", { ...o, withYear: true })).toBe("Jan 20, 2025");
    expect(labelTick(utc(2025, 1), "month", { ...o, withYear: true })).toBe("Jan 2025");
  });
  it("is localised", () => {
    expect(labelTick(utc(2025, 3), "month", { locale: "de-DE", timeZone: "UTC" })).toMatch(/^Mär/);
  });
});
