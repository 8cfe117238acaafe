/**
 * The reading layer of `<conflict-timeline>`, without the DOM: the order in which previous/next step
 * through the events the filters keep, where the window goes so the selected event is in view (and
 * drawn on its own, not inside a cluster), the narrow layout's chronology grouped under year and
 * month headings, and the filter chips.
 */
import { bisectLeft, bisector } from 'd3-array';
import { dateTimeFormat, formatNumber, plurals } from './format.js';
import type { GroupBy } from './lanes.js';
import type { Messages, PluralCategory } from './messages.js';
import { actorColor } from './palette.js';

import type { TimeScale } from './time-scale.js';
import {
  indexTimeline,
  layoutFrame,
  type LaneBox,
  type TimelineIndex,
  type TrackMetrics,
} from './timeline-layout.js';
import type { Actor, ConflictEvent, Dataset, DatePoint } from './types.js';
import { clampView, viewOf, zoomView, type View } from './viewport.js';

// ---- step order ------------------------------------------------------------------------------------

/**
 * The indices (into `dataset.events`, which is in time order) of the events a filter keeps, ascending:
 * the order previous/next step through. No mask: every event.
 */
export function readingOrder(count: number, mask?: ArrayLike<number>): Uint32Array {
  if (!mask) return Uint32Array.from({ length: count }, (_, i) => i);
  let kept = 0;
  for (let i = 0; i < count; i++) if (mask[i]) kept++;
  const order = new Uint32Array(kept);
  for (let i = 0, j = 0; i < count; i++) if (mask[i]) order[j++] = i;
  return order;
}

/** Where an event stands in a {@link readingOrder}. */
export interface Step {
  /** Its 0-based position in the order; -1 when the filters hide it. */
  position: number;
  /** The event before it in time among those kept (an index into `dataset.events`). */
  previous?: number;
  /** The event after it. */
  next?: number;
}

/**
 * The position of event `index` in `order` and its neighbours there. A hidden event still has
 * neighbours (the kept events just before and after it in time), so stepping from it goes on.
 */
export function stepFrom(order: ArrayLike<number>, index: number): Step {
  const at = bisectLeft(order as ArrayLike<number>, index);
  const found = at < order.length && order[at] === index;
  return {
    position: found ? at : -1,
    previous: at > 0 ? order[at - 1] : undefined,
    next: found
      ? at + 1 < order.length
        ? order[at + 1]
        : undefined
      : at < order.length
        ? order[at]
        : undefined,
  };
}

/**
 * The index of only the events a filter keeps, in the same lanes (so the track does not jump when a
 * filter changes): what the track draws, clusters and counts. No mask: the index itself.
 */
export function filterTimelineIndex(index: TimelineIndex, mask?: ArrayLike<number>): TimelineIndex {
  if (!mask) return index;
  const events: TimelineIndex['events'][number][] = [];
  const laneOf: number[] = [];
  for (let i = 0; i < index.events.length; i++) {
    if (!mask[i]) continue;
    events.push(index.events[i]);
    laneOf.push(index.grouping.laneOf[i]);
  }
  return indexTimeline(events, { ...index.grouping, laneOf: Uint32Array.from(laneOf) });
}

// ---- the window follows the selection -----------------------------------------------------------------

/** Share of the window kept free at either edge around a revealed event. */
const EDGE = 0.08;

/**
 * A window that shows `start..end` (ms): the same window when the span is already well inside it;
 * else one of the same zoom centred on it; a span too long for the window gets a window that fits it.
 */
export function windowAround(scale: TimeScale, view: View, start: number, end: number): View {
  const x0 = scale.scale(start);
  const x1 = scale.scale(end + 1);
  const span = view.x1 - view.x0;
  const edge = span * EDGE;
  if (x0 >= view.x0 + edge && x1 <= view.x1 - edge) return view;
  if (x1 - x0 > span * (1 - 2 * EDGE)) {
    const margin = (x1 - x0) * EDGE;
    return clampView(scale, viewOf(scale, scale.invert(x0 - margin), scale.invert(x1 + margin), view.width));
  }
  const middle = (x0 + x1) / 2;
  const next = clampView(scale, { x0: middle - span / 2, x1: middle + span / 2, width: view.width });
  // Clamped back to where it was (the whole period in view): the same window, not a rounding away from it.
  const same = Math.abs(next.x0 - view.x0) < span * 1e-9 && Math.abs(next.x1 - view.x1) < span * 1e-9;
  return same ? view : next;
}

export interface RevealOptions {
  /** Zoom factor per step. Default 1.5. */
  factor?: number;
  /** At most this many zoom steps. Default 12. */
  maxSteps?: number;
  /** The track's metrics, as given to `layoutFrame`. */
  metrics?: TrackMetrics;
}

/**
 * The window in which event `id` of `index` is in view and drawn as its own marker: first
 * {@link windowAround} it, then, while it is still inside a cluster, zoomed in around it a step at a
 * time. When no zoom within `maxSteps` separates it (events on the very same day), the centred
 * window: zooming would only lose the context.
 */
export function revealEvent(
  index: TimelineIndex,
  scale: TimeScale,
  view: View,
  boxes: readonly LaneBox[],
  id: string,
  options: RevealOptions = {},
): View {
  const i = index.events.findIndex((e) => e.id === id);
  if (i < 0) return view;
  const start = index.starts[i];
  const end = index.ends[i];
  const centred = windowAround(scale, view, start, end);
  const factor = options.factor ?? 1.5;
  const shows = (v: View) =>
    layoutFrame(index, scale, v, boxes, options.metrics).items.some(
      (item) => item.kind === 'marker' && item.key === id,
    );
  let candidate = centred;
  for (let step = 0; step <= (options.maxSteps ?? 12); step++) {
    if (shows(candidate)) return candidate;
    const anchor =
      (((scale.scale(start) + scale.scale(end + 1)) / 2 - candidate.x0) * candidate.width) /
      (candidate.x1 - candidate.x0);
    const next = windowAround(scale, zoomView(scale, candidate, factor, anchor), start, end);
    if (next.x1 - next.x0 >= candidate.x1 - candidate.x0) break; // cannot zoom any further
    candidate = next;
  }
  return centred;
}

// ---- chronology -----------------------------------------------------------------------------------------

export interface ChronologyMonth {
  /** Unique within the chronology: `2015-05`, or `2015` for events dated to the year only. */
  key: string;
  /** "May"; absent for events dated to the year only (they sit under the year heading). */
  label?: string;
  /** `<time datetime>` value, when HTML has one. */
  datetime?: string;
  /** Indices into `dataset.events`, in time order. */
  events: number[];
}

export interface ChronologyYear {
  key: string;
  /** "2015", "501 BC". */
  label: string;
  datetime?: string;
  months: ChronologyMonth[];
}

function yearFormat(locale: string | undefined, kind: 'year' | 'era' | 'month'): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    kind === 'month'
      ? { month: 'long' }
      : kind === 'era'
        ? { year: 'numeric', era: 'short' }
        : { year: 'numeric' };
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' });
}

/** The instant a calendar year (astronomical numbering) and month start, UTC; years 0–99 included. */
function utcMonthStart(year: number, month = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, 1);
  return date;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The point an event is filed under: where it starts (the end, for a range open at its start). */
const filedUnder = (event: ConflictEvent): DatePoint | undefined => event.time.from ?? event.time.to;

/**
 * The events of `order` (indices into `events`, in time order) under year and month headings, for a
 * vertical chronology: each event is filed under the month it starts in; one dated only to a year
 * sits under the year heading with no month. Labels come from `Intl.DateTimeFormat` in `locale`.
 * Runs of events with the same year and month share one heading.
 */
export function groupChronology(
  events: readonly ConflictEvent[],
  order: ArrayLike<number>,
  locale?: string,
): ChronologyYear[] {
  const years: ChronologyYear[] = [];
  let year: ChronologyYear | undefined;
  let month: ChronologyMonth | undefined;
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const point = filedUnder(events[i]);
    const y = point?.year ?? new Date(events[i].time.start).getUTCFullYear();
    const m = point && point.precision !== 'year' ? point.month : undefined;
    const yearKey = String(y);
    if (!year || year.key !== yearKey) {
      const start = utcMonthStart(y);
      year = {
        key: yearKey,
        label: yearFormat(locale, y <= 0 ? 'era' : 'year').format(start),
        datetime: y >= 1 ? pad(y, 4) : undefined,
        months: [],
      };
      years.push(year);
      month = undefined;
    }
    const monthKey = m === undefined ? yearKey : `${yearKey}-${pad(m, 2)}`;
    if (!month || month.key !== monthKey) {
      // The same month again after other events (an interleaved year-only event): a new run, a new key.
      const repeat = year.months.filter((r) => r.key.split('~')[0] === monthKey).length;
      month = {
        key: repeat ? `${monthKey}~${repeat}` : monthKey,
        label: m === undefined ? undefined : yearFormat(locale, 'month').format(utcMonthStart(y, m)),
        datetime: m !== undefined && y >= 1 ? `${pad(y, 4)}-${pad(m, 2)}` : undefined,
        events: [],
      };
      year.months.push(month);
    }
    month.events.push(i);
  }
  return years;
}

/**
 * The first position in `order` whose event starts at or after `time` (the last position when none
 * does): where the narrow layout's scrubber jumps to.
 */
export function positionAtTime(
  events: readonly ConflictEvent[],
  order: ArrayLike<number>,
  time: number,
): number {
  const at = bisector((i: number) => events[i].time.start).left(order, time);
  return Math.min(at, Math.max(0, order.length - 1));
}

/**
 * The slice `[from, to)` of a long chronology to render: `size` positions that hold `position`,
 * starting on a multiple of `size` so that the slice stays put while the reader steps within it.
 */
export function chronologyPage(total: number, position: number, size: number): [from: number, to: number] {
  if (total <= size) return [0, total];
  const from = Math.max(0, Math.min(Math.floor(Math.max(0, position) / size) * size, total - size));
  return [from, Math.min(total, from + size)];
}

// ---- filter chips ---------------------------------------------------------------------------------------

export interface FilterChip {
  /** The side or actor id: what `ct-filter-change` reports. */
  id: string;
  kind: 'side' | 'actor';
  /** What the `<actor-badge>` shows: the actor, or a side as one (its label as the name). */
  actor: Partial<Actor>;
  /** The side's label, for an actor chip. */
  side?: string;
  /** Events of this side or actor. */
  count: number;
}

/**
 * Which chips a timeline offers: sides when its lanes are sides (or, grouped by category or not at
 * all, when the data has sides), else actors.
 */
export function chipKind(dataset: Dataset, groupBy: GroupBy): 'side' | 'actor' {
  if (groupBy === 'actor') return 'actor';
  const hasSides =
    dataset.sides.length > 0 && dataset.actors.some((a) => a.side && dataset.sidesById.has(a.side));
  return hasSides ? 'side' : 'actor';
}

/**
 * The filter chips of a dataset with the number of events of each: sides in the data's order;
 * actors most frequent first (ties in the data's order), so that the first few shown are the ones
 * that matter. Sides and actors without events are left out.
 */
export function filterChips(dataset: Dataset, kind: 'side' | 'actor'): FilterChip[] {
  const counts = new Map<string, number>();
  const keyOf = (ref: { id: string }) => (kind === 'actor' ? ref.id : dataset.actorsById.get(ref.id)?.side);
  for (const event of dataset.events) {
    const refs = event.actors;
    for (let i = 0; i < refs.length; i++) {
      const key = keyOf(refs[i]!);
      if (!key) continue;
      // An event counts once per chip; its few actors are compared directly (no Set per event).
      let seen = false;
      for (let j = 0; j < i && !seen; j++) seen = keyOf(refs[j]!) === key;
      if (!seen) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  if (kind === 'side') {
    return dataset.sides
      .filter((side) => counts.has(side.id))
      .map((side) => ({
        id: side.id,
        kind,
        actor: { id: side.id, name: side.label, color: side.color },
        count: counts.get(side.id)!,
      }));
  }
  return dataset.actors
    .map((actor, order) => ({ actor, order, count: counts.get(actor.id) ?? 0 }))
    .filter((a) => a.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ actor, count }) => {
      const side = actor.side ? dataset.sidesById.get(actor.side) : undefined;
      return {
        id: actor.id,
        kind,
        actor: { ...actor, color: actorColor(actor, dataset.sidesById) },
        side: side?.label,
        count,
      };
    });
}

// ---- texts ------------------------------------------------------------------------------------------------

function pluralOf(count: number, locale: string | undefined): PluralCategory {
  return plurals(locale).select(count) as PluralCategory;
}

/** "3 of 27" (1-based), numbers in `locale`'s digits. */
export function positionText(messages: Messages, position: number, total: number, locale?: string): string {
  return messages.position(formatNumber(position + 1, locale), formatNumber(total, locale));
}

/** "12 of 27 events" (the noun agrees with the total, as Arabic needs). */
export function filteredCountText(messages: Messages, count: number, total: number, locale?: string): string {
  return messages.filteredCount(
    formatNumber(count, locale),
    formatNumber(total, locale),
    pluralOf(total, locale),
  );
}
