import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { connectRelations } from "../../src/layout/connectors.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import type { Box, Layout, Point } from "../../src/layout/types.js";
import { createTimeline } from "../../src/model/timeline.js";
import { timeline } from "./fixtures.js";

const seed = createTimeline(JSON.parse(readFileSync(new URL("../../seeds/seed.json", import.meta.url), "utf8")));

/** Points along a connector's cubic Bézier, 200 steps. */
function along(path: readonly [Point, Point, Point, Point]): Point[] {
  const out: Point[] = [];
  for (let k = 1; k < 200; k++) {
    const t = k / 200;
    const u = 1 - t;
    const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    out.push({ x: path.reduce((s, p, i) => s + (w[i] as number) * p.x, 0), y: path.reduce((s, p, i) => s + (w[i] as number) * p.y, 0) });
  }
  return out;
}

const inside = (p: Point, b: Box): boolean => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;

/** How many of a connector's points fall in label text. */
function throughLabels(layout: Layout, from: string, to: string): number {
  const c = layout.connectors.find((k) => k.from === from && k.to === to);
  expect(c, `${from} → ${to}`).toBeDefined();
  return along(c!.path).filter((p) => layout.labels.some((l) => inside(p, l.box))).length;
}

describe("connectRelations bows", () => {
  const tl = timeline([{ id: "a", start: "2000", relations: [{ to: "b" }] }, { id: "b", start: "2010" }]);
  const ends = { point: (e: number) => (e === 0 ? { x: 100, y: 200 } : { x: 500, y: 200 }), cluster: Int32Array.of(-1, -1) };

  it("bulges toward 'before' (up in horizontal) when nothing is in the way", () => {
    const [c] = connectRelations(tl.events, [0], ends, true, 800, 400);
    expect(c!.path[1].y).toBeLessThan(200);
  });

  it("bows the other way when a label sits in the usual curve's way", () => {
    const label: Box = { x: 150, y: 170, width: 300, height: 25 };
    const [c] = connectRelations(tl.events, [0], ends, true, 800, 400, { count: 1, boxes: () => [label] });
    expect(c!.path[1].y).toBeGreaterThan(200);
    expect(along(c!.path).some((p) => inside(p, label))).toBe(false);
  });

  it("keeps the usual bow when both ways cross as much", () => {
    const boxes: Box[] = [
      { x: 150, y: 170, width: 300, height: 25 },
      { x: 150, y: 205, width: 300, height: 25 },
    ];
    const [c] = connectRelations(tl.events, [0], ends, true, 800, 400, { count: boxes.length, boxes: () => boxes });
    expect(c!.path[1].y).toBeLessThan(200);
  });
});

describe("relation curves on the seed (QA: they ran through label text)", () => {
  it("the Trust Act citation clears the labels at 800 px", () => {
    expect(throughLabels(layoutTimeline(seed, { width: 800, height: 600 }), "waukegan-statement", "trust-act")).toBe(0);
  });
  it("Johnson's citation clears 'Waukegan police vow…' at 360 px", () => {
    expect(throughLabels(layoutTimeline(seed, { width: 360, height: 600 }), "johnson-post", "trust-act")).toBe(0);
  });
});
