/**
 * Format readers benchmark: parseEvents on ~1 MB and ~4 MB documents in each format (seeded
 * synthetic events written by the library's own writers; the TimelineJS sheet and JSON built
 * here), best of 7 runs after 3 warm-ups (the best run is the least disturbed by other processes
 * and by garbage collection). Prints MB/s at both sizes and the time ratio 4 MB / 1 MB, which
 * stays near 4 when reading is linear. Also times two adversarial inputs (a CSV whose first cell
 * opens a quote that never closes, read in "collect" mode; HTML with thousands of unclosed tags),
 * and JSON, CSV and text at 4, 8 and 16 MB (past the step in garbage-collection cost).
 * Not a timed test: a table to read.
 *
 *   npx tsx bench/formats.ts      (node --expose-gc --import tsx bench/formats.ts for steadier numbers)
 */
import { parseEvents } from "../src/formats/parse-events.js";
import type { Format, ParseOptions } from "../src/formats/types.js";
import { toCSV } from "../src/formats/write-csv.js";
import { toJSON } from "../src/formats/write-json.js";
import { toText } from "../src/formats/write-text.js";
import type { EventInput, TimelineInput } from "../src/model/types.js";
import { seededRandom as random } from "../test/fixtures/random.js";

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;


const WORDS = "police city council statement trust act immigration mayor border agents sanctuary law court vote report said".split(" ");

function events(count: number, seed: number): EventInput[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const pad = (n: number) => String(n).padStart(2, "0");
  return Array.from({ length: count }, (_, i) => {
    const year = 1990 + Math.floor(next() * 35);
    const start = [`${year}`, `${year}-${pad(1 + Math.floor(next() * 12))}`, `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`][Math.floor(next() * 3)] as string;
    const event: EventInput = {
      id: `e${i}`,
      title: `${words(4)}: ${words(3)}`,
      start,
      group: pick(["federal", "state", "city", "media"]),
      tags: [pick(WORDS), pick(WORDS)],
      description: `${words(18)}.\n${words(10)}, "${words(3)}".`,
      sources: [{ url: `https://example.com/${i}`, publisher: "Fox News Digital", date: "2025-01-29" }],
    };
    if (next() < 0.3) event.quote = { text: words(12), speaker: words(2) };
    return event;
  });
}

function sized(target: number, write: (input: TimelineInput) => string): string {
  const per = write({ events: events(200, 7) }).length / 200;
  return write({ events: events(Math.ceil(target / per), 7) });
}

function sheet(input: TimelineInput): string {
  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const rows = ["Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background"];
  for (const e of input.events) {
    const [y, m = "", d = ""] = String(e.start).split("-");
    const text = `<p>${e.description ?? ""}</p><p>Source: <a href="https://example.com/x">the article</a> &mdash; ok</p>`;
    rows.push([y, m, d, "", "", "", "", "", "", e.title, text, "", "", "", "", "", "", e.group ?? "", ""].map((c) => cell(c ?? "")).join(","));
  }
  return `${rows.join("\n")}\n`;
}

function timelineJsJson(input: TimelineInput): string {
  return JSON.stringify({
    events: input.events.map((e) => {
      const [y, m, d] = String(e.start).split("-");
      return {
        unique_id: e.id,
        start_date: { year: y, month: m ?? "", day: d ?? "" },
        text: { headline: e.title, text: `<p>${e.description ?? ""}</p>` },
        group: e.group,
      };
    }),
  });
}

function timeRead(text: string, options: ParseOptions, runs = 7): number {
  for (let w = 0; w < 3; w++) parseEvents(text, options); // warm-up (JIT)
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    gc?.();
    const t0 = performance.now();
    parseEvents(text, options);
    times.push(performance.now() - t0);
  }
  return Math.min(...times);
}

const WRITERS: [string, Format, (input: TimelineInput) => string][] = [
  ["json", "json", (i) => toJSON(i, { indent: 0 })],
  ["csv", "csv", (i) => toCSV(i)],
  ["text", "text", (i) => toText(i)],
  ["timelinejs (sheet CSV)", "timelinejs", sheet],
  ["timelinejs (JSON)", "timelinejs", timelineJsJson],
];

const rows: string[] = [
  "| format | dates checked | 1 MB: ms | 1 MB: MB/s | 4 MB: ms | 4 MB: MB/s | ratio 4 MB / 1 MB |",
  "|---|:---:|---:|---:|---:|---:|---:|",
];
for (const [name, format, write] of WRITERS) {
  const small = sized(1 * MB, write);
  const large = sized(4 * MB, write);
  for (const checkDates of [true, false]) {
    const options: ParseOptions = { format, checkDates };
    const t1 = timeRead(small, options);
    const t4 = timeRead(large, options);
    const rate = (bytes: number, ms: number) => (bytes / MB / (ms / 1000)).toFixed(1);
    rows.push(
      `| ${name} | ${checkDates ? "yes" : "no"} | ${t1.toFixed(1)} | ${rate(small.length, t1)} | ${t4.toFixed(1)} | ${rate(large.length, t4)} | ${(t4 / t1).toFixed(2)} |`,
    );
  }
}

// Adversarial inputs: both must stay linear.
const adversarial: [string, (n: number) => string, ParseOptions][] = [
  ["CSV, unclosed quote in the first cell (collect)", (n) => `title,start\n"${"x,2017\n".repeat(n)}`, { format: "csv", errors: "collect", checkDates: false }],
  ["TimelineJS sheet, 1 cell of unclosed <a x=' tags", (n) => `Year,Headline,Text\n2017,x,"${"<a x='".repeat(n)}"\n`, { format: "timelinejs", checkDates: false }],
];
rows.push("", "| adversarial input | 1 MB: ms | 4 MB: ms | ratio |", "|---|---:|---:|---:|");
for (const [name, make, options] of adversarial) {
  const unit = make(1).length;
  const t1 = timeRead(make(Math.ceil(MB / unit)), options, 3);
  const t4 = timeRead(make(Math.ceil((4 * MB) / unit)), options, 3);
  rows.push(`| ${name} | ${t1.toFixed(1)} | ${t4.toFixed(1)} | ${(t4 / t1).toFixed(2)} |`);
}

// Past the young generation the garbage collector's cost steps up once; after that each doubling
// of the input should double the time.
rows.push("", "| format | 4 MB: ms | 8 MB: ms | 16 MB: ms | ratio 16 MB / 4 MB |", "|---|---:|---:|---:|---:|");
for (const [name, format, write] of WRITERS.slice(0, 3)) {
  const times = [4, 8, 16].map((mb) => timeRead(sized(mb * MB, write), { format, checkDates: false }, 3));
  rows.push(`| ${name} | ${times.map((t) => t.toFixed(0)).join(" | ")} | ${((times[2] ?? 0) / (times[0] ?? 1)).toFixed(2)} |`);
}

process.stdout.write(`${rows.join("\n")}\n`);
