import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { TimelineInput } from "../../src/model/types.js";
import type { SVGOptions } from "../../src/render/to-svg-string.js";
import { toSVGString } from "../../src/render/to-svg-string.js";
import { randomEvents } from "./random-events.js";
import { parseXml } from "./xml.js";

/**
 * Reviewed snapshots: each case renders to test/output/<name>.svg and must match it byte for
 * byte. A mismatch writes <name>-changed.svg next to it (open both in a browser) and fails;
 * `UPDATE_SNAPSHOTS=1` rewrites the reviewed files. Snapshots are pure functions of the input:
 * no clock, no host time zone (the suite runs under several), seeded randomness.
 */

const root = new URL("../../", import.meta.url);
const read = (path: string): TimelineInput => JSON.parse(readFileSync(new URL(path, root), "utf8")) as TimelineInput;
const seed = read("seeds/seed.json");
const gaps = read("test/fixtures/render-gaps.json");
const deepTime = read("test/fixtures/render-deep-time.json");
const dense: TimelineInput = { title: "500 seeded random events", events: randomEvents(500, 20250129) };

const cases: [name: string, input: TimelineInput, options: SVGOptions][] = [
  ["seed-800", seed, { width: 800 }],
  ["seed-1600", seed, { width: 1600 }],
  ["seed-narrow-360", seed, { width: 360 }],
  ["seed-vertical", seed, { width: 640, orientation: "vertical" }],
  ["seed-dark-800", seed, { width: 800, theme: "dark" }],
  ["seed-linear-800", seed, { width: 800, gaps: "none" }],
  ["seed-responsive-light", seed, { width: 960, theme: "light", responsive: true, idPrefix: "seed" }],
  ["seed-de-DE-800", seed, { width: 800, locale: "de-DE" }],
  ["gaps-compressed-960", gaps, { width: 960 }],
  ["dense-500-1200", dense, { width: 1200 }],
  ["deep-time-960", deepTime, { width: 960 }],
  ["deep-time-vertical", deepTime, { width: 560, orientation: "vertical", height: 900 }],
];

describe("SVG snapshots", () => {
  for (const [name, input, options] of cases) {
    it(`toSVGString renders ${name} as reviewed`, () => {
      const svg = toSVGString(input, options);
      expect(() => parseXml(svg)).not.toThrow();
      expect(svg).not.toMatch(/NaN|Infinity|undefined|\[object /);
      const file = fileURLToPath(new URL(`test/output/${name}.svg`, root));
      const changed = file.replace(/\.svg$/, "-changed.svg");
      if (process.env.UPDATE_SNAPSHOTS === "1" || !existsSync(file)) {
        writeFileSync(file, svg);
        return;
      }
      const expected = readFileSync(file, "utf8");
      if (svg !== expected) {
        writeFileSync(changed, svg);
        expect.fail(`${name}.svg changed: compare test/output/${name}-changed.svg with the reviewed file`);
      }
    });
  }
});
