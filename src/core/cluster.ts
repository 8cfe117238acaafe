/**
 * Stacking and clustering of the marks in one lane: marks are stacked into rows where they overlap;
 * when the lane has no free row, an overlapping mark joins the mark it overlaps, which becomes a
 * cluster with a count. One pass over the marks in start order, O(n × rows).
 */

/** The marks of one lane in start order, as parallel arrays (track px and ms). */
export interface LaneMarks {
  /** Left and right edge of each mark, px (a point's edges are its centre ± its radius). */
  x0: ArrayLike<number>;
  x1: ArrayLike<number>;
  /** The time span of each mark, ms. */
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

/** One thing drawn in a lane: a single mark (`count` 1) or a cluster. */
export interface PackedItem {
  /** Index (into the lane's marks) of the first mark. For a single mark, the mark. */
  first: number;
  /** Marks in it. */
  count: number;
  row: number;
  /** Extent, px. A cluster is at least `clusterWidth` wide. */
  x0: number;
  x1: number;
  /** Earliest start and latest end of its marks, ms. */
  start: number;
  end: number;
}

export interface PackOptions {
  /** Rows available (≥ 1). `Infinity` stacks without limit (to find how many rows a lane needs). */
  rows: number;
  /** Least space between two marks in a row, px. Default 2. */
  gap?: number;
  /** Least width of a cluster (room for its count), px. Default 24. */
  clusterWidth?: number;
  /**
   * A cluster grows to at most this width, px; then the next overlapping mark starts a new one, so
   * dense data becomes a row of clusters rather than one. Default 64.
   */
  maxClusterWidth?: number;
}

/**
 * Stacks the marks (sorted by `x0`) into rows: each goes into the first row where it fits after the
 * row's last item (with `gap`); when none has room, it joins the last item of the row that frees
 * first, which becomes (or grows) a cluster, unless that would make the cluster wider than
 * `maxClusterWidth` and the mark starts well past the cluster's start: then the cluster is cut short
 * before the mark (it stays at least `clusterWidth` wide) and the mark starts the next item in the
 * row. Every mark ends up in exactly one item. Items come out in order of their first mark.
 */
export function packLane(marks: LaneMarks, options: PackOptions): PackedItem[] {
  const { x0, x1, start, end } = marks;
  const n = x0.length;
  const gap = options.gap ?? 2;
  const clusterWidth = options.clusterWidth ?? 24;
  const maxClusterWidth = Math.max(options.maxClusterWidth ?? 64, clusterWidth);
  const maxRows = Math.max(1, options.rows);
  const rowEnd: number[] = [];
  const rowItem: number[] = [];
  const items: PackedItem[] = [];

  for (let i = 0; i < n; i++) {
    const a = x0[i];
    const b = Math.max(x1[i], a);
    let row = -1;
    for (let r = 0; r < rowEnd.length; r++) {
      if (rowEnd[r] + gap <= a) {
        row = r;
        break;
      }
    }
    if (row < 0 && rowEnd.length < maxRows) row = rowEnd.length;
    if (row >= 0) {
      rowEnd[row] = b;
      rowItem[row] = items.length;
      items.push({ first: i, count: 1, row, x0: a, x1: b, start: start[i], end: end[i] });
      continue;
    }
    // No room: join the item of the row that frees first.
    let freest = 0;
    for (let r = 1; r < rowEnd.length; r++) if (rowEnd[r] < rowEnd[freest]) freest = r;
    const target = items[rowItem[freest]];
    if (
      target.count > 1 &&
      a >= target.x0 + maxClusterWidth / 2 &&
      Math.max(b, target.x1) - target.x0 > maxClusterWidth
    ) {
      // The cluster is wide enough: end it before this mark, which starts the next one in the row.
      target.x1 = Math.max(target.x0 + clusterWidth, Math.min(target.x1, a - gap));
      const item = { first: i, count: 1, row: freest, x0: a, x1: b, start: start[i], end: end[i] };
      rowEnd[freest] = b;
      rowItem[freest] = items.length;
      items.push(item);
      continue;
    }
    target.count++;
    target.x1 = Math.max(target.x1, b, target.x0 + clusterWidth);
    if (start[i] < target.start) target.start = start[i];
    if (end[i] > target.end) target.end = end[i];
    rowEnd[freest] = target.x1;
  }
  return items;
}

/** Rows a lane needs to show every mark on its own, up to `max` (for sharing the track's height). */
export function rowsNeeded(marks: LaneMarks, max = Infinity, gap = 2): number {
  let rows = 0;
  for (const item of packLane(marks, { rows: max, gap })) if (item.row + 1 > rows) rows = item.row + 1;
  return rows;
}
