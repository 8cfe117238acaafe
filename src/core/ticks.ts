/**
 * The time axis of a (possibly gap-compressed) time scale: per visible segment, d3-time's calendar
 * ticks at the density that fits the segment's pixel width (`utcTicks`, the same ticks as
 * `scaleUtc().ticks(count)`), never finer than the data's finest date precision, labelled with
 * `Intl.DateTimeFormat` in the reader's language, in UTC. Every burst between breaks gets a label of
 * its own, each break the length of the time it compresses ("9 years"), and no label overlaps another.
 */
import {
  utcDay,
  utcHour,
  utcMinute,
  utcMonth,
  utcSecond,
  utcTickInterval,
  utcYear,
  type TimeInterval,
} from 'd3-time';
import { comparePrecision, MAX_DATE_MS, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './dates.js';
import { dateTimeFormat, numberFormat, resolveLocale } from './format.js';
import type { TimeScale } from './time-scale.js';
import type { ConflictEvent, DatePrecision } from './types.js';
import { toPixel, visibleSegments, type View } from './viewport.js';

/** The calendar unit a tick stands for. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export interface Tick {
  /** The instant (ms since 1970 UTC). */
  time: number;
  /** Track px: where the tick is and its label begins (the text runs to the right, after `inset`). */
  x: number;
  /** Text in the reader's language: the tick's unit, plus the larger unit where it changes. */
  label: string;
  /** The label names a larger unit (a year on a month axis, a month on a day axis) or is a burst's. */
  major: boolean;
  /** The unit the label names (a burst's label may be shortened to a coarser one: "Jun 2014"). */
  unit: TickUnit;
  /**
   * The label stands where a burst (or the view) begins rather than on a calendar boundary: the burst
   * is too narrow, in time or in px, for a regular tick of its own.
   */
  edge: boolean;
}

/** The label of a compressed gap, centred on its break. */
export interface GapLabel {
  /** Index of the break in `scale.breaks`. */
  index: number;
  /** Track px of the break's middle, where the label is centred. */
  x: number;
  /** The gap's length, long ("9 years"), short ("9 yrs") or narrow ("9y"): the longest that fits. */
  label: string;
}

/** What {@link axisLayout} places: the ticks and the gap labels, each in x order, none overlapping. */
export interface AxisLayout {
  ticks: Tick[];
  gaps: GapLabel[];
}

/** What a label is, for {@link TickOptions.measure}: a tick's, a major (bold) tick's, or a gap's (italic, smaller). */
export type AxisLabelKind = 'tick' | 'major' | 'gap';

export interface TickOptions {
  /** BCP 47 language for the labels (the runtime's when absent). */
  locale?: string;
  /** The least room one regular tick gets, px. Default 88. */
  spacing?: number;
  /**
   * The width of a label's text, px. The element measures in its own font (a canvas); the default
   * estimates 0.6 em a character, at 12 px for ticks and 11 px for gap labels.
   */
  measure?: (text: string, kind: AxisLabelKind) => number;
  /** Room before a tick label's text, px (its `padding-inline-start`). Default 3. */
  inset?: number;
  /** The least empty room between two labels, px. Default 6. */
  minGap?: number;
  /**
   * The data's finest date precision ({@link finestPrecision}): no tick is finer (no hours for
   * day-only data). Default `second`.
   */
  finest?: DatePrecision;
  /** Place the breaks' gap labels (and keep ticks off them). Default true. */
  gapLabels?: boolean;
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

const UNIT_RANK: Record<TickUnit, number> = { second: 0, minute: 1, hour: 2, day: 3, month: 4, year: 5 };

/** The finest tick unit data of a precision allows (`minute` precision, `T15:00`, allows hours). */
function finestUnit(precision: DatePrecision | undefined): TickUnit {
  switch (precision) {
    case 'year':
    case 'month':
    case 'day':
    case 'minute':
      return precision;
    default:
      return 'second';
  }
}

const UNIT_INTERVAL: Record<TickUnit, TimeInterval> = {
  second: utcSecond,
  minute: utcMinute,
  hour: utcHour,
  day: utcDay,
  month: utcMonth,
  year: utcYear,
};

/**
 * The finest date precision among the events' dates, both ends of a range counted: `day` for the
 * Syria sample, `minute` as soon as one date has a time of day; `day` when there are no events.
 * O(n): once per dataset.
 */
export function finestPrecision(events: readonly Pick<ConflictEvent, 'time'>[]): DatePrecision {
  let finest: DatePrecision | undefined;
  for (const { time } of events) {
    const { from, to } = time;
    if (from && (finest === undefined || comparePrecision(from.precision, finest) > 0))
      finest = from.precision;
    if (to && (finest === undefined || comparePrecision(to.precision, finest) > 0)) finest = to.precision;
  }
  return finest ?? 'day';
}

/** The length of one step of `interval` near `time` (ms; NaN where no `Date` is). */
function stepOf(interval: TimeInterval, time: number): number {
  const at = interval.floor(new Date(time));
  const next = +interval.offset(at, 1) - +at;
  return Number.isFinite(next) ? next : +at - +interval.offset(at, -1);
}

/**
 * d3-time's `utcTicks(start, end, count)`, but at least a second apart (a label shows no fraction of
 * a second, so finer ticks would repeat it) and no finer than `finest`, and found near 271,821 BCE,
 * where a `Date` begins and d3 finds none (the calendar unit before `start` is not a Date): those
 * start one unit in. With the ticks, the unit of their step.
 */
function calendarTicks(start: number, end: number, count: number, finest: TickUnit): [Date[], TickUnit] {
  let interval =
    (end - start) / count < 1000 ? utcSecond : utcTickInterval(new Date(start), new Date(end), count);
  if (!interval) return [[], finest];
  let unit = tickUnit(stepOf(interval, start));
  if (UNIT_RANK[unit] < UNIT_RANK[finest]) {
    interval = UNIT_INTERVAL[finest];
    unit = finest;
  }
  const stop = new Date(Math.min(end + 1, MAX_DATE_MS));
  const ticks = interval.range(new Date(start), stop);
  return [ticks.length > 0 ? ticks : interval.range(interval.offset(new Date(start), 1), stop), unit];
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

/** The default {@link TickOptions.measure}: 0.6 em a character, at 12 px (ticks) or 11 px (gap labels). */
export function estimateLabelWidth(text: string, kind: AxisLabelKind): number {
  return text.length * 0.6 * (kind === 'gap' ? 11 : 12);
}

/**
 * The labels a burst's first tick may take, most telling first, for the first that fits: the tick's
 * own major label, then coarser ones down to the month ("Jun 8, 2014", "Jun 2014"); when the burst
 * before it is in the same year, its day and month without the year ("Jun 8", "Jun"); then its year.
 * None finer than `finest`.
 */
function* burstLabels(
  time: number,
  unit: TickUnit,
  finest: TickUnit,
  sameYear: boolean,
  locale: string | undefined,
): Generator<[label: string, unit: TickUnit]> {
  const start = UNIT_RANK[unit] < UNIT_RANK[finest] ? finest : unit;
  if (UNIT_RANK[start] < UNIT_RANK.day) yield [tickLabel(time, start, true, locale), start];
  for (const u of ['day', 'month'] as const)
    if (UNIT_RANK[start] <= UNIT_RANK[u] && UNIT_RANK[finest] <= UNIT_RANK[u])
      yield [tickLabel(time, u, true, locale), u];
  if (sameYear) {
    for (const u of ['day', 'month'] as const)
      if (UNIT_RANK[start] <= UNIT_RANK[u] && UNIT_RANK[finest] <= UNIT_RANK[u])
        yield [tickLabel(time, u, false, locale), u];
  }
  yield [tickLabel(time, 'year', true, locale), 'year'];
}

interface Candidate {
  time: number;
  x: number;
  unit: TickUnit;
  major: boolean;
  /** How far right its label may run: the end of its segment where a break follows, else the view's. */
  limit: number;
  /** Index of its visible segment. */
  segment: number;
}

/**
 * The ticks and gap labels of the visible part of `scale` in `view`, none overlapping (by `measure`,
 * `minGap` apart) and none past the view's ends.
 *
 * Each segment of the scale (the stretches between breaks) gets candidate ticks from d3-time's
 * `utcTicks` at the density its pixel width allows (so a dense burst gets days while a quiet segment
 * beside it gets months), never finer than `finest`; the first of a segment, and each where the larger
 * unit changes, is `major` (its label names the larger unit too). Labels run from their tick to the
 * right. They are placed by priority, each only where it overlaps none placed before:
 * 1. each burst (a segment where events start) its first tick, with the most telling label that fits
 *    before the next burst's, else an `edge` label where the burst begins (see `burstLabels`);
 * 2. each break's gap label, long, short or narrow;
 * 3. the other major ticks, then the minor ones, in time order, each within its segment when a break
 *    follows it.
 * O(labels): nothing here depends on the number of events.
 */
export function axisLayout(scale: TimeScale, view: View, options: TickOptions = {}): AxisLayout {
  const spacing = options.spacing ?? 88;
  const measure = options.measure ?? estimateLabelWidth;
  const inset = options.inset ?? 3;
  const minGap = options.minGap ?? 6;
  const finest = finestUnit(options.finest);
  const locale = resolveLocale(options.locale);
  const width = view.width;

  // Placed label boxes as [left, right] pairs, in the order placed.
  const boxes: number[] = [];
  const fits = (left: number, right: number, limit: number) => {
    if (left < 0 || right > limit) return false;
    for (let i = 0; i < boxes.length; i += 2)
      if (left < boxes[i + 1] + minGap && boxes[i] < right + minGap) return false;
    return true;
  };
  const tickRight = (x: number, label: string, major: boolean) =>
    x + inset + measure(label, major ? 'major' : 'tick');

  const viewEnd = scale.invert(view.x1);
  const visible = visibleSegments(scale, view);
  const candidates: Candidate[] = [];
  // Per visible segment: where its candidates begin in `candidates`, and where its burst begins in
  // view (the burst's start, or the view's if it begins before; not in the padding before the data),
  // as an instant and a track px: NaN for a segment where no event starts.
  const firstOf: number[] = [];
  const edgeTimes: number[] = [];
  const edgeXs: number[] = [];
  visible.forEach(({ start, end, x0, x1 }, s) => {
    firstOf.push(candidates.length);
    const edgeTime = Math.max(start, burstStart(scale, start, end));
    edgeTimes.push(edgeTime);
    edgeXs.push(Number.isNaN(edgeTime) ? NaN : Math.max(0, toPixel(view, scale.scale(edgeTime))));
    const count = Math.floor((x1 - x0) / spacing);
    const [dates, unit] = calendarTicks(start, end, Math.max(1, count), finest);
    const limit = end < viewEnd ? x1 : width;
    let parent: number | undefined;
    for (const date of dates) {
      const time = +date;
      const key = parentKey(time, unit);
      const major = unit === 'year' || key !== parent;
      parent = key;
      candidates.push({ time, x: toPixel(view, scale.scale(time)), unit, major, limit, segment: s });
    }
  });
  firstOf.push(candidates.length);

  const ticks: Tick[] = [];
  const used = new Uint8Array(candidates.length);

  // 1. A label for every burst, each leaving room for the next burst's.
  let lastYear: number | undefined;
  for (let s = 0; s < visible.length; s++) {
    const edgeTime = edgeTimes[s];
    const edgeX = edgeXs[s];
    if (Number.isNaN(edgeTime)) continue;
    let next = s + 1;
    while (next < visible.length && Number.isNaN(edgeTimes[next])) next++;
    const limit = next < visible.length ? Math.min(width, edgeXs[next] - minGap) : width;
    const first = firstOf[s] < firstOf[s + 1] ? candidates[firstOf[s]] : undefined;
    // The first tick with its own label; else the burst's start, with any label that fits; else the
    // first tick with a shorter label.
    const tries: Array<[time: number, x: number, unit: TickUnit, edge: boolean, from: number, to: number]> =
      [];
    const hasEdge = !first || first.x > edgeX + 0.5;
    if (first) tries.push([first.time, first.x, first.unit, false, 0, hasEdge ? 1 : Infinity]);
    if (hasEdge) {
      const unit = first && UNIT_RANK[first.unit] < UNIT_RANK.day ? first.unit : 'day';
      tries.push([edgeTime, edgeX, unit, true, 0, Infinity]);
      if (first) tries.push([first.time, first.x, first.unit, false, 1, Infinity]);
    }
    placing: for (const [time, x, unit, edge, from, to] of tries) {
      const sameYear = lastYear !== undefined && yearOf(time) === lastYear;
      let k = 0;
      for (const [label, labelUnit] of burstLabels(time, unit, finest, sameYear, locale)) {
        if (k++ < from) continue;
        if (k > to) break;
        const right = tickRight(x, label, true);
        if (!fits(x, right, limit)) continue;
        boxes.push(x, right);
        ticks.push({ time, x, label, major: true, unit: labelUnit, edge });
        if (!edge) used[firstOf[s]] = 1;
        lastYear = yearOf(time);
        break placing;
      }
    }
  }

  // 2. The gap labels.
  const gaps: GapLabel[] = [];
  if (options.gapLabels ?? true) {
    scale.breaks.forEach((b, index) => {
      const x = (toPixel(view, b.x0) + toPixel(view, b.x1)) / 2;
      if (x < 0 || x > width) return;
      for (const display of GAP_DISPLAYS) {
        const label = formatGap(b.end - b.start, locale, display);
        const half = measure(label, 'gap') / 2;
        if (!fits(x - half, x + half, width)) continue;
        boxes.push(x - half, x + half);
        gaps.push({ index, x, label });
        return;
      }
    });
  }

  // 3. The other ticks: major ones first.
  for (const major of [true, false]) {
    candidates.forEach((c, i) => {
      if (used[i] || c.major !== major) return;
      const label = tickLabel(c.time, c.unit, c.major, locale);
      const right = tickRight(c.x, label, c.major);
      if (!fits(c.x, right, c.limit)) return;
      used[i] = 1;
      boxes.push(c.x, right);
      ticks.push({ time: c.time, x: c.x, label, major: c.major, unit: c.unit, edge: false });
    });
  }
  ticks.sort((a, b) => a.x - b.x);
  return { ticks, gaps };
}

/**
 * The start of the segment of `scale` that holds `start..end` (a visible part of one), if events start
 * in it; else NaN.
 */
function burstStart(scale: TimeScale, start: number, end: number): number {
  const { segments } = scale;
  const middle = start / 2 + end / 2;
  let s = 0;
  while (s + 1 < segments.length && segments[s + 1].start <= middle) s++;
  return segments.length > 0 && segments[s].count > 0 ? segments[s].start : NaN;
}

/** The ticks of {@link axisLayout}: kept off the gap labels it places, which go with them. */
export function axisTicks(scale: TimeScale, view: View, options: TickOptions = {}): Tick[] {
  return axisLayout(scale, view, options).ticks;
}

const GAP_DISPLAYS = ['long', 'short', 'narrow'] as const;

// The mean Gregorian year and month: a gap's length is rounded to these.
const YEAR = 365.2425 * MS_PER_DAY;
const MONTH = YEAR / 12;

/**
 * The length of a compressed gap for its break's label, in whole units, rounded ("9 years",
 * "3 months", "12 days", "5 hours") with `Intl.NumberFormat`'s unit style in the reader's language;
 * `short` ("9 yrs") and `narrow` ("9y") where room is short.
 */
export function formatGap(
  duration: number,
  locale?: string,
  display: 'long' | 'short' | 'narrow' = 'long',
): string {
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
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: display }).format(value);
}
