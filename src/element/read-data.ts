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
import { errorMessage } from "./error-box.js";

/** Selector of the data scripts the element reads (direct children only). */
export const DATA_SCRIPT = ':scope > script:is([type="application/json"], [type="text/plain"], [type="text/chronoline"])';

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
  const { format, parse } = options;
  const read = (text: string, filename?: string) =>
    parse(text, {
      format,
      filename,
      timeZone: options.timeZone,
      referenceDate: options.referenceDate,
      // JSON is checked by createTimeline, whose errors name the event by its id ("event
      // 'waukegan-statement': start …"), which says more to an author than a JSON path does.
      // Text and CSV keep the reader's check, which points at the line and column.
      checkDates: !(filename?.endsWith(".json") || format === "json" || format === "timelinejs"),
    });
  const src = element.getAttribute("src")?.trim();
  if (src) {
    options.onLoading?.();
    // The path part names the file, for detection by extension (`events.json?v=2`).
    return read(await load(src, options.signal), src.replace(/[?#].*$/, ""));
  }
  const script = element.querySelector(DATA_SCRIPT);
  if (script) return read(script.textContent ?? "", script.getAttribute("type") === "application/json" ? "data.json" : undefined);
  if (format) {
    // A child <pre>, else the element's own text (child elements — scripts, a static SVG, markup — left out).
    const pre = element.querySelector(":scope > pre");
    let text = pre?.textContent ?? "";
    if (!pre) for (const node of element.childNodes) if (node.nodeType === 3) text += node.nodeValue;
    return read(dedent(text));
  }
  return undefined;
}

async function load(src: string, signal: AbortSignal | undefined): Promise<string> {
  const failed = (why: string) => new ChronolineError("invalid-input", `could not load '${src}': ${why}`.trim(), { input: src, field: "src" });
  let response: Response;
  try {
    response = await fetch(src, { credentials: "same-origin", signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw failed(
      globalThis.location?.protocol === "file:"
        ? "a page opened from file:// cannot fetch data files; serve the folder (npm start) or put the data inside the element"
        : errorMessage(error),
    );
  }
  if (!response.ok) throw failed(`HTTP ${response.status} ${response.statusText}`);
  return response.text();
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
  const lines = text.replace(/\r\n?/g, "\n").replace(/^\s*\n|\n\s*$/g, "").split("\n");
  let cut = Infinity;
  for (const line of lines) if (line.trim()) cut = Math.min(cut, line.length - line.trimStart().length);
  return cut < Infinity ? lines.map((line) => line.slice(cut)).join("\n") : "";
}
