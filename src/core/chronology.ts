/**
 * The narrow layout's chronology: events under year and month headings, where the scrubber jumps to,
 * and the slice of a long list to render.
 */
import { bisector } from 'd3-array';
import { dateTimeFormat } from './format.js';
import type { ConflictEvent, DatePoint } from './types.js';

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
