import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/formats/detect.js";
import { parseEvents } from "../../src/formats/parse-events.js";

describe("detectFormat", () => {
  it.each([
    ['{"events": []}', undefined, "json"],
    ['  [{"title": "a", "start": "2017"}]', undefined, "json"],
    ['{"events": [{"start_date": {"year": 2017}, "text": {"headline": "x"}}]}', undefined, "timelinejs"],
    ['{"title": {"text": {"headline": "x"}}, "events": []}', undefined, "timelinejs"],
    ["title,start\nA,2017", undefined, "csv"],
    ["\ufeffTitle;Start;Group\nA;2017;x", undefined, "csv"],
    ["Year,Month,Day,Headline\n2017,,,x", undefined, "timelinejs"],
    ["---\ntitle: x\n---\n2017: y", undefined, "text"],
    ["2017: Illinois passes the Trust Act", undefined, "text"],
    ["# Federal\n2017: y", undefined, "text"],
    ["title, start: what a line", undefined, "text"],
    ["2017: y", "story.txt", "text"],
    ["2017: y", "story.md", "text"],
    ["title,start\nA,2017", "story.CSV", "csv"],
    ["Year,Headline\n2017,x", "sheet.csv", "timelinejs"],
    ['{"events": []}', "data.json", "json"],
    ["{broken", "data.json", "json"],
    ["title,start\nA,2017", "data.unknown", "csv"],
  ])("%j (file %s) → %s", (text, filename, format) => {
    expect(detectFormat(text, filename)).toBe(format);
  });

  it("says which format parseEvents chose and why", () => {
    const input = parseEvents("title,start\nA,2017", { filename: "x.csv" });
    expect(input.format).toBe("csv");
    expect(input.diagnostics[0]).toEqual({
      severity: "warning",
      code: "format-detected",
      message: "read as csv (from the .csv extension)",
      line: 1,
    });
  });

  it("adds no detection diagnostic when the format is given", () => {
    expect(parseEvents("2017: x", { format: "text" }).diagnostics).toEqual([]);
  });
});

describe("a guessed format that fails at once", () => {
  it("says how the format was chosen", () => {
    expect(() => parseEvents("headline,date\nx,2017")).toThrow(
      /^line 1, column 1: expected an event line .* \(read as the text syntax: it is neither JSON nor a CSV with a known header; pass \{ format/,
    );
  });
});
