import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { layoutTimeline } from "../../src/layout/layout.js";
import { layoutMetrics } from "../../src/layout/metrics.js";
import { pixelToTime, timeToPixel } from "../../src/layout/scale.js";
import type { Layout, Viewport } from "../../src/layout/types.js";
import { createTimeline } from "../../src/model/timeline.js";
import type { Timeline } from "../../src/model/types.js";
import { point, randomTimeline, timeline, tp, utc } from "./fixtures.js";

const seedInput = JSON.parse(readFileSync(new URL("../../seeds/seed.json", import.meta.url), "utf8"));
const seed = createTimeline(seedInput);

/** Every number anywhere in the layout is finite. */
function expectFinite(value: unknown, path = "layout"): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => expectFinite(v, `${path}[${i}]`));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) expectFinite(v, `${path}.${k}`);
}

/** The invariants every layout must meet. */
function expectValid(layout: Layout, viewport: Viewport): void {
  expectFinite(layout);
  const m = layoutMetrics(layout);
  expect(m.overlaps.total).toBe(0);
  expect(m.outOfViewport).toBe(0);
  expect(m.accounting.ok).toBe(true);
  expect(layout.size.width).toBeLessThanOrEqual(viewport.width + 1e-9);
  expect(layout.size.height).toBeLessThanOrEqual(viewport.height + 1e-9);
}

describe("layoutTimeline on the seed story", () => {
  const viewport = { width: 800, height: 500 };
  const layout = layoutTimeline(seed, viewport);
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

  it("is valid and labels all ten events at 800 × 500", () => {
    expectValid(layout, viewport);
    expect(layout.labels).toHaveLength(10);
    expect(layout.clusters).toHaveLength(0);
  });

  it("compresses the empty years between the first term and January 2025 into a break", () => {
    expect(layout.axis.breaks).toHaveLength(1);
    const [gap] = layout.axis.breaks;
    expect(gap!.domain[0]).toBeGreaterThan(Date.UTC(2021, 0, 20));
    expect(gap!.domain[1]).toBeLessThan(Date.UTC(2025, 0, 1));
    expect(gap!.t1 - gap!.t0).toBeCloseTo(24, 6);
  });

  it("draws 2017 over the pixels of 2017 and the first term over its four years", () => {
    const trust = mark("trust-act");
    expect(trust.kind).toBe("span");
    expect(trust.t0).toBeCloseTo(timeToPixel(layout.scale, Date.UTC(2017, 0, 1, 6)), 6);
    expect(trust.t1).toBeCloseTo(timeToPixel(layout.scale, Date.UTC(2018, 0, 1, 6)), 6);
    expect(trust.t1 - trust.t0).toBeGreaterThan(40);
    const term = mark("trump-first-term");
    expect(term.kind).toBe("range");
    expect(term.t1 - term.t0).toBeGreaterThan(3.5 * (trust.t1 - trust.t0));
  });

  it("keeps the January 2025 days readable", () => {
    const inauguration = mark("inauguration-address");
    const article = mark("article");
    expect(article.t - inauguration.t).toBeGreaterThan(80); // nine days
    const approximate = mark("sanctuary-leaders-reaffirm");
    expect(approximate.approximate).toBe(true);
    expect(approximate.kind).toBe("span"); // "c. January 2025" covers its month
  });

  it("keeps the open end of \"2019/..\" (a start with openEnd and no end, as createTimeline gives it)", () => {
    const open = createTimeline({ events: [{ id: "review", title: "Review", start: "2019/.." }, { id: "x", title: "Later", start: "2021" }] });
    expect(open.events[0]!.end).toBeUndefined();
    const m = layoutTimeline(open, { width: 800, height: 300 }).marks.find((mk) => mk.id === "review")!;
    expect(m.openEnd).toBe(true);
    expect(m.openStart).toBe(false);
  });

  it("draws day-precision events as dots centred in their day, even at 1600 px", () => {
    const wide = layoutTimeline(seed, { width: 1600, height: 500 });
    for (const id of ["inauguration-address", "article"]) {
      const m = wide.marks.find((mk) => mk.id === id)!;
      expect(m.precision).toBe("day");
      expect(m.kind).toBe("point");
      expect(m.t).toBeCloseTo((m.t0 + m.t1) / 2, 6);
    }
  });

  it("has one lane per group in the timeline's order, with titles", () => {
    expect(layout.lanes.map((l) => l.id)).toEqual(["federal", "state", "city", "media"]);
    expect(layout.lanes.every((l) => l.labelBox !== null)).toBe(true);
    for (let i = 1; i < layout.lanes.length; i++) {
      expect(layout.lanes[i]!.offset).toBeCloseTo(layout.lanes[i - 1]!.offset + layout.lanes[i - 1]!.size, 6);
    }
  });

  it("turns relations into connectors between the right marks", () => {
    const pairs = layout.connectors.map((c) => `${c.from}→${c.to}:${c.kind}`).sort();
    expect(pairs).toEqual(
      [
        "homan-fox-and-friends→sanctuary-leaders-reaffirm:responds-to",
        "johnson-post→trust-act:cites",
        "libs-of-tiktok-post→waukegan-statement:responds-to",
        "waukegan-statement→trust-act:cites",
      ].sort(),
    );
    const c = layout.connectors.find((x) => x.from === "waukegan-statement")!;
    expect(c.path[0]).toEqual(mark("waukegan-statement").anchor);
    expect(c.path[3]).toEqual(mark("trust-act").anchor);
  });

  it("labels the axis with years then January days, the first day with its year", () => {
    const labels = layout.axis.ticks.filter((t) => t.label !== "").map((t) => t.label);
    expect(labels).toContain("2017");
    expect(labels.some((l) => /^Jan \d+, 2025$/.test(l))).toBe(true);
  });

  it("lays out vertically for a phone, time downward", () => {
    const vp = { width: 360, height: 720, orientation: "vertical" as const };
    const v = layoutTimeline(seed, vp);
    expectValid(v, vp);
    expect(v.labels.length).toBeGreaterThanOrEqual(6);
    const a = v.marks.find((m) => m.id === "trust-act")!;
    const b = v.marks.find((m) => m.id === "article")!;
    expect(b.anchor.y).toBeGreaterThan(a.anchor.y);
  });

  it("splits clusters when zoomed in", () => {
    const tight = { width: 800, height: 300 };
    const out = layoutTimeline(seed, tight);
    expectValid(out, tight);
    expect(out.clusters.length).toBeGreaterThan(0);
    // Zoom 8× around January 2025.
    const x = timeToPixel(out.scale, Date.UTC(2025, 0, 24));
    const zoomed = { ...tight, transform: { k: 8, x: 400 - x * 8 } };
    const inside = layoutTimeline(seed, zoomed);
    expectValid(inside, zoomed);
    expect(inside.labels.length).toBeGreaterThan(out.labels.filter((l) => l.eventId !== "trust-act" && l.eventId !== "trump-first-term").length);
    // The zoom maps the zoomed time back under the same pixel.
    expect(pixelToTime(inside.scale, 400)).toBeCloseTo(Date.UTC(2025, 0, 24), -3);
  });

  it("is deterministic and never mutates the timeline", () => {
    const before = JSON.stringify(seed);
    const a = layoutTimeline(seed, viewport);
    const b = layoutTimeline(seed, viewport);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(seed)).toBe(before);
  });
});

describe("layoutTimeline at the edges", () => {
  const cases: [string, Timeline, Viewport][] = [
    ["zero events", timeline([]), { width: 800, height: 400 }],
    ["one event", timeline([{ start: "2025-01-20" }]), { width: 800, height: 400 }],
    ["all events at one instant", timeline(Array.from({ length: 50 }, () => ({ start: point(utc(2025), utc(2025) + 1) }))), { width: 800, height: 400 }],
    ["a 1 ms extent", timeline([{ start: point(0, 1) }, { start: point(0, 1) }]), { width: 800, height: 400 }],
    ["a 10,000-year extent", timeline([{ start: "-5000" }, { start: "5000" }, { start: "2025-01-20" }]), { width: 800, height: 400 }],
    ["width 1 px", randomTimeline(200, 1), { width: 1, height: 400 }],
    ["height 1 px", randomTimeline(200, 1), { width: 800, height: 1 }],
    ["width 100,000 px", randomTimeline(2000, 2), { width: 100_000, height: 600 }],
    ["zoomed far in", randomTimeline(300, 3), { width: 800, height: 400, transform: { k: 1e9, x: -4e11 } }],
    ["zoomed far out", randomTimeline(300, 3), { width: 800, height: 400, transform: { k: 1e-6, x: 400 } }],
    ["vertical, tiny", randomTimeline(100, 4), { width: 30, height: 50, orientation: "vertical" }],
    ["open-ended range", timeline([{ start: "2017", end: "2017", openEnd: true }, { start: "2020" }]), { width: 800, height: 400 }],
    ["eras and explicit gaps", timeline([{ start: "1990" }, { start: "2020" }], { eras: [{ title: "Era", start: tp("1995"), end: tp("2000") }] }), { width: 800, height: 400, gaps: [{ start: utc(2001), end: utc(2019) }] }],
  ];
  for (const [name, tl, viewport] of cases) {
    it(`gives a valid layout for ${name}`, () => {
      const layout = layoutTimeline(tl, viewport);
      expectValid(layout, viewport);
      expect(layout.axis.ticks.length).toBeLessThanOrEqual(1000);
    });
  }

  it("shows the reference date's interval for an empty timeline", () => {
    const layout = layoutTimeline({ ...timeline([]), referenceDate: tp("2025-01-29") }, { width: 800, height: 400 });
    expect(layout.scale.visible[0]).toBeLessThanOrEqual(utc(2025, 1, 29));
    expect(layout.scale.visible[1]).toBeGreaterThanOrEqual(utc(2025, 1, 30));
  });

  it("puts events outside a zoomed window into edge clusters", () => {
    const tl = timeline([{ start: "2000" }, { start: "2010" }, { start: "2020" }]);
    const base = layoutTimeline(tl, { width: 800, height: 400, gaps: "none" });
    const x = timeToPixel(base.scale, utc(2010, 7));
    const zoomed = layoutTimeline(tl, { width: 800, height: 400, gaps: "none", transform: { k: 20, x: 400 - 20 * x } });
    expect(zoomed.marks.map((m) => m.id)).toEqual(["event-1"]);
    expect(zoomed.clusters.map((c) => c.edge).sort()).toEqual(["after", "before"]);
  });

  it("rejects an invalid viewport with invalid-option", () => {
    const bad: unknown[] = [
      { width: Number.NaN, height: 100 },
      { width: -5, height: 100 },
      { width: 100, height: 0 },
      { width: 100, height: 100, orientation: "diagonal" },
      { width: 100, height: 100, transform: { k: 0, x: 0 } },
      { width: 100, height: 100, gaps: [{ start: 5, end: 1 }] },
      { width: 100, height: 100, labels: { maxLines: 0 } },
      { width: 100, height: 100, laneLabels: null },
      { width: 100, height: 100, laneLabels: "yes" },
      null,
    ];
    for (const v of bad) {
      let error: unknown;
      try {
        layoutTimeline(seed, v as Viewport);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ChronolineError);
      expect((error as ChronolineError).code).toBe("invalid-option");
    }
  });

  it("wraps long titles and keeps the full text", () => {
    const title = "A very long title that cannot possibly fit on two lines of a narrow label at all, so it is cut";
    const layout = layoutTimeline(timeline([{ title, start: "2025-01-20" }]), { width: 800, height: 400 });
    const [label] = layout.labels;
    expect(label!.lines.length).toBeLessThanOrEqual(2);
    expect(label!.truncated).toBe(true);
    expect(label!.text).toBe(title);
    expect(label!.lines.at(-1)!.endsWith("…")).toBe(true);
  });

  it("adds the date line when showDate is on", () => {
    const layout = layoutTimeline(timeline([{ title: "Trust Act", start: "2017" }]), { width: 800, height: 400, labels: { showDate: true } });
    expect(layout.labels[0]!.lines).toEqual(["Trust Act", "2017"]);
    expect(layout.labels[0]!.dateText).toBe("2017");
  });

  it("leaves clustered marks out beyond maxMarks visible events, never the labelled ones", () => {
    const tl = randomTimeline(3000, 9);
    const all = layoutTimeline(tl, { width: 800, height: 400 });
    expect(all.marks).toHaveLength(all.visibleCount);
    const few = layoutTimeline(tl, { width: 800, height: 400, maxMarks: 1000 });
    expect(few.marks.length).toBe(few.labels.length);
    expect(few.marks.every((m) => m.label >= 0)).toBe(true);
    expectValid(few, { width: 800, height: 400 });
  });

  it("folds the least important events first", () => {
    const specs = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, start: "2025-01-20", importance: i === 7 ? 5 : 1 }));
    const layout = layoutTimeline(timeline(specs), { width: 400, height: 200 });
    expect(layout.clusters.length).toBeGreaterThan(0);
    expect(layout.labels.map((l) => l.eventId)).toContain("e7");
  });
});

describe("leader lines", () => {
  it("no leader runs through another label on the seed at 800 px vertical", () => {
    for (const height of [480, 938, 1600]) {
      const layout = layoutTimeline(seed, { width: 800, height, orientation: "vertical" });
      expect(layout.labels.length).toBeGreaterThan(0);
      expect(layoutMetrics(layout).leaderCrossings).toBe(0);
    }
  });

  it("no leader runs through another label on the seed in horizontal at 360, 400, 800 and 1600 px", () => {
    for (const width of [360, 400, 800, 1600]) {
      for (const height of [400, 480, 800]) {
        const layout = layoutTimeline(seed, { width, height });
        expect(layout.labels.length).toBeGreaterThan(0);
        expect(layoutMetrics(layout).leaderCrossings, `${width}×${height}`).toBe(0);
        expectValid(layout, { width, height });
      }
    }
  });
});

describe("vertical width", () => {
  it("a wide vertical layout widens lane columns and labels instead of leaving a narrow strip", () => {
    const narrow = layoutTimeline(seed, { width: 360, height: 938, orientation: "vertical" });
    const wide = layoutTimeline(seed, { width: 1600, height: 938, orientation: "vertical" });
    expectValid(wide, { width: 1600, height: 938 });
    const laneWidth = (l: Layout): number => Math.max(...l.lanes.map((lane) => lane.box.width));
    expect(laneWidth(wide)).toBeGreaterThanOrEqual(1.5 * laneWidth(narrow));
    expect(laneWidth(wide)).toBeLessThanOrEqual(80);
    // Labels may run past 300 px, so most titles take one line.
    expect(Math.max(...wide.labels.map((l) => l.box.width))).toBeGreaterThan(300);
    expect(wide.labels.filter((l) => l.lines.length === 1).length).toBeGreaterThanOrEqual(8);
    expect(wide.size.width).toBeGreaterThan(600);
  });

  it("360 px vertical keeps narrow lanes and every seed label", () => {
    const layout = layoutTimeline(seed, { width: 360, height: 938, orientation: "vertical" });
    expect(Math.max(...layout.lanes.map((lane) => lane.box.width))).toBeLessThanOrEqual(36);
    expect(layout.labels.length).toBe(10);
  });

  it("labels that all fit without the cluster strip take its width (360 px: the full width; 240 px: a track at all)", () => {
    const at360 = layoutTimeline(seed, { width: 360, height: 938, orientation: "vertical" });
    expect(at360.clusters).toHaveLength(0);
    expect(at360.size.width).toBeCloseTo(360, 6);
    expect(at360.labels.filter((l) => l.truncated).length).toBeLessThanOrEqual(3);
    const kept = seedInput.events.filter((e: { group?: string }) => e.group === "federal" || e.group === "city");
    const twoLanes = createTimeline({ ...seedInput, events: kept.map((e: object) => ({ ...e, relations: [] })) });
    const viewport = { width: 240, height: 1600, orientation: "vertical" as const };
    const at240 = layoutTimeline(twoLanes, viewport);
    expectValid(at240, viewport);
    expect(at240.labels).toHaveLength(twoLanes.events.length);
    expect(layoutMetrics(at240).leaderCrossings).toBe(0);
  });
});

describe("spare room and connectors", () => {
  it("a lane whose estimated tracks fell short takes another from spare room (deep time at 960 px: Old Kingdom Egypt labelled)", () => {
    const deep = createTimeline(JSON.parse(readFileSync(new URL("../fixtures/render-deep-time.json", import.meta.url), "utf8")));
    const viewport = { width: 960, height: 720 };
    const layout = layoutTimeline(deep, viewport);
    expectValid(layout, viewport);
    expect(layout.labels.map((l) => l.eventId)).toContain("third-millennium");
    expect(layoutMetrics(layout).leaderCrossings).toBe(0);
  });

  it("a relation between events at the same time in other lanes bows toward earlier time, off their labels", () => {
    const tl = timeline([
      { id: "a", title: "First", start: "2025-01-15", group: "g1" },
      { id: "b", title: "Second", start: "2025-01-15", group: "g2", relations: [{ to: "a", kind: "responds-to" }] },
      { id: "c", title: "Later", start: "2025-02-15", group: "g1" },
    ]);
    for (const orientation of ["horizontal", "vertical"] as const) {
      const layout = layoutTimeline(tl, { width: 800, height: 600, orientation });
      const [p0, c1, c2, p3] = layout.connectors[0]!.path;
      const along = orientation === "horizontal" ? (p: { x: number; y: number }) => p.x : (p: { x: number; y: number }) => p.y;
      expect(along(p0)).toBeCloseTo(along(p3), 6);
      expect(along(c1)).toBeLessThan(along(p0) - 10);
      expect(along(c2)).toBeLessThan(along(p3) - 10);
    }
  });
});
