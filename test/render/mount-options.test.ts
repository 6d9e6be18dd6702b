import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { DEFAULT_MOUNT_OPTIONS, resolveMountOptions } from "../../src/render/mount-options.js";
import { clusteredRoom, cullLayout } from "../../src/render/dom-cull.js";
import { placePopover } from "../../src/render/details.js";
import { toSVGString } from "../../src/render/to-svg-string.js";
import type { Layout, Mark } from "../../src/layout/types.js";

describe("resolveMountOptions", () => {
  it("fills every default and merges over the current options", () => {
    expect(resolveMountOptions(undefined)).toBe(DEFAULT_MOUNT_OPTIONS);
    const a = resolveMountOptions({ verticalBelow: 600, controls: false });
    expect(a.verticalBelow).toBe(600);
    expect(a.controls).toBe(false);
    expect(a.orientation).toBe("auto");
    const b = resolveMountOptions({ theme: "dark" }, a);
    expect(b.verticalBelow).toBe(600);
    expect(b.theme).toBe("dark");
  });

  it("names the bad option", () => {
    for (const bad of [{ orientation: "sideways" }, { verticalBelow: -1 }, { height: 0 }, { palette: ["red;}"] }, { maxElements: 5 }, { strings: { evnts: "x" } }, { strings: { count: "many" } }]) {
      try {
        resolveMountOptions(bad as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ChronolineError);
        expect((e as ChronolineError).code).toBe("invalid-option");
      }
    }
  });

  it("takes the drawing's own words for other languages", () => {
    const strings = { events: "Ereignisse", count: (n: number) => `${n} Ereignisse` };
    expect(resolveMountOptions({ strings }).strings).toEqual(strings);
  });

  it("takes the controls' and popover's words as well, and refuses them for the static drawing", () => {
    const strings = { zoomIn: "Vergrößern", sources: "Quellen", untitled: "Zeitleiste" };
    expect(resolveMountOptions({ strings }).strings).toEqual(strings);
    expect(() => resolveMountOptions({ strings: { zoomIn: 2 } } as never)).toThrow(/strings\.zoomIn must be a string/);
    expect(() => toSVGString({ events: [] }, { strings: { zoomIn: "x" } as never })).toThrow(/strings\.zoomIn is not a word chronoline writes here \(it writes summary, count, .*untitled\)/);
  });

  it("never mutates its input", () => {
    const input = Object.freeze({ labels: Object.freeze({ fontSize: 14 }), height: 300 });
    expect(resolveMountOptions(input).height).toBe(300);
  });
});

describe("placePopover", () => {
  const viewport = { left: 0, top: 0, width: 1200, height: 600 };
  it("goes below its anchor when it fits, above when it does not", () => {
    expect(placePopover({ left: 500, top: 100, width: 10, height: 10 }, { width: 200, height: 80 }, viewport)).toEqual({ left: 405, top: 118, side: "below" });
    const above = placePopover({ left: 500, top: 550, width: 10, height: 10 }, { width: 200, height: 80 }, viewport);
    expect(above.side).toBe("above");
    expect(above.top + 80).toBeLessThanOrEqual(550);
  });
  it("stays inside the viewport at the edges", () => {
    const p = placePopover({ left: 1195, top: 10, width: 5, height: 5 }, { width: 300, height: 100 }, viewport);
    expect(p.left + 300).toBeLessThanOrEqual(1200 - 8);
    const q = placePopover({ left: -50, top: 10, width: 5, height: 5 }, { width: 300, height: 100 }, viewport);
    expect(q.left).toBe(8);
    const tall = placePopover({ left: 100, top: 300, width: 5, height: 5 }, { width: 300, height: 900 }, viewport);
    expect(tall.top).toBeGreaterThanOrEqual(8);
  });
});

describe("cullLayout", () => {
  function mark(i: number, label: number, t: number): Mark {
    return {
      id: `e${i}`, eventIndex: i, kind: "point", lane: 0, row: 0, t0: t, t1: t, t,
      startSpan: { t0: t, t1: t }, endSpan: { t0: t, t1: t }, box: { x: t - 3, y: 0, width: 6, height: 6 },
      anchor: { x: t, y: 0 }, approximate: false, precision: "day", endPrecision: "day", openStart: false, openEnd: false,
      clippedStart: false, clippedEnd: false, label, cluster: label >= 0 ? -1 : 0,
    };
  }
  const base = {
    axis: { ticks: [], breaks: [] }, clusters: [], lanes: [], eras: [], connectors: [],
  } as unknown as Layout;

  it("keeps labelled and kept marks and thins clustered ones to one per bucket within the budget", () => {
    const marks = Array.from({ length: 100_000 }, (_, i) => mark(i, i < 50 ? i : -1, (i * 7919) % 1200));
    const layout = { ...base, marks, labels: marks.slice(0, 50) } as unknown as Layout;
    const room = clusteredRoom(layout, 3000);
    expect(room).toBeGreaterThan(100);
    const culled = cullLayout(layout, room, new Set([99_999]));
    expect(culled.marks.filter((m) => m.label >= 0)).toHaveLength(50);
    expect(culled.marks.some((m) => m.eventIndex === 99_999)).toBe(true);
    expect(culled.marks.length).toBeLessThanOrEqual(50 + 1 + 1200 / 3 + 1);
    expect(layout.marks).toHaveLength(100_000);
  });

  it("returns the layout itself when it is small", () => {
    const layout = { ...base, marks: [mark(0, 0, 10), mark(1, -1, 20)], labels: [{}] } as unknown as Layout;
    expect(cullLayout(layout, clusteredRoom(layout, 3000))).toBe(layout);
  });
});
