import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import { layoutMetrics } from "../../src/layout/metrics.js";
import type { Layout, LaneLayout, Mark, Viewport } from "../../src/layout/types.js";
import { createTimeline } from "../../src/model/timeline.js";
import { randomTimeline } from "./fixtures.js";

const seed = createTimeline(JSON.parse(readFileSync(new URL("../../seeds/seed.json", import.meta.url), "utf8")));

/** A mark's size across the time axis. */
const crossSize = (layout: Layout, mark: Mark): number => (layout.orientation === "horizontal" ? mark.box.height : mark.box.width);

/** A folded (row -1) span or range lies inside its lane's point row. */
function inPointRow(layout: Layout, mark: Mark): boolean {
  const lane = layout.lanes[mark.lane] as LaneLayout;
  const c0 = layout.orientation === "horizontal" ? mark.box.y : mark.box.x;
  const c1 = c0 + crossSize(layout, mark);
  return c0 >= lane.rowsOffset - 1e-9 && c1 <= lane.rowsOffset + lane.pointRowSize + 1e-9;
}

function expectValid(layout: Layout): void {
  const m = layoutMetrics(layout);
  expect(m.overlaps.total).toBe(0);
  expect(m.accounting.ok).toBe(true);
  expect(m.outOfViewport).toBe(0);
}

describe("the seed under a height limit (800 px wide, QA: ranges vanished, the axis lost its labels)", () => {
  for (const height of [150, 180, 220]) {
    it(`${height} px: a folded span or range is still drawn at its extent, thin, in its lane's point row`, () => {
      const layout = layoutTimeline(seed, { width: 800, height });
      expectValid(layout);
      const bars = layout.marks.filter((mark) => mark.kind !== "point");
      expect(bars.length).toBeGreaterThan(0);
      const folded = bars.filter((mark) => mark.row < 0);
      expect(folded.length).toBeGreaterThan(0);
      for (const mark of folded) {
        expect(mark.cluster, mark.id).toBeGreaterThanOrEqual(0);
        expect(crossSize(layout, mark), mark.id).toBeGreaterThan(0);
        expect(crossSize(layout, mark), mark.id).toBeLessThan(layout.lanes[mark.lane]!.pointRowSize);
        expect(inPointRow(layout, mark), mark.id).toBe(true);
        expect(mark.box.x).toBeCloseTo(mark.t0, 6);
        expect(mark.box.x + mark.box.width).toBeCloseTo(Math.max(mark.t1, mark.t0 + 2), 6);
      }
      // Trump's four-year term keeps its length: 2017 to 2021 on the axis.
      const term = layout.marks.find((mark) => mark.id === "trump-first-term")!;
      expect(term.box.width).toBeGreaterThan(300);
      expect(crossSize(layout, term)).toBeGreaterThan(0);
    });

    it(`${height} px: the axis keeps its tick labels (a line of text fits under the ticks)`, () => {
      const layout = layoutTimeline(seed, { width: 800, height });
      const labelled = layout.axis.ticks.filter((tick) => tick.label !== "");
      expect(labelled.length).toBeGreaterThanOrEqual(5);
      for (const tick of labelled) {
        expect(tick.labelBox.y).toBeGreaterThanOrEqual(tick.y);
        expect(tick.labelBox.y + tick.labelBox.height).toBeLessThanOrEqual(layout.size.height + 1e-9);
      }
    });
  }

  it("a horizontal axis too thin for a line of text has no tick labels (1 px high)", () => {
    const layout = layoutTimeline(seed, { width: 800, height: 1 });
    expectValid(layout);
    expect(layout.axis.ticks.every((tick) => tick.label === "")).toBe(true);
  });

  it("vertical, 120 px wide: folded spans and ranges keep a thin bar in their lane's column", () => {
    const layout = layoutTimeline(seed, { width: 120, height: 400, orientation: "vertical" });
    expectValid(layout);
    const folded = layout.marks.filter((mark) => mark.kind !== "point" && mark.row < 0);
    expect(folded.length).toBeGreaterThan(0);
    for (const mark of folded) {
      expect(crossSize(layout, mark), mark.id).toBeGreaterThan(0);
      expect(inPointRow(layout, mark), mark.id).toBe(true);
    }
  });
});

describe("every span and range in view is drawn (random timelines, any viewport)", () => {
  it("its mark has a positive size across the time axis, inside its lane; a folded one sits in the point row", () => {
    const viewport: fc.Arbitrary<Viewport> = fc.record({
      width: fc.double({ min: 1, max: 2000, noNaN: true }),
      height: fc.double({ min: 1, max: 1200, noNaN: true }),
      orientation: fc.constantFrom("horizontal" as const, "vertical" as const),
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 1e6 }), viewport, (n, seedNumber, vp) => {
        const layout = layoutTimeline(randomTimeline(n, seedNumber), vp);
        expectValid(layout);
        for (const mark of layout.marks) {
          if (mark.kind === "point") continue;
          expect(crossSize(layout, mark)).toBeGreaterThan(0);
          const lane = layout.lanes[mark.lane] as LaneLayout;
          const c0 = layout.orientation === "horizontal" ? mark.box.y : mark.box.x;
          expect(c0).toBeGreaterThanOrEqual(lane.offset - 1e-9);
          expect(c0 + crossSize(layout, mark)).toBeLessThanOrEqual(lane.offset + lane.size + 1e-9);
          if (mark.row < 0) expect(inPointRow(layout, mark)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
