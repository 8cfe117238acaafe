/**
 * The layouts of `<conflict-timeline>` behind one interface (after the swappable layouts of Lit's
 * virtualizer): each lays out in `willUpdate` what it draws, from the state the element derived, and
 * renders it. The element picks one by its width (or the `layout` attribute); print is drawn beside
 * either while the page prints.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { formatDate, formatNumber, isoForTimeElement } from '../../../core/format.js';
import { MAX_LANES } from '../../../core/lanes.js';
import { renderHeader } from '../parts/header.js';
import type { AxisLabelKind } from '../../../core/ticks.js';
import type { AnnouncerController } from '../controllers/announcer-controller.js';
import type { FilterController } from '../controllers/filter-controller.js';
import type { GestureController } from '../controllers/gesture-controller.js';
import { rovingTarget, type KeyboardController } from '../controllers/keyboard-controller.js';
import type { LaneColorSheet } from '../parts/lane-colors.js';
import type { LazyPartsController } from '../controllers/lazy-parts-controller.js';
import type { ScrollTargetController } from '../controllers/scroll-target-controller.js';
import type { SelectionController } from '../controllers/selection-controller.js';
import type { SizeController } from '../controllers/size-controller.js';
import type { ViewportController } from '../controllers/viewport-controller.js';
import { renderFilterBar } from '../parts/filter-bar.js';
import type { TimelineModel } from '../timeline-model.js';
import type { TimelineState } from '../timeline-state.js';

/** Filter chips shown before the "More" button, when they stand for actors. */
const CHIP_LIMIT = 8;

/** The model and controllers a layout works with. */
export interface LayoutDeps {
  /** The element, and its state as last derived (for the chronology, made with the reading layouts). */
  host: ReactiveElement;
  state: () => TimelineState;
  model: TimelineModel;
  size: SizeController;
  viewport: ViewportController;
  selection: SelectionController;
  filter: FilterController;
  keyboard: KeyboardController;
  gestures: GestureController;
  /** What the next update scrolls to (a step in the chronology, a deep link). */
  scroll: ScrollTargetController;
  laneColors: LaneColorSheet;
  announcer: AnnouncerController;
  /** Text widths (px) of the axis labels, in the element's font. */
  measure?: (text: string, kind: AxisLabelKind) => number;
  /** Text widths (px) of the marks' titles, in the element's font. */
  measureLabel: (text: string) => number;
  /** The page's root font size (px), which the lane labels' sizes follow (read again when `hostWidth` changes). */
  rootFontSize: (hostWidth: number) => number;
  /** What loads on first need (the card of the selected event). */
  parts: LazyPartsController;
}

/** The element's properties a layout reads. */
export interface LayoutProps {
  gaps: 'auto' | 'off';
}

export interface TimelineLayout {
  readonly kind: 'wide' | 'column' | 'narrow' | 'print';
  /** Lays out what this layout draws into `state` (in `willUpdate`, once data, filters and selection are in it). */
  update(state: TimelineState, props: LayoutProps): void;
  render(state: TimelineState): TemplateResult | typeof nothing;
}

/** The class of a layout's root. */
export const rootClass = (state: TimelineState) =>
  `root ${state.layout === 'column' ? 'wide column' : state.layout}${state.ctx.rtl ? ' rtl' : ''}`;

/** The filter row: chips (sides, or the first few actors), the search and the count. */
export function renderFilters(state: TimelineState, deps: LayoutDeps) {
  const { dataset, failure, lanes, filtered, ctx } = state;
  if (!dataset || failure || dataset.events.length === 0 || !lanes || !filtered) {
    // The row keeps its place while the data loads: nothing moves when it comes.
    return html`<div class="filters placeholder" aria-hidden="true"></div>`;
  }
  const m = ctx.messages;
  const filter = deps.filter;
  const side = lanes.chipKind === 'side';
  return renderFilterBar(
    {
      kind: lanes.chipKind,
      chips: lanes.chips,
      pressed: side ? filter.value.sides : filter.value.actors,
      expanded: filter.chipsExpanded,
      // Every side, unless there are more sides than lanes: then the first few and "More", as for actors.
      limit: side && lanes.chips.length <= MAX_LANES ? Infinity : CHIP_LIMIT,
      query: filter.text,
      countText: filtered.countText,
      filtered: filter.active,
      focusId: filter.chipFocus,
      labels: {
        group: side ? m.filterBySide : m.filterByActor,
        more: (hidden) => m.moreChips(formatNumber(hidden, ctx.locale)),
        fewer: m.fewerChips,
        search: m.search,
        clear: m.clearFilters,
      },
      theme: ctx.theme,
    },
    {
      toggle: (id, pressed) => filter.toggle(lanes.chipKind, id, pressed),
      query: (text) => filter.query(text),
      expand: (expanded) => filter.expand(expanded),
      clear: () => filter.clear(),
      keydown: (event) => {
        const items = [
          ...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('actor-badge, .more'),
        ];
        const next = rovingTarget(event, items, ctx.rtl);
        if (!next) return;
        event.stopPropagation();
        filter.chipFocus = next.getAttribute('actor-id') ?? 'more';
        filter.expand(filter.chipsExpanded); // (an update, for the Tab stop)
        next.focus();
      },
    },
  );
}

/** The selected event's panel; its card's title is `headingOffset` levels below the dataset's title. */
export function renderDetail(state: TimelineState, deps: LayoutDeps, headingOffset: number) {
  const { selection, dataset, ctx } = state;
  if (!selection || !dataset) return undefined;
  const m = ctx.messages;
  const selectionCtl = deps.selection;
  // The panel and its card come in a chunk of their own, when an event is first selected.
  const panel = deps.parts.detail.get();
  if (!panel) {
    return deps.parts.detail.failure === undefined
      ? html`<section class="detail detail-loading" aria-busy="true"></section>`
      : html`<p class="message error detail" part="message" role="alert">${m.partNotLoaded}</p>`;
  }
  return panel.renderDetailPanel(
    {
      event: dataset.events[selection.index],
      dataset,
      positionText: selection.positionText,
      hasPrevious: selection.step.previous !== undefined,
      hasNext: selection.step.next !== undefined,
      labels: { region: m.selectedEvent, previous: m.previousEvent, next: m.nextEvent, close: m.closeDetail },
      headingLevel: Math.min(6, ctx.headingLevel + headingOffset),
      theme: ctx.theme,
      strings: ctx.strings,
    },
    {
      previous: () => selectionCtl.step('previous'),
      next: () => selectionCtl.step('next'),
      close: () => selectionCtl.select(undefined),
    },
  );
}

/**
 * What a server renders (no layout can be measured there): the title and the events in time order
 * as a list, so readers and crawlers get the chronology before the script runs.
 */
export function renderServerShell(state: TimelineState) {
  const { dataset, ctx } = state;
  if (!dataset) return html`<div class="screen"></div>`;
  return html`<div class="screen server-shell">
    <div class="root narrow">
      ${renderHeader(state)}
      <ol class="server-list">
        ${dataset.events.map(
          (event) =>
            html`<li>
              <time datetime=${isoForTimeElement(event.time) ?? nothing}
                >${formatDate(event.time, ctx.locale, ctx.messages)}</time
              >: ${event.title}
            </li>`,
        )}
      </ol>
    </div>
  </div>`;
}

/**
 * The screen: the skip button, a part that did not load, the layout (or its place while it loads) and
 * the live region; printing, the print layout beside it takes its place (the screen is printed while
 * the print layout loads).
 */
export function renderScreen(
  state: TimelineState,
  deps: LayoutDeps,
  layouts: { get(kind: TimelineState['layout'] | 'print'): TimelineLayout | undefined },
  skipPast: () => void,
) {
  return html`<div class=${state.printing ? 'screen print-replaced' : 'screen'}>
      <button type="button" class="skip" @click=${skipPast}>${state.ctx.messages.skipTimeline}</button>
      ${renderNotice(state.notice)}
      ${state.pending ? renderPending(state, deps) : layouts.get(state.layout)?.render(state)}
      ${renderLiveRegion(deps.announcer.text)}
    </div>
    ${state.printing ? layouts.get('print')?.render(state) : nothing}`;
}

/** The layout's place while its part loads (the narrow layout, strings in the page's language). */
export function renderPending(state: TimelineState, deps: LayoutDeps) {
  return html`<div class=${rootClass(state)} aria-busy="true">
    ${renderHeader(state)} ${renderFilters(state, deps)}
    <div class="placeholder"></div>
  </div>`;
}

/** A part that did not load: said once, above the layout that works without it. */
export const renderNotice = (text: string | undefined) =>
  text ? html`<p class="message notice" part="message" role="status">${text}</p>` : nothing;

/** The polite live region: what the announcer says is read out. */
export const renderLiveRegion = (text: string) =>
  html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</div>`;
