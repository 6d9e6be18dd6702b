import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eraTitleEnds } from "../../src/layout/eras.js";
import { findGaps } from "../../src/layout/gaps.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import { boxesIntersect } from "../../src/layout/metrics.js";
import type { Box, Layout, Viewport } from "../../src/layout/types.js";
import type { Era } from "../../src/model/types.js";
import { point, timeline, tp, utc } from "./fixtures.js";

/** The eras QA rendered (/tmp/qa-svg/in/eras.json): overlapping years, a two-month era, one after the events. */
const QA_ERAS: Era[] = [
  { title: "The Long Early Era of Things", start: tp("2000"), end: tp("2005") },
  { title: "Middle", start: tp("2005"), end: tp("2010") },
  { title: "A", start: tp("2010-01"), end: tp("2010-03") },
  { title: "Late era", start: tp("2015"), end: tp("2018") },
];
const QA_TIMELINE = timeline(
  [
    { id: "a", start: "2003", group: "one" },
    { id: "b", start: "2012", end: "2013", group: "one" },
    { id: "c", start: "2006", group: "two" },
    { id: "d", start: "2008-03", group: "two" },
    { id: "e", start: "2000", end: "2009", group: "two" },
    { id: "f", start: "2009-07", end: "2009-09", group: "one" },
    { id: "g", start: "2001", end: "2004", group: "two" },
  ],
  { groups: ["one", "two"], eras: QA_ERAS },
);

/** Era title boxes that have room (the scene leaves the others out). */
function eraTitleBoxes(layout: Layout): Box[] {
  return layout.eras.map((e) => e.labelBox).filter((b) => b.width > 0 && b.height > 0);
}

/** Every era title box clear of the others and of every event label, lane title and tick label. */
function expectEraTitlesClear(layout: Layout): void {
  const titles = eraTitleBoxes(layout);
  const others = [
    ...layout.labels.map((l) => l.box),
    ...layout.lanes.flatMap((l) => (l.labelBox === null ? [] : [l.labelBox])),
    ...layout.axis.ticks.filter((t) => t.label !== "").map((t) => t.labelBox),
  ];
  titles.forEach((a, i) => {
    for (const b of titles.slice(i + 1)) expect(boxesIntersect(a, b), `era titles ${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(false);
    for (const b of others) expect(boxesIntersect(a, b), `era title ${JSON.stringify(a)} and label ${JSON.stringify(b)}`).toBe(false);
  });
}

describe("findGaps with content spans", () => {
  it("never puts a break over an era, even one no event touches", () => {
    expect(findGaps(Float64Array.of(0, 90), Float64Array.of(10, 100), 0, 100, [{ start: 25, end: 75 }])).toEqual([]);
    expect(findGaps(Float64Array.of(0), Float64Array.of(10), 0, 100, [{ start: 70, end: 100 }])).toEqual([{ start: 10, end: 70 }]);
  });
  it("keeps the part of a gap outside a span that overlaps it", () => {
    expect(findGaps(Float64Array.of(0, 90), Float64Array.of(10, 100), 0, 100, [{ start: 5, end: 50 }])).toEqual([{ start: 50, end: 90 }]);
    expect(findGaps(Float64Array.of(0, 90), Float64Array.of(10, 100), 0, 100, [{ start: -50, end: 150 }])).toEqual([]);
  });
  it("takes the spans in any order", () => {
    const spans = [{ start: 80, end: 100 }, { start: 30, end: 35 }];
    expect(findGaps(Float64Array.of(0), Float64Array.of(5), 0, 100, spans)).toEqual([{ start: 5, end: 30 }, { start: 35, end: 80 }]);
  });
});

describe("eras and gap compression", () => {
  it("an era after the last event stays linear under gaps: 'auto' (QA: it became a sliver in a break)", () => {
    const layout = layoutTimeline(QA_TIMELINE, { width: 800, height: 400 });
    const late = layout.eras.find((e) => e.title === "Late era")!;
    const breaks = layout.scale.segments.filter((s) => s.kind === "break");
    for (const b of breaks) expect(b.domain[1] <= utc(2015) || b.domain[0] >= utc(2019), `break ${b.domain.join("–")}`).toBe(true);
    // Three of the 19 years: about a sixth of the axis, not 18 px.
    expect(late.t1 - late.t0).toBeGreaterThan(100);
  });

  it("leaves explicit gaps over an era alone: they are the user's choice", () => {
    const layout = layoutTimeline(QA_TIMELINE, { width: 800, height: 400, gaps: [{ start: utc(2014), end: utc(2019) }] });
    expect(layout.scale.segments.some((s) => s.kind === "break" && s.domain[0] <= utc(2015) && s.domain[1] >= utc(2019))).toBe(true);
  });
});

describe("era titles", () => {
  it("eraTitleEnds gives each title room up to the next era's start, ties to the first listed", () => {
    expect(eraTitleEnds([0, 50, 50], 800)).toEqual([50, 800, 50]);
    expect(eraTitleEnds([300, 100, 200], 800)).toEqual([800, 200, 300]);
    expect(eraTitleEnds([], 800)).toEqual([]);
  });

  it("overlapping eras' titles do not overlap in a narrow vertical drawing (QA: 'The Long Early Era…' ran into 'Middle')", () => {
    const layout = layoutTimeline(QA_TIMELINE, { width: 400, height: 480, orientation: "vertical" });
    expect(layout.eras).toHaveLength(4);
    expectEraTitlesClear(layout);
    // A two-month era still gets room for its one-letter title after its band.
    const a = layout.eras.find((e) => e.title === "A")!;
    expect(a.labelBox.height).toBeGreaterThan(20);
  });

  it("never overlap each other or any label, for random eras and viewports", () => {
    const eraArb = fc.record({
      at: fc.integer({ min: 0, max: 1000 }),
      length: fc.integer({ min: 0, max: 400 }),
      title: fc.string({ minLength: 1, maxLength: 40 }),
    });
    const viewportArb: fc.Arbitrary<Viewport> = fc.record({
      width: fc.double({ min: 1, max: 2000, noNaN: true }),
      height: fc.double({ min: 1, max: 1500, noNaN: true }),
      orientation: fc.constantFrom("horizontal" as const, "vertical" as const),
      gaps: fc.constantFrom("auto" as const, "none" as const),
    });
    const DAY = 86_400_000;
    const base = utc(2000);
    fc.assert(
      fc.property(fc.array(eraArb, { maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 1400 }), { maxLength: 30 }), viewportArb, (eras, days, viewport) => {
        const tl = timeline(
          days.map((d, i) => ({ id: `e${i}`, title: `Event ${i}`, start: point(base + d * DAY, base + (d + 1) * DAY, "day"), group: `g${i % 3}` })),
          {
            groups: ["g0", "g1", "g2"],
            eras: eras.map((e) => ({ title: e.title, start: point(base + e.at * DAY, base + (e.at + 1) * DAY, "day"), end: point(base + (e.at + e.length) * DAY, base + (e.at + e.length + 1) * DAY, "day") })),
          },
        );
        expectEraTitlesClear(layoutTimeline(tl, viewport));
      }),
      { numRuns: 200 },
    );
  });
});
