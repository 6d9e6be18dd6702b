import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ChronolineError } from "../errors.js";
import type { Diagnostic } from "../errors.js";
import { parseEvents } from "../formats/parse-events.js";
import type { Format } from "../formats/types.js";
import { toCSV } from "../formats/write-csv.js";
import { toJSON } from "../formats/write-json.js";
import { toText } from "../formats/write-text.js";
import type { Orientation } from "../layout/types.js";
import type { SVGOptions } from "../render/to-svg-string.js";
import { renderToSVG } from "../render/to-svg-string.js";
import type { ThemeName } from "../render/theme.js";

/**
 * The command line: `chronoline render events.json -o timeline.svg` and `chronoline convert in.csv -o out.json`. Exit codes: 0 success,
 * 2 bad input or usage (one line naming the event and field), 1 anything unexpected.
 * The output file is written only after rendering succeeded, via a temporary file and a rename,
 * so a failed run never leaves a half-written or stale-looking SVG behind.
 */

/** What the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  /** Reads all of standard input as UTF-8. */
  readStdin(): Promise<string>;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `Usage: chronoline render <file | -> [options]
       chronoline convert <file | -> -o <out.json | out.csv | out.txt> [options]

render   draws the timeline as a standalone SVG.
convert  rewrites it in another format (JSON, CSV or the text syntax).

Input may be chronoline JSON ({"events": [...]} or an array of events), CSV, TimelineJS3 JSON or
its spreadsheet saved as CSV, or the text syntax; the format is detected from the file name and
the content (the choice is reported), or given with --format.

Options:
  -o, --output <file>        write here (default: standard output)
  --format <f>               input format: json, csv, timelinejs or text (default: detected)
  --to <f>                   convert: output format json, csv or text (default: from -o's extension)
  --width <px>               drawing width (default 960)
  --height <px>              drawing height (default: fits the content)
  --orientation <o>          horizontal (default) or vertical
  --theme <t>                auto (default), light or dark
  --reference-date <date>    what relative dates ("Sunday", "yesterday") resolve against
  --time-zone <zone>         IANA zone for dates without an offset (default: the file's, else UTC)
  --locale <tag>             BCP-47 locale for dates (default: the file's, else en-US)
  --gaps <auto|none>         compress long empty stretches (default auto)
  --title <text>             title of the drawing
  --id-prefix <id>           prefix of ids inside the SVG
  --responsive               width 100% with a viewBox, to scale with the page
  -q, --quiet                do not print warnings
  -h, --help                 show this help
`;

class UsageError extends Error {}

type Command = "render" | "convert";
type OutputFormat = "json" | "csv" | "text";

interface Parsed {
  command: Command;
  format: Format | undefined;
  to: OutputFormat | undefined;
  file: string;
  output: string | undefined;
  quiet: boolean;
  options: SVGOptions;
}

const VALUE_FLAGS = new Set([
  "-o",
  "--output",
  "--width",
  "--height",
  "--orientation",
  "--theme",
  "--reference-date",
  "--time-zone",
  "--locale",
  "--gaps",
  "--title",
  "--id-prefix",
  "--format",
  "--to",
]);

function parseArgs(argv: readonly string[]): Parsed | "help" {
  if (argv.includes("-h") || argv.includes("--help")) return "help";
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError("missing command");
  if (command !== "render" && command !== "convert") throw new UsageError(`unknown command '${command}'`);
  const options: SVGOptions = {};
  let format: Format | undefined;
  let to: OutputFormat | undefined;
  let file: string | undefined;
  let output: string | undefined;
  let quiet = false;
  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i]!;
    let value: string | undefined;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    if (eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === "-" || !arg.startsWith("-")) {
      if (file !== undefined) throw new UsageError(`unexpected argument '${arg}'`);
      file = arg;
      continue;
    }
    if (arg === "--responsive" || arg === "-q" || arg === "--quiet") {
      if (value !== undefined) throw new UsageError(`${arg} takes no value`);
      if (arg === "--responsive") options.responsive = true;
      else quiet = true;
      continue;
    }
    if (!VALUE_FLAGS.has(arg)) throw new UsageError(`unknown option '${arg}'`);
    if (value === undefined) {
      value = rest[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
    }
    switch (arg) {
      case "-o":
      case "--output":
        output = value;
        break;
      case "--width":
        options.width = number(arg, value);
        break;
      case "--height":
        options.height = number(arg, value);
        break;
      case "--orientation":
        options.orientation = oneOf(arg, value, ["horizontal", "vertical"]) as Orientation;
        break;
      case "--theme":
        options.theme = oneOf(arg, value, ["auto", "light", "dark"]) as ThemeName;
        break;
      case "--gaps":
        options.gaps = oneOf(arg, value, ["auto", "none"]) as "auto" | "none";
        break;
      case "--reference-date":
        options.referenceDate = value;
        break;
      case "--time-zone":
        options.timeZone = value;
        break;
      case "--locale":
        options.locale = value;
        break;
      case "--title":
        options.title = value;
        break;
      case "--id-prefix":
        options.idPrefix = value;
        break;
      case "--format":
        format = oneOf(arg, value, ["json", "csv", "timelinejs", "text"]) as Format;
        break;
      case "--to":
        to = oneOf(arg, value, ["json", "csv", "text"]) as OutputFormat;
        break;
    }
  }
  if (file === undefined) throw new UsageError("missing input file (use - for standard input)");
  if (command === "convert" && to === undefined) {
    if (output === undefined) throw new UsageError("convert needs -o <file> or --to <json|csv|text>");
    to = outputFormat(output);
  }
  return { command, format, to, file, output, quiet, options };
}

/** The output format a file name asks for. */
function outputFormat(file: string): OutputFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".timeline")) return "text";
  throw new UsageError(`cannot tell the output format from '${file}': use .json, .csv or .txt, or --to`);
}

function number(flag: string, value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(n > 0)) throw new UsageError(`${flag} must be a positive number, got '${value}'`);
  return n;
}

function oneOf(flag: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got '${value}'`);
  return value;
}

/**
 * Where in a JSON file an error from building the timeline is (`$.events[1].start`), from the
 * error's event index and field, when the message does not say already (the readers' own errors
 * carry a path or a line); "" for other formats, which name lines instead.
 */
function jsonPath(error: ChronolineError, text: string): string {
  const { index, field, path, line } = error;
  if (path !== undefined || line !== undefined || error.message.startsWith("$") || !/^\s*[[{]/.test(text)) return "";
  const events = /^\s*\[/.test(text) ? "$" : "$.events";
  if (index !== undefined) return `${events}[${index}]${field ? `.${field}` : ""}`;
  return field && !error.message.startsWith("option ") ? `$.${field}` : "";
}

/** One line, control characters removed, so a hostile file name or message cannot spoof the terminal. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}

/**
 * Runs the CLI with `argv` (without the node and script paths) and returns the exit code.
 *
 * @example
 * ```ts
 * const code = await main(["render", "events.json", "-o", "timeline.svg"], processIo());
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: Parsed | "help";
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.writeStderr(`chronoline: ${oneLine(error.message)}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (parsed === "help") {
    io.writeStdout(USAGE);
    return 0;
  }
  const { command, format, to, file, output, quiet, options } = parsed;
  const name = file === "-" ? "<stdin>" : file;
  let text = "";
  try {
    text = file === "-" ? await io.readStdin() : await readFile(resolve(io.cwd, file), "utf8");
    const readOptions = {
      ...(format ? { format } : {}),
      ...(file === "-" ? {} : { filename: file }),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    };
    const input = parseEvents(text, readOptions);
    let result: string;
    let diagnostics: readonly Diagnostic[];
    if (command === "render") {
      const rendered = renderToSVG(input, options);
      result = rendered.svg + "\n";
      diagnostics = rendered.diagnostics;
    } else {
      result = to === "csv" ? toCSV(input) : to === "text" ? toText(input) : toJSON(input) + "\n";
      diagnostics = input.diagnostics;
    }
    if (output === undefined) io.writeStdout(result);
    else await writeAtomically(resolve(io.cwd, output), result);
    if (!quiet) {
      for (const d of diagnostics) io.writeStderr(`chronoline: ${d.severity}: ${oneLine(d.message)}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ChronolineError) {
      const path = jsonPath(error, text);
      io.writeStderr(`chronoline: ${oneLine(name)}: ${path ? `${path}: ` : ""}${oneLine(error.message)}\n`);
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    if (e && typeof e.code === "string" && typeof e.message === "string") {
      io.writeStderr(`chronoline: ${oneLine(e.message)}\n`);
      return e.code === "ENOENT" || e.code === "EISDIR" ? 2 : 1;
    }
    io.writeStderr(`chronoline: unexpected error: ${oneLine(String(error))}\n`);
    return 1;
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { encoding: "utf8", flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The real process's stdin, stdout, stderr and working directory. */
export function processIo(): CliIo {
  return {
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    writeStdout: (text) => void process.stdout.write(text),
    writeStderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
  };
}

/** Runs the CLI on the real process and sets its exit code (used by bin/chronoline.mjs). */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await main(argv, processIo());
}

// `npx tsx src/cli/main.ts render …` runs the CLI directly; importing the module does not.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await run();
}
