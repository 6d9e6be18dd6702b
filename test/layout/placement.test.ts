import { describe, expect, it } from "vitest";
import { waterFill } from "../../src/layout/budget.js";
import { foldClusters } from "../../src/layout/clusters.js";
import { trackDemand } from "../../src/layout/demand.js";
import { placeLabels } from "../../src/layout/labels.js";
import { assignRows } from "../../src/layout/rows.js";
import { prng } from "./fixtures.js";

describe("assignRows", () => {
  it("stacks overlapping intervals into the fewest rows, lowest free row first", () => {
    const rows = new Int32Array(4);
    const used = assignRows([0, 1, 2, 3], Float64Array.of(0, 5, 10, 15), Float64Array.of(10, 15, 20, 16), 10, 1, rows);
    expect(used).toBe(2);
    expect([...rows]).toEqual([1, 2, 1, 2]);
  });
  it("folds intervals beyond maxRows (-1)", () => {
    const rows = new Int32Array(3);
    assignRows([0, 1, 2], Float64Array.of(0, 0, 0), Float64Array.of(5, 5, 5), 2, 1, rows);
    expect([...rows]).toEqual([1, 2, -1]);
  });
});

describe("placeLabels", () => {
  const run = (anchors: number[], length: number, tracks: number, maxShift = 0, order?: number[]) => {
    const n = anchors.length;
    const track = new Int32Array(n).fill(-1);
    const starts = new Map<number, number>();
    const result = placeLabels(order ?? anchors.map((_, i) => i), Float64Array.from(anchors), () => ({ length, offset: 0 }), { tracks, tMin: 0, tMax: 1000, gap: 4, maxShift }, track, starts);
    const start = anchors.map((_, i) => starts.get(i) ?? 0);
    return { track, start, ...result };
  };

  it("puts a label where its mark is when there is room", () => {
    const r = run([100, 300], 50, 1);
    expect([...r.track]).toEqual([0, 0]);
    expect(r.start).toEqual([100, 300]);
  });
  it("moves a colliding label to the next track", () => {
    const r = run([100, 110], 50, 2);
    expect([...r.track]).toEqual([0, 1]);
  });
  it("slides a label within maxShift instead of leaving it out", () => {
    const r = run([100, 110], 50, 1, 60);
    expect(r.track[1]).toBe(0);
    expect(r.start[1]).toBe(154);
  });
  it("leaves out what does not fit, in priority order", () => {
    const r = run([100, 110, 120], 50, 1, 0, [2, 0, 1]);
    expect(r.placed).toEqual([2]);
    expect(r.unplaced).toEqual([0, 1]);
  });
  it("keeps labels inside [tMin, tMax]", () => {
    const r = run([990], 50, 1);
    expect(r.start[0]).toBe(950);
  });
  it("never overlaps labels of one track (random)", () => {
    const rand = prng(7);
    const anchors = Array.from({ length: 500 }, () => rand() * 1000);
    const length = 40;
    const r = run(anchors, length, 3, 30);
    for (let k = 0; k < 3; k++) {
      const spans = r.placed.filter((e) => r.track[e] === k).map((e) => r.start[e]!).sort((a, b) => a - b);
      for (let i = 1; i < spans.length; i++) expect(spans[i]! - spans[i - 1]!).toBeGreaterThanOrEqual(length + 4 - 1e-9);
    }
    expect(r.placed.length + r.unplaced.length).toBe(500);
  });
});

describe("foldClusters", () => {
  it("merges close events and keeps badges apart and inside", () => {
    const groups = foldClusters([0, 1, 2, 3], Float64Array.of(10, 12, 300, 399), { tMin: 0, tMax: 400, gap: 4, badgeLength: () => 24 });
    expect(groups.map((g) => [g.from, g.to])).toEqual([[0, 2], [2, 3], [3, 4]]);
    for (const g of groups) {
      expect(g.start).toBeGreaterThanOrEqual(0);
      expect(g.start + g.length).toBeLessThanOrEqual(400);
    }
  });
  it("accounts for every member exactly once, even when crowded (random)", () => {
    const rand = prng(3);
    const n = 2000;
    const pos = Float64Array.from({ length: n }, () => rand() * 300);
    const order = [...pos.keys()].sort((a, b) => pos[a]! - pos[b]!);
    const groups = foldClusters(order, pos, { tMin: 0, tMax: 300, gap: 4, badgeLength: (c) => 10 + String(c).length * 7 });
    // Runs are contiguous and cover the input exactly once.
    expect(groups[0]!.from).toBe(0);
    for (let i = 1; i < groups.length; i++) expect(groups[i]!.from).toBe(groups[i - 1]!.to);
    expect(groups.at(-1)!.to).toBe(n);
    for (let i = 1; i < groups.length; i++) expect(groups[i]!.start).toBeGreaterThanOrEqual(groups[i - 1]!.start + groups[i - 1]!.length + 4 - 1e-9);
    expect(groups.at(-1)!.start + groups.at(-1)!.length).toBeLessThanOrEqual(300);
  });
});

describe("sharing space", () => {
  it("waterFill meets small demands and splits the rest", () => {
    expect(waterFill([1, 10, 10], 9)).toEqual([1, 4, 4]);
    expect(waterFill([2, 2], 10)).toEqual([2, 2]);
    expect(waterFill([5, 5], 0)).toEqual([0, 0]);
  });
  it("trackDemand is the deepest overlap of label extents", () => {
    expect(trackDemand([0, 1, 2], (e) => e * 10, () => 30, 4, 10)).toBe(3);
    expect(trackDemand([0, 1, 2], (e) => e * 100, () => 30, 4, 10)).toBe(1);
  });
});

describe("orderings", () => {
  it("orderByPosition sorts by position, ties by index", async () => {
    const { orderByPosition } = await import("../../src/layout/order.js");
    expect([...orderByPosition(Float64Array.of(5, 1, 5, 0.5))]).toEqual([3, 1, 0, 2]);
    const rand = prng(11);
    const pos = Float64Array.from({ length: 5000 }, () => Math.round(rand() * 300 * 8) / 8);
    const expected = [...pos.keys()].sort((a, b) => pos[a]! - pos[b]! || a - b);
    expect([...orderByPosition(pos)]).toEqual(expected);
  });
  it("byImportance is a stable sort by importance, highest first", async () => {
    const { byImportance } = await import("../../src/layout/order.js");
    expect([...byImportance(Int32Array.of(0, 1, 2, 3), Float64Array.of(1, 3, 1, 3))]).toEqual([1, 3, 0, 2]);
    const many = Float64Array.from({ length: 600 }, (_, i) => (i * 7919) % 300);
    const list = Int32Array.from({ length: 600 }, (_, i) => i);
    const expected = [...list].sort((a, b) => many[b]! - many[a]! || a - b);
    expect([...byImportance(list, many)]).toEqual(expected);
  });
});
