/**
 * The interactive timeline in Chromium (1200×600): first render and frame times during a
 * scripted zoom/pan sequence, for 1k, 10k and 100k events. Run with `npx tsx bench/browser.ts`;
 * prints a table and rewrites the "Browser" section of bench/RESULTS.md.
 *
 * - first render: `mount(element, timeline)` until the first frame is painted (the timeline is
 *   built before; `createTimeline` time is reported on its own), median of RUNS fresh pages;
 * - frames: 240 animation frames in which the page itself feeds one input per frame (wheel
 *   zoom in, drag right, wheel zoom out, drag left, as DOM events on the element under the
 *   pointer); a frame's time is the interval between two animation frames, so 16.7 ms is a
 *   frame on time and anything over 20 ms is a dropped frame;
 * - layout/frame: time in `layoutTimeline` per full render during the sequence (from the
 *   `chronoline:render` events); full renders are the frames that re-laid out, the others moved
 *   the drawn picture with a transform while the gesture went on.
 *
 * With BENCH_VIS=1, vis-timeline runs the same events and the same sequence in the same browser,
 * from a copy installed outside the repository (it is not a dependency):
 * `npm install --prefix /tmp/visbench vis-timeline vis-data` (BENCH_VIS_DIR overrides the folder).
 */

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import type { Browser, Page } from "playwright-core";
import { randomEvents } from "../test/render/random-events.js";
import { ROOT, bundle, launch, openPage } from "../test/browser/harness.js";

/** What one scripted zoom/pan sequence measured. */
interface Sequence {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames over 20 ms (a vsync missed), not the ±0.1 ms jitter of frames on time. */
  dropped: number;
  /** p95 of the library's own work per frame (its animation-frame callbacks), ms. */
  workP95: number;
  fullRenders: number;
  layoutMedian: number;
  layoutMax: number;
  maxElements: number;
}

interface Run extends Sequence {
  library: string;
  n: number;
  modelMs: number;
  mountMs: number;
  firstPaintMs: number;
  /** First render of every page, ms, and the p95 frame of every sequence. */
  firstAll: number[];
  p95All: number[];
}

const SIZES = [1_000, 10_000, 100_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIS_DIR = process.env.BENCH_VIS_DIR ?? "/tmp/visbench";
const VIS_SCRIPT = `${VIS_DIR}/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js`;
/** vis-timeline gets one page per size, and gives up on a first render slower than this. */
const VIS_LIMIT_MS = 60_000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[Math.floor((s.length - 1) / 2)] as number);
}

/** Opens a page with the events in `window.input` and every animation-frame callback timed. */
async function preparePage(browser: Browser, script: string, events: unknown): Promise<Page> {
  const page = await openPage(browser, script, { width: 1200, height: 600, body: '<div id="app" style="height:600px"></div>' });
  await page.evaluate((events) => ((window as any).input = events), events);
  // Time every animation-frame callback the library runs (the bench's own are not wrapped).
  await page.evaluate(() => {
    const w = window as any;
    const raf = window.requestAnimationFrame.bind(window);
    w.work = [] as number[];
    w.benchRaf = raf;
    window.requestAnimationFrame = (fn: FrameRequestCallback) =>
      raf((now) => {
        const t = performance.now();
        fn(now);
        w.work.push(performance.now() - t);
      });
  });
  return page;
}

/**
 * Runs the scripted sequence in the page: one input per frame, dispatched on the element under
 * the pointer inside `#app`. Chronoline's `window.handle` (when there is one) reports its layouts.
 */
function runSequence(page: Page): Promise<Sequence> {
  return page.evaluate(async () => {
    const app = document.getElementById("app")!;
    const box = app.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + Math.min(box.height / 2, 200);
    const layouts: number[] = [];
    (window as any).handle?.on("render", (d: { layoutMs: number }) => layouts.push(d.layoutMs));
    const at = (px: number) => document.elementFromPoint(px, y) ?? app;
    const pointer = (type: string, px: number) =>
      at(px).dispatchEvent(
        new PointerEvent(type, { clientX: px, clientY: y, pointerId: 1, pointerType: "mouse", isPrimary: true, button: 0, buttons: type === "pointerup" ? 0 : 1, bubbles: true, cancelable: true, composed: true }),
      );
    const wheel = (deltaY: number) =>
      at(x).dispatchEvent(new WheelEvent("wheel", { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true }));
    // One input per frame: 60 wheel zoom-in steps, 60 drag steps right, 60 zoom-out, 60 drag left.
    const steps: (() => void)[] = [];
    for (let i = 0; i < 60; i++) steps.push(() => wheel(-40));
    steps.push(() => pointer("pointerdown", x));
    for (let i = 1; i <= 60; i++) steps.push(() => pointer("pointermove", x - i * 12));
    steps.push(() => pointer("pointerup", x - 720));
    for (let i = 0; i < 60; i++) steps.push(() => wheel(25));
    steps.push(() => pointer("pointerdown", x - 300));
    for (let i = 1; i <= 60; i++) steps.push(() => pointer("pointermove", x - 300 + i * 12));
    steps.push(() => pointer("pointerup", x + 420));
    const deltas: number[] = [];
    let maxElements = 0;
    const raf = (window as any).benchRaf as typeof requestAnimationFrame;
    (window as any).work.length = 0;
    await new Promise<void>((resolve) => {
      let last = 0;
      let i = 0;
      const frame = (now: number) => {
        if (last !== 0) deltas.push(now - last);
        last = now;
        maxElements = Math.max(maxElements, app.getElementsByTagName("*").length);
        const step = steps[i++];
        if (step === undefined) return resolve();
        step();
        raf(frame);
      };
      raf(frame);
    });
    const work = [...(window as any).work].sort((a: number, b: number) => a - b);
    const sorted = [...deltas].sort((a, b) => a - b);
    const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    const l = [...layouts].sort((a, b) => a - b);
    return {
      frames: deltas.length,
      p50: pick(0.5),
      p95: pick(0.95),
      max: sorted[sorted.length - 1] ?? NaN,
      dropped: deltas.filter((d) => d > 20).length,
      workP95: work[Math.min(work.length - 1, Math.floor(0.95 * work.length))] ?? NaN,
      fullRenders: l.length,
      layoutMedian: l[Math.floor((l.length - 1) / 2)] ?? NaN,
      layoutMax: l[l.length - 1] ?? NaN,
      maxElements,
    };
  });
}

function summarise(library: string, n: number, firsts: { modelMs: number; mountMs: number; firstPaintMs: number }[], sequences: Sequence[]): Run {
  // The sequence whose p95 frame is the median of the runs (the machine may be shared).
  const middle = [...sequences].sort((a, b) => a.p95 - b.p95)[Math.floor((sequences.length - 1) / 2)];
  const none: Sequence = { frames: 0, p50: NaN, p95: NaN, max: NaN, dropped: NaN, workP95: NaN, fullRenders: NaN, layoutMedian: NaN, layoutMax: NaN, maxElements: NaN };
  return {
    library,
    n,
    modelMs: median(firsts.map((f) => f.modelMs)),
    mountMs: median(firsts.map((f) => f.mountMs)),
    firstPaintMs: median(firsts.map((f) => f.firstPaintMs)),
    firstAll: firsts.map((f) => f.firstPaintMs),
    p95All: sequences.map((s) => s.p95),
    ...(middle ?? none),
  };
}

async function measure(browser: Browser, script: string, n: number): Promise<Run> {
  const events = randomEvents(n, 20250129);
  const firsts: { modelMs: number; mountMs: number; firstPaintMs: number }[] = [];
  const sequences: Sequence[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await preparePage(browser, script, events);
    firsts.push(
      await page.evaluate(async () => {
        const C = (window as any).Chronoline;
        const t0 = performance.now();
        const timeline = C.createTimeline({ events: (window as any).input });
        const t1 = performance.now();
        const handle = C.mount(document.getElementById("app"), timeline);
        const t2 = performance.now();
        // Painted: the frame after mount has run and the browser has produced it.
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const t3 = performance.now();
        (window as any).handle = handle;
        return { modelMs: t1 - t0, mountMs: t2 - t1, firstPaintMs: t3 - t1 };
      }),
    );
    sequences.push(await runSequence(page));
    await page.close();
  }
  return summarise("chronoline", n, firsts, sequences);
}

/** vis-timeline on the same events (dates from chronoline's model, so both show the same instants). */
async function measureVis(browser: Browser, script: string, n: number): Promise<Run> {
  const events = randomEvents(n, 20250129);
  const page = await preparePage(browser, script, events);
  await page.addScriptTag({ path: VIS_SCRIPT });
  await page.evaluate(() => {
    const w = window as any;
    const timeline = w.Chronoline.createTimeline({ events: w.input });
    w.visItems = timeline.events.map((e: any) => ({
      id: e.id,
      content: e.title,
      start: new Date(e.start.start),
      ...(e.end ? { end: new Date(e.end.end), type: "range" } : { type: "point" }),
      group: e.group ?? "",
    }));
    w.visGroups = [...new Set(w.visItems.map((i: any) => i.group))].map((g) => ({ id: g, content: g }));
  });
  const first = page.evaluate(async () => {
    const w = window as any;
    const t1 = performance.now();
    w.visTimeline = new w.vis.Timeline(document.getElementById("app"), w.visItems, w.visGroups, { height: "600px" });
    const t2 = performance.now();
    // vis-timeline draws its items over the next frames: wait until they are in the page and painted.
    for (;;) {
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      if (document.querySelector("#app .vis-item") !== null) break;
    }
    return { modelMs: NaN, mountMs: t2 - t1, firstPaintMs: performance.now() - t1 };
  });
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), VIS_LIMIT_MS));
  const result = await Promise.race([first, timeout]);
  if (result === null) {
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
    const run = summarise("vis-timeline", n, [], []);
    return { ...run, firstPaintMs: Infinity, firstAll: [Infinity] };
  }
  // No layouts to count: vis-timeline has no `chronoline:render` events.
  const sequence = { ...(await runSequence(page)), fullRenders: NaN };
  await page.close();
  return summarise("vis-timeline", n, [result], [sequence]);
}

const ms = (v: number) => (v === Infinity ? `> ${VIS_LIMIT_MS / 1000} s` : Number.isFinite(v) ? v.toFixed(1) : "–");
const range = (values: number[], digits = 0) => {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return "–";
  return `${Math.min(...finite).toFixed(digits)}–${Math.max(...finite).toFixed(digits)}`;
};

function table(runs: Run[]): string {
  const head =
    "| library | events | createTimeline ms | mount ms | first render (to paint) ms, median (range) | frame p50 ms | frame p95 ms, median (range) | frames > 20 ms | frame max ms | library work per frame p95 ms | full renders / frames | layout ms per full render (median / max) | max DOM elements |\n" +
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const rows = runs.map(
    (r) =>
      `| ${r.library} | ${r.n.toLocaleString("en-US")} | ${ms(r.modelMs)} | ${ms(r.mountMs)} | ${ms(r.firstPaintMs)} (${range(r.firstAll)}) | ${ms(r.p50)} | ${ms(r.p95)} (${range(r.p95All, 1)}) | ${Number.isFinite(r.dropped) ? r.dropped : "–"} | ${ms(r.max)} | ${ms(r.workP95)} | ${Number.isFinite(r.fullRenders) ? `${r.fullRenders} / ${r.frames}` : "–"} | ${ms(r.layoutMedian)} / ${ms(r.layoutMax)} | ${Number.isFinite(r.maxElements) ? r.maxElements : "–"} |`,
  );
  return [head, ...rows].join("\n");
}

function writeSection(markdown: string): void {
  const file = `${ROOT}bench/RESULTS.md`;
  let text = "";
  try {
    text = readFileSync(file, "utf8"); // re-read right before writing: others edit other sections
  } catch {
    text = "# Benchmark results\n";
  }
  const start = text.search(/^## Browser\b.*$/m);
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${markdown}\n`);
    return;
  }
  const rest = text.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? text.length : start + 1 + next;
  writeFileSync(file, `${text.slice(0, start)}${markdown}\n${next < 0 ? "" : "\n"}${text.slice(end).replace(/^\n+/, "")}`);
}

const withVis = process.env.BENCH_VIS === "1";
if (withVis && !existsSync(VIS_SCRIPT)) {
  throw new Error(`BENCH_VIS=1 needs vis-timeline in ${VIS_DIR}: npm install --prefix ${VIS_DIR} vis-timeline vis-data`);
}
const loadBefore = loadavg()[0] ?? NaN;
const script = await bundle(true);
const browser = await launch();
const version = browser.version();
const runs: Run[] = [];
try {
  // One unmeasured page first: the browser's own start-up (fonts, processes) is not the first size's.
  const warm = await preparePage(browser, script, randomEvents(100, 1));
  await warm.evaluate(() => (window as any).Chronoline.mount(document.getElementById("app"), (window as any).input));
  await warm.close();
  for (const n of SIZES) {
    const run = await measure(browser, script, n);
    runs.push(run);
    process.stdout.write(`chronoline ${n}: first render ${ms(run.firstPaintMs)} ms (${range(run.firstAll)}), frame p95 ${ms(run.p95)} ms (${range(run.p95All, 1)}), dropped ${run.dropped}\n`);
  }
  if (withVis) {
    for (const n of SIZES) {
      const run = await measureVis(browser, script, n);
      runs.push(run);
      process.stdout.write(`vis-timeline ${n}: first render ${ms(run.firstPaintMs)} ms, frame p95 ${ms(run.p95)} ms\n`);
    }
  }
} finally {
  await browser.close();
}
const loadAfter = loadavg()[0] ?? NaN;
const result = table(runs);
process.stdout.write(`\n${result}\n`);
const visVersion = withVis
  ? (JSON.parse(readFileSync(`${VIS_DIR}/node_modules/vis-timeline/package.json`, "utf8")) as { version: string }).version
  : "";

writeSection(`## Browser

Interactive timeline (\`mount\`) in Chromium ${version} (headless, \`--disable-gpu\`), viewport 1200×600, on a
${cpus().length}-core machine with a 1-minute load average of ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the run
(other jobs share it: expect run-to-run swings of ±50 %),
seeded random events (\`test/render/random-events.ts\`, 4 lanes, 2015–2025). Run: \`npx tsx bench/browser.ts\`.
First render = \`mount()\` on a built timeline until the first painted frame (median and range of ${RUNS} fresh pages,
after one unmeasured page that absorbs the browser's own start-up);
frames = 240 animation frames of scripted wheel zoom and drag pan (one input per frame, as DOM events on the
element under the pointer), frame time = interval between animation frames (16.7 ms = 60 fps; a frame on
time measures 16.6–16.8 ms, so "frames > 20 ms" counts the frames that missed a vsync); library work = time
in chronoline's own animation-frame callbacks (excludes the browser's style, layout and paint). Frame
figures: the run with the median p95 (range over the ${RUNS} runs). A full render re-lays out (semantic zoom);
between full renders a slow timeline moves the drawn groups, lifted into a compositor layer, with a CSS
transform until the gesture rests or every ~1.5 s while it goes on.

${result}

Targets (issue 5): first render of 10k ≤ 100 ms and of 100k ≤ 600 ms; p95 frame ≤ 16.7 ms at 10k and 100k;
≤ 3,000 DOM elements at any N. ${
  withVis
    ? `vis-timeline ${visVersion} ran the same events and the same input sequence in the same
browser (one page per size; its first render = constructor until its items are in the page and painted; given up
after ${VIS_LIMIT_MS / 1000} s). It is not a dependency: \`npm install --prefix /tmp/visbench vis-timeline vis-data\`
(outside the repository), then \`BENCH_VIS=1 npx tsx bench/browser.ts\`.`
    : `vis-timeline side by side: \`npm install --prefix /tmp/visbench vis-timeline vis-data\` (outside the repository;
it is not a dependency), then \`BENCH_VIS=1 npx tsx bench/browser.ts\`. Reference numbers quoted from the issue:
vis-timeline 3.3 s to render 10k items, 150 ms p95 frames, cannot render 100k in 60 s; TimelineJS3 10.9 s for 10k.`
}`);
