/**
 * layoutTimeline: the orchestrator. Pure, deterministic, no DOM; every phase is a function of
 * plain data in its own file.
 */

import type { Timeline } from "../model/types.js";
import { assemble } from "./assemble.js";
import { layoutContext } from "./context.js";
import { planCrossAxis } from "./cross-axis.js";
import { foldEvents } from "./folding.js";
import { labelEvents } from "./labelling.js";
import { capRows, planLaneRows } from "./lane-rows.js";
import { withScratch } from "./scratch.js";
import { planTimeAxis } from "./time-axis.js";
import type { Layout, Viewport } from "./types.js";
import { resolveViewport } from "./viewport.js";

/**
 * Lays out a timeline in a viewport: every position, size and text line a renderer needs, in px.
 * Every event ends up with exactly one label or in exactly one cluster; labels never overlap
 * each other, marks or clusters, and everything lies inside `width × height`.
 *
 * ```
 *  Timeline + Viewport
 *     │ resolveViewport (viewport.ts)    validate once, defaults; bad input → ChronolineError
 *     │ layoutContext (context.ts)       one pass over events → typed columns (columns.ts); lanes
 *     │                                  (lanes.ts); per-event memory from scratch.ts, reused
 *     ▼
 *  planTimeAxis (time-axis.ts)           padding, header; domain + gaps (domain.ts, gaps.ts) →
 *     │                                  piecewise-linear px, zoom on top (scale.ts); px interval,
 *     │                                  kind, side of view per event (marks.ts); ticks (ticks.ts)
 *     │ planLaneRows (lane-rows.ts)      events per lane by position; spans/ranges into rows (rows.ts)
 *     │ planCrossAxis (cross-axis.ts)    share the cross axis: axis, eras, rows, label tracks
 *     │                                  (demand.ts, budget.ts)
 *     │ capRows (lane-rows.ts)           ranges beyond a lane's row budget fold
 *     ▼
 *  labelEvents (labelling.ts)            priority order, tracks, ≤ maxShift, thinned per bucket
 *     │                                  (labels.ts); per lane (horizontal: a lane left with
 *     │                                  unlabelled events trades a track for a cluster strip)
 *     │                                  or pooled (vertical)
 *     │ foldEvents (folding.ts)          the rest (and off-screen events) → "+N" badges
 *     │                                  (clusters.ts), per lane (horizontal) or in one shared
 *     │                                  strip (vertical); where each lane title goes
 *     ▼
 *  assemble (assemble.ts)                lane frames (lane-frame.ts), then final x/y for labels,
 *                                        clusters, marks, lanes, eras, axis (axis.ts) and
 *                                        relation connectors → Layout
 * ```
 *
 * @throws ChronolineError `invalid-option` for a bad viewport (NaN or negative size, unknown
 *   orientation, bad zoom…), `invalid-time-zone` for an unknown zone.
 * @example
 * ```ts
 * const layout = layoutTimeline(createTimeline(seed), { width: 800, height: 480 });
 * layout.labels.length + layout.clusters.reduce((n, c) => n + c.count, 0) === layout.eventCount; // true
 * ```
 */
export function layoutTimeline(timeline: Timeline, viewport: Viewport): Layout {
  const o = resolveViewport(viewport, timeline);
  return withScratch((scratch) => {
    const ctx = layoutContext(timeline, o, scratch);
    const time = planTimeAxis(ctx);
    const rows = planLaneRows(ctx, time.marks);
    const cross = planCrossAxis(ctx, time, rows);
    capRows(ctx, rows, cross.plan);
    const labelling = labelEvents(ctx, time, rows, cross);
    const folding = foldEvents(ctx, time, rows, cross, labelling);
    return assemble(ctx, time, rows, cross, labelling, folding);
  });
}
