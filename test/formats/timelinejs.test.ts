import { describe, expect, it } from "vitest";
import { createTimeline } from "../../src/model/timeline.js";
import { parseEvents } from "../../src/formats/parse-events.js";
import { cleanInteger, parseTimeOfDay } from "../../src/formats/timelinejs-slide.js";

const tljs = (doc: unknown, errors: "throw" | "collect" = "throw") =>
  parseEvents(JSON.stringify(doc), { format: "timelinejs", errors });
const sheet = (rows: string[], errors: "throw" | "collect" = "throw") =>
  parseEvents(rows.join("\n"), { format: "timelinejs", errors });
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { code: string; line?: number; column?: number; path?: string; message: string };
  }
  throw new Error("expected an error");
};

describe("TimelineJS JSON", () => {
  it("reads every slide field", () => {
    const input = tljs({
      title: { text: { headline: "Women <i>in</i> computing", text: "<p>An intro</p>" } },
      events: [
        {
          unique_id: "ada",
          start_date: { year: "1815", month: "12", day: "10", display_date: "Dec. 10, 1815" },
          end_date: { year: 1852, month: 11, day: 27 },
          text: { headline: "Ada <b>Lovelace</b>", text: '<p>Worked on <a href="https://en.wikipedia.org/wiki/Analytical_Engine">the engine</a>.</p>' },
          group: "People",
          media: { url: "https://example.com/ada.jpg", caption: "<i>Portrait</i>", credit: "Wikimedia", thumbnail: "https://example.com/t.jpg", alt: "A portrait" },
          background: { color: "#000" },
        },
      ],
      eras: [{ start_date: { year: 1940 }, end_date: { year: 1950 }, text: { headline: "The forties" } }],
      scale: "human",
    });
    expect(input.format).toBe("timelinejs");
    expect(input.title).toBe("Women in computing");
    expect(input.description).toBe("An intro");
    expect(input.events).toEqual([
      {
        id: "ada",
        title: "Ada Lovelace",
        start: { year: 1815, month: 12, day: 10, display_date: "Dec. 10, 1815" },
        end: { year: 1852, month: 11, day: 27 },
        description: "Worked on the engine.",
        group: "People",
        sources: [{ url: "https://en.wikipedia.org/wiki/Analytical_Engine", title: "the engine" }],
        media: { url: "https://example.com/ada.jpg", caption: "Portrait", credit: "Wikimedia", alt: "A portrait", thumbnail: "https://example.com/t.jpg" },
      },
    ]);
    expect(input.eras).toEqual([{ title: "The forties", start: { year: 1940 }, end: { year: 1950 } }]);
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "html-stripped", path: "$.events[0]" }));
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "html-stripped", path: "$.title.text" }));
  });

  it("draws an event with only a year as that year", () => {
    const timeline = createTimeline(tljs({ events: [{ start_date: { year: 2017 }, text: { headline: "Trust Act" } }] }));
    const start = timeline.events[0]?.start;
    expect(start?.precision).toBe("year");
    expect(start && start.end - start.start).toBe(365 * 86_400_000);
  });

  it.each([
    [{ year: 2017, month: 8 }, "month"],
    [{ year: 2017, month: 8, day: 28 }, "day"],
    [{ year: 2017, month: 8, day: 28, hour: 14 }, "hour"],
    [{ year: 2017, month: 8, day: 28, hour: 14, minute: 5 }, "minute"],
    [{ year: 2017, month: 8, day: 28, hour: 14, minute: 5, second: 9 }, "second"],
    [{ year: 2017, month: 8, day: 28, hour: 14, minute: 5, second: 9, millisecond: 250 }, "millisecond"],
    [{ year: 2017, month: "", day: "" }, "year"],
  ])("takes the precision from the finest field of %j", (start, precision) => {
    const timeline = createTimeline(tljs({ events: [{ start_date: start, text: { headline: "x" } }] }));
    expect(timeline.events[0]?.start.precision).toBe(precision);
  });

  it("reads negative years as BCE", () => {
    const timeline = createTimeline(tljs({ events: [{ start_date: { year: -44, month: 3, day: 15 }, text: { headline: "Ides of March" } }] }));
    const direct = createTimeline({ events: [{ title: "x", start: "-0043-03-15" }] });
    expect(timeline.events[0]?.start.start).toBe(direct.events[0]?.start.start);
  });

  it("uses the event-level display_date as the start's label", () => {
    const input = tljs({ events: [{ start_date: { year: 1850 }, display_date: "c. 1850", text: { headline: "x" } }] });
    expect(input.events[0]?.start).toEqual({ year: 1850, display_date: "c. 1850" });
    expect(createTimeline(input).events[0]?.start.label).toBe("c. 1850");
  });

  it("takes a missing headline from the text, with a warning", () => {
    const input = tljs({ events: [{ start_date: { year: 2017 }, text: { text: "<p>Only text here</p>" } }] });
    expect(input.events[0]?.title).toBe("Only text here");
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "missing-field", path: "$.events[0]" }));
  });

  it("keeps only safe links as sources", () => {
    const input = tljs(
      { events: [{ start_date: { year: 2017 }, text: { headline: "x", text: '<a href="javascript:alert(1)">a</a> <a href="https://ok.example">b</a> <a href="https://ok.example">again</a>' } }] },
    );
    expect(input.events[0]?.sources).toEqual([{ url: "https://ok.example", title: "b" }]);
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "unsafe-url", path: "$.events[0]" }));
  });

  it("leaves out media that is an HTML embed or an unsafe URL", () => {
    const input = tljs({
      events: [
        { start_date: { year: 2017 }, text: { headline: "a" }, media: { url: '<iframe src="https://x.example"></iframe>' } },
        { start_date: { year: 2018 }, text: { headline: "b" }, media: { url: "javascript:alert(1)" } },
      ],
    });
    expect(input.events.map((e) => e.media)).toEqual([undefined, undefined]);
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "html-stripped", path: "$.events[0].media" }));
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "unsafe-url", path: "$.events[1].media" }));
  });

  it.each([
    [{ events: [{ start_date: { year: "c. 1850" }, text: { headline: "x" } }] }, "invalid-date", "$.events[0].start_date.year"],
    [{ events: [{ start_date: { month: 3 }, text: { headline: "x" } }] }, "missing-field", "$.events[0].start_date.year"],
    [{ events: [{ start_date: "2017", text: { headline: "x" } }] }, "invalid-date", "$.events[0].start_date"],
    [{ events: [{ text: { headline: "x" } }] }, "missing-field", "$.events[0].start_date"],
    [{ events: [{ start_date: { year: 2017 } }] }, "missing-field", "$.events[0]"],
    [{ events: [{ start_date: { year: 2017, month: 13 }, text: { headline: "x" } }] }, "invalid-date", "$.events[0].start_date"],
    [{ events: [{ start_date: { year: 2017 }, text: { headline: "x" } }], eras: [{ start_date: { year: 2017 }, text: { headline: "e" } }] }, "missing-field", "$.eras[0].end_date"],
    [{ events: "nope" }, "parse-error", "$.events"],
  ])("reports %j with its JSON path", (doc, code, path) => {
    expect(failure(() => tljs(doc))).toMatchObject({ code, path });
  });

  it("warns about fields TimelineJS does not have", () => {
    const input = tljs({ events: [{ start_date: { year: 2017, era: "x" }, text: { headline: "x" }, colour: "red" }], extra: 1 });
    const paths = input.diagnostics.filter((d) => d.code === "unknown-field").map((d) => d.path);
    expect(paths).toEqual(["$.extra", "$.events[0].colour", "$.events[0].start_date.era"]);
  });

  it("reports a syntax error with its line and column", () => {
    expect(failure(() => parseEvents('{"events": [\n  {"start_date": }\n]}', { format: "timelinejs" }))).toMatchObject({
      code: "parse-error",
      line: 2,
      column: 18,
    });
  });
});

const HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background";

describe("TimelineJS sheet (CSV)", () => {
  it("reads every column of the template", () => {
    const input = sheet([
      HEADER,
      ',,,,,,,,,Women in computing,"<p>An <b>intro</b></p>",,,,,,title,,#000',
      '1815,12,10,2:30 PM,1852,11,27,23:59:59,"Dec. 10, 1815",Ada <b>Lovelace</b>,"<p>See <a href=""https://en.wikipedia.org/wiki/Ada_Lovelace"">her</a></p>",https://example.com/ada.jpg,<a href="https://x.example">Wikimedia</a>,<i>Portrait</i>,https://example.com/t.jpg,A portrait,,People,',
      "1940,,,,1950,,,,,The forties,,,,,,,era,,",
    ]);
    expect(input.title).toBe("Women in computing");
    expect(input.description).toBe("An intro");
    expect(input.events).toEqual([
      {
        title: "Ada Lovelace",
        start: { year: 1815, month: 12, day: 10, hour: 14, minute: 30, display_date: "Dec. 10, 1815" },
        end: { year: 1852, month: 11, day: 27, hour: 23, minute: 59, second: 59 },
        description: "See her",
        group: "People",
        sources: [{ url: "https://en.wikipedia.org/wiki/Ada_Lovelace", title: "her" }],
        media: { url: "https://example.com/ada.jpg", caption: "Portrait", credit: "Wikimedia", alt: "A portrait", thumbnail: "https://example.com/t.jpg" },
      },
    ]);
    expect(input.eras).toEqual([{ title: "The forties", start: { year: 1940 }, end: { year: 1950 } }]);
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "html-stripped", line: 3 }));
  });

  it("matches column names case- and space-insensitively, in any order", () => {
    const input = sheet(["headline,YEAR,endyear,display date", "Trust Act,2017,2018,twenty-seventeen"]);
    expect(input.events[0]).toEqual({ title: "Trust Act", start: { year: 2017, display_date: "twenty-seventeen" }, end: { year: 2018 } });
  });

  it("cleans thousands separators in years", () => {
    expect(sheet(["Year,Headline", '"-1,200",Bronze age collapse']).events[0]?.start).toEqual({ year: -1200 });
  });

  it("is detected from its header", () => {
    const input = parseEvents(`${HEADER}\n2017,,,,,,,,,Trust Act,,,,,,,,,`);
    expect(input.format).toBe("timelinejs");
    expect(input.diagnostics[0]).toMatchObject({ code: "format-detected", line: 1 });
  });

  it.each([
    [["Year,Headline", "c. 1850,x"], "invalid-date", 2, 1],
    [["Year,Time,Headline", "2017,noon,x"], "invalid-date", 2, 6],
    [["Year,Month,Headline", ",3,x"], "missing-field", 2, 2],
    [["Year,Headline", "2017,"], "missing-field", 2, undefined],
    [["Year,Headline,Type", "2017,Era without end,era"], "missing-field", 2, undefined],
    [["Month,Headline", "3,x"], "parse-error", 1, 1],
    [["Year,Headline,Year", "2017,x,2018"], "parse-error", 1, 15],
    [["Year,Month,Headline", "2017,13,x"], "invalid-date", 2, 1],
  ])("reports %j at its line and column", (rows, code, line, column) => {
    const error = failure(() => sheet(rows));
    expect(error).toMatchObject({ code, line });
    expect(error.column).toBe(column);
  });

  it("ignores end fields without an End Year, with a warning (as TimelineJS does)", () => {
    const input = sheet(["Year,End Month,Headline", "2017,5,x"]);
    expect(input.events[0]?.end).toBeUndefined();
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "missing-field", severity: "warning", line: 2, column: 6 }));
  });

  it("warns about unknown columns", () => {
    const input = sheet(["Year,Headline,Mood", "2017,x,happy"]);
    expect(input.diagnostics).toContainEqual(expect.objectContaining({ code: "unknown-column", line: 1, column: 15 }));
  });
});

describe("cleanInteger and parseTimeOfDay", () => {
  it.each([
    [2017, 2017],
    ["2017", 2017],
    [" -44 ", -44],
    ["\u221244", -44],
    ["1,850", 1850],
    ["", undefined],
    [undefined, undefined],
    ["c. 1850", null],
    [1.5, null],
    ["12345678901234567", null],
  ])("cleanInteger(%j) → %j", (value, expected) => {
    expect(cleanInteger(value)).toBe(expected);
  });

  it.each([
    ["14:30", { hour: 14, minute: 30 }],
    ["14:30:05", { hour: 14, minute: 30, second: 5 }],
    ["14:30:05.25", { hour: 14, minute: 30, second: 5, millisecond: 250 }],
    ["2:30 PM", { hour: 14, minute: 30 }],
    ["12:00 am", { hour: 0, minute: 0 }],
    ["12 p.m.", { hour: 12 }],
    ["7pm", { hour: 19 }],
    ["14", null],
    ["13 PM", null],
    ["noon", null],
  ])("parseTimeOfDay(%j)", (text, expected) => {
    expect(parseTimeOfDay(text)).toEqual(expected);
  });
});
