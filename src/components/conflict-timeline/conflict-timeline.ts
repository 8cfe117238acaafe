import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { parseDate } from '../../core/dates.js';
import { formatDate, formatNumber, resolveLocale } from '../../core/format.js';
import { categoryLabel, messagesFor, type MessageOverrides, type Messages } from '../../core/messages.js';
import { readableTextOn } from '../../core/palette.js';
import { parseDataset } from '../../core/parse-dataset.js';
import { binCounts, pixelBinEdges } from '../../core/density.js';
import { defaultGroupBy, GROUP_BY_VALUES, groupIntoLanes, type GroupBy } from '../../core/lanes.js';
import { axisTicks, formatGap, type Tick } from '../../core/ticks.js';
import {
  indexTimeline,
  layoutFrame,
  layoutLanes,
  MARK_APPROXIMATE,
  MARK_UNCERTAIN,
  type ClusterItem,
  type Frame,
  type LaneBox,
  type MarkerItem,
  type TimelineIndex,
} from '../../core/timeline-layout.js';
import { createTimeScale, type TimeScale } from '../../core/time-scale.js';
import type { DataIssue, Dataset } from '../../core/types.js';
import { fullView, panView, toPixel, viewOf, windowOf, zoomView, type View } from '../../core/viewport.js';
import { DataIssuesEvent } from '../../events/data-issues.js';
import { RangeChangeEvent } from '../../events/range-change.js';
import { SelectEvent } from '../../events/select.js';
import { tokens } from '../../styles/tokens.js';
import { inheritedLang } from '../inherited-lang.js';
import {
  styles,
  AXIS_HEIGHT,
  GUTTER_WIDTH,
  OVERVIEW_HEIGHT,
  TOOLBAR_HEIGHT,
} from './conflict-timeline.styles.js';

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
 * @tagname conflict-timeline
 * @summary Conflict events on a time axis: lanes, precise marks, gap compression, clusters, zoom and pan.
 *
 * @fires ct-range-change - The reader changed the visible window (`detail: { start, end }`); not fired for `start`/`end` set by a script.
 * @fires ct-data-issues - New data had problems (`detail: { issues }`): records dropped or repaired, or data not usable at all.
 * @fires ct-select - The reader selected an event (`detail: { event }`), or cleared the selection (`event` undefined).
 *
 * @csspart toolbar - The row of zoom buttons above the track.
 * @csspart track - The main track: lanes, marks, clusters, breaks.
 * @csspart lane - One lane's band in the track.
 * @csspart lane-label - One lane's label beside the track.
 * @csspart marker - One event's mark (an `<li>` with `data-event-id`).
 * @csspart cluster - Several events drawn as one, with a count (an `<li>`).
 * @csspart break - A compressed gap in the track.
 * @csspart axis - The time axis below the track.
 * @csspart overview - The strip with the whole extent, its density and the brush.
 * @csspart brush - The visible window on the overview.
 * @csspart message - The empty or error message.
 *
 * @cssprop [--ct-height=26rem] - Height of the element.
 * @cssprop [--ct-lane-stripe=rgba(127,127,127,0.06)] - Background of every other lane.
 */
export class ConflictTimeline extends LitElement {
  static override styles = [tokens, styles];

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

  /** The id of the selected event. */
  @property() selected?: string;

  /** Replacements for interface strings (see `Messages`), e.g. `{ zoomIn: 'Agrandir' }`. */
  @property({ attribute: false }) strings?: MessageOverrides;

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
  private _messages: Messages = messagesFor();
  private _index?: TimelineIndex;
  private _scale?: TimeScale;
  private _boxes: LaneBox[] = [];
  /** Per lane, the text colour readable on the lane's colour. */
  private _laneText: string[] = [];
  private _laneSheet?: CSSStyleSheet;
  /** Items take their lane's colours from `_laneSheet` (else inline). */
  private _laneClasses = false;
  private _view?: View;
  private _frame?: Frame;
  private _ticks: Tick[] = [];
  private _labels = new Map<number, string>();
  private _clusterLabels = new Map<string, string>();
  private _dayFormat?: Intl.DateTimeFormat;
  private _plurals?: Intl.PluralRules;
  private _overviewKey = '';
  private _overviewD = '';
  private _layoutKey = '';
  private _focusKey?: string;

  private _resizeObserver?: ResizeObserver;
  private _pointers = new Map<number, { x: number; y: number }>();
  private _drag?: { id: number; x: number; moved: boolean; target: 'track' | 'brush' | 'start' | 'end' };
  private _pinch?: { distance: number };
  private _suppressClick = false;

  constructor() {
    super();
    // Zoom keys work wherever the focus is inside the element.
    this.addEventListener('keydown', this._onKeyDown);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'function' && !this._resizeObserver) {
      this._resizeObserver = new ResizeObserver(() => this._measure());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
  }

  /** The track's size, from layout. Runs once at first render and then when the element resizes. */
  private _measure(): void {
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    if (!track) return;
    this._trackWidth = track.clientWidth;
    this._trackHeight = track.clientHeight;
  }

  protected override firstUpdated(): void {
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    const overview = this.renderRoot.querySelector<HTMLElement>('.overview');
    if (track) {
      this._resizeObserver?.observe(track);
      track.addEventListener('wheel', this._onWheel, { passive: false });
      track.addEventListener('click', this._onTrackClickCapture, true);
    }
    overview?.addEventListener('wheel', this._onWheel, { passive: false });
    this._resizeObserver?.observe(this);
  }

  /**
   * Lane colours as classes (`.l3 { --c; --on-c }`) in a sheet of their own, so that an item's inline
   * style holds only its position, which is what changes while zooming. Colours come validated from
   * `parseDataset` or the palette. Without constructable style sheets, items carry their colours inline.
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
    const rules = lanes.map((lane, l) => `.l${l}{--c:${lane.color};--on-c:${this._laneText[l]}}`).join('');
    try {
      if (!this._laneSheet) {
        this._laneSheet = new CSSStyleSheet();
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, this._laneSheet];
      }
      this._laneSheet.replaceSync(rules);
      this._laneClasses = true;
    } catch {
      this._laneClasses = false;
    }
  }

  /**
   * The track's size before the track exists: the host's size less the fixed parts around the track.
   * Read at the first update, while the shadow root is still empty, so the layout it forces is cheap
   * and the marks come with the first render, not a frame later; the resize observer then reads the
   * track itself.
   */
  private _estimateTrack(): void {
    const width = this.clientWidth - GUTTER_WIDTH;
    const height = this.clientHeight - TOOLBAR_HEIGHT - AXIS_HEIGHT - OVERVIEW_HEIGHT - 2;
    if (width > 0 && height > 0) {
      this._trackWidth = width;
      this._trackHeight = height;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this._estimateTrack();
    try {
      this._compute(changed);
    } catch (error) {
      // Nothing may escape to the page: show the reason instead.
      this._failure = error instanceof Error ? error.message : String(error);
      this._frame = undefined;
    }
  }

  private _compute(changed: PropertyValues<this>): void {
    let reindex = false;
    if (this._inputPending) {
      this._inputPending = false;
      const input = this._input;
      this._input = undefined; // keep only the checked dataset
      const result = parseDataset(input);
      this._dataset = result.dataset;
      this._issues = result.issues;
      this._issuesToReport = result.issues.length > 0 ? result.issues : undefined;
      const unusable =
        result.dataset.events.length === 0 &&
        result.issues.some((i) => i.severity === 'error' && i.path === '');
      this._failure = unusable ? result.issues.find((i) => i.path === '')!.message : undefined;
      reindex = true;
    }
    const lang = inheritedLang(this) || this._dataset?.lang || undefined;
    if (lang !== this._lang || changed.has('strings')) {
      this._lang = lang;
      this._messages = messagesFor(lang, this.strings);
      this._labels.clear();
      this._clusterLabels.clear();
      this._dayFormat = undefined;
      this._plurals = undefined;
      reindex = true;
    }
    const dataset = this._dataset;
    if (!dataset || this._failure) {
      this._index = undefined;
      this._frame = undefined;
      return;
    }
    if (reindex || changed.has('groupBy')) {
      const groupBy =
        this.groupBy && GROUP_BY_VALUES.includes(this.groupBy) ? this.groupBy : defaultGroupBy(dataset);
      const m = this._messages;
      const grouping = groupIntoLanes(dataset, groupBy, {
        other: m.otherLane,
        all: m.allEvents,
        category: (c) => categoryLabel(m, c),
      });
      this._index = indexTimeline(dataset.events, grouping);
      this._laneText = grouping.lanes.map((lane) => readableTextOn(lane.color));
      this._setLaneColors();
      this._scale = undefined;
    }
    const index = this._index!;
    const width = this._trackWidth;
    const height = this._trackHeight;
    if (width <= 0 || height <= 0) {
      this._frame = undefined;
      return;
    }
    const layoutKey = `${width}|${height}|${this.gaps}`;
    if (!this._scale || layoutKey !== this._layoutKey) {
      this._layoutKey = layoutKey;
      this._scale = createTimeScale(index.starts, index.ends, {
        width,
        gaps: this.gaps === 'off' ? 'off' : 'auto',
      });
      this._boxes = layoutLanes(index, this._scale, height);
    }
    const scale = this._scale;
    const full = fullView(scale, width);
    this._view =
      this._startMs === undefined && this._endMs === undefined
        ? full
        : viewOf(scale, this._startMs ?? scale.domain[0], this._endMs ?? scale.domain[1], width);
    this._frame = layoutFrame(index, scale, this._view, this._boxes);
    this._ticks = axisTicks(scale, this._view, { locale: this._lang });
  }

  protected override updated(): void {
    this._keepFocus();
    this._drawBands();
    if (this._issuesToReport) {
      const issues = this._issuesToReport;
      this._issuesToReport = undefined;
      this.dispatchEvent(new DataIssuesEvent({ issues }));
    }
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

  private _canvas(selector: string, width: number, height: number): CanvasRenderingContext2D | undefined {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(selector);
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return undefined;
    const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    } else context.clearRect(0, 0, w, h);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    return context;
  }

  /** Density bands of the lanes too full for single marks. */
  private _drawBands(): void {
    const frame = this._frame;
    const index = this._index;
    const context = this._canvas('.bands', this._trackWidth, this._trackHeight);
    if (!context || !frame || !index || frame.bandMax === 0) return;
    const { bands, binWidth, bandMax } = frame;
    context.globalAlpha = 0.55;
    for (let l = 0; l < bands.length; l++) {
      const band = bands[l];
      const box = this._boxes[l];
      if (!band || !box) continue;
      context.fillStyle = index.grouping.lanes[l].color;
      const h = box.height - 2;
      // One path per lane, one fill: far fewer draw calls than a fillRect per bin.
      context.beginPath();
      for (let i = 0; i < band.length; i++) {
        if (band[i] === 0) continue;
        const bar = Math.max(1, Math.sqrt(band[i] / bandMax) * h);
        context.rect(i * binWidth, box.y + box.height - 1 - bar, binWidth, bar);
      }
      context.fill();
    }
    context.globalAlpha = 1;
  }

  /**
   * The overview's histogram of all events as one SVG path (filled by CSS, so no computed style is
   * read): recomputed only when data or size change.
   */
  private _overviewPath(): string {
    const scale = this._scale;
    const index = this._index;
    const width = this._trackWidth;
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
      const x = event.clientX - track.getBoundingClientRect().left;
      this._zoom(Math.exp((-event.deltaY * scale) / 300), Math.min(Math.max(x, 0), this._trackWidth));
    } else if (event.shiftKey) {
      event.preventDefault();
      this._pan((event.deltaX || event.deltaY) * scale);
    }
  };

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
      const rect = el.getBoundingClientRect();
      const at = event.clientX - rect.left;
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
        const left = el.getBoundingClientRect().left;
        this._zoom(distance / this._pinch.distance, (a.x + b.x) / 2 - left);
      }
      this._pinch.distance = distance;
      return;
    }
    const drag = this._drag;
    if (!drag || drag.id !== event.pointerId) return;
    const dx = event.clientX - drag.x;
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

  private _onItemClick = (event: Event): void => {
    const li = (event.currentTarget as HTMLElement).closest('li');
    const key = li?.dataset.key;
    const item = key === undefined ? undefined : this._frame?.items.find((i) => i.key === key);
    if (!item) return;
    this._focusKey = item.key;
    if (item.kind === 'cluster') this._zoomTo(item.start, item.end);
    else this._select(this._index!.events[item.event].id);
  };

  /** Enter and Space activate a mark or cluster (they are `role="button"` spans, not `<button>`s: see `.hit`). */
  private _onItemKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this._onItemClick(event);
  };

  private _select(id: string | undefined): void {
    if (id === this.selected) return;
    this.selected = id;
    this.dispatchEvent(
      new SelectEvent({ event: id === undefined ? undefined : this._dataset?.eventsById.get(id) }),
    );
  }

  /** Arrow keys move between the marks and clusters in view (one Tab stop for the whole track). */
  private _onListKeyDown = (event: KeyboardEvent): void => {
    const items = this._frame?.items;
    if (!items || items.length === 0) return;
    const current = items.findIndex((i) => i.key === this._focusKey);
    let next: number;
    switch (event.key) {
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
    if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') this._pan(-step);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowUp') this._pan(step);
    else if (event.key === 'Home') this._show(panView(this._scale!, this._view, -Infinity));
    else return;
    event.preventDefault();
  };

  // ---- rendering ---------------------------------------------------------------------------------

  private _label(event: number): string {
    let label = this._labels.get(event);
    if (label === undefined) {
      const e = this._index!.events[event];
      label = `${formatDate(e.time, resolveLocale(this._lang), this._messages)}: ${e.title}`;
      if (this._labels.size > 5000) this._labels.clear();
      this._labels.set(event, label);
    }
    return label;
  }

  /** "3–9 May 2015": a window or a cluster's stretch, to the day. */
  private _windowText(start: number, end: number): string {
    this._dayFormat ??= new Intl.DateTimeFormat(resolveLocale(this._lang), {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    return this._dayFormat.formatRange(new Date(start), new Date(end));
  }

  protected override render() {
    try {
      return this._renderTimeline();
    } catch (error) {
      // Nothing may escape to the page, from rendering either.
      const reason = error instanceof Error ? error.message : String(error);
      return html`<p class="message error" part="message" role="alert">
        ${this._messages.dataError(reason)}
      </p>`;
    }
  }

  private _renderTimeline() {
    const m = this._messages;
    return html`<div class="root">
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
    </div>`;
  }

  private _renderMessage() {
    const m = this._messages;
    if (this._failure)
      return html`<p class="message error" part="message" role="alert">${m.dataError(this._failure)}</p>`;
    if (this._dataset && this._dataset.events.length === 0)
      return html`<p class="message" part="message">${m.noEvents}</p>`;
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
    // the item it was on.
    return html`<ol
      class="items"
      aria-label=${this._messages.timeline}
      @keydown=${this._onListKeyDown}
      @focusin=${this._onListFocusIn}
    >
      ${items.map((item) =>
        item.kind === 'marker' ? this._renderMarker(item, focusKey) : this._renderCluster(item, focusKey),
      )}
    </ol>`;
  }

  private _renderMarker(item: MarkerItem, focusKey: string | undefined) {
    const index = this._index!;
    const event = index.events[item.event];
    const lane = index.grouping.lanes[item.lane];
    const flags = index.flags[item.event];
    const mark = item.point ? 12 : 8;
    const classes = `l${item.lane} ${item.point ? 'point' : 'bar'}${flags & MARK_APPROXIMATE ? ' approximate' : ''}${
      flags & MARK_UNCERTAIN ? ' uncertain' : ''
    }${event.id === this.selected ? ' selected' : ''}`;
    return html`<li
      part="marker"
      class=${classes}
      data-event-id=${event.id}
      data-key=${item.key}
      style=${`transform:translate(${px(item.x0)}px,${px(item.y + (item.height - mark) / 2)}px);width:${px(item.x1 - item.x0)}px${this._laneClasses ? '' : `;--c:${lane.color}`}`}
    >
      <span
        class="hit"
        role="button"
        tabindex=${item.key === focusKey ? 0 : -1}
        aria-label=${this._label(item.event)}
        aria-pressed=${event.id === this.selected ? 'true' : 'false'}
        @click=${this._onItemClick}
        @keydown=${this._onItemKeyDown}
      ></span>
    </li>`;
  }

  /** A cluster's accessible name (cached: the same calendar clusters come back while panning). */
  private _clusterLabel(item: ClusterItem): string {
    const key = `${item.count}|${item.start}|${item.end}`;
    let label = this._clusterLabels.get(key);
    if (label === undefined) {
      const locale = resolveLocale(this._lang);
      this._plurals ??= new Intl.PluralRules(locale);
      this._dayFormat ??= new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      });
      const m = this._messages;
      const events = m.eventCount(formatNumber(item.count, locale), this._plurals.select(item.count));
      const [from, to] = [this._dayFormat.format(item.start), this._dayFormat.format(item.end)];
      label = m.cluster(events, from === to ? from : m.dateRange(from, to));
      if (this._clusterLabels.size > 2000) this._clusterLabels.clear();
      this._clusterLabels.set(key, label);
    }
    return label;
  }

  private _renderCluster(item: ClusterItem, focusKey: string | undefined) {
    const lane = this._index!.grouping.lanes[item.lane];
    const count = formatNumber(item.count, resolveLocale(this._lang));
    const h = Math.min(18, item.height - 2);
    return html`<li
      part="cluster"
      class=${`l${item.lane}${item.calendar ? ' calendar' : ''}`}
      data-key=${item.key}
      style=${`transform:translate(${px(item.x0)}px,${px(item.y + (item.height - h) / 2)}px);width:${px(item.x1 - item.x0)}px;height:${h}px;line-height:${h}px${
        this._laneClasses ? '' : `;--c:${lane.color};--on-c:${this._laneText[item.lane]}`
      }`}
    >
      <span
        class="hit"
        role="button"
        tabindex=${item.key === focusKey ? 0 : -1}
        aria-label=${this._clusterLabel(item)}
        @click=${this._onItemClick}
        @keydown=${this._onItemKeyDown}
        >${count}</span
      >
    </li>`;
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
