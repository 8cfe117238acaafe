/**
 * Event density: counts of events per stretch of time, for the overview's histogram, the density
 * bands of crowded lanes and the calendar clusters that stand in for their marks. Counting uses
 * binary search on sorted starts, O(bins × log n), so it costs the same at 100 or 100,000 events.
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
    const hi = bisectLeft(starts, edges[i + 1], lo);
    counts[i] = hi - lo;
    lo = hi;
  }
  return counts;
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
