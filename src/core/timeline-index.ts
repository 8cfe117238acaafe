/**
 * The index of `<conflict-timeline>`'s events, built once per dataset without the DOM: each event's
 * start, end and kind of mark in typed arrays, and one span index per lane, so a frame finds the
 * events in view without reading every one (the track's layout, `timeline-layout.ts`, reads it).
 */
import { comparePrecision, MS_PER_LONGEST_MONTH } from './dates.js';
import type { LaneGrouping } from './lanes.js';
import { inSlices, type SliceClock } from './slices.js';
import type { ConflictEvent } from './types.js';
import { createSpanIndex, type SpanIndex } from './viewport.js';

/*
 * Bits of {@link TimelineIndex.flags} and {@link MarkerItem.flags}. Every event is one of three kinds
 * of mark: a point ({@link MARK_POINT}), an uncertain instant ({@link MARK_UNCERTAIN_INSTANT}), or,
 * with neither bit, a duration (a range `A/B`, drawn as a solid bar).
 */
/** A day or a finer moment, not a range: drawn as a point. */
export const MARK_POINT = 1;
/** `~` on the date or an end of it. */
export const MARK_APPROXIMATE = 2;
/** `?` on the date or an end of it (not {@link MARK_UNCERTAIN_INSTANT}: that is about what the span means). */
export const MARK_UNCERTAIN = 4;
/** A range open at its start (`../2015`): its real start is unknown, before the drawn one; a set `[..2015]`: 2015 or earlier. */
export const MARK_OPEN_START = 8;
/** A range open at its end (`2015-05/..`): still going on, or its end is unknown; a set `[2015-05..]`: May 2015 or later. */
export const MARK_OPEN_END = 16;
/**
 * One instant known only to lie somewhere in the drawn span: a month or a year (`2015-05`, `2014`),
 * or a set (`[2014-03..2014-06-14]`). Drawn as a soft span, not as a bar: the event did not last the
 * span. Laid out over its span like a bar.
 */
export const MARK_UNCERTAIN_INSTANT = 32;

export interface TimelineIndex {
  readonly events: readonly ConflictEvent[];
  readonly grouping: LaneGrouping;
  /** One span index per lane (ids are indices into `events`). */
  readonly lanes: readonly SpanIndex[];
  /** Start and end (ms) of every event, by index in `events` (sorted by start). */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /**
   * Per event: its kind of mark, {@link MARK_POINT} (a day or a moment, drawn as a point) or
   * {@link MARK_UNCERTAIN_INSTANT} (a month, a year or a set, drawn as a soft span) or neither (a range,
   * drawn as a bar); and {@link MARK_APPROXIMATE}, {@link MARK_UNCERTAIN}, {@link MARK_OPEN_START},
   * {@link MARK_OPEN_END}.
   */
  readonly flags: Uint8Array;
  /**
   * Per lane: some of its events have a time of day. Only those lanes get calendar clusters finer
   * than a day; a day's events are drawn over the whole day, so their clusters are whole days.
   */
  readonly laneHasMoments: readonly boolean[];
  /**
   * A filtered index's: the index of each of its events in the list the unfiltered index was made
   * of (the dataset's events).
   */
  readonly from?: Uint32Array;
}

/** What the index reads of each event's date, by index: made once per list of events. */
interface EventMarks {
  starts: Float64Array;
  ends: Float64Array;
  flags: Uint8Array;
  /** 1 for an event with a time of day. */
  moments: Uint8Array;
}

const marksByEvents = new WeakMap<readonly ConflictEvent[], EventMarks>();

function newMarks(n: number): EventMarks {
  return {
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    flags: new Uint8Array(n),
    moments: new Uint8Array(n),
  };
}

function fillMarks(events: readonly ConflictEvent[], marks: EventMarks, from: number, to: number): void {
  const { starts, ends, flags, moments } = marks;
  for (let i = from; i < to; i++) {
    const time = events[i].time;
    starts[i] = time.start;
    ends[i] = time.end;
    const kind = time.isRange
      ? 0
      : time.oneOf || time.precision === 'year' || time.precision === 'month'
        ? MARK_UNCERTAIN_INSTANT
        : MARK_POINT;
    flags[i] =
      kind |
      (time.approximate ? MARK_APPROXIMATE : 0) |
      (time.uncertain ? MARK_UNCERTAIN : 0) |
      (time.openStart ? MARK_OPEN_START : 0) |
      (time.openEnd ? MARK_OPEN_END : 0);
    moments[i] = comparePrecision(time.precision, 'day') > 0 ? 1 : 0;
  }
}

/** The marks of `events`: made once per list (ahead by `prepareEventMarks`, or now). */
function eventMarks(events: readonly ConflictEvent[]): EventMarks {
  const cached = marksByEvents.get(events);
  if (cached) return cached;
  const marks = newMarks(events.length);
  fillMarks(events, marks, 0, events.length);
  marksByEvents.set(events, marks);
  return marks;
}

/**
 * Reads the dates of a dataset's events for `indexTimeline` a slice at a time, ahead of the first
 * index of them (a large dataset's). The list must not change afterwards (a `Dataset`'s does not).
 */
export async function prepareEventMarks(events: readonly ConflictEvent[], clock: SliceClock): Promise<void> {
  if (marksByEvents.has(events)) return;
  const marks = newMarks(events.length);
  await inSlices(events.length, clock, (from, to) => fillMarks(events, marks, from, to), 20_000);
  marksByEvents.set(events, marks);
}

/** Builds the index of events sorted by start (as `parseDataset` returns them), grouped into lanes. */
export function indexTimeline(events: readonly ConflictEvent[], grouping: LaneGrouping): TimelineIndex {
  const marks = eventMarks(events);
  // Copies: the marks stay with the list of events, the index's arrays are its own.
  return buildIndex(events, grouping, {
    starts: marks.starts.slice(),
    ends: marks.ends.slice(),
    flags: marks.flags.slice(),
    moments: marks.moments,
  });
}

/** Spans over 1/64 of the extent (or a month) are listed apart, so they do not widen every search. */
function longSpanFor(extent: number): number {
  return Math.max(extent / 64, MS_PER_LONGEST_MONTH);
}

function buildIndex(
  events: readonly ConflictEvent[],
  grouping: LaneGrouping,
  { starts, ends, flags, moments }: EventMarks,
): TimelineIndex {
  const n = events.length;
  const laneCount = grouping.lanes.length;
  const sizes = new Uint32Array(laneCount);
  const laneHasMoments: boolean[] = new Array(laneCount).fill(false);
  for (let i = 0; i < n; i++) {
    const lane = grouping.laneOf[i];
    sizes[lane]++;
    if (moments[i]) laneHasMoments[lane] = true;
  }
  const ids = Array.from(sizes, (size) => new Uint32Array(size));
  const fill = new Uint32Array(laneCount);
  for (let i = 0; i < n; i++) {
    const lane = grouping.laneOf[i];
    ids[lane][fill[lane]++] = i;
  }
  let last = -Infinity;
  for (let i = 0; i < n; i++) if (ends[i] > last) last = ends[i];
  const longSpan = longSpanFor(n > 0 ? last - starts[0] : 0);
  const lanes = ids.map((laneIds) => {
    const laneStarts = new Float64Array(laneIds.length);
    const laneEnds = new Float64Array(laneIds.length);
    for (let p = 0; p < laneIds.length; p++) {
      laneStarts[p] = starts[laneIds[p]];
      laneEnds[p] = ends[laneIds[p]];
    }
    return createSpanIndex(laneIds, laneStarts, laneEnds, longSpan);
  });
  return { events, grouping, lanes, starts, ends, flags, laneHasMoments };
}

/**
 * The index of only the events a filter keeps, in the same lanes (so the track does not jump when a
 * filter changes): what the track draws, clusters and counts. No mask: the index itself.
 */
export function filterTimelineIndex(index: TimelineIndex, mask?: ArrayLike<number>): TimelineIndex {
  if (!mask) return index;
  const n = index.events.length;
  // A filter that keeps every event (a search for a word all of them have) keeps the index as it is.
  let kept = 0;
  for (let i = 0; i < n; i++) if (mask[i]) kept++;
  if (kept === n) return index;
  // The kept events' marks are copied from the index's, not read again from their dates; each lane is
  // filtered where it is (its events stay in start order), not grouped again.
  const events = new Array<ConflictEvent>(kept);
  const laneOf = new Uint32Array(kept);
  const from = new Uint32Array(kept);
  const starts = new Float64Array(kept);
  const ends = new Float64Array(kept);
  const flags = new Uint8Array(kept);
  // The position of each kept event in the filtered index.
  const position = new Uint32Array(n);
  const { events: allEvents, starts: allStarts, ends: allEnds, flags: allFlags, from: origin } = index;
  const allLaneOf = index.grouping.laneOf;
  let last = -Infinity;
  for (let i = 0, k = 0; i < n; i++) {
    if (!mask[i]) continue;
    position[i] = k;
    events[k] = allEvents[i];
    laneOf[k] = allLaneOf[i];
    from[k] = origin ? origin[i] : i;
    starts[k] = allStarts[i];
    const end = (ends[k] = allEnds[i]);
    flags[k] = allFlags[i];
    if (end > last) last = end;
    k++;
  }
  const longSpan = longSpanFor(kept > 0 ? last - starts[0] : 0);
  const moments = index.laneHasMoments.some(Boolean) ? eventMarks(index.events).moments : undefined;
  const laneHasMoments: boolean[] = [];
  const lanes = index.lanes.map((lane, l) => {
    const { ids: laneIds, starts: fromStarts, ends: fromEnds } = lane;
    let size = 0;
    for (let p = 0; p < laneIds.length; p++) if (mask[laneIds[p]]) size++;
    const ids = new Uint32Array(size);
    const laneStarts = new Float64Array(size);
    const laneEnds = new Float64Array(size);
    let hasMoments = false;
    for (let p = 0, q = 0; p < laneIds.length; p++) {
      const i = laneIds[p];
      if (!mask[i]) continue;
      ids[q] = position[i];
      laneStarts[q] = fromStarts[p];
      laneEnds[q] = fromEnds[p];
      if (moments && moments[i]) hasMoments = true;
      q++;
    }
    laneHasMoments[l] = hasMoments;
    return createSpanIndex(ids, laneStarts, laneEnds, longSpan);
  });
  return {
    events,
    grouping: { ...index.grouping, laneOf },
    lanes,
    starts,
    ends,
    flags,
    laneHasMoments,
    from,
  };
}
