import { describe, expect, it } from "vitest";
import { findJsonError } from "../../src/formats/json-syntax.js";
import { parseEvents } from "../../src/formats/parse-events.js";

const failure = (text: string) => {
  try {
    parseEvents(text, { format: "json" });
  } catch (error) {
    return error as { code: string; line?: number; column?: number; path?: string; message: string };
  }
  throw new Error("expected an error");
};

describe("reading chronoline JSON", () => {
  it("passes events through as written", () => {
    const doc = {
      title: "T",
      description: "D",
      referenceDate: "2025-01-29",
      timeZone: "America/Chicago",
      locale: "en-US",
      groups: [{ id: "a", label: "A" }],
      eras: [{ title: "E", start: "2017", end: "2021" }],
      events: [{ id: "x", title: "X", start: { year: 2017 }, group: "a", custom: 1 }],
    };
    const input = parseEvents(JSON.stringify(doc), { format: "json" });
    expect({ ...input, diagnostics: undefined, format: undefined }).toEqual({ ...doc, diagnostics: undefined, format: undefined });
    expect(input.format).toBe("json");
  });

  it("accepts a bare array of events and a BOM", () => {
    expect(parseEvents('\ufeff[{"title": "X", "start": "2017"}]', { format: "json" }).events).toEqual([{ title: "X", start: "2017" }]);
  });

  it("drops $schema and warns about other unknown top-level keys", () => {
    const input = parseEvents('{"$schema": "./s.json", "events": [], "colour": "red"}', { format: "json" });
    expect(input).not.toHaveProperty("$schema");
    expect(input.diagnostics).toEqual([expect.objectContaining({ code: "unknown-field", path: "$.colour" })]);
  });

  it.each([
    ['{"events": [\n  {"title": "a",}\n]}', 2, 17],
    ['{"events": [}', 1, 13],
    ['{"events": []', 1, 14],
    ['{"events": ["a\nb"]}', 1, 15],
    ["", 1, 1],
    ['{"a": 1} x', 1, 10],
  ])("reports invalid JSON %j at its line and column", (text, line, column) => {
    expect(failure(text)).toMatchObject({ code: "parse-error", line, column });
  });

  it.each([
    ['{"events": [{"title": "a", "start": "2017-13"}]}', "invalid-date", "$.events[0].start"],
    ['{"events": [{"title": "a", "start": "2017", "end": "nope"}]}', "invalid-date", "$.events[0].end"],
    ['{"events": [{"title": "a", "start": "2017", "sources": [{"date": "nope"}]}]}', "invalid-date", "$.events[0].sources[0].date"],
    ['{"events": [], "eras": [{"title": "e", "start": "2017", "end": "nope"}]}', "invalid-date", "$.eras[0].end"],
    ['{"events": [], "referenceDate": "nope"}', "invalid-date", "$.referenceDate"],
    ['{"events": [], "timeZone": "Mars/Olympus"}', "invalid-time-zone", "$.timeZone"],
    ['[{"title": "a", "start": "2017/nope"}]', "invalid-range", "$[0].start"],
    ['{"events": {}}', "parse-error", "$.events"],
    ["42", "parse-error", "$"],
  ])("reports %j at its JSON path", (text, code, path) => {
    expect(failure(text)).toMatchObject({ code, path });
  });
});

describe("findJsonError", () => {
  it.each([
    ['{"a": 1}', null],
    ["[1, 2.5e-3, true, false, null, \"\\u00e9\"]", null],
    ["[01]", 2],
    ["[1.]", 3],
    ['["\\x"]', 3],
    ['{"a" 1}', 5],
    ["[1,]", 3],
  ])("%j", (text, offset) => {
    const error = findJsonError(text);
    expect(error === null ? null : error.offset).toBe(offset);
  });

  it("handles deep nesting without recursion", () => {
    expect(findJsonError("[".repeat(100_000) + "]".repeat(100_000))).toBeNull();
    expect(findJsonError("[".repeat(100_000))?.offset).toBe(100_000);
  });
});
