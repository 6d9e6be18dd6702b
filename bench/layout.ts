/**
 * Layout benchmark: random timelines of 1k … 1M events (seeded), laid out at 1600×900
 * horizontally (and 400×900 vertically); prints time, memory and the quality metrics.
 *
 *   npx tsx bench/layout.ts            # all sizes
 *   npx tsx bench/layout.ts 1000 10000 # chosen sizes
 *
 * Run with `node --expose-gc --import tsx bench/layout.ts` for steadier memory figures ("heap Δ" is
 * the heap growth over one layout after a forced GC, i.e. mostly the returned Layout). "cpu ms"
 * is the process's CPU time for one layout (user + system, GC threads included), which stays
 * meaningful when other processes load the machine; "median ms" is wall-clock time.
 */

import os from "node:os";
import { layoutTimeline } from "../src/layout/layout.js";
import { layoutMetrics } from "../src/layout/metrics.js";
import type { Orientation } from "../src/layout/types.js";
import { randomTimeline } from "../test/layout/fixtures.js";

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1_000, 10_000, 100_000, 1_000_000];
const gc = (globalThis as { gc?: () => void }).gc;

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${mb(os.totalmem())} MB RAM`);
console.log("events     orient.     median ms  cpu ms  re-layout ms  runs  heap Δ MB  labels  clusters  overlaps  outside  displ. mean/max px  accounted");

const results: { n: number; orientation: Orientation; ms: number }[] = [];
for (const n of SIZES) {
  const timeline = randomTimeline(n, 20250129);
  for (const [orientation, width, height] of [
    ["horizontal", 1600, 900],
    ["vertical", 400, 900],
  ] as const) {
    const runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 11;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const relayouts: number[] = [];
    let layout = layoutTimeline({ ...timeline }, { width, height, orientation }); // warm-up
    for (let r = 0; r < runs; r++) {
      // A new timeline object each run, so this is a first layout: the per-timeline columns
      // cache (layout/columns.ts) starts empty, as for a page's first render.
      const fresh = { ...timeline };
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      layout = layoutTimeline(fresh, { width, height, orientation });
      times.push(performance.now() - t0);
      const c1 = process.cpuUsage(c0);
      cpuTimes.push((c1.user + c1.system) / 1000);
      // The same timeline again, as on zoom: its columns are cached.
      const t1 = performance.now();
      layoutTimeline(fresh, { width, height, orientation });
      relayouts.push(performance.now() - t1);
    }
    // Memory in a separate run (a forced GC right before a timed run would slow it down).
    gc?.();
    const before = process.memoryUsage().heapUsed;
    layout = layoutTimeline({ ...timeline }, { width, height, orientation });
    const heap = process.memoryUsage().heapUsed - before;
    const m = layoutMetrics(layout);
    const ms = median(times);
    results.push({ n, orientation, ms });
    console.log(
      [
        String(n).padEnd(10),
        orientation.padEnd(11),
        ms.toFixed(1).padStart(9),
        median(cpuTimes).toFixed(1).padStart(7),
        median(relayouts).toFixed(1).padStart(13),
        String(runs).padStart(5),
        mb(heap).padStart(10),
        String(m.accounting.labelled).padStart(7),
        String(layout.clusters.length).padStart(9),
        String(m.overlaps.total).padStart(9),
        String(m.outOfViewport).padStart(8),
        `${m.displacement.mean.toFixed(1)}/${m.displacement.max.toFixed(1)}`.padStart(20),
        (m.accounting.ok ? "yes" : `NO (${m.accounting.missing} missing, ${m.accounting.duplicated} dup)`).padStart(10),
      ].join(" "),
    );
  }
}

console.log("\ngrowth (time ratio vs n·log n ratio between consecutive sizes)");
for (const orientation of ["horizontal", "vertical"] as const) {
  const rows = results.filter((r) => r.orientation === orientation);
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as (typeof rows)[number];
    const b = rows[i] as (typeof rows)[number];
    const nlogn = (b.n * Math.log2(b.n)) / (a.n * Math.log2(a.n));
    console.log(`${orientation.padEnd(11)} ${a.n} → ${b.n}: time ×${(b.ms / a.ms).toFixed(2)}  (n log n ×${nlogn.toFixed(2)})`);
  }
}
