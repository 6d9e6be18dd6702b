import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { createTimeline } from "../../src/model/timeline.js";
import { parseEvents } from "../../src/formats/parse-events.js";
import type { Format } from "../../src/formats/types.js";

describe("parseEvents", () => {
  it("returns raw input: dates stay as the author wrote them", () => {
    const input = parseEvents("title,start\nTrust Act,2017", { format: "csv" });
    expect(input).toEqual({ events: [{ title: "Trust Act", start: "2017" }], diagnostics: [], format: "csv" });
  });

  it("is accepted by createTimeline, which carries its diagnostics on", () => {
    const input = parseEvents("title,start,mood\nTrust Act,2017,glad");
    const timeline = createTimeline(input);
    expect(timeline.events[0]?.start.precision).toBe("year");
    expect(timeline.diagnostics.map((d) => d.code)).toEqual(["format-detected", "unknown-column"]);
  });

  it.each([
    [{ format: "yaml" as Format }, "format"],
    [{ errors: "ignore" as "throw" }, "errors"],
  ])("rejects the option %j", (options, field) => {
    expect(() => parseEvents("2017: x", options)).toThrow(expect.objectContaining({ code: "invalid-option", field }));
  });

  it("rejects input that is not text", () => {
    expect(() => parseEvents(42 as unknown as string)).toThrow(ChronolineError);
  });

  it("checks dates with options.timeZone and options.referenceDate when given", () => {
    expect(() => parseEvents("Sunday: x", { format: "text" })).toThrow(expect.objectContaining({ code: "relative-without-reference", line: 1 }));
    expect(parseEvents("Sunday: x", { format: "text", referenceDate: "2025-01-29" }).events).toHaveLength(1);
    expect(() => parseEvents("2017: x", { format: "text", timeZone: "Nowhere/Else" })).toThrow(expect.objectContaining({ code: "invalid-time-zone" }));
  });

  it("leaves date checking to createTimeline with checkDates: false", () => {
    const input = parseEvents("2017-13: bad month", { format: "text", checkDates: false });
    expect(input.events).toEqual([{ title: "bad month", start: "2017-13" }]);
    expect(() => createTimeline(input)).toThrow(expect.objectContaining({ code: "invalid-date", index: 0 }));
  });

  it("in collect mode drops only the events with bad dates, and gives every error a position", () => {
    const input = parseEvents('[{"title": "a", "start": "2017"}, {"title": "b", "start": "nope"}, {"title": "c", "start": "2019", "end": "never"}]', {
      errors: "collect",
    });
    expect(input.events.map((e) => e.title)).toEqual(["a"]);
    expect(input.diagnostics.filter((d) => d.severity === "error").map((d) => d.path)).toEqual(["$[1].start", "$[2].end"]);
  });

  it("names the position in every diagnostic", () => {
    const inputs = [
      parseEvents("title,start,x\n\"a\nb\",2017,1\n\"c,2018", { errors: "collect" }),
      parseEvents("---\nauthor: me\n---\nstray\n2017: x\n2025-13: y", { errors: "collect" }),
      parseEvents('{"events": [{"start_date": {"year": "x"}, "text": {"headline": "<b>a</b>"}}], "extra": 1}', { errors: "collect" }),
    ];
    for (const input of inputs) {
      expect(input.diagnostics.length).toBeGreaterThan(1);
      for (const d of input.diagnostics) expect(d.line !== undefined || d.path !== undefined).toBe(true);
    }
  });
});
