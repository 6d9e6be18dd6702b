import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import { boxesIntersect, layoutMetrics } from "../../src/layout/metrics.js";
import type { Box, Layout } from "../../src/layout/types.js";
import { createTimeline } from "../../src/model/timeline.js";
import { randomEvents } from "../render/random-events.js";
import { timeline } from "./fixtures.js";

/** Title boxes of the lanes that have one, checked clear of every label, mark and cluster. */
function clearTitles(layout: Layout): Box[] {
  const others = [...layout.labels.map((l) => l.box), ...layout.marks.map((m) => m.box), ...layout.clusters.map((c) => c.box)];
  const boxes = layout.lanes.flatMap((lane) => (lane.labelBox === null ? [] : [lane.labelBox]));
  for (const box of boxes) for (const other of others) expect(boxesIntersect(box, other)).toBe(false);
  return boxes;
}

describe("lane titles under a squeezed cross axis", () => {
  const tl = createTimeline({ events: randomEvents(10000, 7) });

  for (const width of [1200, 800]) {
    it(`every lane keeps its title: 10k random events at ${width}×400 horizontal`, () => {
      const layout = layoutTimeline(tl, { width, height: 400 });
      expect(layout.lanes.length).toBeGreaterThan(1);
      for (const lane of layout.lanes) expect(lane.labelBox, lane.id).not.toBeNull();
      expect(clearTitles(layout)).toHaveLength(layout.lanes.length);
      const m = layoutMetrics(layout);
      expect(m.overlaps.total).toBe(0);
      expect(m.outOfViewport).toBe(0);
      expect(m.accounting.ok).toBe(true);
    });
  }

  it("a lane without a label track has its title at the start of its cluster strip, badges after it", () => {
    const layout = layoutTimeline(tl, { width: 800, height: 400 });
    const trackless = layout.lanes.filter((lane) => !layout.labels.some((l) => l.lane === lane.index));
    expect(trackless.length).toBeGreaterThan(0);
    for (const lane of trackless) {
      const title = lane.labelBox as Box;
      const badges = layout.clusters.filter((c) => c.lane === lane.index);
      expect(badges.length).toBeGreaterThan(0);
      for (const c of badges) expect(c.box.x).toBeGreaterThanOrEqual(title.x + title.width);
    }
  });

  it("a lane thinner than a line of text has no title box but keeps its label for the renderer", () => {
    const groups = Array.from({ length: 12 }, (_, i) => `group ${i}`);
    const squeezed = timeline(groups.map((group) => ({ start: "2025-01-20", group })));
    for (const orientation of ["horizontal", "vertical"] as const) {
      const layout = layoutTimeline(squeezed, orientation === "horizontal" ? { width: 400, height: 120 } : { width: 120, height: 400, orientation });
      expect(layout.lanes.map((lane) => lane.label).sort()).toEqual([...groups].sort());
      for (const lane of layout.lanes) expect(lane.labelBox).toBeNull();
      expect(layoutMetrics(layout).outOfViewport).toBe(0);
    }
  });
});
