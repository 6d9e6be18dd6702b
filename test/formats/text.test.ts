import { describe, expect, it } from "vitest";
import { createTimeline } from "../../src/model/timeline.js";
import { parseEvents } from "../../src/formats/parse-events.js";
import { eventLine, isTagLine, splitKeyValue } from "../../src/formats/text-syntax.js";
import { looksLikeDate } from "../../src/formats/date-like.js";
import { parseSource } from "../../src/formats/text.js";

const read = (text: string, errors: "throw" | "collect" = "throw") => parseEvents(text, { format: "text", errors });
const failure = (text: string) => {
  try {
    read(text);
  } catch (error) {
    return error as { code: string; line?: number; column?: number; message: string };
  }
  throw new Error("expected an error");
};

describe("the event line rule: the date is everything before the first ': '", () => {
  it.each([
    ["2017: Illinois passes the Trust Act", "2017", "Illinois passes the Trust Act"],
    ["2025-01-20T12:00: Inauguration", "2025-01-20T12:00", "Inauguration"],
    ["2025-01-20T12:00:30.5-06:00: Oath", "2025-01-20T12:00:30.5-06:00", "Oath"],
    ["January 20, 2025 12:05 PM: Speech", "January 20, 2025 12:05 PM", "Speech"],
    ["Sunday: Mayor Johnson: Chicago stands strong", "Sunday", "Mayor Johnson: Chicago stands strong"],
    ["c. January 2025: Leaders reaffirm", "c. January 2025", "Leaders reaffirm"],
    ["~1850: Around then", "~1850", "Around then"],
    ["-0043: Caesar", "-0043", "Caesar"],
    ["2017/2021: First term", "2017/2021", "First term"],
    ["2017-01-20 to 2021-01-20: First term", "2017-01-20 to 2021-01-20", "First term"],
    ["../2021: Until 2021", "../2021", "Until 2021"],
    ["recently: Homan on TV", "recently", "Homan on TV"],
    ["two weeks ago: A thing", "two weeks ago", "A thing"],
    ["last week: A thing", "last week", "A thing"],
    ["1990s: A decade", "1990s", "A decade"],
    ["Q1 2025: A quarter", "Q1 2025", "A quarter"],
    ["2017:\tTabbed", "2017", "Tabbed"],
  ])("%j", (line, date, title) => {
    expect(eventLine(line)).toMatchObject({ date, title, era: false });
  });

  it.each([
    "Police said: nothing",
    "https://example.com/a: b",
    "2025-01-20T12:00 no separator",
    ": no date",
    "Note: 2017 was busy",
  ])("%j is not an event line", (line) => {
    expect(eventLine(line)).toBeNull();
  });

  it("reads era lines", () => {
    expect(eventLine("era 2017-01-20: First term")).toMatchObject({ date: "2017-01-20", title: "First term", era: true, dateAt: 4 });
  });

  it.each([
    ["2017", true],
    ["Sunday", true],
    ["sept. 5 2025", true],
    ["circa 1850", true],
    ["mid-January 2025", true],
    ["a week ago", true],
    ["Police", false],
    ["The mayor", false],
    ["", false],
    ["2".repeat(101), false],
  ])("looksLikeDate(%j) → %j", (text, expected) => {
    expect(looksLikeDate(text)).toBe(expected);
  });
});

describe("readText", () => {
  it("reads front matter, groups, events, properties, tags and descriptions", () => {
    const text = [
      "---",
      "title: The story",
      'description: "About: the story"',
      "timezone: America/Chicago",
      "dateline: 2025-01-29",
      "locale: en-GB",
      "---",
      "// a comment",
      "# Illinois",
      "  id: state",
      "  color: #336699",
      "  The state government.",
      "",
      "2017: Illinois passes the Trust Act",
      "  The article gives only the year.",
      "",
      "  A second paragraph.",
      "  #law #immigration",
      "  tags: sanctuary cities",
      "  importance: 3",
      "  source: https://example.com/a The statement | Fox News Digital | 2025-01-29",
      "  source: | Fox News Digital",
      "",
      "# Federal",
      "2025-01-20T12:00: Inauguration",
      "id: inauguration",
      "end: 2025-01-20T13:00",
      "quote: All illegal entry will immediately be halted.",
      "speaker: Donald Trump",
      "relates-to: trust-act (cites), other",
      "media: https://example.com/a.jpg | Caption | Credit | Alt | https://example.com/t.jpg",
      "group: state",
      "#",
      "Sunday: Johnson's post",
      "  speaker: Brandon Johnson",
    ].join("\n");
    const input = read(text);
    expect(input).toMatchObject({
      title: "The story",
      description: "About: the story",
      timeZone: "America/Chicago",
      referenceDate: "2025-01-29",
      locale: "en-GB",
      groups: [{ id: "state", label: "Illinois", color: "#336699", description: "The state government." }, "Federal"],
      format: "text",
    });
    expect(input.events).toEqual([
      {
        title: "Illinois passes the Trust Act",
        start: "2017",
        group: "state",
        description: "The article gives only the year.\n\nA second paragraph.",
        tags: ["law", "immigration", "sanctuary cities"],
        importance: 3,
        sources: [
          { url: "https://example.com/a", title: "The statement", publisher: "Fox News Digital", date: "2025-01-29" },
          { publisher: "Fox News Digital" },
        ],
      },
      {
        id: "inauguration",
        title: "Inauguration",
        start: "2025-01-20T12:00",
        end: "2025-01-20T13:00",
        group: "state",
        quote: { text: "All illegal entry will immediately be halted.", speaker: "Donald Trump" },
        relations: [{ to: "trust-act", kind: "cites" }, { to: "other" }],
        media: { url: "https://example.com/a.jpg", caption: "Caption", credit: "Credit", alt: "Alt", thumbnail: "https://example.com/t.jpg" },
      },
      { title: "Johnson's post", start: "Sunday", speaker: "Brandon Johnson" },
    ]);
    expect(input.diagnostics).toEqual([]);
  });

  it("resolves relative dates against the dateline through createTimeline", () => {
    const timeline = createTimeline(read("---\ntimezone: America/Chicago\ndateline: 2025-01-29\n---\nSunday: Johnson's post\n"));
    expect(timeline.events[0]?.start.precision).toBe("day");
    expect(timeline.timeZone).toBe("America/Chicago");
  });

  it("reads eras with their end line", () => {
    expect(read("era 2017-01-20: First term\n  end: 2021-01-20\n2018: x").eras).toEqual([
      { title: "First term", start: "2017-01-20", end: "2021-01-20" },
    ]);
  });

  it("re-opens a group by its heading", () => {
    const input = read("# A\n2017: one\n# B\n2018: two\n# A\n2019: three\n");
    expect(input.groups).toEqual(["A", "B"]);
    expect(input.events.map((e) => e.group)).toEqual(["A", "B", "A"]);
  });

  it("reads a line escaped with \\ as description", () => {
    const input = read("2017: x\n  \\id: not an id\n  \\#notatag\n  \\\\backslash\n");
    expect(input.events[0]).toEqual({ title: "x", start: "2017", description: "id: not an id\n#notatag\n\\backslash" });
  });

  it("reads unindented text after an event as description, and warns when it looks like a mistyped event", () => {
    const input = read("2017: x\nMore about x.\nJna 20, 2025: y\n");
    expect(input.events).toHaveLength(1);
    expect(input.events[0]?.description).toBe("More about x.\nJna 20, 2025: y");
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "parse-error", severity: "warning", line: 3, column: 1 }));
  });

  it("handles CRLF, lone CR and a BOM", () => {
    expect(read("\ufeff2017: a\r\n  desc\r2018: b").events).toEqual([
      { title: "a", start: "2017", description: "desc" },
      { title: "b", start: "2018" },
    ]);
  });

  it("gives an empty timeline for an empty text", () => {
    expect(read("").events).toEqual([]);
    expect(read("---\ntitle: x\n---\n").events).toEqual([]);
  });

  it("warns about unknown front-matter keys", () => {
    const input = read("---\nauthor: me\n---\n2017: x");
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "unknown-field", line: 2, column: 1 }));
  });

  it("reads multi-line front-matter values from indented lines", () => {
    expect(read("---\ndescription: One\n  two\n\n  three\n---\n").description).toBe("One\ntwo\n\nthree");
  });

  it.each([
    ["text before any event", "Hello there\n2017: x", "parse-error", 1, 1],
    ["an indented line before any event", "  stray\n", "parse-error", 1, 3],
    ["an event without a title", "2017:\n", "parse-error", 1, 6],
    ["an unparseable date", "2017: ok\n2025-13-01: bad month", "invalid-date", 2, 1],
    ["a relative date without a dateline", "Sunday: x", "relative-without-reference", 1, 1],
    ["a bad end date", "2017: x\n  end: someday", "invalid-date", 2, 8],
    ["a bad importance", "2017: x\n  importance: high", "wrong-type", 2, 15],
    ["a property without a value", "2017: x\n  id:", "parse-error", 2, 6],
    ["media without a URL", "2017: x\n  media: | caption", "missing-field", 2, 10],
    ["an era without an end", "era 2017: x\n2018: y", "missing-field", 1, undefined],
    ["text under an era", "era 2017: x\n  end: 2018\n  words", "parse-error", 3, 3],
    ["tags under a heading", "# G\n#tag\n2017: x", "parse-error", 2, 1],
    ["a front matter line that is not key: value", "---\njust words\n---\n", "parse-error", 2, 1],
    ["front matter that never closes", "---\ntitle: x\n2017: y", "parse-error", 1, 1],
    ["a bad dateline", "---\ndateline: someday\n---\n2017: x", "invalid-date", 2, 11],
    ["a bad time zone", "---\ntimezone: Mars/Olympus\n---\n2017: x", "invalid-time-zone", 2, 11],
    ["a bad source date", "2017: x\n  source: | Pub | not a date", "invalid-date", 2, 19],
  ])("reports %s at its line and column", (_name, text, code, line, column) => {
    const error = failure(text);
    expect(error).toMatchObject({ code, line });
    expect(error.column).toBe(column);
    expect(error.message).toMatch(new RegExp(`^line ${line}`));
  });

  it("leaves out what it cannot read in collect mode and reads the rest", () => {
    const input = read("2017: ok\n2025-13-01: bad\n  more\n2018: fine\n  importance: x\n2019: last\n", "collect");
    expect(input.events.map((e) => e.title)).toEqual(["ok", "last"]);
    expect(input.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["wrong-type", 5],
      ["invalid-date", 2],
    ]);
  });
});

describe("text syntax helpers", () => {
  it.each([
    ["#a #b", true],
    ["#a  #b-c", true],
    ["# a", false],
    ["#", false],
    ["##a", false],
    ["#a b", false],
  ])("isTagLine(%j) → %j", (text, expected) => {
    expect(isTagLine(text)).toBe(expected);
  });

  it.each([
    ["id: x", { key: "id", value: "x" }],
    ["relates-to: a, b", { key: "relates-to", value: "a, b" }],
    ["end:", { key: "end", value: "" }],
    ["https://x", null],
    ["two words: x", null],
  ])("splitKeyValue(%j)", (text, expected) => {
    const kv = splitKeyValue(text);
    expect(kv === null ? null : { key: kv.key, value: kv.value }).toEqual(expected);
  });

  it.each([
    ["https://a.example", { url: "https://a.example" }],
    ["https://a.example Title words", { url: "https://a.example", title: "Title words" }],
    ["Title only", { title: "Title only" }],
    ["| Publisher | 2025-01-29", { publisher: "Publisher", date: "2025-01-29" }],
    ["/relative/path Title | Pub", { url: "/relative/path", title: "Title", publisher: "Pub" }],
  ])("parseSource(%j)", (text, expected) => {
    expect(parseSource(text)).toEqual(expected);
  });
});
