import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTimeline, eventEnd } from "../../src/model/timeline.js";
import type { Timeline } from "../../src/model/types.js";
import { parseEvents } from "../../src/formats/parse-events.js";
import { toCSV } from "../../src/formats/write-csv.js";
import { toJSON } from "../../src/formats/write-json.js";
import { toText } from "../../src/formats/write-text.js";

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8");
// TimelineJS has no time zone or reference date: the article's are passed as options.
const OPTIONS = { timeZone: "America/Chicago", referenceDate: "2025-01-29" } as const;

function comparable(timeline: Timeline): unknown {
  return { ...timeline, diagnostics: undefined, events: timeline.events.map((e) => ({ ...e, index: undefined })) };
}

/** What every format can carry: title, the interval covered, and the lane's label. */
function outline(timeline: Timeline): [string, string, string, string | undefined][] {
  const label = new Map(timeline.groups.map((g) => [g.id, g.label] as const));
  return timeline.events
    .map((e): [string, string, string, string | undefined] => [
      e.title,
      new Date(e.start.start).toISOString(),
      new Date(eventEnd(e)).toISOString(),
      e.group === undefined ? undefined : label.get(e.group),
    ])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe("the seed story in every format", () => {
  const fromJson = createTimeline(parseEvents(seed("seed.json"), { filename: "seed.json" }));

  it("reads seed.json as chronoline JSON without findings", () => {
    const input = parseEvents(seed("seed.json"), { filename: "seed.json" });
    expect(input.format).toBe("json");
    expect(input.diagnostics.map((d) => d.code)).toEqual(["format-detected"]);
    expect(fromJson.events).toHaveLength(10);
  });

  it("seed.txt gives the same timeline as seed.json", () => {
    const input = parseEvents(seed("seed.txt"), { filename: "seed.txt" });
    expect(input.format).toBe("text");
    expect(input.diagnostics.map((d) => d.code)).toEqual(["format-detected"]);
    expect(comparable(createTimeline(input))).toEqual(comparable(fromJson));
  });

  it("seed-timelinejs.csv gives the same titles, intervals and groups", () => {
    const input = parseEvents(seed("seed-timelinejs.csv"), { filename: "seed-timelinejs.csv" });
    expect(input.format).toBe("timelinejs");
    const timeline = createTimeline(input, OPTIONS);
    expect(timeline.title).toBe(fromJson.title);
    expect(timeline.description).toBe(fromJson.description);
    expect(outline(timeline)).toEqual(outline(fromJson));
    expect(timeline.events.find((e) => e.title.startsWith("Sanctuary-city"))?.start.label).toBe("c. January 2025");
  });

  it.each([
    ["JSON", toJSON],
    ["CSV", toCSV],
    ["text", toText],
  ])("the seed written as %s reads back to the same timeline", (_name, write) => {
    expect(comparable(createTimeline(parseEvents(write(parseEvents(seed("seed.json"))))))).toEqual(comparable(fromJson));
  });

  it("the seed model written as text keeps every title, interval and group", () => {
    const back = createTimeline(parseEvents(toText(fromJson)));
    expect(outline(back)).toEqual(outline(fromJson));
    expect(back.events.map((e) => e.id).sort()).toEqual(fromJson.events.map((e) => e.id).sort());
  });
});
