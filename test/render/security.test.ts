import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { createTimeline } from "../../src/model/timeline.js";
import type { EventInput, TimelineInput } from "../../src/model/types.js";
import { renderToSVG, toSVGString } from "../../src/render/to-svg-string.js";
import { safeUrl } from "../../src/render/url.js";
import type { XmlElement } from "./xml.js";
import { allElements, parseXml } from "./xml.js";

/**
 * Hostile input must never become markup: whatever titles, descriptions, ids, groups, colours
 * and URLs contain, the output parses as XML, every element and attribute name comes from the
 * renderer's own list, and no data reaches the style sheet.
 */

const ALLOWED_TAGS = new Set([
  "svg", "style", "title", "desc", "defs", "marker", "g", "rect", "circle", "line", "path", "text", "tspan",
]);
const ALLOWED_ATTRS = new Set([
  "xmlns", "id", "class", "width", "height", "viewBox", "role", "aria-roledescription", "aria-labelledby",
  "aria-describedby", "aria-hidden", "aria-label", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "d",
  "dy", "refX", "refY", "markerWidth", "markerHeight", "orient", "markerUnits", "text-anchor", "font-size",
  "data-id", "data-from", "data-to", "data-kind", "data-cluster", "marker-end", "transform",
]);

const HOSTILE = [
  "<script>alert(1)</script>",
  `"><svg onload=alert(1)>`,
  `'><img src=x onerror=alert(1)>`,
  "]]><script>alert(1)</script>",
  "<!-- comment --> <![CDATA[x]]>",
  "</text></g></svg><script>alert(1)</script>",
  "</style><script>alert(1)</script>",
  "&amp; &lt; &#x3c;script&#x3e; &unknown;",
  "a\u0000b\u0001c\u0008d\u000be\u001bf\u007fg",
  "lone \ud800 high and \udfff low surrogates",
  "\uffff\ufffe",
  "emoji 👍 and RTL \u202e override",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "javascript:alert(1)",
];

const hostileTimeline = (): TimelineInput => ({
  title: "</title><script>alert('title')</script>",
  description: "desc ]]> <!-- --> \u0000 </desc><foreignObject><body onload=alert(1)>",
  groups: [
    { id: `"><svg onload=alert(1)>`, label: "<b onmouseover=alert(1)>lane</b>", color: "red;}</style><script>alert(1)</script>" },
    { id: "__proto__", label: "__proto__", color: "url(javascript:alert(1))" },
    { id: "constructor", label: "constructor", color: "expression(alert(1))" },
    { id: "ok", label: "ok", color: "#0072b2" },
  ],
  eras: [{ title: "<script>era</script>\u0007", start: "2016", end: "2018" }],
  events: HOSTILE.map((text, i): EventInput => ({
    id: i === 0 ? "__proto__" : i === 1 ? "constructor" : i === 2 ? "prototype" : `${text.slice(0, 20)}#${i}`,
    title: text,
    start: `${2016 + (i % 9)}-0${1 + (i % 9)}-1${i % 9}`,
    ...(i % 4 === 3 ? { end: `${2017 + (i % 9)}-01-01` } : {}),
    group: [`"><svg onload=alert(1)>`, "__proto__", "constructor", "ok"][i % 4]!,
    description: `${text} ${HOSTILE[(i + 1) % HOSTILE.length]}`,
    quote: { text, speaker: HOSTILE[(i + 2) % HOSTILE.length]! },
    tags: [text],
    relations: i > 0 ? [{ to: i === 1 ? "__proto__" : "constructor", kind: text }] : [],
  })),
});

function checkDocument(svg: string): XmlElement {
  const doc = parseXml(svg);
  expect(doc.name).toBe("svg");
  for (const element of allElements(doc)) {
    expect(ALLOWED_TAGS.has(element.name), `tag <${element.name}>`).toBe(true);
    for (const name of element.attrOrder) {
      expect(ALLOWED_ATTRS.has(name), `attribute ${name} on <${element.name}>`).toBe(true);
      expect(name).not.toMatch(/^on/i);
      if (name === "href" || name === "xlink:href") expect(safeUrl(element.attrs[name]!)).not.toBeNull();
      if (name === "class" || name === "id" || name === "role") expect(element.attrs[name]).toMatch(/^[A-Za-z0-9 _-]+$/);
    }
  }
  const styles = allElements(doc).filter((e) => e.name === "style");
  expect(styles).toHaveLength(1);
  const css = styles[0]!.text;
  expect(css).not.toMatch(/script|javascript|expression|url\(|<|>|\\|@import/i);
  return doc;
}

describe("hostile input", () => {
  it("toSVGString of a hostile timeline is well-formed XML with only the renderer's own tags and attributes", () => {
    const svg = toSVGString(hostileTimeline(), { width: 900 });
    const doc = checkDocument(svg);
    expect(svg).not.toMatch(/<script|<foreignObject|<img|<b /i);
    // Data survives as text, exactly (after replacing what XML cannot hold).
    const ids = allElements(doc)
      .map((e) => e.attrs["data-id"])
      .filter((id) => id !== undefined);
    expect(ids).toContain("__proto__");
    expect(ids).toContain("constructor");
    expect(ids).toContain("prototype");
    expect(ids).toContain(`${HOSTILE[3]!.slice(0, 20)}#3`);
    const title = allElements(doc).find((e) => e.name === "title");
    expect(title?.text).toBe("</title><script>alert('title')</script>");
  });

  it("renderToSVG reports replaced characters and dropped group colours as diagnostics", () => {
    const { diagnostics } = renderToSVG(hostileTimeline(), { width: 900 });
    const sanitised = diagnostics.filter((d) => d.code === "text-sanitised");
    expect(sanitised.length).toBeGreaterThan(0);
    expect(sanitised.some((d) => d.eventId !== undefined && d.field === "title")).toBe(true);
    const colours = diagnostics.filter((d) => d.field?.endsWith(".color"));
    expect(colours.map((d) => d.field)).toEqual(["groups[0].color", "groups[1].color", "groups[2].color"]);
  });

  it("a valid group colour reaches the style sheet and an invalid one never does", () => {
    const svg = toSVGString(hostileTimeline(), { width: 900 });
    const css = allElements(parseXml(svg)).find((e) => e.name === "style")!.text;
    expect(css).toContain("--chronoline-color:#0072b2");
    expect(css).not.toContain("red;");
  });

  it("a javascript: source URL is refused with unsafe-url naming the event and field", () => {
    const input = {
      events: [{ id: "x", title: "X", start: "2025", sources: [{ url: " javascript:alert(1)" }] }],
    };
    try {
      toSVGString(input);
      expect.fail("should throw");
    } catch (error) {
      expect(error).toBeInstanceOf(ChronolineError);
      const e = error as ChronolineError;
      expect(e.code).toBe("unsafe-url");
      expect(e.eventId).toBe("x");
      expect(e.field).toBe("sources[0].url");
    }
  });

  it.each([
    ["idPrefix", { idPrefix: `x"><script>` }],
    ["idPrefix", { idPrefix: "a}b{" }],
    ["palette", { palette: ["red;}</style><script>alert(1)</script>"] }],
    ["theme", { theme: "dark;}" as never }],
    ["title", { title: 42 as never }],
  ])("a hostile %s option is refused with invalid-option", (_name, options) => {
    expect(() => toSVGString({ events: [{ title: "A", start: "2025" }] }, options)).toThrow(ChronolineError);
  });

  it("a hostile title option is only text", () => {
    const svg = toSVGString({ events: [{ title: "A", start: "2025" }] }, { title: "</title><script>x</script>" });
    checkDocument(svg);
    expect(svg).toContain("&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;");
  });

  it("every output parses, whatever text the events carry (property)", () => {
    const text = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 30 }), fc.constantFrom(...HOSTILE));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 6 }), (rows) => {
        const events: EventInput[] = rows.map(([title, group, description], i) => ({
          id: `${title.trim() === "" ? "e" : title}-${i}`,
          title: title.trim() === "" ? "untitled" : title,
          start: `20${10 + i}-0${1 + (i % 9)}`,
          group: group.trim() === "" ? undefined : group,
          description,
        }));
        let timeline;
        try {
          timeline = createTimeline({ events }, { errors: "collect" });
        } catch {
          return; // refused input is fine; only what is rendered must be safe
        }
        checkDocument(toSVGString(timeline, { width: 500 }));
      }),
      { seed: 1234, numRuns: 60 },
    );
  });
});
