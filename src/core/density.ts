/**
 * Event density: counts of events per stretch of time, for the overview's histogram, the density
 * bands of crowded lanes and the calendar clusters that stand in for their marks. Counting searches
 * the sorted starts (a binary search for the first edge, then galloping from edge to edge), so it
 * costs about the same at 100 or 100,000 events.
 */
import { bisectLeft } from 'd3-array';
import { utcDay, utcTickInterval } from 'd3-time';
import { MS_PER_DAY } from './dates.js';
import type { TimeScale } from './time-scale.js';
import { fromPixel, visibleSegments, type View } from './viewport.js';

/**
 * How many of the sorted `starts` fall in each bin `[edges[i], edges[i + 1])`; `edges` ascending.
 * Returns `edges.length - 1` counts.
 */
export function binCounts(
  starts: ArrayLike<number>,
  edges: ArrayLike<number>,
  out?: Uint32Array,
): Uint32Array {
  const bins = Math.max(0, edges.length - 1);
  const counts = out && out.length >= bins ? out : new Uint32Array(bins);
  let lo = bisectLeft(starts, edges[0]);
  for (let i = 0; i < bins; i++) {
    const hi = gallopLeft(starts, edges[i + 1], lo);
    counts[i] = hi - lo;
    lo = hi;
  }
  return counts;
}

/**
 * `bisectLeft(a, x, from)` for an `x` a little past `a[from]`: steps of 1, 2, 4… from `from`, then a
 * binary search in the last step. The edges of the density bins ascend and each bin holds a few
 * events, so a search costs a few steps rather than log n.
 */
function gallopLeft(a: ArrayLike<number>, x: number, from: number): number {
  let lo = from;
  let hi = from;
  for (let step = 1; hi < a.length && a[hi] < x; step *= 2) {
    lo = hi + 1;
    hi += step;
  }
  if (hi > a.length) hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Edges (ms) of bins `binWidth` px wide across the view, from its left edge to its right. */
export function pixelBinEdges(scale: TimeScale, view: View, binWidth: number): Float64Array {
  const bins = Math.max(1, Math.ceil(view.width / binWidth));
  const edges = new Float64Array(bins + 1);
  for (let i = 0; i <= bins; i++)
    edges[i] = scale.invert(fromPixel(view, Math.min(i * binWidth, view.width)));
  return edges;
}

/**
 * Edges (ms) of calendar buckets (years, quarters, months, weeks, days, hours…) across the view, at
 * least about `minWidth` px wide, chosen per segment of the scale with d3-time's tick intervals, so
 * that a cluster stands for "May 2015" rather than for an arbitrary stretch. The first edge is at or
 * before the view's left edge and the last at or after its right edge (or at the view's edge, where
 * the calendar's would be past what a `Date` holds).
 *
 * With `wholeDays`, no bucket is shorter than a day: events dated to the day are drawn over their
 * whole day (a point at its noon), so their clusters are days however far the view zooms in; only
 * events with a time of day get hours, minutes, seconds.
 */
export function calendarBucketEdges(
  scale: TimeScale,
  view: View,
  minWidth: number,
  wholeDays = false,
): number[] {
  const t0 = scale.invert(fromPixel(view, 0));
  const t1 = scale.invert(fromPixel(view, view.width));
  const edges: number[] = [];
  const push = (t: number) => {
    if (edges.length === 0 || t > edges[edges.length - 1]) edges.push(t);
  };
  for (const { start, end, x0, x1 } of visibleSegments(scale, view)) {
    const count = Math.max(1, Math.floor((x1 - x0) / minWidth));
    const interval =
      wholeDays && (end - start) / count < MS_PER_DAY
        ? utcDay
        : utcTickInterval(new Date(start), new Date(end), count);
    // Calendar edges inside a segment; the segment's own ends where a break cuts it, calendar ones at the view's edges.
    const lo = interval && start === t0 ? validOr(+interval.floor(new Date(start)), start) : start;
    const hi = interval && end === t1 ? validOr(+interval.ceil(new Date(end)), end) : end;
    push(lo);
    if (interval) for (const d of interval.range(new Date(lo + 1), new Date(hi))) push(+d);
    push(hi > lo ? hi : lo + 1);
  }
  return edges;
}

/** `time`, or `fallback` when `time` is not a valid Date's (a calendar edge past ±8.64e15 ms). */
function validOr(time: number, fallback: number): number {
  return Number.isNaN(time) ? fallback : time;
}

/** What {@link paintBands} draws: per lane, its bin counts (or none), its box and its colour. */
export interface BandLayers {
  /** Per lane: counts per bin of `binWidth` px from the left edge, for the lanes drawn as bands. */
  bands: ReadonlyArray<Uint32Array | undefined>;
  /** Per lane: its vertical place, in CSS px. */
  boxes: ReadonlyArray<{ y: number; height: number }>;
  /** Per lane: its colour, as an RGBA pixel in the platform's byte order (see {@link rgbaPixel}). */
  colors: ArrayLike<number>;
  binWidth: number;
  /** The largest count of any bin: the full height of a band. */
  bandMax: number;
}

/**
 * Draws the density bands into `pixels`, a `width` × `height` image of device pixels (`ratio` per CSS
 * px), cleared first: per bin, a bar from the lane's bottom edge as tall as the square root of its
 * share of `bandMax` (at least one CSS px). Written pixel by pixel rather than as canvas paths:
 * with thousands of bars a frame, rasterising the paths cost more than the rest of the frame in
 * Chromium's software compositing; filling pixels costs the same whatever the count.
 */
export function paintBands(
  pixels: Uint32Array,
  width: number,
  height: number,
  ratio: number,
  { bands, boxes, colors, binWidth, bandMax }: BandLayers,
): void {
  pixels.fill(0);
  if (bandMax <= 0) return;
  for (let l = 0; l < bands.length; l++) {
    const band = bands[l];
    const box = boxes[l];
    if (!band || !box) continue;
    const color = colors[l];
    // A lane's bars stand on its bottom edge less 1 px, and reach at most its height less 2 px.
    const bottom = Math.min(height, Math.round((box.y + box.height - 1) * ratio));
    const full = (box.height - 2) * ratio;
    for (let i = 0; i < band.length; i++) {
      if (band[i] === 0) continue;
      // At least one CSS px, so that a sparse bin still shows on a dense screen.
      const bar = Math.max(Math.round(ratio), Math.round(Math.sqrt(band[i] / bandMax) * full));
      const x0 = Math.max(0, Math.round(i * binWidth * ratio));
      const x1 = Math.min(width, Math.round((i + 1) * binWidth * ratio));
      // Bars are a few px wide: a plain loop beats a fill() call per row.
      for (let y = Math.max(0, bottom - bar); y < bottom; y++) {
        const row = y * width;
        for (let x = x0; x < x1; x++) pixels[row + x] = color;
      }
    }
  }
}

/**
 * `r, g, b` (0–255) at `alpha` (0–1) as one pixel of a `Uint32Array` view of canvas image data, whose
 * bytes are R, G, B, A in memory whatever the platform's byte order.
 */
export function rgbaPixel(
  r: number,
  g: number,
  b: number,
  alpha: number,
  littleEndian = LITTLE_ENDIAN,
): number {
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
  return littleEndian
    ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0
    : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
