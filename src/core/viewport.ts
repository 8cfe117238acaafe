/**
 * The visible window: which part of a {@link TimeScale} the track shows, how zoom and pan change it,
 * and which events fall inside it (window culling over sorted typed arrays, so a frame costs
 * O(log n + visible), not O(n)).
 */
import { bisectLeft, bisectRight } from 'd3-array';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './dates.js';
import type { TimeScale } from './time-scale.js';
import type { DatePrecision } from './types.js';

/**
 * A window onto a scale: full-view positions `x0..x1` are drawn across `width` px. The full view is
 * `{ x0: 0, x1: scale.width }`; zooming in narrows `x0..x1`.
 */
export interface View {
  readonly x0: number;
  readonly x1: number;
  /** The track's width in px. */
  readonly width: number;
}

/** The view showing `start..end` (ms) of `scale` across `width` px. An empty or reversed window shows one ms. */
export function viewOf(scale: TimeScale, start: number, end: number, width: number): View {
  const x0 = scale.scale(start);
  let x1 = scale.scale(end);
  if (!(x1 > x0)) x1 = scale.scale(start + 1);
  return { x0, x1, width };
}

/** The full view of a scale. */
export function fullView(scale: TimeScale, width = scale.width): View {
  return { x0: 0, x1: scale.width, width };
}

/** The time window a view shows: `[start, end]` in ms, within what a `Date` holds (as `scale.invert`). */
export function windowOf(scale: TimeScale, view: View): [start: number, end: number] {
  return [scale.invert(view.x0), scale.invert(view.x1)];
}

/** Track px of a full-view position. */
export function toPixel(view: View, x: number): number {
  return ((x - view.x0) * view.width) / (view.x1 - view.x0);
}

/** Full-view position of a track px. */
export function fromPixel(view: View, px: number): number {
  return view.x0 + (px * (view.x1 - view.x0)) / view.width;
}

/** Limits that zoom and pan keep to. */
export interface ViewLimits {
  /**
   * The narrowest window, in ms of time at the window's middle. Default one hour; the element passes
   * {@link minSpanFor} its data's finest precision.
   */
  minSpan?: number;
}

// The mean Gregorian year.
const MS_PER_YEAR = 365.2425 * MS_PER_DAY;

/**
 * The narrowest window worth zooming to for data whose finest date precision is `precision`: two of
 * its units (two days for day-only data, two months for months, two minutes for times of day, two
 * seconds for anything finer). Zooming further would show nothing new: every mark is then at least
 * half the track wide, and the ticks (never finer than the data, see `axisLayout`) one or two.
 */
export function minSpanFor(precision: DatePrecision): number {
  switch (precision) {
    case 'year':
      return 2 * MS_PER_YEAR;
    case 'month':
      return (2 * MS_PER_YEAR) / 12;
    case 'day':
      return 2 * MS_PER_DAY;
    case 'minute':
      return 2 * MS_PER_MINUTE;
    default:
      return 2000;
  }
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping the time under track px `anchor` where it is. The result
 * never shows more than the full view (or the current view, if that is already wider) and never less
 * than `minSpan`.
 */
export function zoomView(
  scale: TimeScale,
  view: View,
  factor: number,
  anchor = view.width / 2,
  limits: ViewLimits = {},
): View {
  if (!(factor > 0) || !Number.isFinite(factor)) return view;
  const at = fromPixel(view, anchor);
  const f = anchor / view.width;
  const currentSpan = view.x1 - view.x0;
  let span = currentSpan / factor;
  span = Math.min(span, Math.max(scale.width, currentSpan));
  // The narrowest span, in positions, at the anchor's local rate of the scale.
  const minSpan = limits.minSpan ?? MS_PER_HOUR;
  const t = scale.invert(at);
  const rate = (scale.scale(t + minSpan / 2) - scale.scale(t - minSpan / 2)) / minSpan;
  span = Math.max(span, Math.min(currentSpan, rate * minSpan));
  return clampView(scale, { x0: at - f * span, x1: at + (1 - f) * span, width: view.width });
}

/**
 * `view` widened around its middle, where it shows less than `limits.minSpan` (a window asked for by
 * a script, a link or a click on a cluster), and kept inside the full view; else `view` itself.
 */
export function limitView(scale: TimeScale, view: View, limits: ViewLimits = {}): View {
  const minSpan = limits.minSpan ?? MS_PER_HOUR;
  const middle = (view.x0 + view.x1) / 2;
  const t = scale.invert(middle);
  const least = scale.scale(t + minSpan / 2) - scale.scale(t - minSpan / 2);
  if (!(view.x1 - view.x0 < least)) return view;
  return clampView(scale, { x0: middle - least / 2, x1: middle + least / 2, width: view.width });
}

/**
 * Pans by `dx` track px (positive moves the window later in time, the content left). A pan past
 * an end stops there, so `±Infinity` goes to the last or first events; `NaN` leaves the view.
 */
export function panView(scale: TimeScale, view: View, dx: number): View {
  // Moving by more than this takes any window past either end, where `clampView` stops it.
  const far = scale.width + Math.abs(view.x0) + Math.abs(view.x1);
  const d = Math.max(-far, Math.min(far, (dx * (view.x1 - view.x0)) / view.width));
  if (Number.isNaN(d)) return view;
  return clampView(scale, { x0: view.x0 + d, x1: view.x1 + d, width: view.width });
}

/**
 * Keeps a window inside the full view when it fits there (panning stops at the first and last
 * events); a window wider than the full view is centred on it.
 */
export function clampView(scale: TimeScale, view: View): View {
  const span = view.x1 - view.x0;
  if (span >= scale.width) {
    const x0 = (scale.width - span) / 2;
    return { x0, x1: x0 + span, width: view.width };
  }
  if (view.x0 < 0) return { x0: 0, x1: span, width: view.width };
  if (view.x1 > scale.width) return { x0: scale.width - span, x1: scale.width, width: view.width };
  return view;
}

/**
 * Events of one lane, sorted by start, for window culling. Spans longer than `longSpan` are listed
 * apart (`long`), so that one months-long range does not widen every search: a short event overlaps
 * the window `[t0, t1]` only if it starts in `[t0 - maxShortSpan, t1]`.
 */
export interface SpanIndex {
  /** Indices into the dataset's events, in start order. */
  readonly ids: Uint32Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** The same ends, sorted ascending (not aligned with `ids`): to count overlaps in O(log n). */
  readonly endsSorted: Float64Array;
  /** 1 where the event at that position is long. */
  readonly isLong: Uint8Array;
  /** Positions (into `ids`) of the long events, ascending. */
  readonly long: Uint32Array;
  /** The longest span (end − start) among the short events. */
  readonly maxShortSpan: number;
}

/**
 * Builds a span index from events already sorted by start. `ids[i]`, `starts[i]`, `ends[i]` describe
 * one event; spans over `longSpan` ms go to the long list.
 */
export function createSpanIndex(
  ids: Uint32Array,
  starts: Float64Array,
  ends: Float64Array,
  longSpan: number,
): SpanIndex {
  const n = ids.length;
  const isLong = new Uint8Array(n);
  const long: number[] = [];
  let maxShortSpan = 0;
  for (let i = 0; i < n; i++) {
    const span = ends[i] - starts[i];
    if (span > longSpan) {
      isLong[i] = 1;
      long.push(i);
    } else if (span > maxShortSpan) maxShortSpan = span;
  }
  // Events of one precision (a day each, say) end in the order they start: their ends are sorted
  // already (the index's arrays are not written after it is made, so it can share them).
  let inOrder = true;
  for (let i = 1; i < n && inOrder; i++) inOrder = ends[i - 1] <= ends[i];
  const endsSorted = inOrder ? ends : Float64Array.from(ends).sort();
  return { ids, starts, ends, endsSorted, isLong, long: Uint32Array.from(long), maxShortSpan };
}

/**
 * Positions (into the index) of the events that overlap `[t0, t1]` (start ≤ t1 and end ≥ t0), in start
 * order. O(log n + k + long).
 */
export function visiblePositions(index: SpanIndex, t0: number, t1: number): number[] {
  const { starts, ends, isLong, long } = index;
  const from = bisectLeft(starts, t0 - index.maxShortSpan);
  const to = bisectRight(starts, t1);
  const out: number[] = [];
  let l = 0;
  // Merge the long events (ascending positions) into the scan of the short ones.
  while (l < long.length && long[l] < from) {
    if (ends[long[l]] >= t0) out.push(long[l]);
    l++;
  }
  for (let i = from; i < to; i++) {
    if (isLong[i]) continue;
    while (l < long.length && long[l] < i) {
      if (ends[long[l]] >= t0 && starts[long[l]] <= t1) out.push(long[l]);
      l++;
    }
    if (ends[i] >= t0) out.push(i);
  }
  for (; l < long.length; l++) if (ends[long[l]] >= t0 && starts[long[l]] <= t1) out.push(long[l]);
  return out;
}

/**
 * Positions of the long events that overlap `[t0, t1]`, in start order. O(long): a dense lane draws
 * these (a siege across the window) while it counts its short events by calendar stretch.
 */
export function visibleLongPositions(index: SpanIndex, t0: number, t1: number): number[] {
  const { starts, ends, long } = index;
  const out: number[] = [];
  for (let l = 0; l < long.length && starts[long[l]] <= t1; l++) if (ends[long[l]] >= t0) out.push(long[l]);
  return out;
}

/**
 * How many events overlap `[t0, t1]` (`t0 ≤ t1`), without listing them, in O(log n): those starting
 * by `t1` less those ending before `t0` (which all start before it too).
 */
export function visibleCount(index: SpanIndex, t0: number, t1: number): number {
  return bisectRight(index.starts, t1) - bisectLeft(index.endsSorted, t0);
}

/** A stretch of a scale drawn linearly, clipped to a view: time `start..end`, track px `x0..x1`. */
export interface VisibleSegment {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

/**
 * The parts of the view drawn linearly (not breaks), in time order. Before the first segment and after
 * the last, time goes on linearly unless a break is there (a long range that starts well before the
 * first burst gets a break at the start).
 */
export function visibleSegments(scale: TimeScale, view: View): VisibleSegment[] {
  const t0 = scale.invert(fromPixel(view, 0));
  const t1 = scale.invert(fromPixel(view, view.width));
  const { segments, breaks } = scale;
  const out: VisibleSegment[] = [];
  const n = segments.length;
  if (n === 0) return [{ start: t0, end: t1, x0: 0, x1: view.width }];
  for (let s = 0; s < n; s++) {
    const seg = segments[s];
    const open0 = s === 0 && !(breaks.length > 0 && breaks[0].end <= seg.start);
    const open1 = s === n - 1 && !(breaks.length > 0 && breaks[breaks.length - 1].start >= seg.end);
    const start = Math.max(open0 ? -Infinity : seg.start, t0);
    const end = Math.min(open1 ? Infinity : seg.end, t1);
    if (end > start)
      out.push({ start, end, x0: toPixel(view, scale.scale(start)), x1: toPixel(view, scale.scale(end)) });
  }
  return out;
}
