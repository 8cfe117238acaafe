import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { html as staticHtml } from 'lit/static-html.js';
import { errorMessage } from '../../core/guards.js';
import { headingTag } from '../../internal/heading.js';
import { parseDate } from '../../core/dates.js';
import { EventFilterIndex, filteredCountText } from '../../core/filter.js';
import { dateTimeFormat, formatDate, formatNumber, plurals, resolveLocale } from '../../core/format.js';
import {
  categoryLabel,
  messagesFor,
  type MessageOverrides,
  type Messages,
  type PluralCategory,
} from '../../core/messages.js';
import { contrastRatio, readableTextOn } from '../../core/palette.js';
import { parseDataset } from '../../core/parse-dataset.js';
import { binCounts, paintBands, pixelBinEdges, rgbaPixel } from '../../core/density.js';
import { parseColor } from '../../core/color.js';
import { defaultGroupBy, GROUP_BY_VALUES, groupIntoLanes, type GroupBy } from '../../core/lanes.js';
import { chipKind, filterChips, type FilterChip } from '../../core/chips.js';
import {
  chronologyPage,
  groupChronology,
  positionAtTime,
  type ChronologyYear,
} from '../../core/chronology.js';
import { revealEvent, windowAround } from '../../core/reveal.js';
import { positionText, readingOrder, stepFrom, type Step } from '../../core/stepping.js';
import { axisTicks, formatGap, type Tick } from '../../core/ticks.js';
import {
  filterTimelineIndex,
  indexTimeline,
  layoutFrame,
  layoutLanes,
  MARK_APPROXIMATE,
  MARK_OPEN_END,
  MARK_OPEN_START,
  MARK_UNCERTAIN,
  type ClusterItem,
  type Frame,
  type LaneBox,
  type MarkerItem,
  type TrackItem,
  type TimelineIndex,
} from '../../core/timeline-layout.js';
import { createTimeScale, findGaps, type Gap, type TimeScale } from '../../core/time-scale.js';
import type { ConflictEvent, DataIssue, Dataset } from '../../core/types.js';
import { fullView, panView, toPixel, viewOf, windowOf, zoomView, type View } from '../../core/viewport.js';
import { DataIssuesEvent } from '../../events/data-issues.js';
import { FilterChangeEvent } from '../../events/filter-change.js';
import { RangeChangeEvent } from '../../events/range-change.js';
import { SelectEvent } from '../../events/select.js';
import { tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/utilities.js';
import { DatasetLoader, inlineJsonText, loadFailureText } from '../../internal/dataset-source.js';
import {
  inheritedLang,
  LANG_ATTRIBUTES,
  LangController,
  languageChanged,
} from '../../internal/inherited-lang.js';
import { renderChronology, renderScrubber } from './chronology.js';
import { chronologyStyles } from './chronology.styles.js';
import {
  styles,
  AXIS_HEIGHT,
  GUTTER_WIDTH,
  NARROW_WIDTH,
  OVERVIEW_HEIGHT,
  TOOLBAR_HEIGHT,
} from './conflict-timeline.styles.js';
import { renderDetailPanel, type DetailPanelView } from './detail-panel.js';
import { detailPanelStyles } from './detail-panel.styles.js';
import { renderFilterBar } from './filter-bar.js';
import { filterBarStyles } from './filter-bar.styles.js';
import { HashLinkController } from './hash-link.js';
import { PrintController } from './print.js';
import { printStyles } from './print.styles.js';
import { ReadingPositionController } from './reading-position.js';

/** A window end as a script or an attribute may give it. */
export type TimeInput = Date | string | number | null | undefined;

/** A px value for inline styles: to 0.1 px, so unchanged positions give unchanged style strings. */
const px = (value: number) => Math.round(value * 10) / 10;

/** Pointer capture, where the pointer is still down (a synthetic or lifted pointer makes it throw). */
function capture(el: Element, pointerId: number): void {
  try {
    el.setPointerCapture(pointerId);
  } catch {
    // The drag goes on without capture.
  }
}

/** Zoom factor of one step (buttons, keys). */
const ZOOM_STEP = 1.5;
/** Pointer movement (px) before a press on the track becomes a drag. */
const DRAG_THRESHOLD = 4;
/** What one slot of the track's list shows: the values of its one template. */
interface ItemSlot {
  part?: 'marker' | 'cluster';
  classes: string;
  eventId?: string;
  key?: string;
  style: string;
  focusable: boolean;
  label: string;
  pressed?: 'true' | 'false';
  /** A cluster's count. */
  text: string;
}

/** A slot past the items of the frame: hidden, kept for when the items come back. */
const SPARE_SLOT: ItemSlot = { classes: '', style: '', focusable: false, label: '', text: '' };

/** The density bands' opacity: lane stripes and grid lines show through. */
const BAND_ALPHA = 0.55;
/** Filter chips shown before the "More" button, when they stand for actors. */
const CHIP_LIMIT = 8;
/** A day, for windows and clusters ("3–9 May 2015"). */
const DAY: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' };
/** Entries of the narrow chronology (and the print list) rendered at a time. */
const CHRONOLOGY_PAGE = 100;
/** At most this many events are printed. */
const PRINT_LIMIT = 2000;
/** The reader stops typing this long (ms) before the new count is read out. */
const ANNOUNCE_DELAY = 700;
/** The default backgrounds of the light and dark token sets, and the mark rings that show on them. */
const LIGHT_BG = '#ffffff';
const LIGHT_RING = '#555c66';
const DARK_BG = '#16181c';
const DARK_RING = '#aab1bb';

/** Filters as a script reads and sets them (`filter`). */
export interface TimelineFilter {
  /** Actor ids: events with any of these actors. */
  actors?: string[];
  /** Side ids: events with an actor of any of these sides. */
  sides?: string[];
  /** Text every word of which must occur in an event's title, summary, place or actors' names. */
  query?: string;
}

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Instant of a window end: a `Date`, ms since 1970, or a date string in the dataset's date format
 * (`2015`, `2015-05-19`, …; `end` takes the last instant of what it names, so `end="2015"` runs through
 * 31 December 2015). `undefined` for anything else.
 */
function toInstant(value: TimeInput, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = parseDate(value);
  if (parsed.ok) return edge === 'start' ? parsed.date.start : parsed.date.end;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * An interactive, accessible timeline of conflict events: lanes by side, actor or category; marks that
 * show how precise each date is; long empty stretches compressed into breaks; clusters and density
 * bands where events crowd; zoom and pan by buttons, keys, ctrl/⌘ + wheel, pinch, drag and the
 * overview's brush.
 *
 * Reading: a detail panel shows the selected event as an `<event-card>`, with previous/next buttons
 * that step through the events the filters keep, in time order ("3 of 27"), moving the window along;
 * filter chips (sides or actors) and a search narrow the events ("12 of 27 events"); with `link-hash`
 * the selection lives in the URL (`#event=<id>`). The events in view are an ordered list in time order
 * (one Tab stop; arrow keys, Home/End, Enter; Escape clears the selection), and a polite live region
 * reads out the selection and the filter counts. Narrower than 720 px it becomes a vertical
 * chronology with sticky year and month headings and the overview as a scrubber. `dir="rtl"` (own or
 * inherited) runs time from right to left; interface strings come in English and Arabic.
 *
 * Data comes from `data`, `src` or an inline `<script type="application/json">` child (in that
 * order of precedence). Other children are the fallback for readers without JavaScript: they are not
 * shown once the element runs.
 *
 * @tagname conflict-timeline
 * @summary Conflict events on a time axis: lanes, precise marks, gap compression, clusters, zoom and pan, a detail panel, filters, a phone chronology.
 *
 * @fires ct-range-change - The reader changed the visible window (`detail: { start, end }`); not fired for `start`/`end` set by a script.
 * @fires ct-data-issues - New data had problems (`detail: { issues }`): records dropped or repaired, or data not usable at all.
 * @fires ct-select - The reader selected an event (`detail: { event }`), or cleared the selection (`event` undefined): by click, keys, previous/next, Escape, or Back/Forward with `link-hash`. Not fired when a script sets `selected`.
 * @fires ct-filter-change - The reader changed the filters (`detail: { actors, sides, query, count, total }`). Not fired when a script sets `filter`.
 *
 * @csspart header - The dataset's title and description.
 * @csspart filters - The row of filter chips, search field and count.
 * @csspart chips - The filter chips (`<actor-badge toggle>`s).
 * @csspart search - The search field and the count.
 * @csspart count - "12 of 27 events".
 * @csspart toolbar - The row of zoom buttons above the track.
 * @csspart track - The main track: lanes, marks, clusters, breaks.
 * @csspart lane - One lane's band in the track.
 * @csspart lane-label - One lane's label beside the track.
 * @csspart marker - One event's mark (an `<li>` with `data-event-id`).
 * @csspart cluster - Several events drawn as one, with a count (an `<li>`).
 * @csspart break - A compressed gap in the track.
 * @csspart axis - The time axis below the track.
 * @csspart overview - The strip with the whole extent, its density and the brush (the scrubber in the narrow layout).
 * @csspart brush - The visible window on the overview.
 * @csspart scrubber - The narrow layout's overview: tap or drag to jump to a date.
 * @csspart detail - The detail panel: navigation and the selected event's card.
 * @csspart detail-nav - The detail panel's row of buttons.
 * @csspart previous - The "previous event" button.
 * @csspart next - The "next event" button.
 * @csspart close - The button that clears the selection.
 * @csspart position - "3 of 27".
 * @csspart chronology - The narrow layout's list of events.
 * @csspart year-heading - A year heading of the chronology (sticky).
 * @csspart month-heading - A month heading of the chronology (sticky).
 * @csspart entry - One event of the chronology (an `<li>` with `data-event-id`).
 * @csspart message - The loading, empty or error message.
 *
 * @cssprop [--ct-height=30rem] - Height of the wide layout (the detail panel comes below it). The narrow layout takes the height of its chronology and reserves this much while the data loads.
 * @cssprop [--ct-sticky-top=0px] - Where the narrow layout's scrubber and headings stick: the height of a sticky page header above them.
 * @cssprop [--ct-lane-stripe=rgba(127,127,127,0.06)] - Background of every other lane.
 * @cssprop [--ct-color-bg=#ffffff] - Background (dark theme: #16181c).
 * @cssprop [--ct-color-surface=#f5f6f8] - Buttons (dark theme: #22252b).
 * @cssprop [--ct-color-text=#1b1e23] - Text (dark theme: #eceef1).
 * @cssprop [--ct-color-muted=#555c66] - Secondary text, axis, histogram (dark theme: #aab1bb).
 * @cssprop [--ct-color-border=#c9ced6] - Rules and borders (dark theme: #4a505a).
 * @cssprop [--ct-color-accent=#0b57d0] - Brush, scrubber thumb, selected entry (dark theme: #8ab4f8).
 * @cssprop [--ct-color-focus=#0b57d0] - Focus ring (dark theme: #8ab4f8).
 * @cssprop [--ct-color-danger=#b3261e] - Error message (dark theme: #f2b8b5).
 * @cssprop [--ct-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--ct-font-size=1rem] - Base text size.
 * @cssprop [--ct-space=0.5rem] - Spacing unit.
 * @cssprop [--ct-radius=0.375rem] - Corner radius.
 */
export class ConflictTimeline extends LitElement {
  static override styles = [
    tokens,
    visuallyHidden,
    styles,
    filterBarStyles,
    detailPanelStyles,
    chronologyStyles,
    printStyles,
  ];

  /**
   * The dataset to show (an object in the documented JSON shape, or its JSON text). It is checked
   * with `parseDataset` when set; problems are reported with `ct-data-issues`. Reading it gives the
   * checked `Dataset` (the input is not kept).
   */
  @property({ attribute: false })
  get data(): Dataset | undefined {
    return this._dataset;
  }
  set data(value: unknown) {
    this._input = value;
    this._inputPending = true;
    this._dataFrom = value === undefined || value === null ? undefined : 'data';
    this._dataset = undefined;
    // The getter reads the parsed dataset, which is not there yet: Lit would see no change.
    this.requestUpdate();
  }

  /**
   * The first instant in view: a `Date` or a date string (`2015-05`, `2015-05-19T12:00Z`). Unset, the
   * window starts just before the first event. Setting it redraws at once (no animation) and does not
   * fire `ct-range-change`. Reading it gives the start of the window on screen as a `Date` (`undefined`
   * before the first layout).
   */
  @property()
  get start(): Date | undefined {
    const ms = this._startMs ?? this._shownWindow()?.[0];
    return ms === undefined ? undefined : new Date(ms);
  }
  set start(value: TimeInput) {
    this._startMs = toInstant(value, 'start');
  }

  /** The last instant in view, like `start`; unset, the window ends after the last event. */
  @property()
  get end(): Date | undefined {
    const ms = this._endMs ?? this._shownWindow()?.[1];
    return ms === undefined ? undefined : new Date(ms);
  }

  /** The window on screen, once laid out. */
  private _shownWindow(): [number, number] | undefined {
    return this._scale && this._view ? windowOf(this._scale, this._view) : undefined;
  }
  set end(value: TimeInput) {
    this._endMs = toInstant(value, 'end');
  }

  /**
   * What the lanes stand for: `side`, `actor`, `category` or `none`. Unset: by side when the data
   * has sides, else by actor, else by category.
   */
  @property({ attribute: 'group-by' }) groupBy?: GroupBy;

  /** `auto` compresses long empty stretches into breaks so that bursts get the room; `off` keeps time linear. */
  @property() gaps: 'auto' | 'off' = 'auto';

  /**
   * The id of the selected event: the detail panel shows it and the window moves to it. Set by the
   * reader (click, Enter, previous/next, Escape clears) or by a script (no `ct-select` then).
   */
  @property({ reflect: true }) selected?: string;

  /** Replacements for interface strings (see `Messages`), e.g. `{ zoomIn: 'Agrandir', search: 'Chercher' }`. */
  @property({ attribute: false }) strings?: MessageOverrides;

  /**
   * URL of a dataset JSON file, fetched when set (used when `data` is not). The element shows a
   * loading message meanwhile, and the reason when it fails ("the server answered 404 Not Found").
   */
  @property() src = '';

  /**
   * Mirror the selection in the page's URL as `#event=<id>` (other `&`-separated keys kept): a URL
   * with it opens on that event, and every selection the reader makes is a history entry, so Back and
   * Forward step through them. Use it on one timeline per page.
   */
  @property({ type: Boolean, attribute: 'link-hash' }) linkHash = false;

  /** `light` (default), `dark`, or `auto` (dark when the reader's system asks for it). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /**
   * The heading level of the dataset's title (2 to 6, default 2), to fit the page's outline; the
   * detail card's title is one level below (the narrow layout's year and month headings one and two
   * below, its cards three).
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * `auto` (default): the vertical chronology when the element is narrower than 720 px, the track
   * when wider. `wide` or `narrow` keep one layout whatever the width.
   */
  @property() layout: 'auto' | 'wide' | 'narrow' = 'auto';

  /**
   * The filters: `{ actors, sides, query }` (ids of actors and sides, and search text). Reading it
   * gives the reader's current filters. Setting it does not fire `ct-filter-change`.
   */
  @property({ attribute: false })
  get filter(): TimelineFilter {
    return { actors: [...this._filterActors], sides: [...this._filterSides], query: this._query };
  }
  set filter(value: TimelineFilter | null | undefined) {
    const v = value && typeof value === 'object' ? value : {};
    this._filterActors = new Set(stringList(v.actors));
    this._filterSides = new Set(stringList(v.sides));
    this._query = typeof v.query === 'string' ? v.query : '';
    this._filterPending = true;
    this.requestUpdate();
  }

  @state() private _trackWidth = 0;
  @state() private _trackHeight = 0;

  private _input: unknown;
  private _inputPending = false;
  private _dataset?: Dataset;
  private _issues: DataIssue[] = [];
  private _issuesToReport?: DataIssue[];
  private _failure?: string;
  private _startMs?: number;
  private _endMs?: number;

  private _lang?: string;
  /** `_lang` as a valid BCP 47 tag for `Intl` (`undefined`: the browser's), resolved once per change. */
  private _locale?: string;
  private _messages: Messages = messagesFor();
  private _index?: TimelineIndex;
  private _scale?: TimeScale;
  /** The data's empty stretches: found once per index, whatever the width. */
  private _gaps?: readonly Gap[];
  private _boxes: LaneBox[] = [];
  /** Per lane, the text colour readable on the lane's colour. */
  private _laneText: string[] = [];
  /** Lane colours as pixels of the density bands (at their 0.55 alpha). */
  private _lanePixels = new Uint32Array(0);
  /** The bands' image, reused from frame to frame while the track keeps its size. */
  private _bandImage?: ImageData;
  private _bandsDrawn = false;
  /** Slots in the track's list: the most items a frame has had since the data or the size changed. */
  private _itemSlots = 0;
  private _laneSheet?: CSSStyleSheet;
  /** Items take their lane's colours from `_laneSheet` (else inline). */
  private _laneClasses = false;
  private _view?: View;
  private _frame?: Frame;
  private _ticks: Tick[] = [];
  private _labels = new Map<number, string>();
  private _clusterLabels = new Map<string, string>();
  private _overviewKey = '';
  private _overviewD = '';
  private _layoutKey = '';
  private _focusKey?: string;

  private _resizeObserver?: ResizeObserver;
  private _pointers = new Map<number, { x: number; y: number }>();
  private _drag?: { id: number; x: number; moved: boolean; target: 'track' | 'brush' | 'start' | 'end' };
  private _pinch?: { distance: number };
  private _suppressClick = false;

  // ---- reading -------------------------------------------------------------------------------------
  /** The host's width and direction, read at the first update, on resize and when data comes. */
  @state() private _hostWidth = 0;
  private _rtl = false;
  /**
   * The direction is read again (`getComputedStyle`, which brings the page's style up to date: about
   * 1 ms of every zoom step at 10,000 events) only when it may have changed: at connection, when
   * `:dir(rtl)` stops or starts matching (a `dir` on or around the element), on resize and when data
   * comes. A direction set by CSS alone is read at those times only.
   */
  private _directionStale = true;
  /** Whether `:dir(rtl)` matched at the last update (no style recalc needed to tell). */
  private _dirRtl?: boolean;
  /** The narrow layout is showing (decided from the host's width, or `layout`). */
  private _narrow = false;
  private _observedTrack?: Element;
  private _observingHost = false;
  private _inlineObserver?: MutationObserver;
  /**
   * Where each event of the dataset is in `dataset.events` (time order), by id: made when first asked
   * (a selection, a step), not with every dataset: at 100,000 events the map takes tens of ms and MB.
   */
  private _positions?: Map<string, number>;

  private _filterActors = new Set<string>();
  private _filterSides = new Set<string>();
  private _query = '';
  private _filterPending = true;
  private _chipsExpanded = false;
  private _chipKind: 'side' | 'actor' = 'side';
  private _chips: FilterChip[] = [];
  private _filterIndex?: EventFilterIndex;
  private _mask?: Uint8Array;
  /** Indices into `dataset.events` of the events the filters keep: the order previous/next step through. */
  private _order: Uint32Array = new Uint32Array();
  /** The index of the events the filters keep: what the track draws. */
  private _shownIndex?: TimelineIndex;
  private _countText = '';

  private _selectedIndex?: number;
  /** The selected event's index in the shown index (absent when the filters hide it). */
  private _selectedShown?: number;
  private _stepInfo?: Step;
  private _detail?: DetailPanelView;
  /** A cluster that holds the selected event (when it is not drawn on its own). */
  private _selectedClusterKey?: string;
  /** The selection to bring into view at the next layout, and whether the reader asked for it. */
  private _reveal?: { id: string; byReader: boolean };
  /** The selection the window was last moved to, until the reader moves the window. */
  private _revealed?: string;
  private _rangeChangeToFire = false;
  private _selectToFire?: { event: ConflictEvent | undefined };
  /** After an update: give the focus back to this control of the detail panel or the chronology. */
  private _focusAfter?: { kind: 'previous' | 'next' | 'entry'; id?: string };
  private _scrollTo?: { id: string; smooth: boolean };

  /** The live region's text; a new text (even the same words) is read out. */
  @state() private _announcement = '';
  private _announceTimer?: ReturnType<typeof setTimeout>;

  /** Narrow layout: the page of the chronology rendered (a position in `_order` it holds). */
  private _pageAnchor = 0;
  private _chronology: ChronologyYear[] = [];
  private _page: [number, number] = [0, 0];
  private _scrubbing?: number;
  /** The entry the scrubber or its keys jumped to: the reading position until it scrolls out of sight. */
  private _pinned?: string;

  private _loading = false;
  /** Which source the dataset comes from: `data` wins over `src`, which wins over inline JSON. */
  private _dataFrom?: 'data' | 'inline';
  private _taken?: unknown;
  private _announceSelection = false;
  private _announceCount = false;
  private _filterChangeToFire = false;
  private _orderVersion = 0;
  private _chronologyKey = '';
  private readonly _loader = new DatasetLoader(this);
  private readonly _hash = new HashLinkController(this, (id) => this._onHashNavigate(id));
  private readonly _print = new PrintController(this);
  /** Redraws when the page's language or direction changes (a language switcher), or the element moves. */
  private readonly _langController = new LangController(this);
  private readonly _readingAt = new ReadingPositionController(this, () =>
    this.renderRoot.querySelectorAll<HTMLElement>('.chronology .entry'),
  );

  /** Its own `lang` and `dir` too, also where no page observer sees them (inside another shadow root). */
  static override get observedAttributes(): string[] {
    return [...new Set([...super.observedAttributes, ...LANG_ATTRIBUTES])];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The chips and the card inside read the language through this element: they redraw too.
    if (old !== value && LANG_ATTRIBUTES.includes(name)) languageChanged(this);
  }

  constructor() {
    super();
    // Zoom keys work wherever the focus is inside the element.
    this.addEventListener('keydown', this._onKeyDown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._directionStale = true; // (moved: maybe into a part of the page styled the other way)
    if (typeof ResizeObserver === 'function' && !this._resizeObserver) {
      this._resizeObserver = new ResizeObserver(() => this._measure());
      // Moved in the page: observe again (a first connection observes after the first render).
      if (this.hasUpdated) this._observe();
    }
    this._readInlineData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    this._observedTrack = undefined;
    this._observingHost = false;
    this._inlineObserver?.disconnect();
    this._inlineObserver = undefined;
    clearTimeout(this._announceTimer);
    this._bandImage = undefined;
  }

  /**
   * The JSON of a `<script type="application/json">` child, when neither `data` nor `src` is set. A
   * parser may connect the element before its children arrive: then it waits for them.
   */
  private _readInlineData(): void {
    if (this._input !== undefined || this._dataset || this.src || this.hasAttribute('src')) return;
    const text = inlineJsonText(this);
    if (text !== undefined && text.trim() !== '') {
      this._inlineObserver?.disconnect();
      this._inlineObserver = undefined;
      this._input = text;
      this._inputPending = true;
      this._dataFrom = 'inline';
      this.requestUpdate();
      return;
    }
    if (!this._inlineObserver && typeof MutationObserver === 'function') {
      this._inlineObserver = new MutationObserver(() => this._readInlineData());
      this._inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    }
  }

  /**
   * Whether the element's directionality (from `dir` attributes, wherever they are: also in a shadow
   * root no observer sees, or `dir="auto"` text) changed since the last update. Browsers without
   * `:dir()` (before Chrome 120, Safari 16.4) read the computed direction with every update instead.
   */
  private _directionMayHaveChanged(): boolean {
    let rtl: boolean;
    try {
      rtl = this.matches(':dir(rtl)');
    } catch {
      return true;
    }
    const changed = rtl !== this._dirRtl;
    this._dirRtl = rtl;
    return changed;
  }

  /** The host's and the track's sizes, from layout: at first render and then when the element resizes. */
  private _measure(): void {
    this._hostWidth = this.clientWidth;
    this._directionStale = true;
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    if (!track) return;
    this._trackWidth = track.clientWidth;
    this._trackHeight = track.clientHeight;
  }

  /** Observes the host and the track (which comes and goes with the layout). */
  private _observe(): void {
    const observer = this._resizeObserver;
    if (!observer) return;
    // Observing again would report the size again: once per connection.
    if (!this._observingHost) observer.observe(this);
    this._observingHost = true;
    const track = this.renderRoot.querySelector<HTMLElement>('.track') ?? undefined;
    if (track === this._observedTrack) return;
    if (this._observedTrack) observer.unobserve(this._observedTrack);
    this._observedTrack = track;
    if (!track) return;
    // A new track (first render, or back from the narrow layout): a wheel that may keep the page from
    // scrolling, and a click seen before the marks' (to swallow the one that ends a drag).
    observer.observe(track);
    track.addEventListener('wheel', this._onWheel, { passive: false });
    track.addEventListener('click', this._onTrackClickCapture, true);
    this.renderRoot
      .querySelector<HTMLElement>('.overview')
      ?.addEventListener('wheel', this._onWheel, { passive: false });
  }

  /**
   * Resolves once the element is drawn. The first render measures the track and draws the marks in an
   * update of its own, before the same paint: without waiting for that one, `updateComplete` would
   * resolve with the frame drawn but no marks in it yet (and code that waits for it, such as a page
   * that scrolls to a mark, would have to wait a frame more). Follow-up updates are waited for, a few
   * at most: the loop is what makes sure of it (a single wait often suffices only by the order in
   * which promises happen to settle).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let i = 0; !complete && i < 3; i++) complete = await super.getUpdateComplete();
    return complete;
  }

  protected override firstUpdated(): void {
    this._observe();
    // Sized by `--ct-height` inside rather than by its own height: measure now, before the first paint.
    if (this._trackWidth <= 0 || this._trackHeight <= 0) this._measure();
  }

  /**
   * Lane colours as classes (`.items .l3 { background }` and the like, rings per theme) in a sheet of
   * their own, so that an item's inline style holds only its position, which is what changes while
   * zooming. Colours come validated from `parseDataset` or the palette. Without constructable
   * style sheets, items carry their colours inline (and no ring).
   */
  private _setLaneColors(): void {
    const root = this.renderRoot;
    if (
      !(root instanceof ShadowRoot) ||
      typeof CSSStyleSheet !== 'function' ||
      !('replaceSync' in CSSStyleSheet.prototype)
    ) {
      this._laneClasses = false;
      return;
    }
    const lanes = this._index?.grouping.lanes ?? [];
    // Colours as plain values, not custom properties set on every mark: a custom property an element
    // declares for itself doubles the time its style takes to recompute, and zooming recomputes
    // hundreds a frame. Only the few marks drawn with gradients (approximate, open-ended) get `--c`.
    // A lane colour too close to the background (under 3:1, WCAG's bar for marks) gets a ring that is
    // not, per theme; the rings too are declared only for the lanes that need them.
    const ring = (color: string, bg: string, ringColor: string) =>
      (contrastRatio(color, bg) ?? 21) < 3 ? ringColor : undefined;
    const rules: string[] = [];
    const dark: string[] = [];
    // A ring inside the mark, the halo (the background) around it, as in the main sheet.
    const ringRules = (c: string, color: string) => [
      `${c}.point:not(.approximate){box-shadow:inset 0 0 0 1px ${color},0 0 0 1.5px currentColor}`,
      `${c}.bar{box-shadow:inset 0 0 0 1px ${color},0 0 0 1px currentColor}`,
      `${c}.cluster:not(.calendar){box-shadow:inset 0 0 0 1px ${color},0 0 0 1px var(--_bg)}`,
    ];
    lanes.forEach((lane, l) => {
      const c = `.items .l${l}`;
      rules.push(
        `${c}{background:${lane.color}}`,
        `${c}.cluster:not(.calendar){color:${this._laneText[l]}}`,
        `${c}.calendar{box-shadow:inset 0 0 0 1px ${lane.color}}`,
        `${c}:is(.approximate,.open-start,.open-end){--c:${lane.color}}`,
      );
      const light = ring(lane.color, LIGHT_BG, LIGHT_RING);
      const night = ring(lane.color, DARK_BG, DARK_RING);
      if (light) rules.push(...ringRules(c, light));
      if (night !== light) dark.push(...ringRules(c, night ?? 'transparent'));
    });
    rules.push(
      ...dark.map((rule) => `:host([theme='dark']) ${rule}`),
      `@media (prefers-color-scheme: dark){${dark.map((rule) => `:host([theme='auto']) ${rule}`).join('')}}`,
    );
    try {
      if (!this._laneSheet) {
        this._laneSheet = new CSSStyleSheet();
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, this._laneSheet];
      }
      this._laneSheet.replaceSync(rules.join(''));
      this._laneClasses = true;
    } catch {
      this._laneClasses = false;
    }
  }

  /**
   * The host's width before the first render, read while the shadow root is still empty (so the layout
   * it forces is cheap): it chooses between the wide and the narrow layout. The track's own size is not
   * guessed from the host's: the wide layout is as tall as `--ct-height`, not as its host, and a wrong
   * guess costs a second render of every mark. `firstUpdated` measures the track instead, before the
   * first paint, and the marks come with the update that follows.
   */
  private _measureHost(): void {
    this._hostWidth = this.clientWidth;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this._measureHost();
    try {
      this._compute(changed);
    } catch (error) {
      // Nothing may escape to the page: show the reason instead.
      this._failure = errorMessage(error);
      this._frame = undefined;
    }
  }

  /** Where the event `id` is in the dataset's events (time order). */
  private _positionOf(id: string): number | undefined {
    const events = this._dataset?.events ?? [];
    if (!this._positions) {
      this._positions = new Map();
      for (let i = 0; i < events.length; i++) this._positions.set(events[i].id, i);
    }
    return this._positions.get(id);
  }

  /** Takes a checked dataset (from `data`, `src` or the inline JSON) and its issues. */
  private _take(dataset: Dataset, issues: DataIssue[]): void {
    this._dataset = dataset;
    this._positions = undefined;
    this._issues = issues;
    this._issuesToReport = issues.length > 0 ? issues : undefined;
    const unusable =
      dataset.events.length === 0 && issues.some((i) => i.severity === 'error' && i.path === '');
    this._failure = unusable ? issues.find((i) => i.path === '')!.message : undefined;
  }

  private _compute(changed: PropertyValues<this>): void {
    if (changed.has('src') && this._dataFrom !== 'data') {
      // Another file: what the last one gave (or why it failed) goes.
      if (this._taken) this._dataset = undefined;
      this._taken = undefined;
      this._failure = undefined;
      this._loader.load(this.src);
    }
    let reindex = false;
    let newData = false;
    const remote = this._loader.state;
    if (this._inputPending) {
      this._inputPending = false;
      const input = this._input;
      this._input = undefined; // keep only the checked dataset
      const result = parseDataset(input);
      this._take(result.dataset, result.issues);
      reindex = newData = true;
    } else if (remote.status === 'loaded' && this._taken !== remote && this._dataFrom !== 'data') {
      this._taken = remote;
      this._take(remote.dataset, remote.issues);
      reindex = newData = true;
    }
    const lang = inheritedLang(this) || this._dataset?.lang || undefined;
    if (lang !== this._lang || changed.has('strings')) {
      this._lang = lang;
      this._locale = resolveLocale(lang);
      this._messages = messagesFor(lang, this.strings);
      this._labels.clear();
      this._clusterLabels.clear();
      reindex = true;
    }
    if (changed.has('selected') && this.selected !== undefined && this._reveal?.id !== this.selected) {
      // Set by a script (or the attribute), maybe before the data: bring it into view, quietly.
      this._reveal = { id: this.selected, byReader: false };
    }
    const m = this._messages;
    const locale = this._locale;
    if (this._directionMayHaveChanged() || this._directionStale || newData) {
      this._directionStale = false;
      this._rtl = getComputedStyle(this).direction === 'rtl';
    }
    this._narrow =
      this.layout === 'narrow' ||
      (this.layout !== 'wide' && this._hostWidth > 0 && this._hostWidth < NARROW_WIDTH);
    this._loading = !this._dataset && remote.status === 'loading';
    if (!this._dataset && remote.status === 'failed') this._failure = loadFailureText(remote.failure, m);
    const dataset = this._dataset;
    if (!dataset || this._failure) {
      this._index = undefined;
      this._shownIndex = undefined;
      this._frame = undefined;
      this._detail = undefined;
      return;
    }
    if (reindex || changed.has('groupBy')) {
      const groupBy =
        this.groupBy && GROUP_BY_VALUES.includes(this.groupBy) ? this.groupBy : defaultGroupBy(dataset);
      const grouping = groupIntoLanes(dataset, groupBy, {
        other: m.otherLane,
        all: m.allEvents,
        category: (c) => categoryLabel(m, c),
      });
      this._index = indexTimeline(dataset.events, grouping);
      this._gaps = undefined;
      this._laneText = grouping.lanes.map((lane) => readableTextOn(lane.color));
      this._lanePixels = Uint32Array.from(grouping.lanes, (lane) => {
        const c = parseColor(lane.color);
        return c ? rgbaPixel(c.r, c.g, c.b, BAND_ALPHA * c.a) : 0;
      });
      this._setLaneColors();
      this._scale = undefined;
      this._chipKind = chipKind(dataset, groupBy);
      this._chips = filterChips(dataset, this._chipKind);
      this._filterIndex = newData || !this._filterIndex ? new EventFilterIndex(dataset) : this._filterIndex;
      this._filterPending = true;
    }
    if (newData) this._openFromHash(dataset);
    const index = this._index!;
    if (this._filterPending) {
      this._filterPending = false;
      this._applyFilters(dataset, index, locale);
    }
    this._computeSelection(dataset, locale);

    if (this._narrow || this._print.printing) this._computeChronology(dataset, locale);
    if (this._narrow) {
      // The scrubber: the scale at the host's width, for its histogram and thumb; no track.
      this._frame = undefined;
      const width = this._hostWidth;
      if (width <= 0) return;
      if (!this._scale || this._layoutKey !== `narrow|${width}|${this.gaps}`) {
        this._layoutKey = `narrow|${width}|${this.gaps}`;
        this._scale = this._createScale(index, width);
      }
      this._view = fullView(this._scale, width);
      return;
    }

    const width = this._trackWidth;
    const height = this._trackHeight;
    if (width <= 0 || height <= 0) {
      this._frame = undefined;
      return;
    }
    const layoutKey = `${width}|${height}|${this.gaps}`;
    if (!this._scale || layoutKey !== this._layoutKey) {
      this._layoutKey = layoutKey;
      this._itemSlots = 0;
      this._scale = this._createScale(index, width);
      this._boxes = layoutLanes(index, this._scale, height);
      // The track changed size (a header came with the data, the page resized): the selection revealed
      // at the old size may be inside a cluster now; unless the reader moved the window since, reveal again.
      if (this._revealed !== undefined && this._revealed === this.selected) {
        this._reveal ??= { id: this._revealed, byReader: false };
      }
    }
    const scale = this._scale;
    const full = fullView(scale, width);
    this._view =
      this._startMs === undefined && this._endMs === undefined
        ? full
        : viewOf(scale, this._startMs ?? scale.domain[0], this._endMs ?? scale.domain[1], width);
    const shown = this._shownIndex ?? index;
    if (this._reveal) this._revealSelection(dataset, shown, scale);
    this._frame = layoutFrame(shown, scale, this._view, this._boxes);
    this._itemSlots = Math.max(this._itemSlots, this._frame.items.length);
    this._ticks = axisTicks(scale, this._view, { locale: this._lang });
    this._selectedClusterKey = this._clusterHoldingSelection(shown);
  }

  /** With `link-hash`, new data opens on the event the URL names (as if the reader had selected it). */
  private _openFromHash(dataset: Dataset): void {
    const id = this._hash.read();
    if (id === undefined || id === this.selected || !dataset.eventsById.has(id)) return;
    this.selected = id;
    this._reveal = { id, byReader: false };
    this._selectToFire = { event: dataset.eventsById.get(id) };
    this._scrollTo = { id, smooth: false };
  }

  /** The mask, reading order, shown index and count of the current filters. */
  private _applyFilters(dataset: Dataset, index: TimelineIndex, locale: string | undefined): void {
    const filter = { actors: this._filterActors, sides: this._filterSides, query: this._query };
    const total = dataset.events.length;
    let count = total;
    this._mask = undefined;
    if (!EventFilterIndex.isEmpty(filter) && this._filterIndex) {
      const result = this._filterIndex.apply(filter);
      this._mask = result.mask;
      count = result.count;
    }
    this._order = readingOrder(total, this._mask);
    this._orderVersion++;
    this._shownIndex = filterTimelineIndex(index, this._mask);
    this._labels.clear(); // keyed by position in the shown index
    this._overviewKey = '';
    this._chronologyKey = '';
    const m = this._messages;
    this._countText = this._mask
      ? filteredCountText(m, count, total, locale)
      : m.eventCount(formatNumber(total, locale), plurals(locale).select(total) as PluralCategory);
    if (this._announceCount) {
      this._announceCount = false;
      this._announce(this._countText);
    }
  }

  /** Where the selected event stands among the events shown, and the detail panel's view of it. */
  private _computeSelection(dataset: Dataset, locale: string | undefined): void {
    const m = this._messages;
    const id = this.selected;
    this._selectedIndex = id === undefined ? undefined : this._positionOf(id);
    if (this._selectedIndex === undefined) {
      this._stepInfo = undefined;
      this._selectedShown = undefined;
      this._detail = undefined;
      if (this._announceSelection) {
        this._announceSelection = false;
        if (id === undefined) this._announce(m.selectionCleared);
      }
      return;
    }
    const event = dataset.events[this._selectedIndex];
    const step = stepFrom(this._order, this._selectedIndex);
    this._stepInfo = step;
    // Its place in the shown index (the reading order's positions are the shown index's, in time order).
    this._selectedShown = step.position >= 0 ? step.position : undefined;
    const position =
      step.position >= 0 ? positionText(m, step.position, this._order.length, locale) : m.hiddenByFilters;
    const level = this._headingLevel();
    this._detail = {
      event,
      dataset,
      positionText: position,
      hasPrevious: step.previous !== undefined,
      hasNext: step.next !== undefined,
      labels: { region: m.selectedEvent, previous: m.previousEvent, next: m.nextEvent, close: m.closeDetail },
      headingLevel: Math.min(6, level + (this._narrow ? 3 : 1)),
      theme: this.theme,
      strings: this.strings,
    };
    if (this._announceSelection) {
      this._announceSelection = false;
      this._announce(
        m.selectedAnnouncement(position, `${formatDate(event.time, locale, m)}, ${event.title}`),
      );
    }
  }

  /** The chronology's page that holds the selection (or the scrubber's jump), under year and month headings. */
  private _computeChronology(dataset: Dataset, locale: string | undefined): void {
    const total = this._order.length;
    if (this._reveal && this._narrow) {
      const { id, byReader } = this._reveal;
      this._reveal = undefined;
      const at = this._positionOf(id);
      const step = at === undefined ? undefined : stepFrom(this._order, at);
      if (step && step.position >= 0) this._pageAnchor = step.position;
      if (byReader) this._scrollTo = { id, smooth: true };
    }
    // Print takes the whole chronology, up to a bound that keeps the page from hanging.
    this._page = this._print.printing
      ? [0, Math.min(total, PRINT_LIMIT)]
      : chronologyPage(total, Math.min(this._pageAnchor, Math.max(0, total - 1)), CHRONOLOGY_PAGE);
    const key = `${this._page.join('-')}|${locale}|${this._order.length}|${this._orderVersion}`;
    if (key === this._chronologyKey) return;
    this._chronologyKey = key;
    this._chronology = groupChronology(dataset.events, this._order.subarray(...this._page), locale);
  }

  /** Moves the window to the selected event (zooming in until it is not inside a cluster). */
  private _revealSelection(dataset: Dataset, shown: TimelineIndex, scale: TimeScale): void {
    const { id, byReader } = this._reveal!;
    this._reveal = undefined;
    this._revealed = id;
    const at = this._positionOf(id);
    const view = this._view!;
    if (at === undefined) return;
    const hidden = this._mask !== undefined && !this._mask[at];
    const event = dataset.events[at];
    const next = hidden
      ? windowAround(scale, view, event.time.start, event.time.end)
      : revealEvent(shown, scale, view, this._boxes, id);
    if (next === view) return;
    const [start, end] = windowOf(scale, next);
    this._startMs = start;
    this._endMs = end;
    this._view = next;
    if (byReader) this._rangeChangeToFire = true;
  }

  /** The key of the cluster the selected event is drawn in, when it has no marker of its own. */
  private _clusterHoldingSelection(shown: TimelineIndex): string | undefined {
    const id = this.selected;
    const frame = this._frame;
    if (id === undefined || !frame) return undefined;
    const i = this._selectedShown;
    if (i === undefined || frame.items.some((item) => item.kind === 'marker' && item.key === id))
      return undefined;
    const lane = shown.grouping.laneOf[i];
    const start = shown.starts[i];
    return frame.items.find(
      (item) => item.kind === 'cluster' && item.lane === lane && start >= item.start && start <= item.end,
    )?.key;
  }

  /** Reads `text` out in the polite live region. */
  private _announce(text: string): void {
    clearTimeout(this._announceTimer);
    // The same words again (two selections of one event) are still a change, so they are read again.
    this._announcement = text === this._announcement ? `${text}\u00a0` : text;
  }

  protected override updated(): void {
    this._observe();
    this._keepFocus();
    this._drawBands();
    this._restoreFocus();
    this._scrollIntoPlace();
    if (this._issuesToReport) {
      const issues = this._issuesToReport;
      this._issuesToReport = undefined;
      this.dispatchEvent(new DataIssuesEvent({ issues }));
    }
    if (this._selectToFire) {
      const detail = this._selectToFire;
      this._selectToFire = undefined;
      this.dispatchEvent(new SelectEvent(detail));
    }
    if (this._rangeChangeToFire) {
      this._rangeChangeToFire = false;
      const window = this._shownWindow();
      if (window)
        this.dispatchEvent(new RangeChangeEvent({ start: new Date(window[0]), end: new Date(window[1]) }));
    }
    if (this._filterChangeToFire) {
      this._filterChangeToFire = false;
      this.dispatchEvent(
        new FilterChangeEvent({
          actors: [...this._filterActors],
          sides: [...this._filterSides],
          query: this._query,
          count: this._order.length,
          total: this._dataset?.events.length ?? 0,
        }),
      );
    }
  }

  /** Focus that a re-render took away (previous/next in the chronology, a closed panel) goes where the reader was. */
  private _restoreFocus(): void {
    const target = this._focusAfter;
    if (!target) return;
    this._focusAfter = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (target.kind === 'previous' || target.kind === 'next') {
      root.querySelector<HTMLElement>(`[part~="detail"] [part~="${target.kind}"]`)?.focus();
      return;
    }
    // The panel closed: only when the focus went with it.
    if (root.activeElement && root.activeElement.isConnected) return;
    const id = CSS.escape(target.id ?? '');
    const own =
      root.querySelector<HTMLElement>(`.entry[data-event-id="${id}"] .open`) ??
      root.querySelector<HTMLElement>(`li[data-event-id="${id}"] .hit`) ??
      root.querySelector<HTMLElement>('.items .hit[tabindex="0"]');
    own?.focus();
  }

  /**
   * Brings the entry the reader stepped or jumped to into view (narrow), or a deep-linked timeline. In
   * the next frame: the cards above it render in their own updates and change its place until then.
   */
  private _scrollIntoPlace(): void {
    const target = this._scrollTo;
    if (!target) return;
    const find = () =>
      this._narrow
        ? this.renderRoot.querySelector<HTMLElement>(`.entry[data-event-id="${CSS.escape(target.id)}"]`)
        : this;
    if (!find()) return;
    const scroll = () => {
      const el = find();
      if (this._scrollTo !== target) return; // a newer jump
      this._scrollTo = undefined;
      if (!el) return;
      const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      // Smooth for a step to a neighbour; a jump across the page is immediate.
      const far = Math.abs(el.getBoundingClientRect().top) > 2 * (globalThis.innerHeight || 800);
      el.scrollIntoView({
        block: 'start',
        inline: 'nearest',
        behavior: target.smooth && !still && !far ? 'smooth' : 'auto',
      });
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(scroll);
    else scroll();
  }

  /** Items are reused by position: when the focused one now shows another item, move the focus back to its own. */
  private _keepFocus(): void {
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const li = active?.closest('li');
    if (!li || li.dataset.key === this._focusKey || this._focusKey === undefined) return;
    // Focus moved with the reused element: follow the item it was on.
    const own = this.renderRoot.querySelector<HTMLElement>(
      `li[data-key="${CSS.escape(this._focusKey)}"] .hit`,
    );
    if (own) own.focus();
  }

  // ---- drawing on canvas -------------------------------------------------------------------------

  /** Density bands of the lanes too full for single marks, as an image written pixel by pixel. */
  private _drawBands(): void {
    const frame = this._frame;
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('.bands');
    const context = canvas?.getContext('2d');
    if (!canvas || !context) {
      // No track (the narrow layout): a new one starts blank.
      this._bandsDrawn = false;
      this._bandImage = undefined;
      return;
    }
    const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    const width = Math.max(1, Math.round(this._trackWidth * ratio));
    const height = Math.max(1, Math.round(this._trackHeight * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    if (!frame || frame.bandMax === 0) {
      // No bands (zoomed in, or none dense): clear what was drawn and let the image go, which at the
      // track's size in device pixels is megabytes.
      if (this._bandsDrawn) context.clearRect(0, 0, width, height);
      this._bandsDrawn = false;
      this._bandImage = undefined;
      return;
    }
    let image = this._bandImage;
    if (!image || image.width !== width || image.height !== height) {
      image = this._bandImage = context.createImageData(width, height);
    }
    paintBands(new Uint32Array(image.data.buffer), width, height, ratio, {
      bands: frame.bands,
      boxes: this._boxes,
      colors: this._lanePixels,
      binWidth: frame.binWidth,
      bandMax: frame.bandMax,
    });
    context.putImageData(image, 0, 0);
    this._bandsDrawn = true;
  }

  /**
   * The overview's histogram of all events as one SVG path (filled by CSS, so no computed style is
   * read): recomputed only when data or size change.
   */
  private _overviewPath(): string {
    const scale = this._scale;
    const index = this._shownIndex ?? this._index;
    // The scale's own width: the track's, or the host's for the narrow layout's scrubber.
    const width = scale?.width ?? 0;
    const key = `${width}|${scale ? scale.domain.join() : ''}|${index?.starts.length ?? 0}`;
    if (key === this._overviewKey) return this._overviewD;
    this._overviewKey = key;
    this._overviewD = '';
    if (!scale || !index || index.starts.length === 0) return '';
    const binWidth = 2;
    const height = OVERVIEW_HEIGHT - 8;
    const counts = binCounts(index.starts, pixelBinEdges(scale, fullView(scale, width), binWidth));
    let max = 0;
    for (const c of counts) if (c > max) max = c;
    let d = '';
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      const bar = Math.max(1.5, Math.sqrt(counts[i] / max) * height);
      d += `M${i * binWidth} ${height}v${-bar.toFixed(1)}h${binWidth}v${bar.toFixed(1)}z`;
    }
    this._overviewD = d;
    return d;
  }

  // ---- the window --------------------------------------------------------------------------------

  /** Shows `view`; a change by the reader fires `ct-range-change`. */
  private _show(view: View, byReader = true): void {
    const scale = this._scale;
    if (!scale) return;
    const [start, end] = windowOf(scale, view);
    if (start === this._startMs && end === this._endMs) return;
    if (byReader) this._revealed = undefined; // the reader's window, not the selection's
    // Input that comes before the next update (two events in one task) builds on this window, not the last drawn.
    this._view = view;
    this.start = start;
    this.end = end;
    if (byReader) this.dispatchEvent(new RangeChangeEvent({ start: new Date(start), end: new Date(end) }));
  }

  private _zoom(factor: number, anchor?: number): void {
    if (!this._scale || !this._view) return;
    this._show(zoomView(this._scale, this._view, factor, anchor));
  }

  private _pan(dx: number): void {
    if (!this._scale || !this._view) return;
    this._show(panView(this._scale, this._view, dx));
  }

  private _reset(): void {
    if (!this._scale) return;
    this._show(fullView(this._scale, this._trackWidth));
  }

  /** Zooms to a time span with a margin on either side. */
  private _zoomTo(start: number, end: number): void {
    const scale = this._scale;
    if (!scale) return;
    const x0 = scale.scale(start);
    const x1 = scale.scale(end);
    const margin = Math.max((x1 - x0) * 0.15, 1e-9);
    const view = viewOf(scale, scale.invert(x0 - margin), scale.invert(x1 + margin), this._trackWidth);
    // Never zoom out when "zooming in" to a cluster wider than the view.
    const current = this._view!;
    this._show(view.x1 - view.x0 < current.x1 - current.x0 ? view : zoomView(scale, current, ZOOM_STEP));
  }

  // ---- input -------------------------------------------------------------------------------------

  private _onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    // The chronology has no window to zoom: only Escape applies there.
    if (this._narrow && event.key !== 'Escape') return;
    switch (event.key) {
      case '+':
      case '=':
        this._zoom(ZOOM_STEP);
        break;
      case '-':
      case '_':
        this._zoom(1 / ZOOM_STEP);
        break;
      case '0':
        this._reset();
        break;
      case 'Escape':
        if (this.selected === undefined) return;
        this._select(undefined);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** Ctrl/⌘ + wheel zooms around the pointer, shift + wheel pans; a plain wheel is left to the page. */
  private _onWheel = (event: WheelEvent): void => {
    if (!this._view) return;
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    if (!track) return;
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      const x = this._xIn(track, event.clientX);
      this._zoom(Math.exp((-event.deltaY * scale) / 300), Math.min(Math.max(x, 0), this._trackWidth));
    } else if (event.shiftKey) {
      event.preventDefault();
      // A sideways scroll follows the content's direction: rightwards is earlier in RTL.
      this._pan(event.deltaX ? (this._rtl ? -event.deltaX : event.deltaX) * scale : event.deltaY * scale);
    }
  };

  /** A pointer's x in `el` along time: from the left edge, or from the right in RTL (where time runs leftwards). */
  private _xIn(el: Element, clientX: number): number {
    const rect = el.getBoundingClientRect();
    return this._rtl ? rect.right - clientX : clientX - rect.left;
  }

  private _onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !this._view) return;
    const el = event.currentTarget as HTMLElement;
    this._pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this._pointers.size === 2) {
      const [a, b] = [...this._pointers.values()];
      this._pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y) };
      this._drag = undefined;
      for (const id of this._pointers.keys()) capture(el, id);
      return;
    }
    const part = (event.composedPath()[0] as HTMLElement).dataset?.handle as
      'brush' | 'start' | 'end' | undefined;
    const onOverview = el.classList.contains('overview');
    if (onOverview && !part) {
      // A press beside the brush centres the window there, then drags it.
      const at = this._xIn(el, event.clientX);
      const centre = (this._view.x0 + this._view.x1) / 2;
      this._show(
        panView(
          this._scale!,
          this._view,
          ((at - centre) * this._view.width) / (this._view.x1 - this._view.x0),
        ),
      );
    }
    this._drag = {
      id: event.pointerId,
      x: event.clientX,
      moved: onOverview,
      target: onOverview ? (part ?? 'brush') : 'track',
    };
    if (onOverview) capture(el, event.pointerId);
  };

  private _onPointerMove = (event: PointerEvent): void => {
    const known = this._pointers.get(event.pointerId);
    if (!known || !this._view || !this._scale) return;
    const el = event.currentTarget as HTMLElement;
    this._pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this._pinch && this._pointers.size === 2) {
      const [a, b] = [...this._pointers.values()];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (this._pinch.distance > 0 && distance > 0) {
        this._zoom(distance / this._pinch.distance, this._xIn(el, (a.x + b.x) / 2));
      }
      this._pinch.distance = distance;
      return;
    }
    const drag = this._drag;
    if (!drag || drag.id !== event.pointerId) return;
    // Movement along time: rightwards is later in LTR, earlier in RTL.
    const dx = (event.clientX - drag.x) * (this._rtl ? -1 : 1);
    if (!drag.moved) {
      if (Math.abs(dx) < DRAG_THRESHOLD) return;
      drag.moved = true;
      capture(el, event.pointerId);
    }
    drag.x = event.clientX;
    const view = this._view;
    if (drag.target === 'track') {
      this._pan(-dx);
    } else if (drag.target === 'brush') {
      // Overview px are full-view positions: move the window by the same amount.
      this._pan((dx * view.width) / (view.x1 - view.x0));
    } else {
      const min = 4;
      const x0 = drag.target === 'start' ? Math.min(view.x0 + dx, view.x1 - min) : view.x0;
      const x1 = drag.target === 'end' ? Math.max(view.x1 + dx, view.x0 + min) : view.x1;
      this._show({ x0: Math.max(0, x0), x1: Math.min(this._scale.width, x1), width: view.width });
    }
  };

  private _onPointerUp = (event: PointerEvent): void => {
    this._pointers.delete(event.pointerId);
    if (this._pointers.size < 2) this._pinch = undefined;
    if (this._drag?.id === event.pointerId) {
      // A drag on the track ends without activating the mark it started on.
      if (this._drag.moved && this._drag.target === 'track') this._suppressClick = true;
      this._drag = undefined;
    }
  };

  private _onTrackClickCapture = (event: Event): void => {
    if (this._suppressClick) {
      this._suppressClick = false;
      event.stopPropagation();
      event.preventDefault();
    }
  };

  /** A click on a mark or cluster, heard on the list (one listener rather than two per item). */
  private _onItemClick = (event: Event): void => {
    const hit = (event.target as HTMLElement).closest('.hit');
    const key = hit?.closest('li')?.dataset.key;
    const item = key === undefined ? undefined : this._frame?.items.find((i) => i.key === key);
    if (!item) return;
    this._focusKey = item.key;
    if (item.kind === 'cluster') this._zoomTo(item.start, item.end);
    else this._select(this._shown().events[item.event].id);
  };

  /**
   * The reader selects an event (or clears the selection): the window follows, the live region reads
   * it out, the URL records it (with `link-hash`, unless the URL is where it came from), `ct-select`.
   */
  private _select(
    id: string | undefined,
    options: { fromHash?: boolean; focus?: 'previous' | 'next' } = {},
  ): void {
    if (id === this.selected) return;
    const previous = this.selected;
    this.selected = id;
    this._reveal = id === undefined ? undefined : { id, byReader: true };
    this._announceSelection = true;
    if (!options.fromHash) this._hash.write(id);
    this._focusAfter = options.focus
      ? { kind: options.focus }
      : id === undefined && previous !== undefined
        ? { kind: 'entry', id: previous }
        : undefined;
    this.dispatchEvent(
      new SelectEvent({ event: id === undefined ? undefined : this._dataset?.eventsById.get(id) }),
    );
  }

  /** Back, Forward or a link changed `#event=` (with `link-hash`). */
  private _onHashNavigate(id: string | undefined): void {
    if (id !== undefined && !this._dataset?.eventsById.has(id)) return; // another timeline's event
    this._select(id, { fromHash: true });
  }

  /** Previous/next: the neighbour among the events the filters keep, in time order. */
  private _step(direction: 'previous' | 'next'): void {
    const target = direction === 'previous' ? this._stepInfo?.previous : this._stepInfo?.next;
    if (target === undefined || !this._dataset) return;
    this._select(this._dataset.events[target].id, { focus: direction });
  }

  // ---- filters -----------------------------------------------------------------------------------

  private _filterChanged(announceNow: boolean): void {
    this._filterPending = true;
    this._filterChangeToFire = true;
    clearTimeout(this._announceTimer);
    if (announceNow) this._announceCount = true;
    else this._announceTimer = setTimeout(() => this._announce(this._countText), ANNOUNCE_DELAY);
    this.requestUpdate();
  }

  private _onChipToggle = (id: string, pressed: boolean): void => {
    const set = this._chipKind === 'side' ? this._filterSides : this._filterActors;
    if (pressed) set.add(id);
    else set.delete(id);
    this._filterChanged(true);
  };

  private _onQuery = (text: string): void => {
    this._query = text;
    this._filterChanged(false);
  };

  private _onClearFilters = (): void => {
    this._filterActors.clear();
    this._filterSides.clear();
    this._query = '';
    this._filterChanged(true);
  };

  // ---- narrow layout: the scrubber ---------------------------------------------------------------

  /** The chronology shows position `position` of the reading order and scrolls to it. */
  private _jumpTo(position: number, smooth: boolean): void {
    const at = this._order[Math.max(0, Math.min(position, this._order.length - 1))];
    const event = at === undefined ? undefined : this._dataset?.events[at];
    if (!event) return;
    this._pageAnchor = position;
    this._scrollTo = { id: event.id, smooth };
    this._pinned = event.id;
    this.requestUpdate();
  }

  /** The reading order position at a pointer's x on the scrubber (time runs right to left in RTL). */
  private _scrubPosition(event: PointerEvent): number | undefined {
    const scale = this._scale;
    const dataset = this._dataset;
    if (!scale || !dataset) return undefined;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = this._rtl ? rect.right - event.clientX : event.clientX - rect.left;
    const fraction = Math.max(0, Math.min(1, x / Math.max(1, rect.width)));
    return positionAtTime(dataset.events, this._order, scale.invert(fraction * scale.width));
  }

  private _onScrubStart = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    this._scrubbing = event.pointerId;
    capture(event.currentTarget as Element, event.pointerId);
    const position = this._scrubPosition(event);
    if (position !== undefined) this._jumpTo(position, false);
  };

  private _onScrubMove = (event: PointerEvent): void => {
    if (this._scrubbing !== event.pointerId) return;
    const position = this._scrubPosition(event);
    if (position !== undefined) this._jumpTo(position, false);
  };

  private _onScrubEnd = (event: PointerEvent): void => {
    if (this._scrubbing === event.pointerId) this._scrubbing = undefined;
  };

  /** Arrows step entry by entry (towards the end: up, and right in LTR / left in RTL); Page keys by ten. */
  private _onScrubKey = (event: KeyboardEvent): void => {
    const current = this._readingPosition();
    const later = this._rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = this._rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (event.key === later || event.key === 'ArrowUp') next = current + 1;
    else if (event.key === earlier || event.key === 'ArrowDown') next = current - 1;
    else if (event.key === 'PageUp') next = current + 10;
    else if (event.key === 'PageDown') next = current - 10;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = this._order.length - 1;
    else return;
    event.preventDefault();
    this._jumpTo(Math.max(0, Math.min(next, this._order.length - 1)), true);
  };

  /** The position (in the reading order) of the chronology entry being read. */
  private _readingPosition(): number {
    // A jump (scrubber, keys) holds until its entry is out of sight: near the end of the page the entry
    // jumped to may never reach the reading band.
    if (this._pinned !== undefined && !this._scrollTo) {
      const entry = this.renderRoot.querySelector(`.entry[data-event-id="${CSS.escape(this._pinned)}"]`);
      const box = entry?.getBoundingClientRect();
      if (!box || box.bottom < 0 || box.top > (globalThis.innerHeight || 0)) this._pinned = undefined;
    }
    const id = this._scrollTo?.id ?? this._pinned ?? this._readingAt.current;
    const at = id === undefined ? undefined : this._positionOf(id);
    if (at === undefined) return Math.min(this._pageAnchor, Math.max(0, this._order.length - 1));
    const step = stepFrom(this._order, at);
    return step.position >= 0
      ? step.position
      : Math.max(
          0,
          (step.next !== undefined ? stepFrom(this._order, step.next).position : this._order.length) - 1,
        );
  }

  /** Arrow keys move between the marks and clusters in view (one Tab stop for the whole track). */
  private _onListKeyDown = (event: KeyboardEvent): void => {
    // Enter and Space activate a mark or cluster (they are `role="button"` spans, not `<button>`s: see `.hit`).
    if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).closest('.hit')) {
      event.preventDefault();
      this._onItemClick(event);
      return;
    }
    const items = this._frame?.items;
    if (!items || items.length === 0) return;
    const current = items.findIndex((i) => i.key === this._focusKey);
    let next: number;
    // Arrows follow what the reader sees: in RTL later events are to the left.
    const key =
      this._rtl && event.key === 'ArrowLeft'
        ? 'ArrowRight'
        : this._rtl && event.key === 'ArrowRight'
          ? 'ArrowLeft'
          : event.key;
    switch (key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(items.length - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this._focusKey = items[next].key;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.renderRoot
        .querySelector<HTMLElement>(`li[data-key="${CSS.escape(this._focusKey ?? '')}"] .hit`)
        ?.focus();
    });
  };

  private _onListFocusIn = (event: FocusEvent): void => {
    const li = (event.target as HTMLElement).closest('li');
    if (li?.dataset.key) this._focusKey = li.dataset.key;
  };

  private _onBrushKeyDown = (event: KeyboardEvent): void => {
    if (!this._view) return;
    const step = this._view.width / 10;
    const later = this._rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = this._rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === earlier || event.key === 'ArrowDown') this._pan(-step);
    else if (event.key === later || event.key === 'ArrowUp') this._pan(step);
    else if (event.key === 'Home') this._show(panView(this._scale!, this._view, -Infinity));
    else return;
    event.preventDefault();
  };

  // ---- rendering ---------------------------------------------------------------------------------

  private _label(event: number): string {
    let label = this._labels.get(event);
    if (label === undefined) {
      const e = this._shown().events[event];
      label = `${formatDate(e.time, this._locale, this._messages)}: ${e.title}`;
      if (this._labels.size > 5000) this._labels.clear();
      this._labels.set(event, label);
    }
    return label;
  }

  /** "3–9 May 2015": a window or a cluster's stretch, to the day. */
  private _windowText(start: number, end: number): string {
    // An edge inside a compressed gap names no date the reader can see: say where the data resumes
    // (for the start) or stops (for the end) instead.
    for (const gap of this._scale?.breaks ?? []) {
      if (start > gap.start && start < gap.end) start = gap.end;
      if (end > gap.start && end < gap.end) end = gap.start;
    }
    return dateTimeFormat(this._locale, DAY).formatRange(new Date(start), new Date(Math.max(start, end)));
  }

  protected override render() {
    try {
      return this._renderTimeline();
    } catch (error) {
      // Nothing may escape to the page, from rendering either.
      const reason = errorMessage(error);
      return html`<p class="message error" part="message" role="alert">
        ${this._messages.dataError(reason)}
      </p>`;
    }
  }

  private _renderTimeline() {
    return html`<div class="screen">
        ${this._narrow ? this._renderNarrow() : this._renderWide()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this._announcement}
        </div>
      </div>
      ${this._print.printing ? this._renderPrint() : nothing}`;
  }

  private _rootClass(layout: 'wide' | 'narrow'): string {
    return `root ${layout}${this._rtl ? ' rtl' : ''}`;
  }

  private _renderWide() {
    const m = this._messages;
    return html`<div class=${this._rootClass('wide')} aria-busy=${this._loading ? 'true' : 'false'}>
        ${this._renderHeader()} ${this._renderFilters()}
        <div class="toolbar" part="toolbar" style=${`height:${TOOLBAR_HEIGHT}px`}>
          <button
            type="button"
            class="zoom"
            aria-label=${m.zoomIn}
            title=${m.zoomIn}
            @click=${() => this._zoom(ZOOM_STEP)}
          >
            +
          </button>
          <button
            type="button"
            class="zoom"
            aria-label=${m.zoomOut}
            title=${m.zoomOut}
            @click=${() => this._zoom(1 / ZOOM_STEP)}
          >
            −
          </button>
          <button type="button" class="reset" @click=${() => this._reset()}>${m.zoomReset}</button>
          <span class="window"
            >${this._view && this._scale ? this._windowText(...windowOf(this._scale, this._view)) : ''}</span
          >
        </div>
        <div class="body" style=${`grid-template-columns:${GUTTER_WIDTH}px 1fr`}>
          <div class="gutter" aria-hidden="true">${this._renderLaneLabels()}</div>
          <div
            class="track"
            part="track"
            @pointerdown=${this._onPointerDown}
            @pointermove=${this._onPointerMove}
            @pointerup=${this._onPointerUp}
            @pointercancel=${this._onPointerUp}
          >
            <canvas class="bands" aria-hidden="true"></canvas>
            ${this._renderLanes()} ${this._renderGrid()} ${this._renderBreaks()} ${this._renderItems()}
            ${this._renderMessage()}
          </div>
        </div>
        <div
          class="axis"
          part="axis"
          aria-hidden="true"
          style=${`height:${AXIS_HEIGHT}px;margin-inline-start:${GUTTER_WIDTH}px`}
        >
          ${this._renderAxis()}
        </div>
        ${this._renderOverview()}
      </div>
      ${this._detail ? renderDetailPanel(this._detail, this._detailHandlers) : nothing}`;
  }

  private _headingLevel(): number {
    return Math.max(2, Math.min(6, Math.round(this.headingLevel) || 2));
  }

  private _renderNarrow() {
    const m = this._messages;
    const dataset = this._dataset;
    const ready = dataset && !this._failure && this._scale && dataset.events.length > 0;
    return html`<div class=${this._rootClass('narrow')} aria-busy=${this._loading ? 'true' : 'false'}>
      ${this._renderHeader()} ${this._renderFilters()}
      ${
        ready
          ? html`${this._renderScrubber()}
            ${renderChronology(
              {
                years: this._chronology,
                dataset,
                selectedId: this.selected,
                detail: this._detail ? renderDetailPanel(this._detail, this._detailHandlers) : undefined,
                headingLevel: this._headingLevel() + 1,
                hasEarlier: this._page[0] > 0,
                hasLater: this._page[1] < this._order.length,
                labels: {
                  region: m.chronology,
                  details: m.details,
                  earlier: m.showEarlier,
                  later: m.showLater,
                  noMatches: m.noMatches,
                },
                theme: this.theme,
                strings: this.strings,
              },
              this._chronologyHandlers,
            )}`
          : html`<div class="placeholder">${this._renderMessage()}</div>`
      }
    </div>`;
  }

  /** The print version: the chronology with full cards and their sources (rendered only while printing). */
  private _renderPrint() {
    const dataset = this._dataset;
    if (!dataset || this._failure) return nothing;
    const m = this._messages;
    return html`<div class="print">
      ${this._renderHeader()}
      <p class="print-count">${this._countText}</p>
      ${renderChronology(
        {
          years: this._chronology,
          dataset,
          headingLevel: this._headingLevel() + 1,
          hasEarlier: false,
          hasLater: false,
          labels: { region: m.chronology, details: m.details, earlier: '', later: '' },
          compact: false,
          interactive: false,
          theme: 'light',
          strings: this.strings,
        },
        this._chronologyHandlers,
      )}
    </div>`;
  }

  /** The dataset's title and description, in the data's language. */
  private _renderHeader() {
    const dataset = this._dataset;
    if (!dataset || this._failure || (!dataset.title && !dataset.description)) return nothing;
    const heading = headingTag(this._headingLevel());
    const dataLang = dataset.lang;
    const textLang =
      dataLang && resolveLocale(dataLang)?.split('-')[0] !== this._locale?.split('-')[0]
        ? dataLang
        : undefined;
    return html`<header class="header" part="header" lang=${textLang ?? nothing}>
      ${dataset.title ? staticHtml`<${heading} class="title">${dataset.title}</${heading}>` : nothing}
      ${dataset.description ? html`<p class="description">${dataset.description}</p>` : nothing}
    </header>`;
  }

  private _renderFilters() {
    const dataset = this._dataset;
    if (!dataset || this._failure || dataset.events.length === 0) {
      // The row keeps its place while the data loads: nothing moves when it comes.
      return html`<div class="filters placeholder" aria-hidden="true"></div>`;
    }
    const m = this._messages;
    const locale = this._locale;
    const side = this._chipKind === 'side';
    return renderFilterBar(
      {
        kind: this._chipKind,
        chips: this._chips,
        pressed: side ? this._filterSides : this._filterActors,
        expanded: this._chipsExpanded,
        limit: side ? Infinity : CHIP_LIMIT,
        query: this._query,
        countText: this._countText,
        filtered: this._filterActors.size > 0 || this._filterSides.size > 0 || this._query.trim() !== '',
        labels: {
          group: side ? m.filterBySide : m.filterByActor,
          more: (hidden) => m.moreChips(formatNumber(hidden, locale)),
          fewer: m.fewerChips,
          search: m.search,
          clear: m.clearFilters,
        },
        theme: this.theme,
      },
      this._filterHandlers,
    );
  }

  private _renderScrubber() {
    const scale = this._scale!;
    const dataset = this._dataset!;
    const m = this._messages;
    const position = this._readingPosition();
    const at = this._order[position];
    const event = at === undefined ? undefined : dataset.events[at];
    const fraction = event ? Math.max(0, Math.min(1, scale.scale(event.time.start) / scale.width)) : 0;
    const locale = this._locale;
    return renderScrubber(
      {
        at: fraction,
        position: position + 1,
        total: this._order.length,
        valueText: event ? `${formatDate(event.time, locale, m)}: ${event.title}` : '',
        label: m.scrubber,
        histogram: this._overviewPath(),
        histogramHeight: OVERVIEW_HEIGHT - 8,
      },
      this._scrubHandlers,
    );
  }

  private readonly _detailHandlers = {
    previous: () => this._step('previous'),
    next: () => this._step('next'),
    close: () => this._select(undefined),
  };

  private readonly _chronologyHandlers = {
    select: (id: string) => this._select(id, { focus: 'next' }),
    earlier: () => this._jumpTo(this._page[0] - 1, false),
    later: () => this._jumpTo(this._page[1], false),
  };

  private readonly _filterHandlers = {
    toggle: (id: string, pressed: boolean) => this._onChipToggle(id, pressed),
    query: (text: string) => this._onQuery(text),
    expand: (expanded: boolean) => {
      this._chipsExpanded = expanded;
      this.requestUpdate();
    },
    clear: () => this._onClearFilters(),
  };

  private readonly _scrubHandlers = {
    seek: (event: PointerEvent) => this._onScrubStart(event),
    move: (event: PointerEvent) => this._onScrubMove(event),
    end: (event: PointerEvent) => this._onScrubEnd(event),
    key: (event: KeyboardEvent) => this._onScrubKey(event),
  };

  private _shown(): TimelineIndex {
    return this._shownIndex ?? this._index!;
  }

  private _renderMessage() {
    const m = this._messages;
    if (this._failure)
      return html`<p class="message error" part="message" role="alert">${m.dataError(this._failure)}</p>`;
    if (this._loading) return html`<p class="message" part="message">${m.loadingEvents}</p>`;
    if (this._dataset && this._dataset.events.length === 0)
      return html`<p class="message" part="message">${m.noEvents}</p>`;
    if (this._dataset && this._order.length === 0)
      return html`<p class="message" part="message">${m.noMatches}</p>`;
    return nothing;
  }

  private _renderLaneLabels() {
    const index = this._index;
    if (!index || !this._frame) return nothing;
    return index.grouping.lanes.map((lane, l) => {
      const box = this._boxes[l];
      if (!box) return nothing;
      return html`<div
        class="lane-label"
        part="lane-label"
        title=${lane.label}
        style=${styleMap({
          top: `${box.y}px`,
          height: `${box.height}px`,
          '--c': lane.color,
          '--lines': String(Math.max(1, Math.min(4, Math.floor((box.height - 2) / 15)))),
        })}
      >
        <span class="swatch"></span><span class="text">${lane.label}</span>
      </div>`;
    });
  }

  private _renderLanes() {
    const index = this._index;
    if (!index || !this._frame) return nothing;
    return index.grouping.lanes.map((lane, l) => {
      const box = this._boxes[l];
      return box
        ? html`<div
            class="lane ${l % 2 ? 'odd' : ''}"
            part="lane"
            style=${`top:${box.y}px;height:${box.height}px`}
          ></div>`
        : nothing;
    });
  }

  private _renderGrid() {
    if (!this._frame) return nothing;
    return this._ticks.map(
      (t) => html`<div class="grid ${t.major ? 'major' : ''}" style=${`left:${t.x}px`}></div>`,
    );
  }

  private _renderBreaks() {
    const scale = this._scale;
    const view = this._view;
    if (!scale || !view || !this._frame) return nothing;
    return scale.breaks.map((b) => {
      const x0 = toPixel(view, b.x0);
      const x1 = toPixel(view, b.x1);
      if (x1 < 0 || x0 > view.width) return nothing;
      return html`<div class="break" part="break" style=${`left:${x0}px;width:${x1 - x0}px`}></div>`;
    });
  }

  private _renderAxis() {
    const scale = this._scale;
    const view = this._view;
    if (!scale || !view || !this._frame) return nothing;
    const locale = this._lang;
    return html`${this._ticks.map(
      (t) => html`<span class="tick ${t.major ? 'major' : ''}" style=${`left:${t.x}px`}>${t.label}</span>`,
    )}${scale.breaks.map((b) => {
      const x = (toPixel(view, b.x0) + toPixel(view, b.x1)) / 2;
      if (x < 0 || x > view.width) return nothing;
      return html`<span class="gap" style=${`left:${x}px`}>${formatGap(b.end - b.start, locale)}</span>`;
    })}`;
  }

  private _renderItems() {
    const frame = this._frame;
    if (!frame) return nothing;
    const items = frame.items;
    const focusKey = items.some((i) => i.key === this._focusKey) ? this._focusKey : items[0]?.key;
    // Positional, not keyed (`repeat`): lit-html 3.3.x leaks a comment node for every item `repeat` removes
    // (lit/lit#5298), which here would pile up by the thousand while zooming. `updated()` keeps the focus on
    // the item it was on. The list keeps as many slots as it has needed (hidden past this frame's items),
    // all from one template: while zooming, a slot changes its attributes, never its DOM.
    const slots = Array.from({ length: this._itemSlots }, (_, i): TrackItem | undefined => items[i]);
    return html`<ol
      class="items"
      aria-label=${this._messages.timeline}
      @click=${this._onItemClick}
      @keydown=${this._onListKeyDown}
      @focusin=${this._onListFocusIn}
    >
      ${slots.map((item) => this._renderItem(item, focusKey))}
    </ol>`;
  }

  /** The time scale at `width`, with the data's gaps compressed unless `gaps="off"`. */
  private _createScale(index: TimelineIndex, width: number): TimeScale {
    if (this.gaps === 'off') return createTimeScale(index.starts, index.ends, { width, gaps: 'off' });
    this._gaps ??= findGaps(index.starts, index.ends);
    return createTimeScale(index.starts, index.ends, { width, gaps: 'auto', knownGaps: this._gaps });
  }

  /** One slot of the track's list: a marker, a cluster, or (with no item) a hidden spare. */
  private _renderItem(item: TrackItem | undefined, focusKey: string | undefined) {
    const slot =
      item === undefined
        ? SPARE_SLOT
        : item.kind === 'marker'
          ? this._markerSlot(item, focusKey)
          : this._clusterSlot(item, focusKey);
    return html`<li
      part=${slot.part ?? nothing}
      class=${slot.classes}
      data-event-id=${slot.eventId ?? nothing}
      data-key=${slot.key ?? nothing}
      style=${slot.style}
      ?hidden=${item === undefined}
    >
      <span
        class="hit"
        role="button"
        tabindex=${slot.focusable ? 0 : -1}
        aria-label=${slot.label}
        aria-pressed=${slot.pressed ?? nothing}
        >${slot.text}</span
      >
    </li>`;
  }

  private _markerSlot(item: MarkerItem, focusKey: string | undefined): ItemSlot {
    const index = this._shown();
    const event = index.events[item.event];
    const lane = index.grouping.lanes[item.lane];
    const flags = index.flags[item.event];
    const mark = item.point ? 12 : 8;
    const selected = event.id === this.selected;
    return {
      part: 'marker',
      classes: `l${item.lane} ${item.point ? 'point' : 'bar'}${flags & MARK_APPROXIMATE ? ' approximate' : ''}${
        flags & MARK_UNCERTAIN ? ' uncertain' : ''
      }${flags & MARK_OPEN_START ? ' open-start' : ''}${flags & MARK_OPEN_END ? ' open-end' : ''}${
        selected ? ' selected' : ''
      }`,
      eventId: event.id,
      key: item.key,
      style: `left:${px(item.x0)}px;top:${px(item.y + (item.height - mark) / 2)}px;width:${px(item.x1 - item.x0)}px${this._laneClasses ? '' : `;--c:${lane.color}`}`,
      focusable: item.key === focusKey,
      label: this._label(item.event),
      pressed: selected ? 'true' : 'false',
      text: '',
    };
  }

  /** A cluster's accessible name (cached: the same calendar clusters come back while panning). */
  private _clusterLabel(item: ClusterItem): string {
    const key = `${item.count}|${item.start}|${item.end}`;
    let label = this._clusterLabels.get(key);
    if (label === undefined) {
      const locale = this._locale;
      const day = dateTimeFormat(locale, DAY);
      const m = this._messages;
      const events = m.eventCount(formatNumber(item.count, locale), plurals(locale).select(item.count));
      const [from, to] = [day.format(item.start), day.format(item.end)];
      label = m.cluster(events, from === to ? from : m.dateRange(from, to));
      if (this._clusterLabels.size > 2000) this._clusterLabels.clear();
      this._clusterLabels.set(key, label);
    }
    return label;
  }

  private _clusterSlot(item: ClusterItem, focusKey: string | undefined): ItemSlot {
    const lane = this._shown().grouping.lanes[item.lane];
    const h = Math.min(18, item.height - 2);
    return {
      part: 'cluster',
      classes: `cluster l${item.lane}${item.calendar ? ' calendar' : ''}${item.key === this._selectedClusterKey ? ' selected' : ''}`,
      key: item.key,
      style: `left:${px(item.x0)}px;top:${px(item.y + (item.height - h) / 2)}px;width:${px(item.x1 - item.x0)}px;height:${h}px;line-height:${h}px${
        this._laneClasses ? '' : `;--c:${lane.color};--on-c:${this._laneText[item.lane]}`
      }`,
      focusable: item.key === focusKey,
      label: this._clusterLabel(item),
      text: formatNumber(item.count, this._locale),
    };
  }

  private _renderOverview() {
    const m = this._messages;
    const view = this._view;
    const scale = this._scale;
    const x0 = view ? Math.max(0, view.x0) : 0;
    const x1 = view && scale ? Math.min(scale.width, view.x1) : 0;
    const [start, end] = view && scale ? windowOf(scale, view) : [0, 0];
    const middle = scale && view ? Math.round(((view.x0 + view.x1) / 2 / scale.width) * 100) : 50;
    return html`<div
      class="overview"
      part="overview"
      role="group"
      aria-label=${m.overview}
      style=${`height:${OVERVIEW_HEIGHT}px;margin-inline-start:${GUTTER_WIDTH}px`}
      @pointerdown=${this._onPointerDown}
      @pointermove=${this._onPointerMove}
      @pointerup=${this._onPointerUp}
      @pointercancel=${this._onPointerUp}
    >
      <svg class="histogram" aria-hidden="true" height=${OVERVIEW_HEIGHT - 8}>
        <path d=${this._overviewPath()}></path>
      </svg>
      ${
        view && scale
          ? html`<div
              class="brush"
              part="brush"
              data-handle="brush"
              role="slider"
              tabindex="0"
              aria-label=${m.visibleWindow}
              aria-valuemin="0"
              aria-valuemax="100"
              aria-valuenow=${middle}
              aria-valuetext=${this._windowText(start, end)}
              style=${`left:${x0}px;width:${Math.max(2, x1 - x0)}px`}
              @keydown=${this._onBrushKeyDown}
            >
              <span class="handle" data-handle="start"></span><span class="handle" data-handle="end"></span>
            </div>`
          : nothing
      }
    </div>`;
  }
}
