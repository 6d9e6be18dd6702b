import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import { boxesIntersect, layoutMetrics } from "../../src/layout/metrics.js";
import { timeToPixel } from "../../src/layout/scale.js";
import type { Box, Layout, Viewport } from "../../src/layout/types.js";
import type { Timeline } from "../../src/model/types.js";
import type { Precision } from "../../src/model/precision.js";
import { point, timeline, type EventSpec } from "./fixtures.js";

const DAY = 86_400_000;
const UNITS: [number, Precision][] = [
  [1, "millisecond"],
  [60_000, "minute"],
  [DAY, "day"],
  [30 * DAY, "month"],
  [365 * DAY, "year"],
];

const eventArb = fc.record({
  at: fc.integer({ min: -2e11, max: 2e11 }).map((d) => d * 1000),
  unit: fc.integer({ min: 0, max: UNITS.length - 1 }),
  range: fc.boolean(),
  length: fc.integer({ min: 0, max: 5e9 }).map((d) => d * 100),
  group: fc.integer({ min: -1, max: 3 }),
  importance: fc.integer({ min: 0, max: 3 }),
  title: fc.string({ minLength: 1, maxLength: 60 }),
  approximate: fc.boolean(),
  relate: fc.integer({ min: -1, max: 40 }),
});

const timelineArb = fc.array(eventArb, { maxLength: 40 }).map((raw) => {
  const specs: EventSpec[] = raw.map((r, i) => {
    const [unit, precision] = UNITS[r.unit]!;
    const start = point(r.at, r.at + unit, precision, r.approximate);
    const end = r.range ? point(r.at + r.length, r.at + r.length + unit, precision) : undefined;
    return {
      id: `e${i}`,
      title: r.title,
      start,
      ...(end ? { end } : {}),
      ...(r.group >= 0 ? { group: `g${r.group}` } : {}),
      importance: r.importance,
      ...(r.relate >= 0 && r.relate < raw.length ? { relations: [{ to: `e${r.relate}`, kind: "responds-to" }] } : {}),
    };
  });
  return timeline(specs, { groups: ["g1", "g0"] });
});

const viewportArb: fc.Arbitrary<Viewport> = fc.record({
  width: fc.double({ min: 1, max: 3000, noNaN: true }),
  height: fc.double({ min: 1, max: 2000, noNaN: true }),
  orientation: fc.constantFrom("horizontal" as const, "vertical" as const),
  transform: fc.record({ k: fc.double({ min: 1e-3, max: 1e4, noNaN: true }), x: fc.double({ min: -1e5, max: 1e5, noNaN: true }) }),
  gaps: fc.constantFrom("auto" as const, "none" as const),
  labels: fc.record({ maxLines: fc.integer({ min: 1, max: 3 }), showDate: fc.boolean(), maxShift: fc.integer({ min: 0, max: 100 }) }),
});

function finite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finite);
  if (value !== null && typeof value === "object") return Object.values(value).every(finite);
  return true;
}

function check(layout: Layout, viewport: Viewport): void {
  expect(finite(layout)).toBe(true);
  const m = layoutMetrics(layout);
  expect(m.overlaps.labelLabel).toBe(0);
  expect(m.overlaps.total).toBe(0);
  expect(m.accounting.ok).toBe(true);
  expect(m.outOfViewport).toBe(0);
  expect(layout.size.width).toBeLessThanOrEqual(viewport.width + 1e-9);
  expect(layout.size.height).toBeLessThanOrEqual(viewport.height + 1e-9);
  // Time maps to the time axis monotonically, and marks sit where their times are.
  const times = layout.marks.map((mk) => layout.scale.visible[0] + ((mk.eventIndex * 7919) % 1000) / 1000 * (layout.scale.visible[1] - layout.scale.visible[0]));
  times.sort((a, b) => a - b);
  let prev = -Infinity;
  for (const ms of times) {
    const px = timeToPixel(layout.scale, ms);
    expect(px).toBeGreaterThanOrEqual(prev - 1e-6);
    prev = px;
  }
  const ordered = layout.marks.filter((mk) => mk.kind !== "point" && !mk.clippedStart).sort((a, b) => a.eventIndex - b.eventIndex);
  for (let i = 1; i < ordered.length; i++) expect(ordered[i]!.t0).toBeGreaterThanOrEqual(ordered[i - 1]!.t0 - 1e-6);
}

/**
 * Every lane with events and a non-empty label has a title box clear of every label, mark and
 * cluster, inside the drawing.
 */
function checkLaneTitles(layout: Layout, tl: Timeline): void {
  if (layout.lanes.length < 2) return;
  const used = new Set(tl.events.map((e) => e.group ?? ""));
  const inside = (b: Box): boolean =>
    b.x >= -1e-6 && b.y >= -1e-6 && b.x + b.width <= layout.size.width + 1e-6 && b.y + b.height <= layout.size.height + 1e-6;
  const others = [...layout.labels.map((l) => l.box), ...layout.marks.map((m) => m.box), ...layout.clusters.map((c) => c.box)];
  for (const lane of layout.lanes) {
    if (!used.has(lane.id) || lane.label === "") continue;
    expect(lane.labelBox, `lane ${lane.id} has a title`).not.toBeNull();
    const box = lane.labelBox as Box;
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
    expect(inside(box)).toBe(true);
    for (const other of others) expect(boxesIntersect(box, other), `lane ${lane.id} title clear of ${JSON.stringify(other)}`).toBe(false);
  }
}

describe("layoutTimeline properties (random timelines and viewports)", () => {
  it("no overlaps, every event accounted for once, monotone, finite, inside the viewport", () => {
    fc.assert(
      fc.property(timelineArb, viewportArb, (tl, viewport) => {
        check(layoutTimeline(tl, viewport), viewport);
      }),
      { numRuns: 300 },
    );
  });

  it("holds for dense timelines too", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 100, maxLength: 400 }), viewportArb, (raw, viewport) => {
        const tl = timeline(
          raw.map((r, i) => ({
            id: `e${i}`,
            title: r.title,
            start: point(r.at / 1000, r.at / 1000 + UNITS[r.unit]![0], UNITS[r.unit]![1]),
            ...(r.group >= 0 ? { group: `g${r.group}` } : {}),
            importance: r.importance,
          })),
        );
        check(layoutTimeline(tl, viewport), viewport);
      }),
      { numRuns: 40 },
    );
  });

  it("every lane with events shows its title at any viewport of at least 240 × 240 px", () => {
    const roomy = viewportArb.chain((v) =>
      fc.record({ width: fc.double({ min: 240, max: 3000, noNaN: true }), height: fc.double({ min: 240, max: 2000, noNaN: true }) }).map((size) => ({ ...v, ...size })),
    );
    const dense = fc.array(eventArb, { minLength: 0, maxLength: 300 }).map((raw) =>
      timeline(
        raw.map((r, i) => ({
          id: `e${i}`,
          title: r.title,
          start: point(r.at, r.at + UNITS[r.unit]![0], UNITS[r.unit]![1]),
          ...(r.range ? { end: point(r.at + r.length, r.at + r.length + UNITS[r.unit]![0], UNITS[r.unit]![1]) } : {}),
          ...(r.group >= 0 ? { group: `g${r.group}` } : {}),
          importance: r.importance,
        })),
        { groups: ["g1", "g0"] },
      ),
    );
    fc.assert(
      fc.property(fc.oneof(timelineArb, dense), roomy, (tl, viewport) => {
        checkLaneTitles(layoutTimeline(tl, viewport), tl);
      }),
      { numRuns: 200 },
    );
  });
});
