/**
 * Where a `<chrono-line>` finds its data, in order: a `src` URL; a child
 * `<script type="application/json">` (chronoline JSON or TimelineJS) or
 * `<script type="text/plain">` (any format); with a `format` attribute, a child `<pre>` or the
 * element's own text. Data scripts are only ever read as text, never run, so inline data works
 * under a strict Content Security Policy.
 */
import { ChronolineError } from "../errors.js";
import type { Format, ParseOptions, ParsedEvents } from "../formats/types.js";
import type { DateInput } from "../model/types.js";

/** Selector of the data scripts the element reads (direct children only). */
export const DATA_SCRIPT = ':scope > script[type="application/json"], :scope > script[type="text/plain"], :scope > script[type="text/chronoline"]';

/**
 * Turns the element's text into timeline input: `parseEvents` in the npm build (every format),
 * a JSON-only reader in the one-script-tag build until the formats add-on is loaded.
 */
export type DataParser = (text: string, options: ParseOptions) => ParsedEvents | Promise<ParsedEvents>;

/** What reading needs besides the element. */
export interface ReadOptions {
  /** Reads the text (see {@link DataParser}). */
  readonly parse: DataParser;
  /** The `format` attribute; undefined detects the format. */
  readonly format: Format | undefined;
  /** Zone and reference date for checking dates while reading (from the attributes). */
  readonly timeZone?: string | undefined;
  readonly referenceDate?: DateInput | undefined;
  /** Aborts a pending `src` request when the element re-renders or leaves the page. */
  readonly signal?: AbortSignal;
  /** Called before a `src` request starts (the element shows "Loading…"). */
  readonly onLoading?: () => void;
}

/**
 * Reads the element's data as raw timeline input, or undefined when it has none.
 *
 * @throws {@link ChronolineError} `parse-error` (with line and column) for unreadable text,
 *   `invalid-input` for a `src` that cannot be loaded.
 * @example
 * ```ts
 * const input = await readElementData(element, { parse: parseEvents, format: undefined });
 * if (input) mount(frame, input);
 * ```
 */
export async function readElementData(element: Element, options: ReadOptions): Promise<ParsedEvents | undefined> {
  const src = element.getAttribute("src")?.trim();
  if (src) {
    options.onLoading?.();
    return options.parse(await load(src, options.signal), parseOptions(options, fileName(src)));
  }
  const script = element.querySelector(DATA_SCRIPT);
  if (script !== null) {
    const json = script.getAttribute("type") === "application/json";
    return options.parse(script.textContent ?? "", parseOptions(options, json ? "data.json" : undefined));
  }
  if (options.format !== undefined) {
    const pre = element.querySelector(":scope > pre");
    return options.parse(dedent(pre !== null ? (pre.textContent ?? "") : ownText(element)), parseOptions(options, undefined));
  }
  return undefined;
}

function parseOptions(options: ReadOptions, filename: string | undefined): ParseOptions {
  const out: ParseOptions = {};
  if (options.format !== undefined) out.format = options.format;
  if (filename !== undefined) out.filename = filename;
  if (options.timeZone !== undefined) out.timeZone = options.timeZone;
  if (options.referenceDate !== undefined) out.referenceDate = options.referenceDate;
  // JSON is checked by createTimeline, whose errors name the event by its id ("event
  // 'waukegan-statement': start …"), which says more to an author than a JSON path does. Text
  // and CSV keep the reader's check, which points at the line and column.
  if (filename?.endsWith(".json") || options.format === "json" || options.format === "timelinejs") out.checkDates = false;
  return out;
}

async function load(src: string, signal: AbortSignal | undefined): Promise<string> {
  let response: Response;
  try {
    response = await fetch(src, { credentials: "same-origin", ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    const fromFile = typeof location !== "undefined" && location.protocol === "file:";
    throw new ChronolineError(
      "invalid-input",
      `could not load '${src}'` +
        (fromFile
          ? ": a page opened from the file system cannot fetch data files; serve the folder (npm start) or put the data inside the element"
          : `: ${error instanceof Error ? error.message : String(error)}`),
      { input: src, field: "src" },
    );
  }
  if (!response.ok) {
    throw new ChronolineError("invalid-input", `could not load '${src}': HTTP ${response.status} ${response.statusText}`.trim(), {
      input: src,
      field: "src",
    });
  }
  return response.text();
}

/** The path part of a URL, for format detection by extension (`events.json?v=2` → `events.json`). */
function fileName(src: string): string {
  return src.replace(/[?#].*$/, "");
}

/** The element's own text, child elements (scripts, a static SVG, markup) left out. */
function ownText(element: Element): string {
  let text = "";
  for (const node of Array.from(element.childNodes)) if (node.nodeType === 3) text += node.nodeValue ?? "";
  return text;
}

/**
 * Removes the indentation every line shares and blank lines around the text, so a timeline
 * written indented inside HTML reads as if it started at the margin.
 *
 * @example
 * ```ts
 * dedent("\n    2017: A\n      id: a\n  "); // "2017: A\n  id: a"
 * ```
 */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  let cut = Infinity;
  for (const line of lines) if (line.trim() !== "") cut = Math.min(cut, line.length - line.trimStart().length);
  return Number.isFinite(cut) ? lines.map((line) => line.slice(cut)).join("\n") : lines.join("\n");
}
