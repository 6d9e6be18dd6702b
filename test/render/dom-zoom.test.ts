import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FULL_VIEW,
  constrainView,
  fromTransform,
  interpolateView,
  minSpanFraction,
  panView,
  toTransform,
  zoomView,
} from "../../src/render/dom-zoom.js";
import type { LayoutScale } from "../../src/layout/types.js";

const view = fc.record({ start: fc.double({ min: -2, max: 2, noNaN: true }), span: fc.double({ min: 1e-6, max: 3, noNaN: true }) });

describe("zoom maths of the interactive timeline", () => {
  it("constrainView keeps the window inside the data and at least minSpan wide", () => {
    fc.assert(
      fc.property(view, fc.double({ min: 1e-4, max: 0.5, noNaN: true }), (v, min) => {
        const c = constrainView(v, min);
        expect(c.span).toBeGreaterThanOrEqual(min - 1e-12);
        expect(c.span).toBeLessThanOrEqual(1);
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.start + c.span).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it("constrainView turns NaN, infinite or empty views into the full view", () => {
    expect(constrainView({ start: NaN, span: 0.5 }, 0.01)).toEqual(FULL_VIEW);
    expect(constrainView({ start: 0, span: Infinity }, 0.01)).toEqual(FULL_VIEW);
    expect(constrainView({ start: 0, span: 0 }, 0.01)).toEqual(FULL_VIEW);
  });

  it("zoomView keeps the time under the pointer in place", () => {
    fc.assert(
      fc.property(fc.double({ min: 1.01, max: 8, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (factor, at) => {
        const before = { start: 0.2, span: 0.5 };
        const after = zoomView(before, factor, at, 1e-6);
        const timeBefore = before.start + at * before.span;
        const timeAfter = after.start + at * after.span;
        // Exact unless the window hit an edge of the data.
        if (after.start > 0 && after.start + after.span < 1) expect(timeAfter).toBeCloseTo(timeBefore, 9);
        expect(after.span).toBeCloseTo(before.span / factor, 9);
      }),
    );
  });

  it("zoomView never zooms out past everything nor in past the minimum", () => {
    expect(zoomView(FULL_VIEW, 0.25, 0.5, 0.01)).toEqual(FULL_VIEW);
    expect(zoomView(FULL_VIEW, 1e6, 0.5, 0.01).span).toBeCloseTo(0.01, 12);
  });

  it("panView stops at the ends of the data", () => {
    expect(panView({ start: 0.25, span: 0.5 }, 0.5, 0.001)).toEqual({ start: 0.5, span: 0.5 });
    expect(panView({ start: 0.25, span: 0.5 }, 10, 0.001)).toEqual({ start: 0.5, span: 0.5 });
    expect(panView({ start: 0.25, span: 0.5 }, -10, 0.001)).toEqual({ start: 0, span: 0.5 });
  });

  it("toTransform and fromTransform are inverses", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (start, span) => {
        const v = constrainView({ start, span }, 0.001);
        const back = fromTransform(toTransform(v, 40, 1160), 40, 1160);
        expect(back.start).toBeCloseTo(v.start, 9);
        expect(back.span).toBeCloseTo(v.span, 9);
      }),
    );
    expect(toTransform({ start: 0.25, span: 0.5 }, 0, 1000)).toEqual({ k: 2, x: -500 });
    expect(toTransform(FULL_VIEW, 40, 1160)).toEqual({ k: 1, x: 0 });
  });

  it("minSpanFraction follows the densest linear segment and ignores breaks", () => {
    const scale: LayoutScale = {
      segments: [
        { domain: [0, 1000], range: [0, 500], kind: "linear" },
        { domain: [1000, 100_000], range: [500, 524], kind: "break" },
        { domain: [100_000, 110_000], range: [524, 1000], kind: "linear" },
      ],
      transform: { k: 1, x: 0 },
      range: [0, 1000],
      visible: [0, 110_000],
    };
    // 10 ms cover 5 px in the first segment: 0.005 of the axis.
    expect(minSpanFraction(scale, 10)).toBeCloseTo(0.005, 12);
    // The same at k = 2: segments are stored zoomed, the fraction is of the fitted axis.
    const zoomed = { ...scale, transform: { k: 2, x: 0 }, segments: scale.segments.map((s) => ({ ...s, range: [s.range[0] * 2, s.range[1] * 2] as const })) };
    expect(minSpanFraction(zoomed, 10)).toBeCloseTo(0.005, 12);
  });

  it("interpolateView runs from a to b with a geometric span", () => {
    const a = FULL_VIEW;
    const b = { start: 0.25, span: 0.25 };
    expect(interpolateView(a, b, 0)).toEqual(a);
    expect(interpolateView(a, b, 1)).toEqual(b);
    const mid = interpolateView(a, b, 0.5);
    expect(mid.span).toBeCloseTo(0.5, 12);
    // A zoom about 1/3 keeps 1/3 fixed all the way.
    expect(mid.start + mid.span / 3).toBeCloseTo(1 / 3, 12);
  });
});
