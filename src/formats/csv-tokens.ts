/**
 * An RFC 4180 CSV tokenizer written as one forward scan (linear time, no regular expressions over
 * the data, no `new Function`), keeping the line and column where every cell starts.
 *
 * Handled: a leading BOM; LF, CRLF and lone-CR line ends; quoted cells with delimiters, doubled
 * quotes and line breaks inside; blank lines (skipped). A quote that is never closed is reported
 * at the line and column where it opened — the scan then goes back to that quote, reads it as an
 * ordinary character, and from there on no quoted cell may span lines, so one stray quote can
 * never swallow the rest of the file into a single cell.
 */
import type { Reporter } from "./report.js";

/** One cell as read: its text (quotes removed) and where it starts (1-based). */
export interface CsvCell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** One record: its cells and the line it starts on. */
export interface CsvRow {
  readonly cells: readonly CsvCell[];
  readonly line: number;
  /** True when the row had an unclosed quote (reported): it was re-read, but should not be trusted. */
  readonly broken?: boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const BOM = 0xfeff;

/**
 * The delimiter of a CSV text: whichever of comma, semicolon and tab occurs most often outside
 * quotes on its first line. Default `","`.
 *
 * @example
 * sniffDelimiter("title;start\nA;2017"); // → ";"
 */
export function sniffDelimiter(text: string): string {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) break;
    else if (!inQuotes && (c === "," || c === ";" || c === "\t")) counts[c]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

/**
 * Splits CSV text into rows of cells. Problems (an unclosed quote; text after a closing quote)
 * go to `report`; in "collect" mode the scan recovers and goes on.
 *
 * @example
 * const rows = tokenizeCsv('title,start\n"Hello, world",2017\n', ",", createReporter());
 * rows[1].cells[0]; // → { text: "Hello, world", line: 2, column: 1 }
 */
export function tokenizeCsv(text: string, delimiter: string, report: Reporter): CsvRow[] {
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  let i = n > 0 && text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  let lineStart = i;
  // After an unclosed quote, quoted cells end at the end of their line (see the file comment).
  let multiline = true;
  // Quotes on this line are plain characters (set when a quote on it was never closed).
  let literalQuotesOnLine = -1;
  const rows: CsvRow[] = [];
  let cells: CsvCell[] = [];
  let rowLine = line;
  let lastQuoted = false;
  let broken = false;

  const endRow = () => {
    // A line with nothing on it is not a record; `""` alone is (one empty cell).
    const blank = cells.length === 1 && cells[0]?.text === "" && !lastQuoted;
    if (!blank) rows.push(broken ? { cells, line: rowLine, broken } : { cells, line: rowLine });
    cells = [];
    broken = false;
  };

  for (;;) {
    const cellLine = line;
    const cellColumn = i - lineStart + 1;
    let value: string | null = null;
    lastQuoted = false;
    if (i < n && text.charCodeAt(i) === QUOTE && literalQuotesOnLine !== line) {
      const savedLineStart = lineStart;
      let j = i + 1;
      let segment = j;
      let parts = "";
      let closed = false;
      let spanned = false;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === QUOTE) {
          if (j + 1 < n && text.charCodeAt(j + 1) === QUOTE) {
            parts += text.slice(segment, j + 1);
            j += 2;
            segment = j;
            continue;
          }
          parts += text.slice(segment, j);
          j++;
          closed = true;
          break;
        }
        if (c === LF || c === CR) {
          if (!multiline) break;
          if (c === CR && j + 1 < n && text.charCodeAt(j + 1) === LF) j++;
          line++;
          lineStart = j + 1;
          spanned = true;
        }
        j++;
      }
      const after = closed && j < n ? text.charCodeAt(j) : -1;
      const cleanEnd = after === -1 || after === delim || after === LF || after === CR;
      if (closed && (cleanEnd || !spanned)) {
        value = parts;
        lastQuoted = true;
        i = j;
        if (!cleanEnd) {
          // `"abc"def`: not RFC 4180, but spreadsheets read it as abcdef; say so and keep it.
          report.warn("parse-error", "text after a closing quote was kept as part of the cell", {
            line,
            column: j - lineStart + 1,
          });
        }
      } else {
        // Never closed, or closed lines later with text glued to it: the opening quote was
        // probably a typo. Report it where it opened and re-read the line with the quote as text.
        report.error(
          "parse-error",
          closed
            ? `the quote that opens this cell closes only on line ${line}, followed by more text; is a closing quote missing?`
            : "this quote is never closed",
          { line: cellLine, column: cellColumn },
        );
        line = cellLine;
        lineStart = savedLineStart;
        multiline = false;
        broken = true;
        literalQuotesOnLine = line;
      }
    }
    // Unquoted cell (or the rest of a cell after a closing quote, or a re-read after an unclosed quote).
    let k = i;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === delim || c === LF || c === CR) break;
      k++;
    }
    value = value === null ? text.slice(i, k) : value + text.slice(i, k);
    cells.push({ text: value, line: cellLine, column: cellColumn });
    i = k;
    if (i >= n) {
      endRow();
      break;
    }
    const c = text.charCodeAt(i);
    i++;
    if (c === delim) continue;
    if (c === CR && i < n && text.charCodeAt(i) === LF) i++;
    endRow();
    line++;
    lineStart = i;
    rowLine = line;
    if (i >= n) break;
  }
  return rows;
}
