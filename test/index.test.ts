import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as chronoline from "../src/index.js";
import * as staticPart from "../src/static.js";

// The public API, pinned: adding or removing an export must be a deliberate change of this list
// (and of the README and the docs).
const PUBLIC = [
  "ChronolineError", "DARK_THEME", "DEFAULT_TIMELINE_OPTIONS", "FORMATS", "LIGHT_THEME", "OKABE_ITO",
  "PRECISIONS", "SCENE_TAGS", "accountedFor", "compareEvents", "comparePrecision", "compareTimePoints",
  "createSceneCache", "createTimeline", "detectFormat", "escapeXml", "eventEnd", "formatRange", "formatTick",
  "formatTimePoint", "isPrecision", "labelDisplacement", "layoutMetrics", "layoutTimeline", "leaderCrossings", "measureText",
  "midpoint", "mount", "outOfViewportCount", "overlapCount", "parseDate", "parseDateRange", "parseEvents",
  "pixelToTime", "renderToSVG", "safeUrl", "sanitiseText", "scene", "serialiseScene", "spokenDate",
  "spokenRange", "timeToPixel", "toCSV", "toJSON", "toSVGString", "toText", "validColor",
];

describe("the public barrel", () => {
  it("chronoline exports exactly the pinned list", () => {
    expect(Object.keys(chronoline).sort()).toEqual([...PUBLIC].sort());
  });

  it("chronoline/static is the same list without the DOM renderer", () => {
    expect(Object.keys(staticPart).sort()).toEqual(PUBLIC.filter((name) => name !== "mount").sort());
  });

  it("keeps DOM code out of the model, layout, formats and the SVG string renderer", () => {
    const files = [
      ...["model", "layout", "formats"].flatMap((dir) => listTs(`src/${dir}`)),
      "src/render/scene.ts",
      "src/render/svg-string.ts",
      "src/render/to-svg-string.ts",
      "src/render/escape.ts",
      "src/render/url.ts",
      "src/render/theme.ts",
    ];
    for (const file of files) {
      const code = readFileSync(new URL(`../${file}`, import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code, file).not.toMatch(/\b(document|window|HTMLElement|customElements|requestAnimationFrame)\b\s*[.(]/);
      expect(code, file).not.toMatch(/from "d3-selection"|from "\.\.\/render\/dom/);
    }
  });
});

function listTs(dir: string): string[] {
  return readdirSync(new URL(`../${dir}`, import.meta.url))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `${dir}/${name}`);
}
