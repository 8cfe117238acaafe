import { html } from 'lit';
import {
  dateTimeFormat,
  formatDate,
  formatNumber,
  isoForTimeElement,
  plurals,
} from '../../../core/format.js';
import type { PluralCategory } from '../../../core/messages.js';
import { formatGap } from '../../../core/ticks.js';
import type { ConflictEvent } from '../../../core/types.js';
import { sideShape } from '../../../core/palette.js';
import { SWATCH_SHAPE_PATHS } from '../../../internal/swatch-shapes.js';
import { chronologyPage } from '../../../core/chronology.js';
import type { ChronologyController } from '../controllers/chronology-controller.js';
import { stepFrom } from '../../../core/stepping.js';
import { fullView } from '../../../core/viewport.js';
import { OVERVIEW_HEIGHT } from '../conflict-timeline.styles.js';
import { renderChronology, renderScrubber } from '../parts/chronology.js';
import { renderHeader, renderMessage } from '../parts/header.js';
import type { TimelineState } from '../timeline-state.js';
import {
  renderDetail,
  renderFilters,
  rootClass,
  type LayoutDeps,
  type LayoutProps,
  type TimelineLayout,
} from './layout.js';

/** Entries of the narrow chronology rendered at a time. */
const CHRONOLOGY_PAGE = 100;
/** A chronology this long shows its first `CAPPED` entries and "Show all N events" until asked. */
const CAP_FROM = 60;
const CAPPED = 40;
/** At most this many events are printed. */
const PRINT_LIMIT = 2000;

/** A year as the reader's language writes it. */
const yearText = (ms: number, locale: string | undefined) =>
  dateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric' }).format(ms);

/** The chronology's page (the one that holds the reading position, or everything up to a bound for print) and its entries. */
export function layChronology(state: TimelineState, chronology: ChronologyController): void {
  const { dataset, filtered } = state;
  if (!dataset || !filtered) return;
  const total = filtered.order.length;
  // Print takes the whole chronology, up to a bound that keeps the page from hanging.
  const { pageAnchor, showingAll } = chronology;
  // A long chronology in an article: the first entries and a button, not dozens of screens (a jump or
  // a selection further on shows the page that holds it).
  state.capped = !state.printing && !showingAll && total >= CAP_FROM && pageAnchor < CAPPED;
  const page: [number, number] = state.printing
    ? [0, Math.min(total, PRINT_LIMIT)]
    : state.capped
      ? [0, CAPPED]
      : chronologyPage(total, Math.min(pageAnchor, Math.max(0, total - 1)), CHRONOLOGY_PAGE);
  state.page = page;
  state.chronology = chronology.entries(dataset, filtered.order, page[0], page[1], state.ctx.locale);
}

/**
 * The narrow layout (phones): header, filters in a scrolling row, the overview as a scrubber, and the
 * chronology of compact cards under sticky year and month headings; the selected entry opens in place.
 */
export class NarrowLayout implements TimelineLayout {
  readonly kind = 'narrow';

  constructor(
    private readonly _deps: LayoutDeps,
    private readonly _chronology: ChronologyController,
  ) {}

  update(state: TimelineState, props: LayoutProps): void {
    const { model, size, viewport, selection, scroll } = this._deps;
    const chronology = this._chronology;
    const { dataset, lanes, filtered } = state;
    if (!dataset || !lanes || !filtered) return;
    const reveal = selection.reveal;
    if (reveal) {
      // The page that holds the selection; scrolled to when the reader chose it.
      selection.reveal = undefined;
      const at = model.positions(dataset).get(reveal.id);
      const step = at === undefined ? undefined : stepFrom(filtered.order, at);
      if (step && step.position >= 0) chronology.pageAnchor = step.position;
      if (reveal.byReader) scroll.scrollTo(reveal.id, true);
    }
    layChronology(state, chronology);
    // The scrubber: the scale at the host's width, for its histogram and thumb; no track.
    const width = size.hostWidth;
    if (width <= 0) return;
    const scale = model.scale(lanes.index, width, props.gaps);
    viewport.drawn(scale, fullView(scale, width));
    state.scale = scale;
    state.view = viewport.view;
  }

  render(state: TimelineState) {
    const { dataset, failure, filtered, scale, ctx } = state;
    const m = ctx.messages;
    const ready = dataset && !failure && scale && filtered && dataset.events.length > 0;
    return html`<div class=${rootClass(state)} aria-busy=${state.loading ? 'true' : 'false'}>
      ${renderHeader(state)} ${renderFilters(state, this._deps)}
      ${
        ready
          ? html`${this._renderScrubber(state)}
            ${renderChronology(
              {
                years: state.chronology,
                dataset,
                selectedId: state.selected,
                detail: renderDetail(state, this._deps, 3),
                line: (event) => this._line(state, event),
                gapBefore: (event, index) => this._gapBefore(state, event, index),
                showAll: state.capped
                  ? m.showAll(
                      formatNumber(filtered.order.length, ctx.locale),
                      plurals(ctx.locale).select(filtered.order.length) as PluralCategory,
                    )
                  : undefined,
                focusId: this._focusId(state),
                headingLevel: ctx.headingLevel + 1,
                hasEarlier: state.page[0] > 0,
                hasLater: state.page[1] < filtered.order.length,
                labels: {
                  region: m.chronology,
                  details: m.details,
                  earlier: m.showEarlier,
                  later: m.showLater,
                  noMatches: m.noMatches,
                },
                theme: ctx.theme,
                strings: ctx.strings,
              },
              {
                select: (id) => this._deps.selection.select(id, { focus: 'next' }),
                earlier: () => this._chronology.jumpTo(state.page[0] - 1, false),
                later: () => this._chronology.jumpTo(state.page[1], false),
                showAll: () => this._chronology.showAll(),
                keydown: this._chronology.onListKeyDown,
              },
            )}`
          : html`<div class="placeholder">${renderMessage(state)}</div>`
      }
    </div>`;
  }

  /** An entry's line: the date as the card writes it, and the side of its first actor that has one. */
  private _line(state: TimelineState, event: ConflictEvent) {
    const { dataset, ctx } = state;
    let side;
    for (const ref of event.actors) {
      const id = dataset!.actorsById.get(ref.id)?.side;
      const found = id === undefined ? undefined : dataset!.sidesById.get(id);
      if (found) {
        const shape = sideShape(found.id, dataset!.sides);
        side = {
          label: found.label,
          color: found.color ?? 'currentColor',
          shape:
            shape === 'circle' ? 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13Z' : SWATCH_SHAPE_PATHS[shape],
        };
        break;
      }
    }
    return {
      date: formatDate(event.time, ctx.locale, ctx.messages),
      datetime: isoForTimeElement(event.time),
      side,
    };
  }

  /** "9 years later", before an event that follows the one before it across a compressed gap. */
  private _gapBefore(state: TimelineState, event: ConflictEvent, index: number): string | undefined {
    const { dataset, filtered, scale, ctx } = state;
    if (!dataset || !filtered || !scale) return undefined;
    const previous = stepFrom(filtered.order, index).previous;
    if (previous === undefined) return undefined;
    const before = dataset.events[previous].time.end;
    const after = event.time.start;
    // The compressed stretches between the two, as the wide layout's axis names them.
    let span = 0;
    for (const b of scale.breaks) if (b.start >= before && b.end <= after) span += b.end - b.start;
    return span > 0 ? ctx.messages.timeLater(formatGap(span, ctx.lang)) : undefined;
  }

  /** The entry that holds the list's Tab stop: the one the reader moved to, while rendered, or the first. */
  private _focusId(state: TimelineState): string | undefined {
    const id = this._chronology.focusId;
    const rendered = state.chronology.some((y) =>
      y.months.some((m) => m.events.some((i) => state.dataset!.events[i].id === id)),
    );
    if (id !== undefined && rendered) return id;
    const first = state.chronology[0]?.months[0]?.events[0];
    return first === undefined ? undefined : state.dataset!.events[first].id;
  }

  private _renderScrubber(state: TimelineState) {
    const { model } = this._deps;
    const chronology = this._chronology;
    const scale = state.scale!;
    const dataset = state.dataset!;
    const order = state.filtered!.order;
    const m = state.ctx.messages;
    const position = chronology.readingPosition();
    const at = order[position];
    const event = at === undefined ? undefined : dataset.events[at];
    const fraction = event ? Math.max(0, Math.min(1, scale.scale(event.time.start) / scale.width)) : 0;
    const height = OVERVIEW_HEIGHT - 8;
    return renderScrubber(
      {
        at: fraction,
        position: position + 1,
        total: order.length,
        valueText: event ? `${formatDate(event.time, state.ctx.locale, m)}: ${event.title}` : '',
        dateText: event ? formatDate(event.time, state.ctx.locale, m) : '',
        fromText: yearText(dataset.events[0]?.time.start ?? scale.domain[0], state.ctx.locale),
        toText: yearText(
          dataset.events[dataset.events.length - 1]?.time.start ?? scale.domain[1],
          state.ctx.locale,
        ),
        label: m.scrubber,
        histogram: model.overview(scale, state.filtered!.shown, height),
        histogramHeight: height,
      },
      chronology.scrubHandlers,
    );
  }
}
