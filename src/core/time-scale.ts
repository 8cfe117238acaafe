/**
 * The timeline's horizontal scale: time (ms since 1970 UTC) → position, piecewise linear, with the
 * long empty stretches between bursts of events compressed to fixed-width breaks ("gap compression").
 *
 * Positions are pixels of the track when the whole extent is in view (the "full view"); a zoomed view
 * (see `viewport.ts`) is a linear window onto these positions, so zooming and panning stay linear and
 * a break simply grows with the zoom. Within a break, time still maps linearly (onto its few pixels),
 * so the scale is monotonic and invertible everywhere and a long range drawn across a break stays one bar.
 *
 * This is d3-scale's polylinear scale (`domain([t0, t1, …]).range([x0, x1, …])`) specialised to
 * numbers: written out here because `scaleUtc` would bring d3-time-format and d3-interpolate into the
 * embed for what is a binary search and a multiplication. Ticks come from d3-time
 * (`ticks.ts`), exactly as `scaleUtc().ticks()` makes them.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import { MAX_DATE_MS, MS_PER_DAY, MS_PER_LONGEST_MONTH } from './dates.js';

/** A stretch of time that keeps its share of the width. */
export interface TimeSegment {
  /** First instant (ms). The first segment also covers everything before it. */
  start: number;
  /** Last instant (ms). The last segment also covers everything after it. */
  end: number;
  /** Position of `start` at the full view (px). */
  x0: number;
  /** Position of `end` at the full view (px). */
  x1: number;
  /** Events that start in this segment. */
  count: number;
}

/** An empty stretch of time drawn as a fixed-width break. */
export interface TimeBreak {
  /** End of the activity before the break (ms). */
  start: number;
  /** Start of the activity after it (ms). */
  end: number;
  /** Position of `start` and `end` at the full view (px): `x1 - x0` is the break width. */
  x0: number;
  x1: number;
}

export interface TimeScaleOptions {
  /** The track width at the full view, in px. */
  width: number;
  /** `auto` compresses long empty stretches into breaks; `off` keeps time linear. Default `auto`. */
  gaps?: 'auto' | 'off';
  /** Width of one break at the full view, px. Default 48 (at most 8 % of the width). */
  breakWidth?: number;
  /** Empty room before the first and after the last event at the full view, px. Default 16. */
  padding?: number;
  /**
   * A stretch is compressed when it would take more than this share of the time still drawn
   * linearly. Default 0.2.
   */
  gapShare?: number;
  /**
   * An event longer than this share of the time still drawn linearly (and longer than a month) does
   * not keep a stretch from being compressed: it is drawn across the break. Default 0.1.
   */
  occupancyShare?: number;
  /**
   * A stretch shorter than this share of the whole extent is never compressed (a quiet day inside a
   * week-long burst is not a gap). Default 0.01.
   */
  minGapShare?: number;
  /**
   * A break is made only where at least this many events start on each side of it, between it and
   * the next break: compressing the time between lone events would only misdraw their spacing. Default 2.
   */
  minBurst?: number;
  /** At most this many breaks. Default 8. */
  maxBreaks?: number;
  /**
   * The gaps {@link findGaps} found for these events with these options. They depend on the events
   * only, not on the width: a caller that refits the scale to a new size passes them instead of
   * having them found again.
   */
  knownGaps?: readonly Gap[];
}

export interface TimeScale {
  /** The track width at the full view (px); `scale(domain[0]) = 0`, `scale(domain[1]) = width`. */
  readonly width: number;
  /** The times at position 0 and at `width` (the events' extent plus padding, within ±{@link MAX_DATE_MS}). */
  readonly domain: readonly [number, number];
  /** The extent of the events: earliest start, latest end (ms). */
  readonly extent: readonly [number, number];
  readonly segments: readonly TimeSegment[];
  readonly breaks: readonly TimeBreak[];
  /** Position (px at the full view) of an instant; linear beyond the ends. */
  scale(time: number): number;
  /**
   * The instant at a position; the inverse of `scale`, kept within what a `Date` holds
   * (±{@link MAX_DATE_MS}), so that a view padded or panned past the extremes still makes valid dates.
   */
  invert(x: number): number;
}

/** A gap between activity: `[start, end]` in ms. */
export type Gap = readonly [start: number, end: number];

/**
 * The empty stretches worth compressing, in time order. `starts` must be sorted ascending; `ends[i]`
 * belongs to `starts[i]`.
 *
 * With `kept` the time still drawn linearly (the extent minus the gaps chosen so far), an event is
 * *long* when it spans more than `occupancyShare × kept` (and more than a month): long events (a
 * months-long siege, a year) are drawn as bars across breaks and do not keep a stretch from being
 * compressed, so the bursts inside them still get room. The stretches no short event covers are the
 * candidates (including those before the first and after the last short event, under long ones); the
 * largest are taken while each is more than `gapShare × kept` (`kept` shrinking as they are taken)
 * and more than `minGapShare` of the whole extent, skipping a gap with fewer than `minBurst` events on
 * either side.
 * Taking gaps shrinks `kept`, which can make more events long, so this repeats until nothing changes.
 * O(n) per round, a few rounds (only stretches over `minGapShare` of the extent are ever sorted).
 * The gaps depend on the events only, not on the width: find them once per dataset and pass them to
 * {@link createTimeScale} as `knownGaps`.
 */
export function findGaps(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  {
    gapShare = 0.2,
    occupancyShare = 0.1,
    minGapShare = 0.01,
    minBurst = 2,
    maxBreaks = 8,
  }: Pick<TimeScaleOptions, 'gapShare' | 'occupancyShare' | 'minGapShare' | 'minBurst' | 'maxBreaks'> = {},
): Gap[] {
  const n = starts.length;
  if (n < 2 || maxBreaks <= 0) return [];
  const lo = starts[0];
  let hi = -Infinity;
  for (let i = 0; i < n; i++) if (ends[i] > hi) hi = ends[i];
  const total = hi - lo;
  if (!(total > 0)) return [];
  const shortest = minGapShare * total;

  let chosen: Gap[] = [];
  let kept = total;
  for (let round = 0; round < 10; round++) {
    const longer = Math.max(occupancyShare * kept, MS_PER_LONGEST_MONTH);
    const candidates: Gap[] = [];
    let covered = lo;
    let short = 0;
    for (let i = 0; i < n; i++) {
      if (ends[i] - starts[i] > longer) continue;
      short++;
      if (starts[i] - covered >= shortest) candidates.push([covered, starts[i]]);
      if (ends[i] > covered) covered = ends[i];
    }
    if (short === 0) break;
    if (hi - covered >= shortest) candidates.push([covered, hi]);
    candidates.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
    const next: Gap[] = [];
    let left = total;
    for (const gap of candidates) {
      const length = gap[1] - gap[0];
      if (next.length >= maxBreaks || length <= gapShare * left) break;
      // A break only pays when the stretches on both sides of it are bursts, not single events.
      let from = lo;
      let to = hi;
      for (const [a, b] of next) {
        if (b <= gap[0] && b > from) from = b;
        if (a >= gap[1] && a < to) to = a;
      }
      if (bisectRight(starts, gap[0]) - bisectLeft(starts, from) < minBurst) continue;
      if (bisectRight(starts, to) - bisectLeft(starts, gap[1]) < minBurst) continue;
      next.push(gap);
      left -= length;
    }
    const grew = next.length > chosen.length;
    if (next.length >= chosen.length) {
      chosen = next;
      kept = left;
    }
    if (!grew) break;
  }
  return chosen.sort((a, b) => a[0] - b[0]);
}

/**
 * A piecewise linear time scale for events with the given spans (`starts` sorted ascending, `ends`
 * aligned with them), fitted to `width` px, with gaps compressed unless `gaps: 'off'`.
 *
 * A kept segment's width is 30 % by its share of the time drawn linearly and 70 % by its share of the
 * events starting in it, so that a burst of many events in a few days gets room beside a quiet
 * season; every segment gets at least 2 px first (so the scale stays invertible) and the weights
 * share the rest, so the segments never run past the width. A scale of no events, or of events all
 * within a day, spans one day.
 */
export function createTimeScale(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  options: TimeScaleOptions,
): TimeScale {
  const width = Math.max(1, options.width);
  const n = starts.length;
  let lo = n > 0 ? starts[0] : Date.UTC(2000, 0, 1);
  let hi = lo;
  for (let i = 0; i < n; i++) if (ends[i] > hi) hi = ends[i];
  const extent: [number, number] = [lo, hi];
  if (hi - lo < MS_PER_DAY) {
    const mid = lo + (hi - lo) / 2;
    lo = mid - MS_PER_DAY / 2;
    hi = mid + MS_PER_DAY / 2;
  }
  const padding = Math.min(options.padding ?? 16, width * 0.05);
  const breakWidth = Math.min(options.breakWidth ?? 48, width * 0.08);

  let gaps = options.gaps === 'off' ? [] : (options.knownGaps ?? findGaps(starts, ends, options));
  // Breaks must leave at least half the width to the segments.
  const maxByWidth = Math.max(0, Math.floor((width - 2 * padding) / 2 / Math.max(breakWidth, 1)));
  if (gaps.length > maxByWidth) {
    gaps = [...gaps]
      .sort((a, b) => b[1] - b[0] - (a[1] - a[0]))
      .slice(0, maxByWidth)
      .sort((a, b) => a[0] - b[0]);
  }

  // The extent in order: segments (kept, possibly empty at the ends) and breaks between them.
  const pieces: Array<{ start: number; end: number; gap: boolean }> = [];
  let at = lo;
  for (const [a, b] of gaps) {
    if (a > at) pieces.push({ start: at, end: a, gap: false });
    pieces.push({ start: a, end: b, gap: true });
    at = b;
  }
  if (hi > at || pieces.length === 0) pieces.push({ start: at, end: hi, gap: false });

  let linearTime = 0;
  let segmentCount = 0;
  const counts = pieces.map((p) => {
    if (p.gap) return 0;
    linearTime += p.end - p.start;
    segmentCount++;
    return bisectRight(starts, p.end) - bisectLeft(starts, p.start);
  });
  const counted = counts.reduce((sum, c) => sum + c, 0);
  const segmentWidth = width - 2 * padding - gaps.length * breakWidth;
  // Each segment's least width comes first, the weights share what is left.
  const least = Math.min(2, segmentWidth / segmentCount / 2);
  const shared = segmentWidth - least * segmentCount;

  const knotTimes: number[] = [lo];
  const knotXs: number[] = [padding];
  const segments: TimeSegment[] = [];
  const breaks: TimeBreak[] = [];
  let x = padding;
  pieces.forEach((p, i) => {
    let w: number;
    if (p.gap) w = breakWidth;
    else if (segmentCount === 1) w = segmentWidth;
    else {
      const timeShare = linearTime > 0 ? (p.end - p.start) / linearTime : 1 / segmentCount;
      const countShare = counted > 0 ? counts[i] / counted : 1 / segmentCount;
      w = least + (0.3 * timeShare + 0.7 * countShare) * shared;
    }
    if (p.gap) breaks.push({ start: p.start, end: p.end, x0: x, x1: x + w });
    else segments.push({ start: p.start, end: p.end, x0: x, x1: x + w, count: counts[i] });
    x += w;
    knotTimes.push(p.end);
    knotXs.push(x);
  });
  // Padding that would reach past what a Date holds (years near ±271,821) is squeezed to end there.
  const padded = polylinear(knotTimes, knotXs);
  let squeezed = false;
  if (padded.invert(0) <= -MAX_DATE_MS && knotTimes[0] > -MAX_DATE_MS) {
    knotTimes.unshift(-MAX_DATE_MS);
    knotXs.unshift(0);
    squeezed = true;
  }
  if (padded.invert(width) >= MAX_DATE_MS && knotTimes[knotTimes.length - 1] < MAX_DATE_MS) {
    knotTimes.push(MAX_DATE_MS);
    knotXs.push(width);
    squeezed = true;
  }
  const { scale, invert } = squeezed ? polylinear(knotTimes, knotXs) : padded;
  return { width, domain: [invert(0), invert(width)], extent, segments, breaks, scale, invert };
}

/** The map through the knots `(times[i], xs[i])` and its inverse, extended linearly past both ends. */
function polylinear(times: number[], xs: number[]): Pick<TimeScale, 'scale' | 'invert'> {
  // Knots that coincide in time (an event ending where a gap starts) would divide by zero: drop them.
  const t: number[] = [times[0]];
  const p: number[] = [xs[0]];
  for (let i = 1; i < times.length; i++) {
    if (times[i] > t[t.length - 1]) {
      t.push(times[i]);
      p.push(xs[i]);
    }
  }
  if (t.length === 1) {
    t.push(t[0] + MS_PER_DAY);
    p.push(p[0] + 1);
  }
  const last = t.length - 1;
  // Callers mostly go left to right (bin edges, ticks, marks in time order): try the piece the last
  // call found, and its neighbour, before a binary search.
  const piece = (sorted: number[], v: number, hint: number) => {
    if (sorted[hint] <= v && v < sorted[hint + 1]) return hint;
    if (hint + 2 <= last && sorted[hint + 1] <= v && v < sorted[hint + 2]) return hint + 1;
    return Math.min(Math.max(bisectRight(sorted, v) - 1, 0), last - 1);
  };
  let timePiece = 0;
  let xPiece = 0;
  const scale = (time: number) => {
    const i = (timePiece = piece(t, time, timePiece));
    return p[i] + ((time - t[i]) * (p[i + 1] - p[i])) / (t[i + 1] - t[i]);
  };
  const invert = (x: number) => {
    const i = (xPiece = piece(p, x, xPiece));
    const time = t[i] + ((x - p[i]) * (t[i + 1] - t[i])) / (p[i + 1] - p[i]);
    return Math.max(-MAX_DATE_MS, Math.min(MAX_DATE_MS, time));
  };
  return { scale, invert };
}
