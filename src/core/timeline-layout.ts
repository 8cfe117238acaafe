/**
 * The layout of `<conflict-timeline>`'s track, computed without the DOM from the index of its events
 * (`timeline-index.ts`): the lanes' heights, and per frame the marks and clusters to draw (semantic
 * zoom: single marks where there is room, clusters where marks would overlap, calendar clusters over
 * a density band where a lane holds more than its width can show).
 *
 * The number of items a frame returns is bounded by the track's size, not by the number of events.
 */
import { bisectLeft } from 'd3-array';
import { packLane, rowsNeeded } from './cluster.js';
import { binCounts, calendarBucketEdges, pixelBinEdges } from './density.js';
import { allocateRows } from './lanes.js';
import { MARK_POINT, type TimelineIndex } from './timeline-index.js';
import type { TimeScale } from './time-scale.js';
import {
  toPixel,
  visibleCount,
  visibleLongPositions,
  visiblePositions,
  type SpanIndex,
  type View,
} from './viewport.js';

/** Sizes of the track's parts, px. */
export interface TrackMetrics {
  /** Height of one row of marks. Default 22. */
  rowHeight?: number;
  /** Diameter of a point mark. Default 12. */
  pointSize?: number;
  /** Least width of a bar. Default 6. */
  minBarWidth?: number;
  /** Least width of a cluster. Default 26. */
  clusterWidth?: number;
  /** Widest a cluster grows before the next starts. Default 72. */
  maxClusterWidth?: number;
  /**
   * Calendar clusters of a dense lane are about this wide or wider. Default 200: with 20 dense lanes,
   * 150 let a zoom step reach 280 clusters, and frames with that many missed the frame budget.
   */
  bucketWidth?: number;
  /** Width of a density band's bins. Default 2. */
  binWidth?: number;
  /** A lane is dense when it would have fewer px per mark than this (per row). Default 24. */
  densePitch?: number;
  /** At most this many single marks in a frame; the fullest lanes go dense beyond it. Default 600. */
  maxMarks?: number;
  /** Most rows a lane asks for. Default 6. */
  maxRows?: number;
}

const DEFAULTS: Required<TrackMetrics> = {
  rowHeight: 22,
  pointSize: 12,
  minBarWidth: 6,
  clusterWidth: 26,
  maxClusterWidth: 72,
  bucketWidth: 200,
  binWidth: 2,
  densePitch: 24,
  maxMarks: 600,
  maxRows: 6,
};

/** A lane's place in the track. */
export interface LaneBox {
  y: number;
  height: number;
  rows: number;
}

/**
 * Shares the track's height between the lanes: each gets the rows its marks need at the full view
 * (up to `maxRows`; a lane too full to show its marks one by one needs one, or two when it has long
 * ranges to draw above its clusters), as far as the height allows, and at least one. Heights are in proportion to the rows and fill the track exactly, so
 * spare height goes to every lane alike (room for zooming in).
 */
export function layoutLanes(
  index: TimelineIndex,
  scale: TimeScale,
  height: number,
  metrics: TrackMetrics = {},
): LaneBox[] {
  const m = { ...DEFAULTS, ...metrics };
  const view: View = { x0: 0, x1: scale.width, width: scale.width };
  const needs = index.lanes.map((lane) => {
    if (lane.ids.length * m.densePitch > scale.width * m.maxRows) return lane.long.length > 0 ? 2 : 1;
    return Math.max(1, rowsNeeded(laneMarks(index, lane, scale, view, range(lane.ids.length), m), m.maxRows));
  });
  const laneCount = needs.length;
  if (laneCount === 0) return [];
  const rows = allocateRows(needs, Math.max(laneCount, Math.floor(height / m.rowHeight)));
  const total = rows.reduce((a, b) => a + b, 0);
  let y = 0;
  return rows.map((r) => {
    const h = (height * r) / total;
    const box = { y, height: h, rows: Math.max(1, Math.min(r, Math.floor(h / m.rowHeight))) };
    y += h;
    return box;
  });
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/**
 * Marks of some positions of a lane: their px extents in the view and their spans, leaving out the
 * marks that fall outside the view (a point is drawn at its span's middle, which can be out of view
 * while its span reaches in). `positions` are the positions kept.
 */
function laneMarks(
  index: TimelineIndex,
  lane: SpanIndex,
  scale: TimeScale,
  view: View,
  positions: readonly number[],
  m: Required<TrackMetrics>,
) {
  const marks = {
    x0: [] as number[],
    x1: [] as number[],
    start: [] as number[],
    end: [] as number[],
    positions: [] as number[],
  };
  const r = m.pointSize / 2;
  for (const p of positions) {
    const s = lane.starts[p];
    const e = lane.ends[p];
    let a: number;
    let b: number;
    if (index.flags[lane.ids[p]] & MARK_POINT) {
      a = toPixel(view, scale.scale(s + (e - s) / 2)) - r;
      b = a + 2 * r;
    } else {
      a = toPixel(view, scale.scale(s));
      b = Math.max(toPixel(view, scale.scale(e + 1)), a + m.minBarWidth);
    }
    if (b < 0 || a > view.width) continue;
    marks.x0.push(a);
    marks.x1.push(b);
    marks.start.push(s);
    marks.end.push(e);
    marks.positions.push(p);
  }
  return marks;
}

/** A single event's mark. */
export interface MarkerItem {
  kind: 'marker';
  key: string;
  lane: number;
  /** Index of the event in `index.events`. */
  event: number;
  x0: number;
  x1: number;
  /** Top and height, px in the track. */
  y: number;
  height: number;
  start: number;
  end: number;
  point: boolean;
  /**
   * The event's {@link TimelineIndex.flags}: its kind of mark (`MARK_POINT`, `MARK_UNCERTAIN_INSTANT` or
   * neither, a duration), `MARK_OPEN_START`/`MARK_OPEN_END` for an open range or set, etc.
   */
  flags: number;
}

/** Several events drawn as one, with a count. */
export interface ClusterItem {
  kind: 'cluster';
  key: string;
  lane: number;
  count: number;
  x0: number;
  x1: number;
  y: number;
  height: number;
  /** The time its events span (for a calendar cluster, the calendar stretch), ms. */
  start: number;
  end: number;
  /** A calendar cluster of a dense lane (drawn over its density band), not a group of overlapping marks. */
  calendar: boolean;
}

export type TrackItem = MarkerItem | ClusterItem;

export interface Frame {
  /** What to draw, in time order (start, then lane): the reading order of the track. */
  items: TrackItem[];
  /** Per lane: the density band's counts (bins of `binWidth` px from the left edge), for dense lanes only. */
  bands: Array<Uint32Array | undefined>;
  binWidth: number;
  /** The largest count in any band (for a common scale). */
  bandMax: number;
}

/**
 * The items of one frame: for each lane, the events in view become single marks stacked in the
 * lane's rows, and clusters where rows run out (`packLane`); a lane with more events in view than
 * its width can show (or the fullest lanes, when the frame would pass `maxMarks` single marks) gets a
 * density band and one cluster per calendar stretch instead, at O(buckets × log n) whatever its size,
 * and its long ranges that reach into the view (a siege across it) still drawn as marks above the
 * clusters. Marks outside the view are left out.
 */
export function layoutFrame(
  index: TimelineIndex,
  scale: TimeScale,
  view: View,
  boxes: readonly LaneBox[],
  metrics: TrackMetrics = {},
): Frame {
  const m = { ...DEFAULTS, ...metrics };
  const t0 = scale.invert(view.x0);
  const t1 = scale.invert(view.x1);
  const laneCount = index.lanes.length;
  const inView = index.lanes.map((lane) => visibleCount(lane, t0, t1));
  const dense = index.lanes.map((_, l) => inView[l] * m.densePitch > view.width * (boxes[l]?.rows ?? 1));
  let sparseTotal = 0;
  for (let l = 0; l < laneCount; l++) if (!dense[l]) sparseTotal += inView[l];
  if (sparseTotal > m.maxMarks) {
    const fullest = range(laneCount)
      .filter((l) => !dense[l])
      .sort((a, b) => inView[b] - inView[a]);
    for (const l of fullest) {
      if (sparseTotal <= m.maxMarks) break;
      dense[l] = true;
      sparseTotal -= inView[l];
    }
  }

  const items: TrackItem[] = [];
  const bands: Array<Uint32Array | undefined> = new Array(laneCount);
  let bandMax = 0;
  // Calendar buckets of lanes with times of day, and of lanes of days (never finer than a day).
  let momentEdges: number[] | undefined;
  let dayEdges: number[] | undefined;
  let binEdges: Float64Array | undefined;
  for (let l = 0; l < laneCount; l++) {
    const lane = index.lanes[l];
    const box = boxes[l];
    if (!box || lane.ids.length === 0) continue;
    const rowHeight = box.height / box.rows;
    if (!dense[l]) {
      placeMarks(items, index, l, scale, view, visiblePositions(lane, t0, t1), box.rows, box.y, rowHeight, m);
      continue;
    }
    const edges = index.laneHasMoments[l]
      ? (momentEdges ??= calendarBucketEdges(scale, view, m.bucketWidth))
      : (dayEdges ??= calendarBucketEdges(scale, view, m.bucketWidth, true));
    binEdges ??= pixelBinEdges(scale, view, m.binWidth);
    const band = binCounts(lane.starts, binEdges);
    for (let i = 0; i < band.length; i++) if (band[i] > bandMax) bandMax = band[i];
    bands[l] = band;

    // Long ranges reaching into the view are drawn in the top rows (half the lane when it has one);
    // the calendar clusters below count the other events.
    const long = visibleLongPositions(lane, t0, t1);
    let top = box.y;
    if (long.length > 0) {
      const rows = Math.max(1, box.rows - 1);
      const height = box.rows > 1 ? rows * rowHeight : box.height / 2;
      placeMarks(items, index, l, scale, view, long, rows, box.y, height / rows, m);
      top += height;
    }
    const space = box.y + box.height - top;
    const counts = binCounts(lane.starts, edges);
    const h = Math.min(space, rowHeight, m.rowHeight);
    const y = top + (space - h) / 2;
    let first = bisectLeft(lane.starts, edges[0]);
    let nextLong = 0;
    for (let b = 0; b < counts.length; b++) {
      const at = first;
      first += counts[b];
      // The long ranges drawn above are not counted again.
      let drawn = 0;
      while (nextLong < long.length && lane.starts[long[nextLong]] < edges[b + 1]) {
        if (long[nextLong] >= at) drawn++;
        nextLong++;
      }
      const count = counts[b] - drawn;
      if (count === 0) continue;
      if (count === 1) {
        // A calendar stretch with one event shows the event itself (when it is in view).
        let p = at;
        while (lane.isLong[p] && long.includes(p)) p++;
        placeMarks(items, index, l, scale, view, [p], 1, y, h, m);
        continue;
      }
      const a = edges[b];
      const z = edges[b + 1];
      // Clipped to the view, so that the count sits in the visible part of a stretch cut by an edge.
      const x0 = Math.max(toPixel(view, scale.scale(a)), 0);
      const x1 = Math.min(toPixel(view, scale.scale(z)), view.width);
      items.push({
        kind: 'cluster',
        key: `b${l}:${a}`,
        lane: l,
        count,
        x0: x0 + 1,
        x1: Math.max(x1 - 1, x0 + 2),
        y,
        height: h,
        start: a,
        end: z - 1,
        calendar: true,
      });
    }
  }
  items.sort((a, b) => a.start - b.start || a.lane - b.lane || a.y - b.y);
  return { items, bands, binWidth: m.binWidth, bandMax };
}

/**
 * Lays out the events at `positions` of lane `l` (in start order) as marks in `rows` rows from `top`,
 * clustering what the rows cannot hold, and adds them to `items`.
 */
function placeMarks(
  items: TrackItem[],
  index: TimelineIndex,
  l: number,
  scale: TimeScale,
  view: View,
  positions: readonly number[],
  rows: number,
  top: number,
  rowHeight: number,
  m: Required<TrackMetrics>,
): void {
  const lane = index.lanes[l];
  const marks = laneMarks(index, lane, scale, view, positions, m);
  const packed = packLane(marks, {
    rows,
    gap: 2,
    clusterWidth: m.clusterWidth,
    maxClusterWidth: m.maxClusterWidth,
  });
  for (const item of packed) {
    const y = top + item.row * rowHeight;
    const event = lane.ids[marks.positions[item.first]];
    if (item.count === 1) {
      const flags = index.flags[event];
      const point = (flags & MARK_POINT) !== 0;
      const key = index.events[event].id;
      items.push({
        kind: 'marker',
        key,
        lane: l,
        event,
        x0: item.x0,
        x1: item.x1,
        y,
        height: rowHeight,
        start: item.start,
        end: item.end,
        point,
        flags,
      });
    } else {
      items.push({
        kind: 'cluster',
        key: `c${l}:${index.events[event].id}`,
        lane: l,
        count: item.count,
        x0: item.x0,
        x1: Math.max(item.x1, item.x0 + m.clusterWidth),
        y,
        height: rowHeight,
        start: item.start,
        end: item.end,
        calendar: false,
      });
    }
  }
}
