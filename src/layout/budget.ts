/**
 * Sharing the cross axis (height in horizontal, width in vertical) between the axis, the era
 * strip and the lanes; inside lanes, between range rows and label tracks. Lanes that need more
 * than their share give way by "water filling": the smallest demands are met first and what they
 * leave goes to the others. When not even the fixed parts fit (a 1-px viewport), every size is
 * scaled down by one factor and no labels are placed: the layout stays valid, just empty.
 */

/** Fixed cross-axis sizes, px. */
export interface CrossSizes {
  readonly axis: number;
  readonly era: number;
  /** Lane title strip (horizontal; 0 in vertical, where titles sit in a header along time). */
  readonly title: number;
  readonly pointRow: number;
  readonly rangeRow: number;
  readonly lanePad: number;
  /** Cluster strip, when a lane needs one. */
  readonly strip: number;
  /** One label track (horizontal); the minimum useful track width (vertical). */
  readonly track: number;
  /** Widest a vertical track gets before another track is opened. */
  readonly maxTrack: number;
}

/** What a lane asks for. */
export interface LaneDemand {
  /** Range rows its spans and ranges need. */
  readonly rows: number;
  /** Label tracks it could fill. */
  readonly tracks: number;
  /** It has events at all. */
  readonly events: number;
}

/** What a lane gets. */
export interface LaneBudget {
  rows: number;
  tracks: number;
  /** Cross size of one track, px. */
  trackSize: number;
  strip: boolean;
}

/** The plan: per-lane budgets, and the factor (≤ 1) all fixed sizes are multiplied by. */
export interface CrossPlan {
  readonly lanes: LaneBudget[];
  readonly factor: number;
}

/**
 * Splits `capacity` integer units among demands: small demands are met in full, the rest share
 * what is left equally (ties and remainders go to the earlier entries).
 *
 * @example
 * ```ts
 * waterFill([1, 10, 10], 9); // → [1, 4, 4]
 * ```
 */
export function waterFill(demands: readonly number[], capacity: number): number[] {
  const out = demands.map(() => 0);
  const order = demands.map((_, i) => i).sort((a, b) => (demands[a] as number) - (demands[b] as number) || a - b);
  let left = Math.max(Math.floor(capacity), 0);
  order.forEach((i, k) => {
    const share = Math.floor(left / (order.length - k));
    const give = Math.min(demands[i] as number, share);
    out[i] = give;
    left -= give;
  });
  // Remainders of the floor division, to whoever still wants more, in lane order.
  for (let i = 0; i < out.length && left > 0; i++) {
    const more = Math.min((demands[i] as number) - (out[i] as number), left);
    if (more > 0) {
      out[i] = (out[i] as number) + more;
      left -= more;
    }
  }
  return out;
}

/**
 * Plans the cross axis for `lanes` within `capacity` px. Every lane with events reserves a
 * cluster strip (the final layout drops unused ones, so lanes still size to their content).
 * Horizontal tracks have a fixed size; vertical tracks share each lane's width (at least
 * `sizes.track`, at most `sizes.maxTrack` wide).
 *
 * @example
 * ```ts
 * planCross(400, true, sizes, [{ rows: 1, tracks: 3, events: 5 }]).lanes[0].tracks;
 * ```
 */
export function planCross(capacity: number, horizontal: boolean, sizes: CrossSizes, lanes: readonly LaneDemand[]): CrossPlan {
  const budgets: LaneBudget[] = lanes.map((d) => ({
    rows: 0,
    tracks: 0,
    trackSize: horizontal ? sizes.track : 0,
    strip: d.events > 0,
  }));
  let base = sizes.axis + sizes.era;
  budgets.forEach((b) => (base += sizes.title + sizes.pointRow + sizes.lanePad + (b.strip ? sizes.strip : 0)));
  // Degenerate: not even the fixed parts fit. Everything folds; shrink the fixed parts to fit.
  if (base > capacity) return { lanes: budgets, factor: capacity / base };

  // Range rows: at most 40% of what is free, shared by need.
  let free = capacity - base;
  const rows = waterFill(
    lanes.map((d) => d.rows),
    Math.floor((free * 0.4) / sizes.rangeRow),
  );
  budgets.forEach((b, i) => (b.rows = rows[i] as number));
  free -= rows.reduce((a, b) => a + b, 0) * sizes.rangeRow;

  if (horizontal) {
    const tracks = waterFill(
      lanes.map((d) => d.tracks),
      Math.floor(free / sizes.track),
    );
    budgets.forEach((b, i) => (b.tracks = tracks[i] as number));
  } else {
    const wanting = lanes.filter((d) => d.tracks > 0).length;
    const share = wanting > 0 ? free / wanting : 0;
    budgets.forEach((b, i) => {
      const d = lanes[i] as LaneDemand;
      if (d.tracks === 0 || share < sizes.track) return;
      b.tracks = Math.min(d.tracks, Math.max(1, Math.floor(share / sizes.maxTrack)));
      b.trackSize = share / b.tracks;
    });
  }
  return { lanes: budgets, factor: 1 };
}
