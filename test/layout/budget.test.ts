import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planCross, type CrossSizes, type LaneDemand } from "../../src/layout/budget.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import { layoutMetrics } from "../../src/layout/metrics.js";
import type { Layout } from "../../src/layout/types.js";
import { createTimeline } from "../../src/model/timeline.js";
import { timeline, utc, point } from "./fixtures.js";

const seed = createTimeline(JSON.parse(readFileSync(new URL("../../seeds/seed.json", import.meta.url), "utf8")));

/** The seed's horizontal sizes at 800 px (12 px font). */
const SIZES: CrossSizes = { axis: 24, era: 0, pointRow: 14, rangeRow: 8, lanePad: 6, strip: 20, track: 34, maxTrack: Infinity };
/** The seed's four lanes: range rows and label tracks they ask for. */
const SEED_LANES: LaneDemand[] = [
  { rows: 2, tracks: 3, events: 4, strip: false },
  { rows: 1, tracks: 1, events: 1, strip: false },
  { rows: 2, tracks: 3, events: 3, strip: false },
  { rows: 1, tracks: 2, events: 2, strip: false },
];

function expectValid(layout: Layout): void {
  const m = layoutMetrics(layout);
  expect(m.overlaps.total).toBe(0);
  expect(m.accounting.ok).toBe(true);
  expect(m.outOfViewport).toBe(0);
}

/** Cross px a horizontal plan takes at factor 1. */
function used(capacity: number, sizes: CrossSizes, lanes: readonly LaneDemand[]): number {
  const plan = planCross(capacity, true, sizes, lanes);
  let c = sizes.axis + sizes.era;
  plan.lanes.forEach((b) => (c += sizes.pointRow + sizes.lanePad + b.rows * sizes.rangeRow + b.tracks * sizes.track + (b.strip ? sizes.strip : 0)));
  return c;
}

describe("planCross gives rows back before it squeezes (QA: the seed at 800 × 220 lost every row and label)", () => {
  it("220 px: rows are taken back until the cluster strips fit, and one label track is kept", () => {
    const plan = planCross(220, true, SIZES, SEED_LANES);
    expect(plan.factor).toBe(1);
    expect(plan.lanes.reduce((n, b) => n + b.tracks, 0)).toBeGreaterThanOrEqual(1);
    expect(used(220, SIZES, SEED_LANES)).toBeLessThanOrEqual(220);
  });

  it("200 px: no track fits, so the rows keep what they can (up to every row the lanes want)", () => {
    const plan = planCross(200, true, SIZES, SEED_LANES);
    expect(plan.factor).toBe(1);
    expect(plan.lanes.reduce((n, b) => n + b.rows, 0)).toBeGreaterThan(0);
    expect(used(200, SIZES, SEED_LANES)).toBeLessThanOrEqual(200);
  });

  it("a plan always fits its capacity, and squeezes only when not even the fixed parts and a row fit (property)", () => {
    const lane = fc.record({
      rows: fc.integer({ min: 0, max: 6 }),
      tracks: fc.integer({ min: 0, max: 8 }),
      events: fc.integer({ min: 0, max: 20 }),
      strip: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(lane, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 1200 }), (lanes, capacity) => {
        const plan = planCross(capacity, true, SIZES, lanes);
        let base = SIZES.axis + SIZES.era;
        for (const d of lanes) base += SIZES.pointRow + SIZES.lanePad + (d.strip ? SIZES.strip : 0);
        // All lanes folded into strips, no rows, no tracks: the least a plan at factor 1 needs.
        let least = SIZES.axis + SIZES.era;
        for (const d of lanes) least += SIZES.pointRow + SIZES.lanePad + (d.strip || d.events > 0 ? SIZES.strip : 0);
        if (capacity >= least && capacity - base >= SIZES.rangeRow) expect(plan.factor).toBe(1);
        if (plan.factor === 1) expect(used(capacity, SIZES, lanes)).toBeLessThanOrEqual(capacity + 1e-9);
        plan.lanes.forEach((b, i) => {
          expect(b.rows).toBeLessThanOrEqual(lanes[i]!.rows);
          expect(b.tracks).toBeLessThanOrEqual(Math.max(lanes[i]!.tracks, 0));
        });
      }),
    );
  });
});

describe("the seed under a height limit keeps what fits", () => {
  for (const height of [200, 220, 260]) {
    it(`800 × ${height}: the drawing takes the height it is given (it came out 184 px high at 220)`, () => {
      const layout = layoutTimeline(seed, { width: 800, height });
      expectValid(layout);
      expect(layout.size.height).toBeGreaterThan(height - 8);
    });
  }

  it("800 × 220 and 260: a label track is kept (folded ranges still show as thin bars)", () => {
    for (const height of [220, 260]) expect(layoutTimeline(seed, { width: 800, height }).labels.length).toBeGreaterThan(0);
  });
});

describe("lanes of short titles (QA: 12 groups, 40 one-day events, 2 labels at 800 px)", () => {
  const lanes12 = (() => {
    const specs = Array.from({ length: 40 }, (_, i) => {
      const lane = i % 12;
      const round = Math.floor(i / 12);
      // Four events per lane within a month: day 1, 13, 25 and (round 3) 10 of the lane's month.
      const day = [1, 13, 25, 10][round]!;
      const at = utc(2024, lane + 1, day + (round === 0 ? 0 : lane % 2));
      return { id: `e${i}`, title: `Event ${i} in lane ${lane}`, start: point(at, at + 86_400_000, "day"), group: `Group number ${lane}` };
    });
    return timeline(specs);
  })();

  it("800 × 1200: one-line titles get one-line tracks, and most labels show", () => {
    const layout = layoutTimeline(lanes12, { width: 800, height: 1200 });
    expectValid(layout);
    expect(layout.labels.every((label) => label.lines.length === 1)).toBe(true);
    expect(layout.labels.length).toBeGreaterThanOrEqual(36);
  });

  it("800 × 600: more labels than the two QA saw", () => {
    const layout = layoutTimeline(lanes12, { width: 800, height: 600 });
    expectValid(layout);
    expect(layout.labels.length).toBeGreaterThan(2);
  });

  it("four events a few days apart in one lane all get labels when the lane has the room (tracks stack like stairs)", () => {
    const day = (month: number, d: number) => point(utc(2024, month, d), utc(2024, month, d + 1), "day");
    // A year wide, so each label is far longer than the gaps between the four marks in May.
    const specs = [5, 14, 17, 29].map((d, i) => ({ id: `e${i}`, title: `Event ${i} in lane 4`, start: day(5, d) }));
    const year = timeline([{ id: "first", title: "Year start", start: day(1, 1) }, ...specs, { id: "last", title: "Year end", start: day(12, 30) }]);
    const layout = layoutTimeline(year, { width: 800, height: 400, gaps: "none" });
    expectValid(layout);
    expect(layout.labels.map((label) => label.eventId).sort()).toEqual(["e0", "e1", "e2", "e3", "first", "last"]);
  });
});

describe("vertical seed, narrow (QA: 240 px wide came out 204 px wide with every label folded)", () => {
  it("240 px: the drawing is 240 px wide and labels get the room", () => {
    const layout = layoutTimeline(seed, { width: 240, height: 1600, orientation: "vertical" });
    expectValid(layout);
    expect(layout.size.width).toBeCloseTo(240, 6);
    expect(layout.labels.length).toBeGreaterThanOrEqual(5);
  });

  it("200 px: no label track fits; the lanes take the width instead of leaving a gap", () => {
    const layout = layoutTimeline(seed, { width: 200, height: 1600, orientation: "vertical" });
    expectValid(layout);
    expect(layout.size.width).toBeGreaterThan(190);
  });
});
