import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import { measureText } from "../../src/layout/measure.js";
import { fitScale, type ScalePiece } from "../../src/layout/scale.js";
import { planTicks, type PlannedTick } from "../../src/layout/ticks.js";
import type { Layout, Tick } from "../../src/layout/types.js";
import type { Precision } from "../../src/model/precision.js";
import { createTimeline } from "../../src/model/timeline.js";
import { timeline, tp, utc } from "./fixtures.js";

const HOUR = 3_600_000;

/** The labelled ticks of each linear segment of a layout's scale, in order. */
function labelsBySegment(layout: Layout): string[][] {
  return layout.scale.segments
    .filter((s) => s.kind === "linear")
    .map((s) => layout.axis.ticks.filter((t: Tick) => t.label !== "" && t.ms >= s.domain[0] && t.ms <= s.domain[1]).map((t) => t.label))
    .filter((labels) => labels.length > 0);
}

/** Ticks of a scale made of linear pieces around `centres` (each `halfSpan` either side) and breaks between. */
function gappedTicks(centres: number[], halfSpan: number, width: number, finest?: Precision): PlannedTick[] {
  const pieces: ScalePiece[] = [];
  centres.forEach((c, i) => {
    if (i > 0) pieces.push({ start: (centres[i - 1] as number) + halfSpan, end: c - halfSpan, kind: "break", weight: 0 });
    pieces.push({ start: c - halfSpan, end: c + halfSpan, kind: "linear", weight: 1 });
  });
  const scale = fitScale(pieces, [12, width - 12], 24, { k: 1, x: 0 });
  return planTicks(scale, {
    measure: measureText,
    fontSize: 11,
    lineHeight: 14,
    locale: "en-US",
    timeZone: "UTC",
    orientation: "horizontal",
    length: width,
    ...(finest !== undefined ? { finestPrecision: () => finest } : {}),
  });
}

describe("axis segments after a gap break", () => {
  const gapday = createTimeline({
    events: [
      { title: "Alpha", start: "2024-01-01" },
      { title: "Bravo", start: "2024-01-05" },
      { title: "Charlie", start: "2024-01-09" },
    ],
  });

  it("label each segment's start with its date and year (QA: Bravo sat under '12:00' of a segment saying only 'Jan 6')", () => {
    for (const width of [360, 800, 1600]) {
      const segments = labelsBySegment(layoutTimeline(gapday, { width, height: 480 }));
      expect(segments.map((labels) => labels[0])).toEqual(["Jan 1, 2024", "Jan 5, 2024", "Jan 9, 2024"]);
    }
    const vertical = labelsBySegment(layoutTimeline(gapday, { width: 800, height: 480, orientation: "vertical" }));
    expect(vertical.map((labels) => labels[0])).toEqual(["Jan 1, 2024", "Jan 5, 2024", "Jan 9, 2024"]);
  });

  it("show no hours between events known only to the day", () => {
    const layout = layoutTimeline(gapday, { width: 800, height: 480 });
    expect(layout.axis.ticks.every((t) => t.precision !== "hour")).toBe(true);
  });

  it("still show hours for events known to the minute", () => {
    const layout = layoutTimeline(timeline([{ start: "2024-01-05T09:00" }, { start: "2024-01-05T17:30" }]), { width: 800, height: 480 });
    expect(layout.axis.ticks.some((t) => t.precision === "hour")).toBe(true);
  });

  it("name the year in every segment across a year change (QA roll.json at 360 px)", () => {
    const roll = createTimeline({
      events: [
        { title: "Before", start: "2024-12-20" },
        { title: "Mid", start: "2024-12-31T23:00Z" },
        { title: "After", start: "2025-01-10" },
      ],
    });
    for (const width of [360, 800]) {
      const segments = labelsBySegment(layoutTimeline(roll, { width, height: 480 }));
      expect(segments).toHaveLength(3);
      for (const labels of segments) expect(labels[0]).toMatch(/\b202[45]\b/);
      // The last segment's first label is on After's own day, not the day after it.
      expect(segments[2]?.[0]).toBe("Jan 10, 2025");
    }
  });

  it("keep labels apart, each segment's first label with its year, at any width from 240 px", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3650 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(6 * HOUR, 20 * HOUR, 5 * 24 * HOUR, 60 * 24 * HOUR),
        fc.integer({ min: 240, max: 2400 }),
        fc.constantFrom<Precision | undefined>(undefined, "day", "minute"),
        (days, halfSpan, width, finest) => {
          // Segment centres at least four half-spans apart, so breaks lie between them.
          const centres = [...new Set(days)].sort((a, b) => a - b).reduce<number[]>((out, d) => {
            const c = utc(2015) + d * 24 * HOUR;
            if (out.length === 0 || c - (out[out.length - 1] as number) >= 4 * halfSpan) out.push(c);
            return out;
          }, []);
          const ticks = gappedTicks(centres, halfSpan, width, finest);
          const boxes = ticks.filter((t) => t.label !== "").map((t) => [t.labelStart, t.labelStart + t.labelLength] as const);
          for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
          for (const [a, b] of boxes) {
            expect(a).toBeGreaterThanOrEqual(0);
            expect(b).toBeLessThanOrEqual(width);
          }
          // Every segment with a label names its year in its first one.
          for (const c of centres) {
            const first = ticks.find((t) => t.label !== "" && t.ms >= c - halfSpan && t.ms <= c + halfSpan);
            if (first !== undefined) expect(first.label).toMatch(/\b20\d\d\b/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("an empty timeline", () => {
  it("draws a bare axis: no ticks, no break, no made-up dates (QA: 'Dec 30, 2000, 06:00' and a break mark)", () => {
    for (const orientation of ["horizontal", "vertical"] as const) {
      const layout = layoutTimeline(timeline([]), { width: 800, height: 400, orientation });
      expect(layout.axis.ticks).toEqual([]);
      expect(layout.axis.breaks).toEqual([]);
      expect(layout.scale.segments.every((s) => s.kind === "linear")).toBe(true);
      expect(Object.values(layout.axis.line).every(Number.isFinite)).toBe(true);
    }
  });

  it("with a reference date spans that day without a break", () => {
    const layout = layoutTimeline({ ...timeline([]), referenceDate: tp("2025-01-29") }, { width: 800, height: 400 });
    expect(layout.axis.breaks).toEqual([]);
    expect(layout.axis.ticks.some((t) => /2025/.test(t.label))).toBe(true);
  });
});
