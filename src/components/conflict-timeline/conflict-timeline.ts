import { LitElement, html, isServer, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { errorMessage } from '../../core/guards.js';
import type { GroupBy } from '../../core/lanes.js';
import { messagesFor, type MessageOverrides } from '../../core/messages.js';
import type { Dataset } from '../../core/types.js';
import { tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/utilities.js';
import {
  inheritedLang,
  LANG_ATTRIBUTES,
  LangController,
  languageChanged,
  MAX_LANG_LENGTH,
} from '../../internal/inherited-lang.js';
import {
  styles,
  COLUMN_GUTTER_WIDTH,
  GUTTER_WIDTH,
  NARROW_WIDTH,
  WIDE_WIDTH,
} from './conflict-timeline.styles.js';
import { AnnouncerController } from './controllers/announcer-controller.js';
import { BandsController } from './controllers/bands-controller.js';
import { ScrollTargetController } from './controllers/scroll-target-controller.js';
import { DataController } from './controllers/data-controller.js';
import { EventOutboxController } from './controllers/event-outbox-controller.js';
import { FilterController } from './controllers/filter-controller.js';
import { GestureController } from './controllers/gesture-controller.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { LazyPartsController } from './controllers/lazy-parts-controller.js';
import { LaneColorSheet } from './parts/lane-colors.js';
import { PrintController } from './controllers/print-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { SizeController } from './controllers/size-controller.js';
import { toInstant, ViewportController, type TimeInput } from './controllers/viewport-controller.js';
import { renderScreen, renderServerShell, type LayoutDeps } from './layouts/layout.js';
import { TimelineLayouts } from './layouts/timeline-layouts.js';
import { filterBarStyles } from './parts/filter-bar.styles.js';
import { printStyles } from './parts/print.styles.js';
import { canvasTextMeasure, rootFontSize } from './parts/text-measure.js';
import { TimelineModel } from './timeline-model.js';
import { emptyState, type Theme, type TimelineContext, type TimelineState } from './timeline-state.js';

export type { TimeInput } from './controllers/viewport-controller.js';

/** Filters as a script reads and sets them (`filter`). */
export interface TimelineFilter {
  /** Actor ids: events with any of these actors. */
  actors?: string[];
  /** Side ids: events with an actor of any of these sides. */
  sides?: string[];
  /** Text every word of which must occur in an event's title, summary, place or actors' names. */
  query?: string;
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
 * reads out the selection and the filter counts. In an article's column (480–900 px) the track keeps
 * its time axis with compact lane labels; narrower than 480 px (a phone) it becomes a vertical
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
 * @csspart retry - The button in a failed `src`'s message that loads it again.
 *
 * @cssprop [--ct-height=30rem] - Height of the wide layout (the detail panel comes below it). The narrow layout takes the height of its chronology and reserves this much while the data loads.
 * @cssprop [--ct-sticky-top=0px] - Where the narrow layout's scrubber and headings stick: the height of a sticky page header above them.
 * @cssprop [--ct-lane-stripe=rgba(127,127,127,0.06)] - Background of every other lane.
 * @cssprop [--ct-color-bg=#ffffff] - Background of the marks' halos, sticky headings and the scrubber (dark theme: #16181c); set, the element's own background too (unset, the page shows through).
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
  static override styles = [tokens, visuallyHidden, styles, filterBarStyles, printStyles];

  /**
   * The dataset to show (an object in the documented JSON shape, or its JSON text). It is checked
   * with `parseDataset` when set; problems are reported with `ct-data-issues`. Reading it gives the
   * checked `Dataset` (the input is not kept).
   */
  @property({ attribute: false })
  get data(): Dataset | undefined {
    return this._data.dataset;
  }
  set data(value: unknown) {
    // The getter reads the parsed dataset, which is not there yet: the controller asks for the update.
    this._data.setData(value);
  }

  /**
   * The first instant in view: a `Date` or a date string (`2015-05`, `2015-05-19T12:00Z`). Unset, the
   * window starts just before the first event. Setting it redraws at once (no animation) and does not
   * fire `ct-range-change`. Reading it gives the start of the window on screen as a `Date` (`undefined`
   * before the first layout). A `start` after `end` shows the window between the two.
   */
  @property()
  get start(): Date | undefined {
    const ms = this._viewport.startMs ?? this._viewport.shownWindow()?.[0];
    return ms === undefined ? undefined : new Date(ms);
  }
  set start(value: TimeInput) {
    this._viewport.startMs = toInstant(value, 'start');
  }

  /** The last instant in view, like `start`; unset, the window ends after the last event. */
  @property()
  get end(): Date | undefined {
    const ms = this._viewport.endMs ?? this._viewport.shownWindow()?.[1];
    return ms === undefined ? undefined : new Date(ms);
  }
  set end(value: TimeInput) {
    this._viewport.endMs = toInstant(value, 'end');
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
   * The format of the `src` file: `dataset` (this package's JSON), `acled`, `ucdp`, `timelinejs` or
   * `sheet` (the spreadsheet layout, as CSV). Unset, it is recognised from the file: a newsroom can put
   * an ACLED or UCDP export (or an API reply), a TimelineJS file or a published sheet beside the
   * article and point `src` at it. The importers load only for such a file, from beside the embed.
   */
  @property() format?: 'dataset' | 'acled' | 'ucdp' | 'timelinejs' | 'sheet';

  /**
   * Seconds `src` may take to arrive in full (headers and body) before the element says it got no
   * answer and offers to try again: default 30; `0` waits as long as the browser does. Read when a
   * load starts.
   */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout?: number;

  /**
   * Mirror the selection in the page's URL as `#event=<id>` (other `&`-separated keys kept): a URL
   * with it opens on that event, and every selection the reader makes is a history entry, so Back and
   * Forward step through them. Use it on one timeline per page.
   */
  @property({ type: Boolean, attribute: 'link-hash' }) linkHash = false;

  /** `light` (default), `dark`, or `auto` (dark when the reader's system asks for it). */
  @property({ reflect: true }) theme?: Theme;

  /**
   * The heading level of the dataset's title (2 to 6, default 2), to fit the page's outline; the
   * detail card's title is one level below (the narrow layout's year and month headings one and two
   * below, its cards three).
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * `auto` (default) chooses by the element's own width: `wide` from 900 px (a full-bleed graphic),
   * `column` from 480 px (an article's body column: the same time axis, with compact lane labels and
   * the detail panel below), `narrow` under 480 px (a phone: a vertical chronology). `wide`, `column`
   * or `narrow` keep one layout whatever the width.
   */
  @property() layout: 'auto' | 'wide' | 'column' | 'narrow' = 'auto';

  /**
   * The filters: `{ actors, sides, query }` (ids of actors and sides, and search text). Reading it
   * gives the reader's current filters. Setting it does not fire `ct-filter-change`.
   */
  @property({ attribute: false })
  get filter(): TimelineFilter {
    return this._filter.current;
  }
  set filter(value: TimelineFilter | null | undefined) {
    this._filter.set(value);
  }

  // ---- state: the model's result, and the controllers that hold what the reader did -----------------
  private readonly _model = new TimelineModel();
  private _state: TimelineState = emptyState({ messages: messagesFor(), rtl: false, headingLevel: 2 });
  /** Label widths in the element's font (read once, when first needed). */
  private readonly _measureText = canvasTextMeasure(
    () => getComputedStyle(this).fontFamily || 'system-ui, sans-serif',
  );

  // Controllers, in the order their `hostUpdated` runs: sizes and focus first, events last (`updated`).
  private readonly _outbox: EventOutboxController = new EventOutboxController(this, {
    shownWindow: () => this._viewport.shownWindow(),
    filterDetail: () =>
      this._filter.detail(this._state.filtered?.order.length ?? 0, this._data.dataset?.events.length ?? 0),
  });
  private readonly _announcer = new AnnouncerController(this);
  private readonly _data = new DataController(this, this._outbox);
  private readonly _size = new SizeController(this);
  private readonly _viewport: ViewportController = new ViewportController(this, this._outbox);
  private readonly _filter = new FilterController(
    this,
    this._announcer,
    this._outbox,
    () => this._state.filtered?.countText ?? '',
    () => this._data.dataset,
    (filter) => this._model.prepareFiltered(this._data.dataset, this._state.lanes?.index, filter),
  );
  private readonly _keyboard: KeyboardController = new KeyboardController(
    this,
    () => this._state,
    this._viewport,
    {
      clearSelection: () => this._selection.select(undefined),
      activate: (event) => this._selection.activate(event),
    },
  );
  private readonly _gestures = new GestureController(this, this._viewport, () => this._state.ctx.rtl);
  private readonly _bands = new BandsController(
    this,
    () => this._state,
    () => ({ width: this._size.trackWidth, height: this._size.trackHeight }),
  );
  private readonly _scroll = new ScrollTargetController(this, () => this._state);
  private readonly _selection: SelectionController = new SelectionController(this, () => this._state, {
    outbox: this._outbox,
    announcer: this._announcer,
    keyboard: () => this._keyboard,
    scroll: this._scroll,
    viewport: this._viewport,
  });
  private readonly _laneColors = new LaneColorSheet(this);
  private readonly _print = new PrintController(this);
  /** Redraws when the page's language or direction changes (a language switcher), or the element moves. */
  private readonly _lang = new LangController(this);
  /** The narrow and print layouts, the card, other languages' strings: loaded on first need. */
  private readonly _parts = new LazyPartsController(this, () => !!this._state.filtered);
  private readonly _layoutDeps: LayoutDeps = {
    host: this,
    state: () => this._state,
    model: this._model,
    size: this._size,
    viewport: this._viewport,
    selection: this._selection,
    filter: this._filter,
    keyboard: this._keyboard,
    gestures: this._gestures,
    scroll: this._scroll,
    laneColors: this._laneColors,
    announcer: this._announcer,
    measure: this._measureText,
    measureLabel: (text) => this._measureText(text, 'tick'),
    rootFontSize: rootFontSize(this),
    parts: this._parts,
  };
  private readonly _layouts = new TimelineLayouts(this._layoutDeps);

  /** Its own `lang` and `dir` too, also where no page observer sees them (inside another shadow root). */
  static override get observedAttributes(): string[] {
    return [...new Set([...super.observedAttributes, ...LANG_ATTRIBUTES])];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The chips and the card inside read the language through this element: they redraw too.
    if (old !== value && LANG_ATTRIBUTES.includes(name)) languageChanged(this);
  }

  /**
   * Resolves once the element is drawn, with the updates that follow at once (code that waits for it,
   * such as a page that scrolls to a mark, must not find the frame without its marks). Follow-up
   * updates are waited for, a few at most: the loop is what makes sure of it (a single wait often
   * suffices only by the order in which promises happen to settle).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // A part an update asked for (the narrow layout, the card, Arabic strings), or a large dataset's
    // search worked out in slices, is drawn when it comes.
    for (let i = 0; i < 6; i++) {
      const loading = this._parts.loading ?? this._filter.searching;
      if (loading) await loading;
      else if (complete && !this.isUpdatePending) break;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Rendered on a server (declarative shadow DOM) and now run in a page without Lit's hydration: the
   * server's shell gives way to the element's own render.
   */
  protected override createRenderRoot() {
    if (!isServer && this.shadowRoot) {
      // With Lit's hydration the first render must be the server's template: it is, then the element
      // draws its layout in the same update (`update`). Without it, the shell is cleared.
      if ('litElementHydrateSupport' in globalThis) this._hydrating = true;
      else this.shadowRoot.replaceChildren();
    }
    return super.createRenderRoot();
  }

  /** The first render hydrates the server's shell (see `createRenderRoot`). */
  private _hydrating = false;

  /**
   * A server's shell with the events, whose data comes from `src` in the browser: it stays as the server
   * drew it until the data is here (hydration needs the same first render as the server's), and stays
   * if the data does not come (the reason goes to the console).
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!this._hydrating || !this._data.awaitingSrc) return true;
    if (!this.renderRoot.querySelector('.server-list > li')) return true; // the server had no events
    if (this._data.remote.status === 'idle' || changed.has('src')) this._data.take(true);
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (isServer) {
      // No layout to measure on a server: the data, and the shell of its title and events.
      this._data.take(false);
      const state = emptyState(this._state.ctx);
      state.dataset = this._data.dataset;
      this._state = state;
      return;
    }
    if (!this.hasUpdated) this._size.measureSizes();
    this._state = this._deriveSafely(changed);
  }

  /**
   * Renders; in the first update, also what a second one would (Lit's dev build warns of an update
   * asked for in `updated`), before the first paint: the layout in place of a hydrated server shell, and
   * the marks, which need the track's size, known only once the first render is laid out. Likewise
   * when a render changed the track's size (a new track, a wider column of lane labels): measured now.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (isServer || (this.hasUpdated && !this._size.trackIsNew() && !this._state.trackResized)) return;
    if (this._hydrating) {
      this._hydrating = false;
      super.update(changed);
    }
    if (this._size.measureSizes()) {
      this._state = this._deriveSafely(new Map() as PropertyValues<this>);
      super.update(changed);
    }
  }

  private _deriveSafely(changed: PropertyValues<this>): TimelineState {
    try {
      return this._derive(changed);
    } catch (error) {
      // Nothing may escape to the page: show the reason instead.
      this._data.failure = errorMessage(error);
      return {
        ...emptyState(this._state.ctx),
        layout: this._state.layout,
        failure: this._data.failure,
      };
    }
  }

  /** Properties → data → model → layout: everything the next render draws. */
  private _derive(changed: PropertyValues<this>): TimelineState {
    const newData = this._data.take(changed.has('src') || changed.has('format'));
    const dataset = this._data.dataset;
    const dataLang = dataset?.lang && dataset.lang.length <= MAX_LANG_LENGTH ? dataset.lang : undefined;
    const lang = inheritedLang(this) || dataLang || undefined;
    const strings = this._parts.messages(lang);
    const { locale, messages } = this._model.context(lang, this.strings, strings === 'ready');
    if (changed.has('selected')) this._selection.selectedByScript(this.selected);
    this._size.readDirection(newData);
    const ctx: TimelineContext = {
      lang,
      locale,
      messages,
      strings: this.strings,
      theme: this.theme,
      rtl: this._size.rtl,
      headingLevel: Math.max(2, Math.min(6, Math.round(this.headingLevel) || 2)),
    };
    const state = emptyState(ctx);
    this._layouts.place(state, this._layoutFor(this._size.hostWidth), this._print.printing, strings);
    state.gutter = state.layout === 'column' ? COLUMN_GUTTER_WIDTH : GUTTER_WIDTH;
    state.loading = this._data.loading;
    if (state.loading) {
      state.loadingFile = this._data.exportFileName();
      state.loadingProgress = this._data.progressText(messages, locale);
    }
    state.failure = this._data.failureText(messages, locale);
    if (this._data.retryable) state.retry = () => this._data.retry();
    state.dataset = dataset;
    if (!dataset || state.failure || state.pending) return state;
    const lanes = (state.lanes = this._model.lanes(dataset, this.groupBy, messages, locale));
    if (newData) this._selection.openFromHash(dataset);
    const filtered = (state.filtered = this._model.filtered(
      dataset,
      lanes.index,
      this._filter.value,
      messages,
      locale,
    ));
    state.selected = this.selected;
    state.selection = this._model.selection(dataset, filtered.order, this.selected, messages, locale);
    this._layouts.get(state.layout)?.update(state, { gaps: this.gaps });
    if (state.printing) this._layouts.get('print')?.update(state, { gaps: this.gaps });
    return state;
  }

  /** The layout for the host's width (0: not measured yet, the wide one), unless `layout` names one. */
  private _layoutFor(width: number): TimelineState['layout'] {
    const named = this.layout;
    if (named === 'wide' || named === 'column' || named === 'narrow') return named;
    if (width <= 0 || width >= WIDE_WIDTH) return 'wide';
    return width < NARROW_WIDTH ? 'narrow' : 'column';
  }

  protected override render() {
    if (isServer || this._hydrating) return renderServerShell(this._state);
    try {
      return renderScreen(this._state, this._layoutDeps, this._layouts, this._keyboard.skipPast);
    } catch (error) {
      // Nothing may escape to the page, from rendering either.
      return html`<p class="message error" part="message" role="alert">
        ${this._state.ctx.messages.dataError(errorMessage(error))}
      </p>`;
    }
  }

  protected override updated(): void {
    // After every controller's `hostUpdated`: the events of this update leave, in their documented order.
    this._outbox.send();
  }
}
