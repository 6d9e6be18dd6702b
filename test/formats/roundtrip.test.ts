import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTimeline } from "../../src/model/timeline.js";
import type { EventInput, GroupInput, Timeline, TimelineInput } from "../../src/model/types.js";
import { parseEvents } from "../../src/formats/parse-events.js";
import { toCSV } from "../../src/formats/write-csv.js";
import { toJSON } from "../../src/formats/write-json.js";
import { toText } from "../../src/formats/write-text.js";

/** The model without what a format cannot be expected to keep: input positions and diagnostics. */
function comparable(timeline: Timeline): unknown {
  return {
    ...timeline,
    diagnostics: undefined,
    events: timeline.events.map((e) => ({ ...e, index: undefined })),
  };
}

const chars = (set: string) => fc.constantFrom(...set.split(""));
const text = (set: string, max = 16) =>
  fc.string({ unit: chars(set), minLength: 1, maxLength: max }).map((s) => s.trim()).filter((s) => s !== "");
// Titles and quotes: any single line, including characters each format treats specially.
const TITLE_CHARS = "abcxyz ABC0129é—:#|,;\"'=+-@/\\()";
const title = text(TITLE_CHARS, 24);
// Fields inside `source:` and `media:` lines are separated by "|" and may not start with a URL.
const field = text("abcxyz ABC0129é—,;\"'=+-@()", 16);
const slug = fc.string({ unit: chars("abcdefghij0123456789-"), minLength: 1, maxLength: 8 }).map((s) => `e${s}`);
const descriptionLine = fc.oneof(
  title,
  fc.constantFrom("id: not an id", "#notatag #either", "// not a comment", "\\backslash", "2017: not an event", "---", "# not a heading", "end: 2020", "era 2017: x"),
);
const description = fc
  .array(fc.oneof({ weight: 4, arbitrary: descriptionLine }, { weight: 1, arbitrary: fc.constant("") }), { minLength: 1, maxLength: 5 })
  .map((lines) => lines.join("\n").trim())
  .filter((s) => s !== "");

const ABSOLUTE = ["2017", "2017-08", "2017-08-28", "2025-W04", "2025-Q1", "1990s", "c. 1850", "-0043", "Aug 28, 2017", "2017-08-28T14:05", "19th century", "~1850"];
const RANGES = ["2017/2019", "../2016", "2018/..", "2017-01-20 to 2021-01-20"];
const LATER = ["2031", "2031-05", "2032-02-29", "2040s", "c. 2035", "2031-06-01T09:30"];
const RELATIVE = ["Sunday", "recently", "yesterday", "last week", "two weeks ago"];

interface Options {
  relative: boolean;
  ids: boolean;
}

function eventArb(options: Options, id: string, ids: readonly string[], groupIds: readonly string[]): fc.Arbitrary<EventInput> {
  const starts = [...ABSOLUTE, ...(options.relative ? RELATIVE : [])];
  return fc
    .record(
      {
        title,
        start: fc.constantFrom(...starts, ...RANGES),
        end: fc.constantFrom(...LATER),
        hasEnd: fc.boolean(),
        group: fc.constantFrom(...groupIds, "Loose lane"),
        tags: fc.uniqueArray(text("abc xyz-#", 8), { maxLength: 3 }),
        description,
        quote: fc.record({ text: title, speaker: fc.option(title, { nil: undefined }) }),
        importance: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(0.5, 2.25)),
        relations: fc.uniqueArray(fc.record({ to: fc.constantFrom(...(ids.length > 0 ? ids : ["none"])), kind: fc.constantFrom("cites", "responds-to", "relates-to", undefined) }), {
          maxLength: 2,
          selector: (r) => r.to,
        }),
        sources: fc.array(
          fc.record(
            {
              url: slug.map((s) => `https://example.com/${s}`),
              title: field,
              publisher: field,
              date: fc.constantFrom(...ABSOLUTE),
            },
            { requiredKeys: [] },
          ).filter((s) => Object.keys(s).length > 0),
          { maxLength: 2 },
        ),
        media: fc.record(
          { url: slug.map((s) => `https://example.com/m/${s}.jpg`), caption: field, credit: field, alt: field, thumbnail: slug.map((s) => `/t/${s}.jpg`) },
          { requiredKeys: ["url"] },
        ),
      },
      { requiredKeys: ["title", "start", "hasEnd"] },
    )
    .map((r) => {
      const event: EventInput = { title: r.title, start: r.start };
      if (options.ids) event.id = id;
      if (r.hasEnd && !RANGES.includes(r.start)) event.end = r.end;
      for (const key of ["group", "description", "importance", "media"] as const) {
        if (r[key] !== undefined) (event as unknown as Record<string, unknown>)[key] = r[key];
      }
      if (r.tags && r.tags.length > 0) event.tags = r.tags;
      if (r.quote) event.quote = r.quote.speaker === undefined ? r.quote.text : r.quote;
      if (options.ids && r.relations && r.relations.length > 0) {
        event.relations = r.relations.filter((x) => x.to !== id).map((x) => (x.kind === undefined ? { to: x.to } : { to: x.to, kind: x.kind }));
      }
      if (r.sources && r.sources.length > 0) event.sources = r.sources;
      return event;
    });
}

function timelineArb(options: Options): fc.Arbitrary<TimelineInput> {
  return fc
    .record({
      ids: fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }),
      groups: fc.subarray(["g1", "g2", "g3"]),
      labels: fc.shuffledSubarray(["Federal", "Illinois state", "Cities & towns", "Media"], { minLength: 3, maxLength: 3 }),
      groupDescription: fc.option(description, { nil: undefined }),
      title: fc.option(title, { nil: undefined }),
      description: fc.option(description, { nil: undefined }),
      timeZone: fc.constantFrom(undefined, "UTC", "America/Chicago", "Asia/Kolkata"),
      locale: fc.constantFrom(undefined, "en-US", "fr-FR"),
      eras: fc.array(fc.record({ title, start: fc.constantFrom(...ABSOLUTE), end: fc.constantFrom(...LATER) }), { maxLength: 2 }),
      seed: fc.integer(),
    })
    .chain((doc) => {
      const groupIds = ["g1", "g2", "g3"];
      return fc.tuple(...doc.ids.map((id) => eventArb(options, id, doc.ids, groupIds))).map((events) => {
        const input: TimelineInput = { events };
        if (doc.title !== undefined) input.title = doc.title;
        if (doc.description !== undefined) input.description = doc.description;
        if (doc.timeZone !== undefined) input.timeZone = doc.timeZone;
        if (doc.locale !== undefined) input.locale = doc.locale;
        if (options.relative) input.referenceDate = "2025-01-29";
        if (doc.groups.length > 0) {
          input.groups = doc.groups.map((id, i): GroupInput | string =>
            i === 0 ? id : { id, label: doc.labels[i] ?? id, ...(i === 1 && doc.groupDescription ? { description: doc.groupDescription, color: "#336699" } : {}) },
          );
        }
        if (doc.eras.length > 0) input.eras = doc.eras;
        return input;
      });
    });
}

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) };

describe("round trips on generated timeline inputs", () => {
  it.each([
    ["with ids and relative dates", { relative: true, ids: true }],
    ["without ids (event order carries the default ids)", { relative: false, ids: false }],
  ])("JSON → CSV → text → JSON gives the same timeline (%s)", (_name, options) => {
    fc.assert(
      fc.property(timelineArb(options), (input) => {
        const expected = comparable(createTimeline(input));
        const fromJson = parseEvents(toJSON(input));
        expect(fromJson.format).toBe("json");
        expect(comparable(createTimeline(fromJson))).toEqual(expected);
        const csv = toCSV(fromJson);
        const fromCsv = parseEvents(csv);
        expect(fromCsv.format).toBe("csv");
        expect(comparable(createTimeline(fromCsv))).toEqual(expected);
        const txt = toText(fromCsv);
        const fromText = parseEvents(txt);
        expect(fromText.format).toBe("text");
        expect(comparable(createTimeline(fromText))).toEqual(expected);
        expect(comparable(createTimeline(parseEvents(toJSON(fromText))))).toEqual(expected);
        expect(fromText.diagnostics.filter((d) => d.code !== "format-detected")).toEqual([]);
      }),
      RUNS,
    );
  });

  it("text → events → text gives the same text", () => {
    fc.assert(
      fc.property(timelineArb({ relative: true, ids: true }), (input) => {
        const once = toText(parseEvents(toText(input)));
        expect(toText(parseEvents(once))).toBe(once);
      }),
      RUNS,
    );
  });

  it("CSV → events → CSV gives the same CSV", () => {
    fc.assert(
      fc.property(timelineArb({ relative: false, ids: true }), (input) => {
        const csv = toCSV(input);
        expect(toCSV(parseEvents(csv))).toBe(csv);
      }),
      RUNS,
    );
  });

  it("a model Timeline written in each format reads back to the same timeline", () => {
    fc.assert(
      fc.property(timelineArb({ relative: false, ids: true }), (input) => {
        const timeline = createTimeline(input);
        const expected = comparable(timeline);
        for (const write of [toJSON, toCSV, toText]) {
          const back = createTimeline(parseEvents(write(timeline)));
          const actual = comparable(back) as { events: { start: { label?: string } }[] };
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
