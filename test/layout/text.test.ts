import { describe, expect, it } from "vitest";
import { measureText } from "../../src/layout/measure.js";
import { wrapText } from "../../src/layout/wrap.js";

describe("measureText", () => {
  it("measures digits at 0.556 em", () => {
    expect(measureText("2025", 12)).toBeCloseTo(4 * 0.556 * 12, 6);
  });
  it("gives CJK and emoji a full em and combining marks none", () => {
    expect(measureText("日本", 10)).toBeCloseTo(20, 6);
    expect(measureText("😀", 10)).toBeCloseTo(10, 6);
    expect(measureText("e\u0301", 10)).toBeCloseTo(measureText("e", 10), 6);
  });
  it("scales with the font size and is 0 for empty text", () => {
    expect(measureText("Trust Act", 24)).toBeCloseTo(2 * measureText("Trust Act", 12), 6);
    expect(measureText("", 12)).toBe(0);
  });
});

describe("wrapText", () => {
  it("keeps a short title on one line", () => {
    expect(wrapText("Trust Act", 160, 2, 12, measureText)).toEqual({
      lines: ["Trust Act"],
      width: measureText("Trust Act", 12),
      truncated: false,
    });
  });
  it("wraps at words and ellipsises what does not fit in maxLines", () => {
    const r = wrapText("Waukegan police vow not to share information with ICE", 120, 2, 12, measureText);
    expect(r.lines).toHaveLength(2);
    expect(r.lines[0]).toBe("Waukegan police vow");
    expect(r.lines[1]?.endsWith("…")).toBe(true);
    expect(r.truncated).toBe(true);
    for (const line of r.lines) expect(measureText(line, 12)).toBeLessThanOrEqual(120);
  });
  it("breaks a word longer than a line by characters", () => {
    const r = wrapText("Supercalifragilisticexpialidocious", 60, 3, 12, measureText);
    expect(r.lines.length).toBeGreaterThan(1);
    for (const line of r.lines) expect(measureText(line, 12)).toBeLessThanOrEqual(60);
  });
  it("never splits a surrogate pair", () => {
    const r = wrapText("😀😀😀😀😀😀", 30, 1, 12, measureText);
    expect(r.lines.join("")).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
  it("returns no lines when not even an ellipsis fits", () => {
    expect(wrapText("x", 1, 2, 12, measureText).lines).toEqual([]);
  });
  it("collapses whitespace runs", () => {
    expect(wrapText("  a \n\t b  ", 100, 2, 12, measureText).lines).toEqual(["a b"]);
  });
});
