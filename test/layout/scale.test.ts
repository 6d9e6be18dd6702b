import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findGaps, planPieces } from "../../src/layout/gaps.js";
import { compileScale, fitScale, pixelToTime, timeToPixel } from "../../src/layout/scale.js";

const linear = [{ start: 0, end: 1000, kind: "linear" as const, weight: 1 }];

describe("fitScale", () => {
  it("maps a linear domain onto the range", () => {
    const s = fitScale(linear, [0, 100], 24, { k: 1, x: 0 });
    expect(timeToPixel(s, 0)).toBe(0);
    expect(timeToPixel(s, 500)).toBe(50);
    expect(timeToPixel(s, 1000)).toBe(100);
    expect(s.visible).toEqual([0, 1000]);
  });
  it("applies the zoom transform p·k + x and inverts it", () => {
    const s = fitScale(linear, [0, 100], 24, { k: 4, x: -150 });
    expect(timeToPixel(s, 500)).toBe(50);
    expect(pixelToTime(s, 50)).toBe(500);
    expect(s.visible[0]).toBeCloseTo(375, 9);
    expect(s.visible[1]).toBeCloseTo(625, 9);
  });
  it("gives each break a fixed width and shares the rest by weight", () => {
    const s = fitScale(
      [
        { start: 0, end: 10, kind: "linear", weight: 1 },
        { start: 10, end: 1e6, kind: "break", weight: 0 },
        { start: 1e6, end: 1e6 + 10, kind: "linear", weight: 3 },
      ],
      [0, 224],
      24,
      { k: 1, x: 0 },
    );
    expect(s.segments.map((g) => g.range)).toEqual([
      [0, 50],
      [50, 74],
      [74, 224],
    ]);
  });
  it("extrapolates outside the domain with the edge slopes", () => {
    const s = fitScale(linear, [0, 100], 24, { k: 1, x: 0 });
    expect(timeToPixel(s, -1000)).toBe(-100);
    expect(pixelToTime(s, 200)).toBe(2000);
  });
  it("is monotone, inverts, and compiles to the same function (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.array(fc.double({ min: -2e12, max: 2e12, noNaN: true }), { minLength: 2, maxLength: 20 }),
        (lengths, k, x, times) => {
          let at = 0;
          const pieces = lengths.map((len, i) => {
            const p = { start: at, end: at + len, kind: i % 2 === 1 ? ("break" as const) : ("linear" as const), weight: 1 };
            at += len;
            return p;
          });
          const s = fitScale(pieces, [10, 810], 24, { k, x });
          const fast = compileScale(s);
          const sorted = times.slice().sort((a, b) => a - b);
          let prev = -Infinity;
          for (const ms of sorted) {
            const px = timeToPixel(s, ms);
            expect(Number.isFinite(px)).toBe(true);
            expect(px).toBeGreaterThanOrEqual(prev - 1e-6);
            prev = px;
            expect(fast(ms)).toBeCloseTo(px, 3);
            const back = pixelToTime(s, px);
            expect(Math.abs(back - ms)).toBeLessThanOrEqual((Math.abs(ms) + at) * 1e-9 + 1e-3);
          }
        },
      ),
    );
  });
});

describe("gaps", () => {
  it("findGaps finds long empty stretches between event intervals", () => {
    expect(findGaps(Float64Array.of(0, 90), Float64Array.of(10, 100), 0, 100)).toEqual([{ start: 10, end: 90 }]);
  });
  it("findGaps ignores stretches shorter than the fraction and covered ones", () => {
    expect(findGaps(Float64Array.of(0, 15, 30), Float64Array.of(10, 25, 100), 0, 100)).toEqual([]);
    // A long range covers the stretch between later starts.
    expect(findGaps(Float64Array.of(0, 10, 90), Float64Array.of(95, 20, 100), 0, 100)).toEqual([]);
  });
  it("planPieces weighs linear pieces by duration and event count", () => {
    const starts = Float64Array.of(0, 900, 901, 902, 903);
    const pieces = planPieces(starts, 0, 1000, [{ start: 100, end: 900 }], true);
    expect(pieces.map((p) => p.kind)).toEqual(["linear", "break", "linear"]);
    const [a, , b] = pieces;
    // The busy late piece gets more room than its short duration alone would give it.
    expect(b!.weight).toBeGreaterThan(a!.weight);
    expect(pieces.every((p) => p.end > p.start)).toBe(true);
  });
});
