import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { createTimeline } from "../../src/model/timeline.js";
import type { TimelineInput } from "../../src/model/types.js";
import { needsFormulaGuard, unguardCell } from "../../src/formats/fields.js";
import { parseEvents } from "../../src/formats/parse-events.js";
import { dateInputText, timelineToInput } from "../../src/formats/to-input.js";
import { toCSV } from "../../src/formats/write-csv.js";
import { toJSON } from "../../src/formats/write-json.js";
import { toText } from "../../src/formats/write-text.js";

describe("toJSON", () => {
  it("writes the schema's keys in order and leaves out parseEvents' extras", () => {
    const parsed = parseEvents("2017: Trust Act", { format: "text" });
    expect(toJSON({ ...parsed, title: "T" }, { indent: 0 })).toBe('{"title":"T","events":[{"title":"Trust Act","start":"2017"}]}\n');
  });

  it("accepts a bare list of events", () => {
    expect(JSON.parse(toJSON([{ title: "A", start: "2017" }]))).toEqual({ events: [{ title: "A", start: "2017" }] });
  });

  it("writes a model Timeline with dates as ISO text at their precision", () => {
    const timeline = createTimeline(
      { events: [{ id: "a", title: "A", start: "Aug 2017", end: "c. 2019", importance: 1, relations: [] }, { id: "b", title: "B", start: "2017/..", relations: [{ to: "a" }] }] },
      { timeZone: "America/Chicago", referenceDate: "2025-01-29" },
    );
    expect(JSON.parse(toJSON(timeline))).toEqual({
      referenceDate: "2025-01-29",
      timeZone: "America/Chicago",
      locale: "en-US",
      events: [
        { id: "a", title: "A", start: "2017-08", end: "c. 2019" },
        { id: "b", title: "B", start: "2017/..", relations: [{ to: "a" }] },
      ],
    });
  });

  it("never mutates its input", () => {
    const input: TimelineInput = { events: [{ title: "A", start: "2017" }], diagnostics: [] };
    const copy = structuredClone(input);
    toJSON(input);
    toCSV(input);
    toText(input);
    expect(input).toEqual(copy);
  });

  it("rejects what is not a timeline", () => {
    expect(() => toJSON({} as TimelineInput)).toThrow(ChronolineError);
  });
});

describe("toCSV", () => {
  it("writes only the columns used, with title and start always", () => {
    expect(toCSV({ events: [{ title: "A", start: "2017", tags: ["x", "y"] }] })).toBe("title,start,tags\nA,2017,\"x, y\"\n");
  });

  it.each([
    ["=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["'=x", "''=x"],
    ["'Tis", "'Tis"],
    ["plain", "plain"],
  ])("guards the text cell %j against formulas", (title, cell) => {
    const csv = toCSV({ events: [{ title, start: "2017" }] });
    const line = csv.split("\n")[1] ?? "";
    expect(line.startsWith(cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell)).toBe(true);
    expect(parseEvents(csv).events[0]?.title).toBe(title);
  });

  it.each([
    ["-0043", false],
    ["+12000", false],
    ["-0043-03-15", false],
    ["-1+cmd|' /C calc'!A0", true],
    ["=1", true],
  ])("leaves the date cell %j unguarded unless it could be a formula", (date, guarded) => {
    expect(needsFormulaGuard(date, true)).toBe(guarded);
  });

  it("undoes exactly one guard", () => {
    expect(unguardCell("''=x")).toBe("'=x");
    expect(unguardCell("'\tx")).toBe("\tx");
  });

  it("writes settings, groups and eras as typed rows", () => {
    const csv = toCSV({
      title: "T",
      timeZone: "America/Chicago",
      referenceDate: "2025-01-29",
      groups: [{ id: "s", label: "State", color: "#123456" }, "city"],
      eras: [{ title: "E", start: "2017", end: "2021" }],
      events: [{ title: "A", start: "2017", group: "s" }],
    });
    expect(csv).toBe(
      [
        "type,id,title,start,end,group,color,time_zone,reference_date",
        "title,,T,,,,,America/Chicago,2025-01-29",
        "group,s,State,,,,#123456,,",
        "group,city,,,,,,,",
        "era,,E,2017,2021,,,,",
        ",,A,2017,,s,,,",
        "",
      ].join("\n"),
    );
  });

  it("numbers the columns of second and later sources", () => {
    const csv = toCSV({ events: [{ title: "A", start: "2017", sources: [{ url: "https://a.example" }, { title: "Second" }] }] });
    expect(csv.split("\n")[0]).toBe("title,start,source_url,source2_title");
    expect(parseEvents(csv).events[0]?.sources).toEqual([{ url: "https://a.example" }, { title: "Second" }]);
  });

  it("quotes cells with delimiters, quotes, line breaks and edge spaces", () => {
    expect(toCSV({ events: [{ title: 'a "b", c', start: "2017", description: "x\ny" }] })).toBe('title,start,description\n"a ""b"", c",2017,"x\ny"\n');
  });

  it("writes a BOM, CRLF and other delimiters on request", () => {
    expect(toCSV({ events: [{ title: "a;b", start: "2017" }] }, { bom: true, newline: "\r\n", delimiter: ";" })).toBe('\ufefftitle;start\r\n"a;b";2017\r\n');
  });
});

describe("toText", () => {
  it("writes front matter, properties, tags and an escaped description", () => {
    const text = toText({
      title: "T",
      referenceDate: "2025-01-29",
      events: [
        {
          id: "a",
          title: "A: the start",
          start: "2017",
          end: "2019",
          tags: ["law", "two words"],
          importance: 2,
          quote: { text: "Hi", speaker: "Me" },
          relations: [{ to: "b", kind: "cites" }],
          sources: [{ url: "https://a.example", title: "Story", publisher: "Pub", date: "2025-01-29" }, { publisher: "Pub" }],
          media: { url: "https://a.example/a.jpg", alt: "Alt" },
          description: "Line one\n\nid: looks like a property\n#tag\n// comment\n\\backslash",
        },
        { id: "b", title: "B", start: "Sunday" },
      ],
    });
    expect(text).toBe(
      [
        "---",
        "title: T",
        "dateline: 2025-01-29",
        "---",
        "",
        "2017: A: the start",
        "  id: a",
        "  end: 2019",
        "  tags: law, two words",
        "  importance: 2",
        "  quote: Hi",
        "  speaker: Me",
        "  relates-to: b (cites)",
        "  source: https://a.example Story | Pub | 2025-01-29",
        "  source: | Pub",
        "  media: https://a.example/a.jpg | | | Alt",
        "  Line one",
        "",
        "  \\id: looks like a property",
        "  \\#tag",
        "  \\// comment",
        "  \\\\backslash",
        "",
        "Sunday: B",
        "  id: b",
        "",
      ].join("\n"),
    );
    expect(parseEvents(text).events[0]?.description).toBe("Line one\n\nid: looks like a property\n#tag\n// comment\n\\backslash");
  });

  it("writes events under their group's heading when every event has an id and every group is declared", () => {
    const text = toText({
      groups: [{ id: "f", label: "Federal" }, "city"],
      events: [
        { id: "c1", title: "C", start: "2018", group: "city" },
        { id: "f1", title: "F", start: "2019", group: "f" },
        { id: "n", title: "N", start: "2020" },
      ],
    });
    expect(text).toBe("2020: N\n  id: n\n\n# Federal\n  id: f\n\n2019: F\n  id: f1\n\n# city\n\n2018: C\n  id: c1\n");
  });

  it("keeps the event order otherwise, closing a group with a bare #", () => {
    const text = toText({ events: [{ title: "A", start: "2017", group: "g" }, { title: "B", start: "2018" }] });
    expect(text).toBe("# g\n\n2017: A\n\n#\n\n2018: B\n");
    expect(parseEvents(text).events).toEqual([
      { title: "A", start: "2017", group: "g" },
      { title: "B", start: "2018" },
    ]);
  });

  it("writes TimelineJS-style fields, Dates and epoch ms as ISO text", () => {
    expect(dateInputText({ year: -44, month: 3, day: 15 })).toBe("-0043-03-15");
    expect(dateInputText({ year: "2017", month: "8", day: "", display_date: "Summer" })).toBe("2017-08");
    expect(dateInputText({ year: 2017, month: 8, day: 28, hour: 14, minute: 5, second: 9, millisecond: 7 })).toBe("2017-08-28T14:05:09.007");
    expect(dateInputText(new Date(Date.UTC(2025, 0, 20, 17)))).toBe("2025-01-20T17:00:00.000Z");
    expect(dateInputText({ epochMs: 0 })).toBe("1970-01-01T00:00:00.000Z");
  });

  it.each([
    ["a date containing ': '", "2017: oops"],
    ["a date that does not look like one", "whenever"],
  ])("refuses %s", (_name, start) => {
    expect(() => toText({ events: [{ title: "A", start }] })).toThrow(/cannot be written in the text syntax/);
  });

  it("writes a model Timeline's relative dates as the days they cover", () => {
    const timeline = createTimeline({ referenceDate: "2025-01-29", events: [{ id: "r", title: "R", start: "recently" }] });
    expect(timelineToInput(timeline).events[0]?.start).toBe("c. 2025-01-15/2025-01-28");
    const back = createTimeline(parseEvents(toText(timeline)));
    expect(back.events[0]?.start.start).toBe(timeline.events[0]?.start.start);
    expect(back.events[0]?.end?.end).toBe(timeline.events[0]?.start.end);
  });
});
