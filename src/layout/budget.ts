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
  readonly pointRow: number;
  readonly rangeRow: number;
  readonly lanePad: number;
  /** Cluster strip, when a lane needs one. */
  readonly strip: number;
  /** One label track (horizontal); the minimum useful track width (vertical). */
  readonly track: number;
  /** Vertical: another track opens once the room holds two this wide (tracks share the room). */
  readonly maxTrack: number;
}

/** What a lane asks for. */
export interface LaneDemand {
  /** Range rows its spans and ranges need. */
  readonly rows: number;
  /** Label tracks it could fill (horizontal). */
  readonly tracks: number;
  /** It has events at all. */
  readonly events: number;
  /** It needs a cluster strip whatever happens (events off-screen). */
  readonly strip: boolean;
}

/** What a lane gets (mutable: placement may trade a track for a strip). */
export interface LaneBudget {
  rows: number;
  tracks: number;
  strip: boolean;
}

/**
 * The plan: per-lane budgets; in vertical, the label tracks all lanes share; the px left over;
 * and the factor (≤ 1) all fixed sizes are multiplied by.
 */
export interface CrossPlan {
  readonly lanes: LaneBudget[];
  /** Horizontal: size of every lane's tracks. Vertical: width of each shared track. */
  trackSize: number;
  /** Vertical only: number of shared tracks. */
  sharedTracks: number;
  /** Cross px not yet used. */
  spare: number;
  factor: number;
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

/** Range rows take at most this share of the room left after the fixed parts. */
const ROW_SHARE = 0.4;

/**
 * Plans the cross axis for `lanes` within `capacity` px: range rows first (at most 40% of the
 * free space — more only when no row count leaves a label track anyway), then label tracks — per lane in horizontal (water-filled by demand; a lane that
 * gets fewer tracks than it wants reserves a cluster strip), shared in vertical. Rows are given
 * back one at a time when the strips they cause do not fit, or when they leave no label track
 * at all: a folded range still shows as a thin bar, a lost track shows nothing.
 *
 * @example
 * ```ts
 * planCross(400, true, sizes, [{ rows: 1, tracks: 3, events: 5, strip: false }]).lanes[0].tracks;
 * ```
 */
export function planCross(capacity: number, horizontal: boolean, sizes: CrossSizes, lanes: readonly LaneDemand[]): CrossPlan {
  const events = lanes.some((d) => d.events > 0);
  // Axis, eras, and per lane its point row, padding and (when `strip` says so) cluster strip, px.
  const fixed = (strip: (lane: LaneDemand) => boolean): number => {
    let c = sizes.axis + sizes.era;
    for (const d of lanes) c += sizes.pointRow + sizes.lanePad + (strip(d) ? sizes.strip : 0);
    return c;
  };
  // Degenerate: not even the fixed parts fit. No rows, no tracks: everything folds, into a strip
  // per lane with events (horizontal) or the shared strip (vertical), and all fixed sizes shrink
  // by one factor (≤ 1) to fit `capacity` (e.g. 0.008 for a 1-px-high horizontal viewport).
  const squeeze = (): CrossPlan => {
    const strip = (d: LaneDemand): boolean => horizontal && d.events > 0;
    let total = fixed(strip);
    if (!horizontal && events) total += sizes.strip;
    return { lanes: lanes.map((d) => ({ rows: 0, tracks: 0, strip: strip(d) })), trackSize: 0, sharedTracks: 0, spare: 0, factor: Math.min(1, capacity / total) };
  };
  const base = fixed((d) => d.strip && horizontal);
  if (base > capacity || capacity - base < sizes.rangeRow) return squeeze();

  const free = capacity - base;
  const wanted = lanes.reduce((n, d) => n + d.rows, 0);
  const wantsLabels = horizontal ? lanes.some((d) => d.tracks > 0) : events;
  // Rows are granted before the strips that lanes short of rows or tracks need are known: when
  // those overdraw the room, or leave no label track, try fewer rows. The first plan that fits
  // is the fallback when no row count leaves a track.
  const share = Math.min(wanted, Math.floor((free * ROW_SHARE) / sizes.rangeRow));
  let fallback: CrossPlan | null = null;
  for (let units = share; units >= 0; units--) {
    const plan = planRowsAndTracks(free, units, horizontal, sizes, lanes, events);
    if (plan === null) continue;
    if (!wantsLabels || hasTrack(plan)) return plan;
    fallback ??= plan;
  }
  if (fallback === null) return squeeze();
  // No row count leaves a label track: the rows' share kept room for labels, so rows may now
  // take more, while they fit (a narrow vertical drawing then fills its width with lanes
  // instead of leaving a gap).
  for (let units = share + 1; units <= wanted; units++) {
    const plan = planRowsAndTracks(free, units, horizontal, sizes, lanes, events);
    if (plan === null) break;
    fallback = plan;
  }
  return fallback;
}

/** Some lane (horizontal) or the shared pool (vertical) has a label track. */
function hasTrack(plan: CrossPlan): boolean {
  return plan.sharedTracks > 0 || plan.lanes.some((b) => b.tracks > 0);
}

/**
 * One candidate plan for {@link planCross}: `rowUnits` range rows water-filled among the lanes,
 * then label tracks in what `free` px leave; null when the strips this needs do not fit.
 */
function planRowsAndTracks(
  free: number,
  rowUnits: number,
  horizontal: boolean,
  sizes: CrossSizes,
  lanes: readonly LaneDemand[],
  events: boolean,
): CrossPlan | null {
  const budgets: LaneBudget[] = lanes.map((d) => ({ rows: 0, tracks: 0, strip: d.strip }));
  const rows = waterFill(
    lanes.map((d) => d.rows),
    rowUnits,
  );
  budgets.forEach((b, i) => {
    b.rows = rows[i] as number;
    free -= b.rows * sizes.rangeRow;
    if (horizontal && b.rows < (lanes[i] as LaneDemand).rows && !b.strip) {
      b.strip = true; // some ranges fold
      free -= sizes.strip;
    }
  });

  if (!horizontal) {
    // Vertical lanes are narrow mark columns; one shared cluster strip and shared label tracks
    // follow them. The strip is reserved whenever there are events (unused, it is dropped).
    budgets.forEach((b) => (b.strip = false));
    const room = free - (events ? sizes.strip : 0);
    if (room < 0) return null;
    const tracks = room < sizes.track ? 0 : Math.max(1, Math.floor(room / sizes.maxTrack));
    return { lanes: budgets, trackSize: tracks > 0 ? room / tracks : 0, sharedTracks: tracks, spare: tracks > 0 ? 0 : room, factor: 1 };
  }

  // Lanes that cannot get all the tracks they want need a strip, which costs tracks: iterate.
  for (let pass = 0; pass <= lanes.length; pass++) {
    const tracks = waterFill(
      lanes.map((d) => d.tracks),
      Math.floor(Math.max(free, 0) / sizes.track),
    );
    let added = false;
    budgets.forEach((b, i) => {
      const d = lanes[i] as LaneDemand;
      b.tracks = tracks[i] as number;
      if (!b.strip && b.tracks < d.tracks && d.events > 0) {
        b.strip = true;
        free -= sizes.strip;
        added = true;
      }
    });
    if (!added) break;
  }
  const used = budgets.reduce((n, b) => n + b.tracks, 0) * sizes.track;
  if (free < 0) return null;
  return { lanes: budgets, trackSize: sizes.track, sharedTracks: 0, spare: Math.max(free - used, 0), factor: 1 };
}
