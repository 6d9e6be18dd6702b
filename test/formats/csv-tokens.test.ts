import { describe, expect, it } from "vitest";
import { ChronolineError } from "../../src/errors.js";
import { sniffDelimiter, tokenizeCsv } from "../../src/formats/csv-tokens.js";
import { createReporter } from "../../src/formats/report.js";

const texts = (csv: string, delimiter = ",") => tokenizeCsv(csv, delimiter, createReporter()).map((r) => r.cells.map((c) => c.text));

describe("tokenizeCsv", () => {
  it.each([
    ["plain cells", "a,b\nc,d", [["a", "b"], ["c", "d"]]],
    ["a trailing line break adds no row", "a,b\n", [["a", "b"]]],
    ["CRLF line ends", "a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]],
    ["lone CR line ends", "a,b\rc,d", [["a", "b"], ["c", "d"]]],
    ["a BOM is not part of the first cell", "\ufefftitle,start\n", [["title", "start"]]],
    ["quoted delimiter", '"a,b",c', [["a,b", "c"]]],
    ["doubled quotes", '"say ""hi""",x', [['say "hi"', "x"]]],
    ["quoted LF", '"line 1\nline 2",x', [["line 1\nline 2", "x"]]],
    ["quoted CRLF is kept as written", '"line 1\r\nline 2",x', [["line 1\r\nline 2", "x"]]],
    ["empty cells", "a,,c,", [["a", "", "c", ""]]],
    ["blank lines are skipped", "a\n\n\nb", [["a"], ["b"]]],
    ['"" alone is a row with one empty cell', 'a\n""\nb', [["a"], [""], ["b"]]],
    ["a quote inside an unquoted cell is a character", 'ab"c,d', [['ab"c', "d"]]],
    ["semicolons", "a;b\n1;2", [["a", "b"], ["1", "2"]], ";"],
    ["tabs", "a\tb", [["a", "b"]], "\t"],
  ])("reads %s", (_name, csv, expected, delimiter = ",") => {
    expect(texts(csv as string, delimiter as string)).toEqual(expected);
  });

  it("keeps the line and column where each cell starts, across quoted line breaks", () => {
    const rows = tokenizeCsv('a,"b\nc",d\ne,f', ",", createReporter());
    expect(rows[0]?.cells.map((c) => [c.line, c.column])).toEqual([[1, 1], [1, 3], [2, 4]]);
    expect(rows[1]?.line).toBe(3);
    expect(rows[1]?.cells[1]).toEqual({ text: "f", line: 3, column: 3 });
  });

  it("counts columns after a BOM from the first visible character", () => {
    const rows = tokenizeCsv("\ufeffa,b", ",", createReporter());
    expect(rows[0]?.cells[1]?.column).toBe(3);
  });

  it("reports an unclosed quote at its own line and column", () => {
    const csv = 'title,start\nok,2017\n"never closed,2018\nlast,2019\n';
    let error: unknown;
    try {
      tokenizeCsv(csv, ",", createReporter());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChronolineError);
    expect(error).toMatchObject({ code: "parse-error", line: 3, column: 1 });
    expect((error as Error).message).toMatch(/^line 3, column 1: this quote is never closed/);
  });

  it("never swallows the rest of the file into one cell after an unclosed quote (collect mode)", () => {
    const report = createReporter("collect");
    const rows = tokenizeCsv('title,start\n"never closed,2018\nlast,2019\nx,"y"\n', ",", report);
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["title", "start"],
      ['"never closed', "2018"],
      ["last", "2019"],
      ["x", "y"],
    ]);
    expect(rows[1]?.broken).toBe(true);
    expect(rows[2]?.broken).toBeUndefined();
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0]).toMatchObject({ severity: "error", line: 2, column: 1 });
  });

  it("reports a quote that closes lines later with text glued to it at the line where it opened", () => {
    const csv = 'a,b\n"oops,1\nmore,2\n"tail",3\n';
    const report = createReporter("collect");
    const rows = tokenizeCsv(csv, ",", report);
    expect(report.diagnostics[0]).toMatchObject({ code: "parse-error", line: 2, column: 1 });
    expect(report.diagnostics[0]?.message).toMatch(/closes only on line 4/);
    expect(rows.map((r) => r.cells[0]?.text)).toEqual(["a", '"oops', "more", "tail"]);
  });

  it("keeps text after a closing quote on the same line, with a warning", () => {
    const report = createReporter();
    expect(tokenizeCsv('"abc"def,x', ",", report)[0]?.cells[0]?.text).toBe("abcdef");
    expect(report.diagnostics[0]).toMatchObject({ severity: "warning", line: 1, column: 6 });
  });

  it("reads a 100 000-row file without recursion or backtracking", () => {
    const csv = `a,b\n${'"x, ""y""",2017\n'.repeat(100_000)}`;
    const rows = tokenizeCsv(csv, ",", createReporter());
    expect(rows).toHaveLength(100_001);
    expect(rows[100_000]?.cells[0]?.text).toBe('x, "y"');
  });
});

describe("sniffDelimiter", () => {
  it.each([
    ["title,start", ","],
    ["title;start;end", ";"],
    ["title\tstart", "\t"],
    ['"a;b;c",x', ","],
    ["title", ","],
  ])("picks the delimiter of %j", (line, expected) => {
    expect(sniffDelimiter(line)).toBe(expected);
  });
});
