/**
 * SVG string benchmark: toSVGString (model built beforehand; layout, scene and serialisation
 * timed) for 1k / 10k / 100k seeded random events. Prints a table: fastest and median total
 * time, the median of each stage run separately, output size and bytes per event.
 * Targets: 10k ≤ 50 ms, 100k ≤ 600 ms.
 *
 *   npx tsx bench/svg.ts            (add --expose-gc via `node --expose-gc --import tsx` for steadier numbers)
 */
import { layoutTimeline } from "../src/layout/layout.js";
import { createTimeline } from "../src/model/timeline.js";
import { scene } from "../src/render/scene.js";
import { serialiseScene } from "../src/render/svg-string.js";
import { toSVGString } from "../src/render/to-svg-string.js";
import { randomEvents } from "../test/render/random-events.js";

const SIZES = [1_000, 10_000, 100_000];
// toSVGString's automatic height for this width is 0.75 × width; the staged run uses the same.
const WIDTH = 1200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const value = fn();
  return [performance.now() - t0, value];
}

const gc = (globalThis as { gc?: () => void }).gc;
const rows: string[] = [];
rows.push("| events | total ms (min / median) | layout ms | scene ms | serialise ms | bytes | bytes/event |");
rows.push("|---:|---:|---:|---:|---:|---:|---:|");
for (const n of SIZES) {
  const timeline = createTimeline({ events: randomEvents(n, 42) });
  const runs = n >= 100_000 ? 7 : 15;
  const totals: number[] = [];
  const layouts: number[] = [];
  const scenes: number[] = [];
  const serials: number[] = [];
  let bytes = 0;
  for (let r = 0; r < 3; r++) toSVGString(timeline, { width: WIDTH, idPrefix: "bench" }); // warm-up
  // Totals first, in steady state, as a server or a static-site build rendering page after page
  // sees them: no forced collection in between (a forced full collection shrinks V8's young
  // generation, and the runs after it pay for growing it again: 2-4x at 10k events).
  for (let r = 0; r < runs; r++) {
    const [total, svg] = time(() => toSVGString(timeline, { width: WIDTH, idPrefix: "bench" }));
    totals.push(total);
    bytes = Buffer.byteLength(svg, "utf8");
  }
  for (let r = 0; r < runs; r++) {
    // The same work in stages, to see where time goes (a collection before each, so one stage's
    // garbage is not collected in the next one's time).
    gc?.();
    const [tl, layout] = time(() => layoutTimeline(timeline, { width: WIDTH, height: WIDTH * 0.75 }));
    gc?.();
    const [ts, root] = time(() => scene(layout, timeline, { idPrefix: "bench" }));
    gc?.();
    const [tz] = time(() => serialiseScene(root));
    layouts.push(tl);
    scenes.push(ts);
    serials.push(tz);
  }
  const f = (x: number) => x.toFixed(1);
  rows.push(
    `| ${n.toLocaleString("en-US")} | ${f(Math.min(...totals))} / ${f(median(totals))} | ${f(median(layouts))} | ${f(median(scenes))} | ${f(median(serials))} | ${bytes.toLocaleString("en-US")} | ${(bytes / n).toFixed(0)} |`,
  );
}
process.stdout.write(`${rows.join("\n")}\n\nNode ${process.version}, ${process.platform} ${process.arch}, width ${WIDTH}px, createTimeline not timed.\n`);
