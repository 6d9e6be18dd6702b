import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { createTimeline } from "../../src/model/timeline.js";
import type { EventInput, TimelineInput } from "../../src/model/types.js";

const seed = JSON.parse(readFileSync(new URL("../../seeds/seed.json", import.meta.url), "utf8")) as TimelineInput;

function caught(fn: () => unknown): ChronolineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ChronolineError) return error;
    throw error;
  }
  throw new Error("expected a ChronolineError");
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`); // test oracle only: ISO with explicit Z

describe("createTimeline", () => {
  it("sorts events by start, then end, then id, and keeps their input index", () => {
    const t = createTimeline([
      { id: "c", title: "C", start: "2025-01-20" },
      { id: "b", title: "B", start: "2017" },
      { id: "a", title: "A", start: "2025-01-20" },
      { id: "d", title: "D", start: "2017-01-20", end: "2021-01-20" },
    ]);
    expect(t.events.map((e) => e.id)).toEqual(["b", "d", "a", "c"]);
    expect(t.events.map((e) => e.index)).toEqual([1, 3, 2, 0]);
  });

  it("reads a range written in start ('2017/2021') as start and end", () => {
    const [e] = createTimeline([{ title: "Term", start: "2017-01-20/2021-01-20" }]).events;
    expect(e?.start.start).toBe(day("2017-01-20"));
    expect(e?.end?.end).toBe(day("2021-01-21"));
  });

  it("marks open-ended ranges instead of inventing an end", () => {
    const [open] = createTimeline([{ title: "Ongoing", start: "2017/.." }]).events;
    expect(open?.openEnd).toBe(true);
    expect(open?.end).toBeUndefined();
    const [until] = createTimeline([{ title: "Until", start: "../2021" }]).events;
    expect(until?.openStart).toBe(true);
    expect(until?.start.start).toBe(day("2021-01-01"));
  });

  it("defaults ids to event-<index>, importance to 1, tags and sources to empty lists", () => {
    const [e] = createTimeline([{ title: "Only a title", start: "2017" }]).events;
    expect(e).toMatchObject({ id: "event-0", importance: 1, tags: [], sources: [], relations: [] });
  });

  it("orders groups: declared first, then first seen in input order", () => {
    const t = createTimeline({
      groups: ["city", { id: "state", label: "Illinois" }],
      events: [
        { title: "x", start: "2020", group: "media" },
        { title: "y", start: "2019", group: "state" },
        { title: "z", start: "2018", group: "federal" },
      ],
    });
    expect(t.groups.map((g) => g.id)).toEqual(["city", "state", "media", "federal"]);
    expect(t.groups[1]?.label).toBe("Illinois");
  });

  it("computes the extent over every event's whole interval", () => {
    const t = createTimeline([
      { title: "a", start: "2017" },
      { title: "b", start: "2025-01-29" },
    ]);
    expect(t.extent).toEqual({ start: day("2017-01-01"), end: day("2025-01-30") });
    expect(createTimeline([]).extent).toBeNull();
  });

  it("reads dates without an offset in the timeline's time zone", () => {
    const t = createTimeline([{ title: "a", start: "2025-01-20" }], { timeZone: "America/Chicago" });
    expect(t.events[0]?.start.start).toBe(Date.parse("2025-01-20T06:00:00Z"));
    expect(t.timeZone).toBe("America/Chicago");
  });

  it("merges a top-level speaker into a string quote", () => {
    const [e] = createTimeline([{ title: "a", start: "2017", quote: "Game on.", speaker: "Tom Homan" }]).events;
    expect(e?.quote).toEqual({ text: "Game on.", speaker: "Tom Homan" });
  });

  it("never mutates its input", () => {
    const input = structuredClone(seed);
    const frozen = deepFreeze(structuredClone(seed));
    createTimeline(frozen);
    expect(frozen).toEqual(input);
  });

  it("treats '__proto__' and 'constructor' as ordinary ids", () => {
    const raw = JSON.parse(
      '[{"id":"__proto__","title":"a","start":"2017"},{"id":"constructor","title":"b","start":"2018","relations":[{"to":"__proto__"}]}]',
    ) as EventInput[];
    const t = createTimeline(raw);
    expect(t.events.map((e) => e.id)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(caught(() => createTimeline([{ title: "a", start: "2017", relations: [{ to: "toString" }] }])).code).toBe(
      "unknown-relation-target",
    );
  });
});

describe("createTimeline errors name the event and the field", () => {
  const cases: [string, unknown, string, string][] = [
    ["a bad date", [{ id: "w", title: "W", start: "Jan 32, 2025" }], "invalid-date", "start"],
    ["a missing title", [{ id: "w", start: "2017" }], "missing-field", "title"],
    ["an empty title", [{ id: "w", title: "  ", start: "2017" }], "missing-field", "title"],
    ["a missing start", [{ id: "w", title: "W" }], "missing-field", "start"],
    ["a number as a date", [{ id: "w", title: "W", start: 2017 }], "number-not-allowed", "start"],
    ["an end before the start", [{ id: "w", title: "W", start: "2021", end: "2017" }], "end-before-start", "end"],
    [
      "a duplicate id",
      [
        { id: "w", title: "W", start: "2017" },
        { id: "w", title: "X", start: "2018" },
      ],
      "duplicate-id",
      "id",
    ],
    ["an unknown relation target", [{ id: "w", title: "W", start: "2017", relations: [{ to: "nope" }] }], "unknown-relation-target", "relations[0].to"],
    ["a javascript: source URL", [{ id: "w", title: "W", start: "2017", sources: [{ url: "javascript:alert(1)" }] }], "unsafe-url", "sources[0].url"],
    ["a data: media URL", [{ id: "w", title: "W", start: "2017", media: { url: "data:text/html,x" } }], "unsafe-url", "media.url"],
    ["tags that are not a list", [{ id: "w", title: "W", start: "2017", tags: "a,b" }], "wrong-type", "tags"],
    ["a title that is not text", [{ id: "w", title: 42, start: "2017" }], "wrong-type", "title"],
    ["an importance that is not a number", [{ id: "w", title: "W", start: "2017", importance: "high" }], "wrong-type", "importance"],
    ["a relative date without a reference", [{ id: "w", title: "W", start: "Sunday" }], "relative-without-reference", "start"],
  ];
  it.each(cases)("%s", (_, events, code, field) => {
    const error = caught(() => createTimeline(events as EventInput[]));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.eventId).toBe("w");
    expect(error.message).toContain("event 'w'");
  });

  it("says which event and what was wrong in words a person understands", () => {
    const error = caught(() => createTimeline([{ id: "waukegan-statement", title: "W", start: "Jan 32, 2025" }]));
    expect(error.message).toMatch(/^event 'waukegan-statement': start 'Jan 32, 2025' is not a valid date/);
    expect(error.index).toBe(0);
  });

  it("rejects a document without an events list and unknown options", () => {
    expect(caught(() => createTimeline({} as TimelineInput)).code).toBe("invalid-input");
    expect(caught(() => createTimeline(null as unknown as TimelineInput)).code).toBe("invalid-input");
    expect(caught(() => createTimeline([], { errors: "ignore" as never })).code).toBe("invalid-option");
    expect(caught(() => createTimeline([], { timeZone: "Mars/Olympus_Mons" })).code).toBe("invalid-time-zone");
  });

  it("rejects groups and eras that are not lists with a typed error naming the field", () => {
    for (const field of ["groups", "eras"] as const) {
      const error = caught(() => createTimeline({ events: [], [field]: "city" } as unknown as TimelineInput));
      expect([error.code, error.field, error.input]).toEqual(["wrong-type", field, "'city'"]); // input is kept as described for messages
    }
  });

  it("with errors: 'collect' keeps every valid event and reports every problem", () => {
    const t = createTimeline(
      [
        { id: "ok", title: "fine", start: "2017" },
        { id: "bad-date", title: "x", start: "2023-02-29" },
        { id: "no-title", start: "2017" } as unknown as EventInput,
        { id: "bad-rel", title: "y", start: "2018", relations: [{ to: "ghost" }] },
      ],
      { errors: "collect" },
    );
    expect(t.events.map((e) => e.id)).toEqual(["ok", "bad-rel"]);
    expect(t.events[1]?.relations).toEqual([]);
    expect(t.diagnostics.filter((d) => d.severity === "error").map((d) => [d.eventId, d.code, d.field])).toEqual([
      ["bad-date", "invalid-date", "start"],
      ["no-title", "missing-field", "title"],
      ["bad-rel", "unknown-relation-target", "relations[0].to"],
    ]);
  });

  it("warns about fields that are not part of the format instead of dropping them silently", () => {
    const t = createTimeline([{ id: "w", title: "W", start: "2017", colour: "red" } as unknown as EventInput]);
    expect(t.diagnostics).toEqual([expect.objectContaining({ severity: "warning", code: "unknown-field", field: "colour" })]);
  });

  it("never drops a field of the wrong type: each is an error naming its field (found by QA)", () => {
    const failure = (input: unknown) => {
      try {
        createTimeline(input as TimelineInput);
      } catch (e) {
        const { code, index, field } = e as ChronolineError;
        return [code, index, field];
      }
      return "no error";
    };
    // Eras are data, not options: missing and wrong-type like an event's fields.
    expect(failure({ eras: [{ title: "E", start: "2017" }], events: [] })).toEqual(["missing-field", undefined, "eras[0].end"]);
    expect(failure({ eras: [{ title: 5, start: "2017", end: "2018" }], events: [] })).toEqual(["wrong-type", undefined, "eras[0].title"]);
    expect(failure({ eras: ["x"], events: [] })).toEqual(["wrong-type", undefined, "eras[0]"]);
    expect(failure({ title: 5, events: [] })).toEqual(["wrong-type", undefined, "title"]);
    expect(failure({ groups: [{ id: "g", label: 5 }], events: [] })).toEqual(["wrong-type", undefined, "groups[0].label"]);
    expect(failure([{ title: "A", start: "2017", relations: [{ to: 5 }] }])).toEqual(["wrong-type", 0, "relations[0].to"]);
    // A speaker with an empty quote, or two speakers that disagree.
    expect(failure([{ title: "A", start: "2017", quote: "", speaker: "Bob" }])).toEqual(["missing-field", 0, "quote"]);
    expect(failure([{ title: "A", start: "2017", quote: { text: "Hi", speaker: "X" }, speaker: "Bob" }])).toEqual(["invalid-input", 0, "speaker"]);
    // A hole in a sparse array is an event that is not an object, not a skipped index.
    // eslint-disable-next-line no-sparse-arrays
    expect(failure([, { title: "A", start: "2017" }])).toEqual(["wrong-type", 0, undefined]);
    // A bad zone is named as the zone, even when the reference date is read in it.
    expect(failure({ timeZone: "Mars/Base", referenceDate: "2025-01-29", events: [] })).toEqual(["invalid-time-zone", undefined, "timeZone"]);
  });

  it("quotes NaN, Infinity and BigInt values as they are in messages (JSON would write null or throw)", () => {
    const message = (start: unknown) => {
      try {
        createTimeline([{ id: "a", title: "A", start } as unknown as EventInput]);
      } catch (e) {
        return (e as ChronolineError).message;
      }
      return "no error";
    };
    expect(message(Number.NaN)).toContain("start NaN is a number");
    expect(message(Number.POSITIVE_INFINITY)).toContain("start Infinity is a number");
    expect(message(2017n)).toContain("start 2017n is a number");
    expect(message({ epochMs: 10n })).toContain(`{"epochMs":"10n"} is not a valid date`);
  });

  it("warns the same way about the document's, groups', eras', sources' and media's unknown keys", () => {
    // `timezone` for `timeZone` would otherwise read every date in UTC without a word.
    const t = createTimeline({
      timezone: "America/Chicago",
      groups: [{ id: "g", colour: "red" }],
      eras: [{ title: "E", start: "2017", end: "2018", color: "x" }],
      events: [{ id: "a", title: "A", start: "2025-01-20", group: "g", sources: [{ title: "S", urll: "x" }], media: { url: "https://example.org/a.png", capton: "c" } }],
    } as unknown as TimelineInput);
    expect(t.timeZone).toBe("UTC");
    expect(t.diagnostics.map((d) => [d.severity, d.code, d.eventId, d.field, d.message])).toEqual([
      ["warning", "unknown-field", undefined, "timezone", "field 'timezone' is not part of the format and was ignored"],
      ["warning", "unknown-field", "a", "sources[0].urll", "event 'a': field 'sources[0].urll' is not part of the format and was ignored"],
      ["warning", "unknown-field", "a", "media.capton", "event 'a': field 'media.capton' is not part of the format and was ignored"],
      ["warning", "unknown-field", undefined, "groups[0].colour", "field 'groups[0].colour' is not part of the format and was ignored"],
      ["warning", "unknown-field", undefined, "eras[0].color", "field 'eras[0].color' is not part of the format and was ignored"],
    ]);
    // What parseEvents returns (with its diagnostics and format) is a document too.
    expect(createTimeline({ events: [], diagnostics: [], format: "json" } as unknown as TimelineInput).diagnostics).toEqual([]);
  });
});

describe("the seed story", () => {
  it("validates against the JSON Schema", async () => {
    const { default: Ajv } = await import("ajv/dist/2020.js");
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
    const schema = JSON.parse(readFileSync(new URL("../../seeds/chronoline.schema.json", import.meta.url), "utf8"));
    const validate = ajv.compile(schema);
    expect(validate(seed), JSON.stringify(validate.errors)).toBe(true);
  });

  it("loads with zero diagnostics, resolving 'Sunday' against the dateline", () => {
    const t = createTimeline(seed);
    expect(t.diagnostics).toEqual([]);
    expect(t.events).toHaveLength(10);
    const johnson = t.events.find((e) => e.id === "johnson-post");
    // 2025-01-29 is a Wednesday: "Sunday" is 2025-01-26, a whole day in Chicago.
    expect(johnson?.start.start).toBe(Date.parse("2025-01-26T06:00:00Z"));
    expect(johnson?.start.precision).toBe("day");
    const trust = t.events.find((e) => e.id === "trust-act");
    expect(trust?.start.precision).toBe("year");
    expect(t.events.find((e) => e.id === "homan-fox-and-friends")?.start.approximate).toBe(true);
    expect(t.groups.map((g) => g.id)).toEqual(["federal", "state", "city", "media"]);
  });
});

describe("createTimeline properties", () => {
  const dateText = fc.oneof(
    fc.integer({ min: 1, max: 9999 }).map((y) => String(y).padStart(4, "0")),
    fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) =>
      d.toISOString().slice(0, 10),
    ),
    fc.string({ maxLength: 12 }),
  );
  const rawEvent = fc.record(
    {
      id: fc.oneof(fc.constantFrom("a", "b", "c", "__proto__", "constructor"), fc.string({ maxLength: 4 })),
      title: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(undefined)),
      start: fc.oneof(dateText, fc.integer(), fc.constant(null)),
      end: fc.oneof(dateText, fc.constant(undefined)),
    },
    { requiredKeys: [] },
  );

  it("never throws anything but ChronolineError, and collect mode never throws for event problems", () => {
    fc.assert(
      fc.property(fc.array(rawEvent, { maxLength: 8 }), (events) => {
        try {
          createTimeline(events as EventInput[]);
        } catch (error) {
          expect(error).toBeInstanceOf(ChronolineError);
        }
        const t = createTimeline(events as EventInput[], { errors: "collect" });
        const errors = t.diagnostics.filter((d) => d.severity === "error").length;
        expect(t.events.length + errors).toBeGreaterThanOrEqual(events.length);
      }),
    );
  });

  it("sorting is total and stable: any input order gives the same event order", () => {
    const event = fc.record({
      title: fc.constant("t"),
      start: fc.integer({ min: 1990, max: 2030 }).map(String),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), fc.integer(), (events, seedValue) => {
        const withIds = events.map((e, i) => ({ ...e, id: `e${i}` }));
        const shuffled = [...withIds].sort((a, b) => ((a.id.length * seedValue) ^ b.id.charCodeAt(1)) % 3 - 1);
        const a = createTimeline(withIds).events.map((e) => e.id);
        const b = createTimeline(shuffled).events.map((e) => e.id);
        expect(b).toEqual(a);
        const starts = createTimeline(withIds).events.map((e) => e.start.start);
        expect([...starts].sort((x, y) => x - y)).toEqual(starts);
      }),
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
