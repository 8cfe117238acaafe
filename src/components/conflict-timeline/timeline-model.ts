/**
 * The derived state of `<conflict-timeline>`, without the DOM or Lit: from the dataset, the filters,
 * the selection, the track's size and the language to everything the layouts draw (lanes, the shown
 * events, the time scale, the lane boxes, the frame of marks and clusters, ticks, the chronology's
 * page, labels). Each step is memoised on the identity of its inputs (see `memoizeLast`), so an update
 * that changes only the window recomputes only the frame and the ticks. Runs in Node.
 */
import { EventFilterIndex, filteredCountText, type EventFilter } from '../../core/filter.js';
import { dateTimeFormat, formatDate, formatNumber, plurals, resolveLocale } from '../../core/format.js';
import { parseColor } from '../../core/color.js';
import { binCounts, pixelBinEdges, rgbaPixel } from '../../core/density.js';
import {
  defaultGroupBy,
  foldLanes,
  GROUP_BY_VALUES,
  groupIntoLanes,
  MAX_LANES,
  type GroupBy,
} from '../../core/lanes.js';
import { datasetImportance, eventImportance } from '../../core/importance.js';
import { clusterLeads, placeLabels, type PlacedLabel } from '../../core/label-layout.js';
import { gutterWidth } from '../../core/lane-label-width.js';
import { memoizeLast } from '../../core/memo.js';
import { defaultYield, SliceClock } from '../../core/slices.js';
import {
  categoryLabel,
  messagesFor,
  type MessageOverrides,
  type Messages,
  type PluralCategory,
} from '../../core/messages.js';
import { readableTextOn } from '../../core/palette.js';
import { chipKind, filterChips, type FilterChip } from '../../core/chips.js';
import { positionText, readingOrder, stepFrom, type Step } from '../../core/stepping.js';
import { axisLayout, finestPrecision, type AxisLabelKind } from '../../core/ticks.js';
import { createTimeScale, findGaps, type TimeScale } from '../../core/time-scale.js';
import { filterTimelineIndex, indexTimeline, type TimelineIndex } from '../../core/timeline-index.js';
import {
  layoutFrame,
  layoutLanes,
  type ClusterItem,
  type Frame,
  type LaneBox,
  type TrackItem,
} from '../../core/timeline-layout.js';
import type { Dataset } from '../../core/types.js';
import { fullView, minSpanFor, viewOf, type View } from '../../core/viewport.js';

/** The density bands' opacity: lane stripes and grid lines show through. */
const BAND_ALPHA = 0.55;
/** A day, for windows and clusters ("3–9 May 2015"). */
export const DAY: Intl.DateTimeFormatOptions = {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
};
/** The overview's histogram: bars of this many px, drawn this many px high. */
const OVERVIEW_BIN = 2;
/** How long a slice of a large dataset's search may run before the page gets the event loop, ms. */
const FILTER_SLICE_MS = 20;

/** The filters as the reader set them: a new object for every change. */
export interface FilterState {
  readonly actors: ReadonlySet<string>;
  readonly sides: ReadonlySet<string>;
  readonly query: string;
}

export const NO_FILTER: FilterState = { actors: new Set(), sides: new Set(), query: '' };

/** The lanes of a dataset, grouped one way, with what the chips and colours need. */
export interface LaneModel {
  groupBy: GroupBy;
  index: TimelineIndex;
  /** Per lane, the text colour readable on the lane's colour. */
  laneText: string[];
  /** Lane colours as pixels of the density bands. */
  lanePixels: Uint32Array;
  chipKind: 'side' | 'actor';
  chips: FilterChip[];
}

/** What the filters keep. */
export interface FilteredModel {
  mask?: Uint8Array;
  /** Indices into `dataset.events` of the kept events: the order previous/next step through. */
  order: Uint32Array;
  /** The index of the kept events: what the track draws. */
  shown: TimelineIndex;
  countText: string;
}

/** Where the selected event stands among the events shown. */
export interface SelectionModel {
  /** Its index in `dataset.events`. */
  index: number;
  step: Step;
  /** Its index in the shown index (absent when the filters hide it). */
  shownIndex?: number;
  /** "3 of 27", or why it is not among those shown. */
  positionText: string;
}

/** Accessible names of marks and clusters, for one shown index in one language. */
export class ItemLabels {
  private readonly _marks = new Map<number, string>();
  private readonly _clusters = new Map<string, string>();
  // A zoom step makes new clusters from the same events: their days and counts come back.
  private readonly _days = new Map<number, string>();
  private readonly _counts: string[] = [];
  private _dayFormat?: Intl.DateTimeFormat;

  constructor(
    private readonly _shown: TimelineIndex,
    private readonly _locale: string | undefined,
    private readonly _messages: Messages,
  ) {}

  /** "19 May 2015: Title". */
  mark(event: number): string {
    let label = this._marks.get(event);
    if (label === undefined) {
      const e = this._shown.events[event];
      label = `${formatDate(e.time, this._locale, this._messages)}: ${e.title}`;
      if (this._marks.size > 5000) this._marks.clear();
      this._marks.set(event, label);
    }
    return label;
  }

  /** A cluster's count as its mark shows it ("1,234" in English, "١٬٢٣٤" in Arabic). */
  count(count: number): string {
    if (count >= 10000) return formatNumber(count, this._locale);
    return (this._counts[count] ??= formatNumber(count, this._locale));
  }

  /** "12 events, 3–9 May 2015" (the same calendar clusters come back while panning). */
  cluster(item: ClusterItem): string {
    const key = `${item.count}|${item.start}|${item.end}`;
    let label = this._clusters.get(key);
    if (label === undefined) {
      const m = this._messages;
      const events = m.eventCount(this.count(item.count), plurals(this._locale).select(item.count));
      const [from, to] = [this._day(item.start), this._day(item.end)];
      label = m.cluster(events, from === to ? from : m.dateRange(from, to));
      if (this._clusters.size > 2000) this._clusters.clear();
      this._clusters.set(key, label);
    }
    return label;
  }

  private _day(ms: number): string {
    let text = this._days.get(ms);
    if (text === undefined) {
      this._dayFormat ??= dateTimeFormat(this._locale, DAY);
      text = this._dayFormat.format(ms);
      if (this._days.size > 5000) this._days.clear();
      this._days.set(ms, text);
    }
    return text;
  }
}

/** "3–9 May 2015": a window or a stretch, to the day; an edge inside a compressed gap names where the data resumes or stops. */
export function windowText(
  scale: TimeScale | undefined,
  locale: string | undefined,
  start: number,
  end: number,
) {
  for (const gap of scale?.breaks ?? []) {
    if (start > gap.start && start < gap.end) start = gap.end;
    if (end > gap.start && end < gap.end) end = gap.start;
  }
  end = Math.max(start, end);
  // The toolbar and the overview's brush both say it at every zoom step (the toolbar's window held
  // to the data's span, the brush's not): the last two are remembered.
  const known = windowTexts.find((w) => w.locale === locale && w.start === start && w.end === end);
  if (known) return known.text;
  const text = dateTimeFormat(locale, DAY).formatRange(new Date(start), new Date(end));
  windowTexts.unshift({ locale, start, end, text });
  windowTexts.length = Math.min(windowTexts.length, 2);
  return text;
}

const windowTexts: { locale: string | undefined; start: number; end: number; text: string }[] = [];

/** The key of the cluster the selected event is drawn in, when it has no marker of its own. */
export function clusterHolding(
  frame: Frame | undefined,
  shown: TimelineIndex,
  selectedId: string | undefined,
  shownIndex: number | undefined,
): string | undefined {
  if (selectedId === undefined || !frame || shownIndex === undefined) return undefined;
  if (frame.items.some((item) => item.kind === 'marker' && item.key === selectedId)) return undefined;
  const lane = shown.grouping.laneOf[shownIndex];
  const start = shown.starts[shownIndex];
  return frame.items.find(
    (item) => item.kind === 'cluster' && item.lane === lane && start >= item.start && start <= item.end,
  )?.key;
}

/**
 * The events a cluster holds (indices into `shown.events`, in time order): those of its lane that
 * start within its span and have no marker of their own in the frame.
 */
export function clusterMembers(shown: TimelineIndex, frame: Frame, item: ClusterItem): number[] {
  const lane = shown.lanes[item.lane];
  if (!lane) return [];
  const drawn = new Set<number>();
  for (const other of frame.items)
    if (other.kind === 'marker' && other.lane === item.lane) drawn.add(other.event);
  const members: number[] = [];
  for (let p = 0; p < lane.ids.length; p++) {
    const start = lane.starts[p];
    if (start < item.start) continue;
    if (start > item.end) break;
    if (!drawn.has(lane.ids[p])) members.push(lane.ids[p]);
  }
  return members;
}

/** The memoised steps from inputs to what the layouts draw. One per element. */
export class TimelineModel {
  /** Lanes, colours and chips: once per dataset, grouping and language. */
  readonly lanes = memoizeLast(
    (dataset: Dataset, groupBy: GroupBy | undefined, m: Messages, locale?: string): LaneModel => {
      const by = groupBy && GROUP_BY_VALUES.includes(groupBy) ? groupBy : defaultGroupBy(dataset);
      const grouping = foldLanes(
        groupIntoLanes(dataset, by, {
          other: m.otherLane,
          all: m.allEvents,
          category: (c) => categoryLabel(m, c),
        }),
        MAX_LANES,
        (n) =>
          m.moreLanes(formatNumber(n, locale), m.laneKinds[by], plurals(locale).select(n) as PluralCategory),
      );
      const kind = chipKind(dataset, by);
      return {
        groupBy: by,
        index: indexTimeline(dataset.events, grouping),
        laneText: grouping.lanes.map((lane) => readableTextOn(lane.color)),
        lanePixels: Uint32Array.from(grouping.lanes, (lane) => {
          const c = parseColor(lane.color);
          return c ? rgbaPixel(c.r, c.g, c.b, BAND_ALPHA * c.a) : 0;
        }),
        chipKind: kind,
        chips: filterChips(dataset, kind),
      };
    },
  );

  /** The search index: once per dataset. */
  readonly filterIndex = memoizeLast((dataset: Dataset) => new EventFilterIndex(dataset));

  /** The index of what a mask keeps: the same mask (a query typed on to the same words) keeps the same. */
  private readonly _shown = memoizeLast((index: TimelineIndex, mask: Uint8Array | undefined) =>
    filterTimelineIndex(index, mask),
  );

  /** What the filters keep, and the count ("12 of 27 events"). */
  readonly filtered = memoizeLast(
    (
      dataset: Dataset,
      index: TimelineIndex,
      filter: FilterState,
      m: Messages,
      locale: string | undefined,
    ): FilteredModel => {
      const total = dataset.events.length;
      let count = total;
      let mask: Uint8Array | undefined;
      const f: EventFilter = filter as EventFilter;
      if (!EventFilterIndex.isEmpty(f)) {
        const result = this.filterIndex(dataset).apply(f);
        mask = result.mask;
        count = result.count;
      }
      return {
        mask,
        order: readingOrder(total, mask),
        shown: this._shown(index, mask),
        countText: mask
          ? filteredCountText(m, count, total, locale)
          : m.eventCount(formatNumber(total, locale), plurals(locale).select(total) as PluralCategory),
      };
    },
  );

  /**
   * What `filtered` needs for `filter`, worked out ahead for a large dataset: what it keeps, a slice
   * at a time, then the index of those events in a task of its own. A `filtered` of the same filter
   * next finds both.
   */
  async prepareFiltered(
    dataset: Dataset | undefined,
    index: TimelineIndex | undefined,
    filter: FilterState,
  ): Promise<void> {
    if (!dataset || !index || EventFilterIndex.isEmpty(filter as EventFilter)) return;
    const clock = new SliceClock(FILTER_SLICE_MS, defaultYield);
    const { mask } = await this.filterIndex(dataset).applyInSlices(filter as EventFilter, clock);
    await clock.yield();
    this._shown(index, mask);
  }

  /**
   * Where each event is in `dataset.events`, by id: made when first asked (a selection, a step), not
   * with every dataset, since at 100,000 events the map is large.
   */
  readonly positions = memoizeLast((dataset: Dataset) => {
    const positions = new Map<string, number>();
    dataset.events.forEach((e, i) => positions.set(e.id, i));
    return positions;
  });

  readonly selection = memoizeLast(
    (
      dataset: Dataset,
      order: Uint32Array,
      id: string | undefined,
      m: Messages,
      locale: string | undefined,
    ): SelectionModel | undefined => {
      const index = id === undefined ? undefined : this.positions(dataset).get(id);
      if (index === undefined) return undefined;
      const step = stepFrom(order, index);
      return {
        index,
        step,
        // The reading order's positions are the shown index's (both in time order).
        shownIndex: step.position >= 0 ? step.position : undefined,
        positionText:
          step.position >= 0 ? positionText(m, step.position, order.length, locale) : m.hiddenByFilters,
      };
    },
  );

  /** The data's empty stretches: once per index, whatever the width. */
  private readonly _gaps = memoizeLast((index: TimelineIndex) => findGaps(index.starts, index.ends));

  /** The time scale at `width`, with the data's gaps compressed unless `gaps` is `off`. */
  readonly scale = memoizeLast((index: TimelineIndex, width: number, gaps: 'auto' | 'off'): TimeScale =>
    gaps === 'off'
      ? createTimeScale(index.starts, index.ends, { width, gaps: 'off' })
      : createTimeScale(index.starts, index.ends, { width, gaps: 'auto', knownGaps: this._gaps(index) }),
  );

  readonly boxes = memoizeLast((index: TimelineIndex, scale: TimeScale, height: number) =>
    layoutLanes(index, scale, height),
  );

  /**
   * The viewport for a window (`undefined` ends: the data's extent). Ends given the wrong way round
   * (`start="2016" end="2014"`) are the window between them: never an empty track.
   */
  readonly view = memoizeLast(
    (scale: TimeScale, startMs: number | undefined, endMs: number | undefined, width: number): View => {
      if (startMs === undefined && endMs === undefined) return fullView(scale, width);
      let from = startMs ?? scale.domain[0];
      let to = endMs ?? scale.domain[1];
      if (from > to) [from, to] = [to, from];
      return viewOf(scale, from, to, width);
    },
  );

  /** The locale and strings for a language (`ready`: its strings have come, when they had to load). */
  readonly context = memoizeLast(
    (lang: string | undefined, strings: MessageOverrides | undefined, _ready: boolean) => ({
      locale: resolveLocale(lang),
      messages: messagesFor(lang, strings),
    }),
  );

  readonly frame = memoizeLast(layoutFrame);

  /**
   * The lane labels' column (px): wide enough for their longest word at `fontSize` px (`measure` gives
   * widths at 12 px), and with `lines` (per lane, the lines of its name it has room for) for each
   * label in those lines, with `extra` px beside the text, from `min` to `max` (see `gutterWidth`).
   */
  readonly gutter = memoizeLast(
    (
      index: TimelineIndex,
      fontSize: number,
      extra: number,
      min: number,
      max: number,
      measure: (text: string) => number,
      lines: readonly number[] | undefined,
    ): number =>
      gutterWidth(
        index.grouping.lanes.map((lane) => lane.label),
        (text) => (measure(text) * fontSize) / 12,
        { min, max, extra, lines },
      ),
  );

  /** The keys of a frame's items, in order (for their slots in the track's list). */
  readonly itemKeys = memoizeLast((frame: Frame) => frame.items.map((item) => item.key));

  /** The keys of the placed titles, in order. */
  readonly labelKeys = memoizeLast((labels: readonly PlacedLabel[]) => labels.map((label) => label.key));

  private readonly _finest = memoizeLast((dataset: Dataset) => finestPrecision(dataset.events));

  /** The narrowest window zooming may reach: two units of the data's finest precision (no hours for days). */
  readonly minSpan = memoizeLast((dataset: Dataset) => minSpanFor(this._finest(dataset)));

  /** The axis: ticks (every burst labelled, never finer than the data) and the gaps' labels, none colliding. */
  readonly axis = memoizeLast(
    (
      scale: TimeScale,
      view: View,
      lang: string | undefined,
      dataset: Dataset,
      measure: ((text: string, kind: AxisLabelKind) => number) | undefined,
    ) => axisLayout(scale, view, { locale: lang, finest: this._finest(dataset), measure }),
  );

  readonly labels = memoizeLast(
    (shown: TimelineIndex, locale: string | undefined, m: Messages) => new ItemLabels(shown, locale, m),
  );

  /**
   * The overview's histogram of the shown events as one SVG path, `height` px high (filled by CSS, so
   * no computed style is read).
   */
  readonly overview = memoizeLast((scale: TimeScale, shown: TimelineIndex, height: number): string => {
    if (shown.starts.length === 0) return '';
    const counts = binCounts(shown.starts, pixelBinEdges(scale, fullView(scale, scale.width), OVERVIEW_BIN));
    let max = 0;
    for (const c of counts) if (c > max) max = c;
    let d = '';
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      const bar = Math.max(1.5, Math.sqrt(counts[i] / max) * height);
      d += `M${i * OVERVIEW_BIN} ${height}v${-bar.toFixed(1)}h${OVERVIEW_BIN}v${bar.toFixed(1)}z`;
    }
    return d;
  });

  /** How much each shown event's label matters (the data's `importance`, else core's rule). */
  readonly importance = memoizeLast((dataset: Dataset, shown: TimelineIndex) => {
    if (shown.events === dataset.events) return datasetImportance(dataset);
    if (!shown.from) return Float64Array.from(shown.events, (event) => eventImportance(event, dataset));
    const all = datasetImportance(dataset);
    const from = shown.from;
    const scores = new Float64Array(from.length);
    for (let k = 0; k < from.length; k++) scores[k] = all[from[k]];
    return scores;
  });

  /**
   * The titles on the marks, placed where they fit (no overlap with a label or a mark, none cut off
   * by the track's edges), the most important first; a cluster shows its count and the title of its
   * most important event.
   */
  readonly markLabels = memoizeLast(
    (
      dataset: Dataset,
      shown: TimelineIndex,
      frame: Frame,
      boxes: readonly LaneBox[],
      width: number,
      height: number,
      measure: (text: string) => number,
      locale: string | undefined,
    ): PlacedLabel[] => {
      const scores = this.importance(dataset, shown);
      const leads = clusterLeads(shown, frame.items, scores);
      const lead = (item: TrackItem) => (item.kind === 'marker' ? item.event : leads.get(item.key));
      return placeLabels(frame.items, {
        title: (item) => {
          const at = lead(item);
          return at === undefined ? undefined : shown.events[at].title;
        },
        importance: (item) => {
          const at = lead(item);
          if (at === undefined) return -Infinity;
          return item.kind === 'cluster' ? scores[at] + Math.log10(item.count) : scores[at];
        },
        countText: (count) => formatNumber(count, locale),
        measure,
        width,
        height,
        lanes: boxes,
      });
    },
  );
}
