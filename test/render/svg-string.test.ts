import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { formatNumber, pathData } from "../../src/render/number.js";
import type { SceneNode } from "../../src/render/scene-types.js";
import { el } from "../../src/render/scene-types.js";
import { serialiseScene } from "../../src/render/svg-string.js";
import { parseXml } from "./xml.js";

describe("formatNumber", () => {
  it("formatNumber rounds to two decimals", () => {
    expect(formatNumber(12.3456)).toBe("12.35");
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
  });

  it("formatNumber writes -0 and tiny negatives as 0", () => {
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.001)).toBe("0");
  });

  it("formatNumber throws a ChronolineError for NaN and Infinity", () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(() => formatNumber(bad)).toThrow(ChronolineError);
    }
  });
});

describe("pathData", () => {
  it("pathData separates numbers only where needed", () => {
    expect(pathData("M", 0, 0, "Q", 5, -4, 10, 0)).toBe("M0 0Q5 -4 10 0");
  });

  it("pathData refuses NaN", () => {
    expect(() => pathData("M", NaN, 0)).toThrow(ChronolineError);
  });
});

describe("serialiseScene", () => {
  it("serialiseScene writes elements, attributes in insertion order and text", () => {
    const scene = el("g", { class: "a", "data-id": "x" }, [el("text", { x: 1.005, y: 2 }, [], "a < b")]);
    expect(serialiseScene(scene)).toBe('<g class="a" data-id="x"><text x="1" y="2">a &lt; b</text></g>');
  });

  it("serialiseScene self-closes empty elements and skips undefined attributes", () => {
    expect(serialiseScene(el("rect", { x: 0, title: undefined, width: 10 }))).toBe('<rect x="0" width="10"/>');
  });

  it("serialiseScene escapes attribute values", () => {
    const out = serialiseScene(el("g", { "aria-label": `"><svg onload=alert(1)>` }));
    expect(out).toBe('<g aria-label="&quot;&gt;&lt;svg onload=alert(1)&gt;"/>');
    expect(parseXml(out).attrs["aria-label"]).toBe(`"><svg onload=alert(1)>`);
  });

  it("serialiseScene refuses tags that are not scene tags", () => {
    const bad = { tag: "script", attrs: {}, children: [] } as unknown as SceneNode;
    expect(() => serialiseScene(bad)).toThrow(ChronolineError);
    const foreign = { tag: "foreignObject", attrs: {}, children: [] } as unknown as SceneNode;
    expect(() => serialiseScene(foreign)).toThrow(ChronolineError);
  });

  it("serialiseScene refuses bad attribute names and event handlers", () => {
    for (const name of ["onload", "onClick", 'x"y', "a b", "1x", "", "__proto__"]) {
      expect(() => serialiseScene(el("g", { [name]: "1" }))).toThrow(ChronolineError);
    }
  });

  it("serialiseScene throws when a NaN reaches a number or a geometry string", () => {
    expect(() => serialiseScene(el("rect", { x: NaN }))).toThrow(ChronolineError);
    expect(() => serialiseScene(el("path", { d: "M0 NaN" }))).toThrow(ChronolineError);
    expect(() => serialiseScene(el("g", { transform: "translate(Infinity,0)" }))).toThrow(ChronolineError);
  });

  it("serialiseScene lets the word NaN appear in text and labels", () => {
    expect(serialiseScene(el("text", { "aria-label": "NaN" }, [], "NaN"))).toBe('<text aria-label="NaN">NaN</text>');
  });

  it("serialiseScene never mutates the scene", () => {
    const scene = el("g", { class: "a" }, [el("text", {}, [], "x")]);
    const copy = JSON.parse(JSON.stringify(scene));
    serialiseScene(scene);
    expect(scene).toEqual(copy);
  });
});
