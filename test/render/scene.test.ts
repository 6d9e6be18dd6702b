import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutTimeline } from "../../src/layout/layout.js";
import { createTimeline } from "../../src/model/timeline.js";
import { createSceneCache, scene } from "../../src/render/scene.js";
import { serialiseScene } from "../../src/render/svg-string.js";
import type { TimelineInput } from "../../src/model/types.js";
import { renderToSVG, toSVGString } from "../../src/render/to-svg-string.js";
import type { XmlElement } from "./xml.js";
import { randomEvents } from "./random-events.js";
import { allElements, parseXml } from "./xml.js";

const seed = JSON.parse(readFileSync(new URL("../../seeds/seed.json", import.meta.url), "utf8")) as TimelineInput;

function eventElement(doc: XmlElement, id: string): XmlElement {
  const found = allElements(doc).find((e) => e.attrs["data-id"] === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

const classes = (e: XmlElement) => (e.attrs.class ?? "").split(" ");

describe("scene", () => {
  it("the root is a standalone SVG document with a title, a description and a viewBox", () => {
    const doc = parseXml(toSVGString(seed, { width: 800 }));
    expect(doc.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(doc.attrs.viewBox).toMatch(/^0 0 800 [\d.]+$/);
    expect(doc.attrs.width).toBe("800");
    const title = doc.children.find((c) => c.name === "title")!;
    const desc = doc.children.find((c) => c.name === "desc")!;
    expect(title.text).toBe(seed.title);
    expect(doc.attrs["aria-labelledby"]).toBe(title.attrs.id);
    expect(doc.attrs["aria-describedby"]).toBe(desc.attrs.id);
    expect(desc.text).toContain("Timeline of 10 events");
  });

  it("every event is a list item named by its title and its date in words", () => {
    const doc = parseXml(toSVGString(seed, { width: 800 }));
    const list = allElements(doc).find((e) => e.attrs.role === "list")!;
    expect(list.children.every((c) => c.attrs.role === "listitem")).toBe(true);
    expect(list.children).toHaveLength(10);
    expect(eventElement(doc, "inauguration-address").attrs["aria-label"]).toBe("Trump's inauguration address, January 20, 2025");
    expect(eventElement(doc, "trust-act").attrs["aria-label"]).toBe("Illinois passes the Trust Act, in 2017");
    expect(eventElement(doc, "trump-first-term").attrs["aria-label"]).toBe(
      "Donald Trump's first term, from January 20, 2017 to January 20, 2021",
    );
  });

  it("the lane, the description, a quote and its speaker go into the event's description", () => {
    const doc = parseXml(toSVGString(seed, { width: 800 }));
    const desc = eventElement(doc, "inauguration-address").children.find((c) => c.name === "desc")!;
    expect(desc.text).toContain("“All illegal entry will immediately be halted");
    expect(desc.text).toContain("(Donald Trump)");
    expect(desc.text.startsWith("Federal. In his January 2025 inauguration address")).toBe(true);
  });

  it("an auto-height vertical drawing grows so the seed's ten events all get labels at 360 px", () => {
    const { layout } = renderToSVG(seed, { width: 360, orientation: "vertical" });
    expect(layout.clusters).toHaveLength(0);
    expect(layout.labels).toHaveLength(10);
    expect(layout.size.height).toBeLessThanOrEqual(1600);
    // A given height is kept: the drawing folds instead.
    expect(renderToSVG(seed, { width: 360, orientation: "vertical", height: 480 }).layout.size.height).toBeLessThanOrEqual(480);
  });

  it("vertical lane titles run upwards in the header, all four of them, readable at 360 px", () => {
    const doc = parseXml(toSVGString(seed, { width: 360, orientation: "vertical" }));
    const titles = allElements(doc).filter((e) => classes(e).includes("chronoline-lane-label"));
    expect(titles.map((t) => t.text.replace("…", "").length)).toHaveLength(4);
    expect(titles[0]!.text).toBe("Federal");
    expect(titles[1]!.text).toBe("Illinois");
    for (const t of titles) {
      expect(t.attrs.transform).toBe(`rotate(-90 ${t.attrs.x} ${t.attrs.y})`);
      expect(t.text.replace("…", "").length).toBeGreaterThanOrEqual(6);
    }
  });

  it("an imprecise year is drawn as a band with a bracket over the year, never as a dot", () => {
    const doc = parseXml(toSVGString(seed, { width: 800 }));
    const trustAct = eventElement(doc, "trust-act");
    // A folded span is one soft bar (a bracket would not show at 4 px).
    const span = allElements(trustAct).find((e) => classes(e).includes("chronoline-span"))!;
    expect(Number(span.attrs.width)).toBeGreaterThan(50);
    expect(allElements(trustAct).some((e) => e.name === "circle")).toBe(false);
  });

  it("approximate dates are marked as approximate", () => {
    const doc = parseXml(toSVGString(seed, { width: 800 }));
    expect(classes(eventElement(doc, "sanctuary-leaders-reaffirm"))).toContain("chronoline-approximate");
    expect(classes(eventElement(doc, "inauguration-address"))).not.toContain("chronoline-approximate");
  });

  it("relations are arrows whose marker id exists in the same document", () => {
    const doc = parseXml(toSVGString(seed, { width: 800 }));
    const relations = allElements(doc).filter((e) => classes(e).includes("chronoline-relation"));
    expect(relations.length).toBe(4);
    const ids = new Set(allElements(doc).map((e) => e.attrs.id).filter(Boolean));
    for (const r of relations) {
      const target = /^url\(#(.+)\)$/.exec(r.attrs["marker-end"]!)![1]!;
      expect(ids.has(target)).toBe(true);
    }
  });

  it("ids are unique within a document and differ between two different timelines", () => {
    const a = parseXml(toSVGString(seed, { width: 800 }));
    const b = parseXml(toSVGString({ events: [{ title: "Other", start: "2020" }] }, { width: 800 }));
    const idsA = allElements(a).map((e) => e.attrs.id).filter(Boolean);
    const idsB = allElements(b).map((e) => e.attrs.id).filter(Boolean);
    expect(new Set(idsA).size).toBe(idsA.length);
    for (const id of idsB) expect(idsA).not.toContain(id);
  });

  it("idPrefix names the root and every id", () => {
    const doc = parseXml(toSVGString(seed, { width: 800, idPrefix: "story" }));
    expect(doc.attrs.id).toBe("story");
    for (const e of allElements(doc)) if (e.attrs.id) expect(e.attrs.id.startsWith("story")).toBe(true);
  });

  it("responsive drawings are 100% wide with no fixed height", () => {
    const doc = parseXml(toSVGString(seed, { width: 800, responsive: true }));
    expect(doc.attrs.width).toBe("100%");
    expect(doc.attrs.height).toBeUndefined();
  });

  it("theme 'dark' has no prefers-color-scheme query; 'auto' has one", () => {
    expect(toSVGString(seed, { theme: "dark" })).not.toContain("prefers-color-scheme");
    expect(toSVGString(seed)).toContain("prefers-color-scheme:dark");
  });

  it("a Timeline and the raw input it came from render the same", () => {
    expect(toSVGString(createTimeline(seed), { width: 700 })).toBe(toSVGString(seed, { width: 700 }));
  });

  it("rendering is deterministic and never mutates the input", () => {
    const copy = JSON.parse(JSON.stringify(seed));
    const first = toSVGString(seed, { width: 640 });
    expect(toSVGString(seed, { width: 640 })).toBe(first);
    expect(seed).toEqual(copy);
  });

  it("renderToSVG returns the timeline's diagnostics with the SVG", () => {
    const { svg, diagnostics } = renderToSVG({ events: [{ title: "A", start: "2025", colour: "red" } as never] });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(diagnostics.some((d) => d.code === "unknown-field")).toBe(true);
  });

  it("an empty timeline still renders a valid document", () => {
    const doc = parseXml(toSVGString({ events: [] }, { width: 400 }));
    expect(doc.name).toBe("svg");
  });
});

describe("no NaN ever", () => {
  it("any timeline at any size and orientation renders to well-formed SVG without NaN (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 120, max: 2400 }),
        fc.constantFrom("horizontal" as const, "vertical" as const),
        fc.constantFrom("auto" as const, "none" as const),
        fc.integer({ min: 1, max: 9 }),
        (count, seed, width, orientation, gaps, groups) => {
          const svg = toSVGString({ events: randomEvents(count, seed, groups) }, { width, orientation, gaps });
          expect(svg).not.toMatch(/NaN|Infinity/);
          parseXml(svg);
        },
      ),
      { seed: 99, numRuns: 40 },
    );
  });

  it("a height that is not a positive number is refused, null included (never read as auto)", () => {
    for (const height of [null, 0, -5, Number.NaN, "300"]) {
      for (const orientation of ["horizontal", "vertical"] as const) {
        expect(() => toSVGString([{ title: "A", start: "2025" }], { height: height as never, orientation })).toThrow(
          expect.objectContaining({ code: "invalid-option", field: "height" }),
        );
      }
    }
  });

  it("degenerate timelines render: one instant, identical dates, a tiny width", () => {
    const one = [{ title: "Only", start: "2025-01-20T12:00Z" }];
    const same = [1, 2, 3].map((i) => ({ title: `Same ${i}`, start: "2025-01-20" }));
    for (const events of [one, same]) {
      for (const width of [40, 360]) {
        for (const orientation of ["horizontal", "vertical"] as const) {
          const svg = toSVGString(events, { width, orientation });
          expect(svg).not.toMatch(/NaN|Infinity/);
          parseXml(svg);
        }
      }
    }
  });
});

describe("scene cache", () => {
  it("a scene cache reused across renders and locales changes nothing in the output", () => {
    const timeline = createTimeline(seed);
    const layout = layoutTimeline(timeline, { width: 800, height: 600 });
    const german = layoutTimeline(timeline, { width: 800, height: 600, locale: "de-DE" });
    const cache = createSceneCache();
    const fresh = serialiseScene(scene(layout, timeline, { idPrefix: "tl" }));
    const freshDe = serialiseScene(scene(german, timeline, { idPrefix: "tl" }));
    expect(serialiseScene(scene(layout, timeline, { idPrefix: "tl", cache }))).toBe(fresh);
    expect(serialiseScene(scene(german, timeline, { idPrefix: "tl", cache }))).toBe(freshDe);
    expect(serialiseScene(scene(layout, timeline, { idPrefix: "tl", cache }))).toBe(fresh);
  });
});

describe("quotes", () => {
  const labelOf = (doc: XmlElement, id: string): string => {
    const text = eventElement(doc, id).children.find((c) => c.name === "text")!;
    return text.children.length > 0 ? text.children.map((t) => t.text).join(" ") : text.text;
  };
  const statement = (quote: string, title = "Mayor Ana Ruiz speaks to reporters after the council's vote on the bridge") => ({
    events: [
      { id: "q", title, start: "2025-01-20", quote: { text: quote, speaker: "Mayor Ana Ruiz" } },
      { id: "other", title: "Council vote", start: "2025-01-10" },
    ],
  });

  it("a statement's label names the speaker and quotes as much as fits; the title stays in the tooltip and the name", () => {
    const doc = parseXml(toSVGString(seed, { width: 800 }));
    const homan = eventElement(doc, "homan-fox-and-friends");
    expect(labelOf(doc, "homan-fox-and-friends")).toMatch(/^Tom Homan: “Sanctuary cities .*…”$/);
    const event = seed.events.find((e) => e.id === "homan-fox-and-friends")!;
    expect(homan.attrs["aria-label"]).toBe(`${event.title}, sometime between January 15, 2025 and January 28, 2025`);
    expect(homan.children.find((c) => c.name === "title")!.text).toContain(event.title);
    expect(homan.children.find((c) => c.name === "desc")!.text).toContain(`“${(event.quote as { text: string }).text}” (Tom Homan)`);
  });

  it("a short quote is drawn whole, with its closing mark", () => {
    const doc = parseXml(toSVGString(statement("We will rebuild."), { width: 800 }));
    expect(labelOf(doc, "q")).toBe("Mayor Ana Ruiz: “We will rebuild.”");
  });

  it("a quote cut to a word or two leaves the title as the label", () => {
    const long = "Notwithstanding everything that has been said in this chamber tonight, we will rebuild the bridge.";
    const doc = parseXml(toSVGString(statement(long, "Ruiz"), { width: 800 }));
    expect(labelOf(doc, "q")).toBe("Ruiz");
  });

  it("a quote without a speaker keeps the title as the label", () => {
    const input = { events: [{ id: "q", title: "Anonymous note", start: "2025-01-20", quote: { text: "We know." } }] };
    expect(labelOf(parseXml(toSVGString(input, { width: 800 })), "q")).toBe("Anonymous note");
  });
});

describe("strings", () => {
  it("the summary, list names and cluster words can be replaced (here in German); the rest stays English", () => {
    const strings = {
      summary: (n: number, when: string) => `Zeitleiste mit ${n} Ereignissen, ${when}.`,
      lanes: "Spuren",
      events: "Ereignisse",
      count: (n: number) => `${n} Ereignisse`,
    };
    const doc = parseXml(toSVGString(seed, { width: 360, locale: "de-DE", strings }));
    const desc = doc.children.find((c) => c.name === "desc")!.text;
    expect(desc).toMatch(/Zeitleiste mit 10 Ereignissen, 2017 – [^.]+\. 2025\. Spuren: Federal, Illinois/);
    expect(desc).not.toContain("Timeline of");
    expect(allElements(doc).find((e) => e.attrs.role === "list")!.attrs["aria-label"]).toBe("Ereignisse");
    const badge = allElements(doc).find((e) => classes(e).includes("chronoline-cluster"));
    if (badge) expect(badge.children.find((c) => c.name === "title")!.text).toMatch(/^\d+ Ereignisse/);
  });

  it("the drawing's role description and its title when the data has none can be replaced", () => {
    const doc = parseXml(toSVGString({ events: [{ id: "a", title: "Gründung", start: "1850" }] }, { strings: { timeline: "Zeitleiste", untitled: "Ohne Titel" } }));
    expect(doc.attrs["aria-roledescription"]).toBe("Zeitleiste");
    expect(doc.children.find((c) => c.name === "title")!.text).toBe("Ohne Titel");
  });

  it("unknown strings and wrong types are refused, naming the option", () => {
    expect(() => toSVGString(seed, { strings: { lanes: 3 } as never })).toThrow(/strings\.lanes/);
    expect(() => toSVGString(seed, { strings: { summary: "x" } as never })).toThrow(/strings\.summary/);
    expect(() => toSVGString(seed, { strings: { title: "x" } as never })).toThrow(/strings\.title/);
  });
});

describe("clusters", () => {
  it("every event is reachable: its own list item, or counted by a cluster badge that lists it", () => {
    const input = { events: randomEvents(400, 7) };
    for (const maxMarks of [Infinity, 50]) {
      const { svg, layout } = renderToSVG(input, { width: 600, height: 300, maxMarks });
      const doc = parseXml(svg);
      const items = allElements(doc).filter((e) => e.attrs.role === "listitem");
      const events = items.filter((e) => classes(e).includes("chronoline-event")).length;
      const clusterItems = items.filter((e) => classes(e).includes("chronoline-cluster"));
      const counted = clusterItems.reduce((n, e) => n + Number(/^(\d+) event/.exec(e.attrs["aria-label"]!)![1]), 0);
      if (maxMarks === Infinity) {
        expect(events).toBe(400);
        expect(clusterItems).toHaveLength(0);
      } else {
        expect(layout.marks.length).toBeLessThan(400);
        expect(clusterItems.length).toBeGreaterThan(0);
        // Members with a faded mark are list items and are also counted by their badge.
        expect(events + counted).toBeGreaterThanOrEqual(400);
      }
    }
  });

  it("a folded range or span is still drawn, faded like a folded dot (the seed 180 px high: QA)", () => {
    const doc = parseXml(toSVGString(seed, { width: 800, height: 180 }));
    const term = eventElement(doc, "trump-first-term");
    expect(classes(term)).toContain("chronoline-clustered");
    const bar = allElements(term).find((e) => classes(e).includes("chronoline-range"))!;
    expect(Number(bar.attrs.width)).toBeGreaterThan(300);
    expect(Number(bar.attrs.height)).toBeGreaterThan(0);
    const trustAct = eventElement(doc, "trust-act");
    expect(classes(trustAct)).toContain("chronoline-clustered");
    // A folded span is one soft bar (a bracket would not show at 4 px).
    const span = allElements(trustAct).find((e) => classes(e).includes("chronoline-span"))!;
    expect(Number(span.attrs.width)).toBeGreaterThan(50);
    // Every event in view draws a shape; none is an empty group.
    const list = allElements(doc).find((e) => e.attrs.role === "list")!;
    for (const item of list.children) {
      expect(allElements(item).some((e) => ["circle", "rect", "path"].includes(e.name)), item.attrs["data-id"]).toBe(true);
    }
    // And the axis keeps its labels.
    expect(allElements(doc).filter((e) => classes(e).includes("chronoline-tick-label")).length).toBeGreaterThan(0);
  });

  it("a cluster badge's tooltip names its first events and how many more", () => {
    const { svg } = renderToSVG({ events: randomEvents(400, 7) }, { width: 600, height: 300 });
    const badge = allElements(parseXml(svg)).find((e) => classes(e).includes("chronoline-cluster"))!;
    const title = badge.children.find((c) => c.name === "title")!;
    expect(title.text).toMatch(/^\d+ events, .+: .+/);
  });
});
