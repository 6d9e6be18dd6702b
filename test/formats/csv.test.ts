import { describe, expect, it } from "vitest";
import { columnKey, readCsv } from "../../src/formats/csv.js";
import { parseEvents } from "../../src/formats/parse-events.js";
import { createReporter } from "../../src/formats/report.js";

const events = (csv: string) => readCsv(csv, createReporter()).input.events;
const collect = (csv: string) => parseEvents(csv, { format: "csv", errors: "collect" });
const failure = (csv: string) => {
  try {
    parseEvents(csv, { format: "csv" });
  } catch (error) {
    return error as { code: string; line?: number; column?: number; message: string };
  }
  throw new Error("expected an error");
};

describe("readCsv columns", () => {
  it.each([
    ["id", "x", { id: "x" }],
    ["end", "2021", { end: "2021" }],
    ["group", "state", { group: "state" }],
    ["tags", "law; immigration, police", { tags: ["law", "immigration", "police"] }],
    ["description", "Line 1\nLine 2", { description: "Line 1\nLine 2" }],
    ["quote", "Game on.", { quote: "Game on." }],
    ["speaker", "Tom Homan", { speaker: "Tom Homan" }],
    ["importance", "3", { importance: 3 }],
    ["relations", "trust-act (cites), other", { relations: [{ to: "trust-act", kind: "cites" }, { to: "other" }] }],
    ["source_url", "https://example.com", { sources: [{ url: "https://example.com" }] }],
    ["source_title", "Statement", { sources: [{ title: "Statement" }] }],
    ["source_publisher", "Fox News Digital", { sources: [{ publisher: "Fox News Digital" }] }],
    ["source_date", "2025-01-29", { sources: [{ date: "2025-01-29" }] }],
    ["source2_url", "https://b.example", { sources: [{ url: "https://b.example" }] }],
    ["media_url", "https://example.com/a.jpg", { media: { url: "https://example.com/a.jpg" } }],
  ])("reads the %s column", (column, value, expected) => {
    const csv = `title,start,${column}\nA,2017,"${value}"\n`;
    expect(events(csv)[0]).toEqual({ title: "A", start: "2017", ...expected });
  });

  it("joins quote and speaker into one quote", () => {
    expect(events("title,start,quote,speaker\nA,2017,Game on.,Tom Homan")[0]?.quote).toEqual({ text: "Game on.", speaker: "Tom Homan" });
  });

  it("reads all media columns together", () => {
    const csv = "title,start,media_url,media_caption,media_credit,media_alt,media_thumbnail\nA,2017,https://x.example/a.jpg,Cap,Cred,Alt,https://x.example/t.jpg";
    expect(events(csv)[0]?.media).toEqual({
      url: "https://x.example/a.jpg",
      caption: "Cap",
      credit: "Cred",
      alt: "Alt",
      thumbnail: "https://x.example/t.jpg",
    });
  });

  it.each([
    ["Title", "title"],
    [" START ", "start"],
    ["Source URL", "source_url"],
    ["source-publisher", "source_publisher"],
    ["Date", "start"],
    ["Time Zone", "time_zone"],
    ["Dateline", "reference_date"],
    ["Relates-To", "relations"],
  ])("matches the header %j case- and space-insensitively", (header, column) => {
    const key = columnKey(header);
    const name = key?.kind === "plain" ? key.column : key ? `source_${key.field}` : null;
    expect(name).toBe(column);
  });

  it("recognises numbered source columns", () => {
    expect(columnKey("Source 3 Title")).toEqual({ kind: "source", source: 2, field: "title" });
    expect(columnKey("source0_title")).toBeNull();
  });

  it("trims cells and skips empty rows", () => {
    expect(events("title , start\n  A  , 2017 \n,\n\n")).toEqual([{ title: "A", start: "2017" }]);
  });

  it("removes the spreadsheet formula guard from cells", () => {
    expect(events("title,start\n'=SUM(A1),2017\n'Tis,2018")).toEqual([
      { title: "=SUM(A1)", start: "2017" },
      { title: "'Tis", start: "2018" },
    ]);
  });

  it("reads negative years in date cells as written", () => {
    expect(events("title,start\nCaesar,-0043")[0]?.start).toBe("-0043");
  });

  it("reads semicolon-separated files with a BOM and CRLF", () => {
    expect(events("\ufefftitle;start\r\n\"A; B\";2017\r\n")).toEqual([{ title: "A; B", start: "2017" }]);
  });
});

describe("readCsv rows of other types", () => {
  it("reads title, group and era rows", () => {
    const csv = [
      "type,id,title,start,end,description,color,time_zone,reference_date,locale",
      "title,,The story,,,About it,,America/Chicago,2025-01-29,en-GB",
      "group,state,Illinois,,,The state,#336699,,,",
      "group,city,,,,,,,,",
      "era,,First term,2017-01-20,2021-01-20,,,,,",
      "event,a,A,2017,,,,,,",
      ",b,B,2018,,,,,,",
    ].join("\n");
    const input = readCsv(csv, createReporter()).input;
    expect(input).toEqual({
      title: "The story",
      description: "About it",
      timeZone: "America/Chicago",
      referenceDate: "2025-01-29",
      locale: "en-GB",
      groups: [{ id: "state", label: "Illinois", description: "The state", color: "#336699" }, { id: "city" }],
      eras: [{ title: "First term", start: "2017-01-20", end: "2021-01-20" }],
      events: [
        { id: "a", title: "A", start: "2017" },
        { id: "b", title: "B", start: "2018" },
      ],
    });
  });
});

describe("readCsv problems", () => {
  it("warns about unknown columns, naming line 1 and the column", () => {
    const result = collect("title,start,colour of sky\nA,2017,blue");
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "unknown-column", line: 1, column: 13 }));
    expect(result.events).toEqual([{ title: "A", start: "2017" }]);
  });

  it("reports a duplicate column and ignores the second one", () => {
    const result = collect("title,start,Title\nA,2017,B");
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ severity: "error", code: "parse-error", line: 1, column: 13 }));
    expect(result.events[0]?.title).toBe("A");
  });

  it.each(["title", "start"])("fails when the %s column is missing", (column) => {
    const header = column === "title" ? "start,id" : "title,id";
    expect(failure(`${header}\nx,y`)).toMatchObject({ code: "parse-error", line: 1, column: 1 });
    expect(() => collect(`${header}\nx,y`)).toThrow(/has no '(title|start)' column/);
  });

  it("fails on an empty file", () => {
    expect(failure("")).toMatchObject({ code: "parse-error", line: 1 });
  });

  it.each([
    ["title", "title,start\n,2017", 2],
    ["start", "title,start\nA,", 2],
  ])("reports a row without %s at its line", (field, csv, line) => {
    expect(failure(csv)).toMatchObject({ code: "missing-field", line });
  });

  it("reports a bad importance at its cell", () => {
    expect(failure("title,start,importance\nA,2017,high")).toMatchObject({ code: "wrong-type", line: 2, column: 8 });
  });

  it("reports media fields without a media URL", () => {
    expect(failure("title,start,media_caption\nA,2017,Cap")).toMatchObject({ code: "missing-field", line: 2, column: 8 });
  });

  it("reports an unknown row type", () => {
    expect(failure("type,title,start\nslide,A,2017")).toMatchObject({ code: "parse-error", line: 2, column: 1 });
  });

  it("reports an era row without an end", () => {
    expect(failure("type,title,start\nera,A,2017")).toMatchObject({ code: "missing-field", line: 2 });
  });

  it("warns about cells beyond the header", () => {
    const result = collect("title,start\nA,2017,extra");
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: "unknown-column", line: 2, column: 8 }));
  });

  it("reports a bad date at its line and column", () => {
    expect(failure("title,start\nA,2017\nB,Jna 20 2025")).toMatchObject({ code: "invalid-date", line: 3, column: 3 });
  });

  it("leaves out the row with an unclosed quote in collect mode and keeps the rest", () => {
    const result = collect('title,start\n"A,2017\nB,2018\n');
    expect(result.events).toEqual([{ title: "B", start: "2018" }]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([
      expect.objectContaining({ code: "parse-error", line: 2, column: 1 }),
    ]);
  });
});
