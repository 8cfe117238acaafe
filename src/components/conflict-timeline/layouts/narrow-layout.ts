import { html } from 'lit';
import { formatDate } from '../../../core/format.js';
import { chronologyPage } from '../../../core/chronology.js';
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
/** At most this many events are printed. */
const PRINT_LIMIT = 2000;

/** The chronology's page (the one that holds the reading position, or everything up to a bound for print) and its entries. */
export function layChronology(state: TimelineState, deps: LayoutDeps): void {
  const { dataset, filtered } = state;
  if (!dataset || !filtered) return;
  const total = filtered.order.length;
  // Print takes the whole chronology, up to a bound that keeps the page from hanging.
  const page: [number, number] = state.printing
    ? [0, Math.min(total, PRINT_LIMIT)]
    : chronologyPage(total, Math.min(deps.chronology.pageAnchor, Math.max(0, total - 1)), CHRONOLOGY_PAGE);
  state.page = page;
  state.chronology = deps.model.chronology(dataset, filtered.order, page[0], page[1], state.ctx.locale);
}

/**
 * The narrow layout (phones): header, filters in a scrolling row, the overview as a scrubber, and the
 * chronology of compact cards under sticky year and month headings; the selected entry opens in place.
 */
export class NarrowLayout implements TimelineLayout {
  readonly kind = 'narrow';

  constructor(private readonly _deps: LayoutDeps) {}

  update(state: TimelineState, props: LayoutProps): void {
    const { model, size, viewport, selection, chronology } = this._deps;
    const { dataset, lanes, filtered } = state;
    if (!dataset || !lanes || !filtered) return;
    const reveal = selection.reveal;
    if (reveal) {
      // The page that holds the selection; scrolled to when the reader chose it.
      selection.reveal = undefined;
      const at = model.positions(dataset).get(reveal.id);
      const step = at === undefined ? undefined : stepFrom(filtered.order, at);
      if (step && step.position >= 0) chronology.pageAnchor = step.position;
      if (reveal.byReader) chronology.scrollTo(reveal.id, true);
    }
    layChronology(state, this._deps);
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
                earlier: () => this._deps.chronology.jumpTo(state.page[0] - 1, false),
                later: () => this._deps.chronology.jumpTo(state.page[1], false),
              },
            )}`
          : html`<div class="placeholder">${renderMessage(state)}</div>`
      }
    </div>`;
  }

  private _renderScrubber(state: TimelineState) {
    const { chronology, model } = this._deps;
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
        label: m.scrubber,
        histogram: model.overview(scale, state.filtered!.shown, height),
        histogramHeight: height,
      },
      chronology.scrubHandlers,
    );
  }
}
