/**
 * Axis ticks for a (possibly gap-compressed) time scale: per visible segment, d3-time's calendar
 * ticks at the density that fits the segment's pixel width (`utcTicks`, the same ticks as
 * `scaleUtc().ticks(count)`), labelled with `Intl.DateTimeFormat` in the reader's language, in UTC.
 */
import { utcSecond, utcTickInterval } from 'd3-time';
import { MAX_DATE_MS, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './dates.js';
import { dateTimeFormat, numberFormat, resolveLocale } from './format.js';
import type { TimeScale } from './time-scale.js';
import { toPixel, visibleSegments, type View } from './viewport.js';

/** The calendar unit a tick stands for. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export interface Tick {
  /** The instant (ms since 1970 UTC). */
  time: number;
  /** Track px. */
  x: number;
  /** Text in the reader's language: the tick's unit, plus the larger unit where it changes. */
  label: string;
  /** The label names a larger unit (a year on a month axis, a month on a day axis). */
  major: boolean;
  unit: TickUnit;
}

export interface TickOptions {
  /** BCP 47 language for the labels (the runtime's when absent). */
  locale?: string;
  /** The least room one label gets, px. Default 88. */
  spacing?: number;
  /**
   * The width a label takes, px, drawn from its tick to the right (the default estimates 6.5 px per
   * character plus a 10 px margin, right for a 12 px sans-serif).
   */
  labelWidth?: (label: string) => number;
}

/** The unit of ticks `step` ms apart. */
export function tickUnit(step: number): TickUnit {
  if (step >= 360 * MS_PER_DAY) return 'year';
  if (step >= 28 * MS_PER_DAY) return 'month';
  if (step >= MS_PER_DAY) return 'day';
  if (step >= MS_PER_HOUR) return 'hour';
  if (step >= MS_PER_MINUTE) return 'minute';
  return 'second';
}

/**
 * d3-time's `utcTicks(start, end, count)`, but at least a second apart (a label shows no fraction of
 * a second, so finer ticks would repeat it), and found near 271,821 BCE, where a `Date` begins and
 * d3 finds none (the calendar unit before `start` is not a Date): those start one unit in.
 */
function calendarTicks(start: number, end: number, count: number): Date[] {
  const interval =
    (end - start) / count < 1000 ? utcSecond : utcTickInterval(new Date(start), new Date(end), count);
  if (!interval) return [];
  const stop = new Date(Math.min(end + 1, MAX_DATE_MS));
  const ticks = interval.range(new Date(start), stop);
  return ticks.length > 0 ? ticks : interval.range(interval.offset(new Date(start), 1), stop);
}

/** The astronomical year of an instant (year 0 is 1 BCE). */
function yearOf(time: number): number {
  return new Date(time).getUTCFullYear();
}

/**
 * The label of a tick: `unit` alone ("Mar", "14", "15:00"), or with the larger unit when `major`
 * ("2015", "Mar 2015", "14 Mar", "14 Mar 15:00"). Years before 1 CE carry the era ("501 BC").
 */
export function tickLabel(time: number, unit: TickUnit, major: boolean, locale?: string): string {
  const era = yearOf(time) <= 0;
  let options: Intl.DateTimeFormatOptions;
  switch (unit) {
    case 'year':
      options = { year: 'numeric' };
      break;
    case 'month':
      options = major ? { month: 'short', year: 'numeric' } : { month: 'short' };
      break;
    case 'day':
      options = major
        ? { day: 'numeric', month: 'short', year: 'numeric' }
        : { day: 'numeric', month: 'short' };
      break;
    default:
      options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
      if (unit === 'second') options.second = '2-digit';
      if (major) Object.assign(options, { day: 'numeric', month: 'short' });
  }
  if (era && (options.year || unit === 'year')) options.era = 'short';
  return dateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(new Date(time));
}

/** The key of the larger unit a tick belongs to, to see where it changes. */
function parentKey(time: number, unit: TickUnit): number {
  const d = new Date(time);
  switch (unit) {
    case 'year':
      return 0;
    case 'month':
      return d.getUTCFullYear();
    case 'day':
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    default:
      return Math.floor(time / MS_PER_DAY);
  }
}

/**
 * The ticks of the visible part of `scale` in `view`. Each segment of the scale (the stretches
 * between breaks) gets ticks from d3-time's `utcTicks` at the density its pixel width allows, so a
 * dense burst gets days while a quiet segment beside it gets months. The first tick of each segment,
 * and each where the larger unit changes, is `major` (its label names the larger unit too).
 *
 * Labels run from their tick to the right: a tick whose label would run into the next tick's, into a
 * break or past the view's right edge is dropped (a major tick wins over a minor one before it).
 */
export function axisTicks(scale: TimeScale, view: View, options: TickOptions = {}): Tick[] {
  const spacing = options.spacing ?? 88;
  const labelWidth = options.labelWidth ?? ((label: string) => label.length * 6.5 + 10);
  const locale = resolveLocale(options.locale);
  const candidates: Tick[] = [];
  const limits: number[] = [];
  for (const { start, end, x0, x1 } of visibleSegments(scale, view)) {
    const count = Math.floor((x1 - x0) / spacing);
    const dates = calendarTicks(start, end, Math.max(1, count));
    if (dates.length === 0) continue;
    const step = dates.length > 1 ? +dates[1] - +dates[0] : (end - start) / Math.max(1, count);
    const unit = tickUnit(step);
    let parent: number | undefined;
    for (const date of dates) {
      const time = +date;
      const key = parentKey(time, unit);
      const major = unit === 'year' || key !== parent;
      parent = key;
      const x = toPixel(view, scale.scale(time));
      candidates.push({ time, x, label: tickLabel(time, unit, major, locale), major, unit });
      // A label may run to the end of its segment when a break follows, else to the view's edge.
      limits.push(end < scale.invert(view.x1) ? x1 : view.width);
    }
  }
  const ticks: Tick[] = [];
  const ends: number[] = [];
  candidates.forEach((tick, i) => {
    const right = tick.x + labelWidth(tick.label);
    if (right > limits[i] + 4) return;
    const last = ticks.length - 1;
    if (last >= 0 && ends[last] > tick.x) {
      if (!(tick.major && !ticks[last].major)) return;
      ticks.pop();
      ends.pop();
    }
    ticks.push(tick);
    ends.push(right);
  });
  return ticks;
}

// The mean Gregorian year and month: a gap's length is rounded to these.
const YEAR = 365.2425 * MS_PER_DAY;
const MONTH = YEAR / 12;

/**
 * The length of a compressed gap for its break's label, in whole units, rounded ("9 years",
 * "3 months", "12 days", "5 hours") with `Intl.NumberFormat`'s unit style in the reader's language.
 */
export function formatGap(duration: number, locale?: string): string {
  const [unit, size] =
    duration >= YEAR
      ? (['year', YEAR] as const)
      : duration >= MONTH
        ? (['month', MONTH] as const)
        : duration >= MS_PER_DAY
          ? (['day', MS_PER_DAY] as const)
          : duration >= MS_PER_HOUR
            ? (['hour', MS_PER_HOUR] as const)
            : (['minute', MS_PER_MINUTE] as const);
  const value = Math.max(1, Math.round(duration / size));
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
