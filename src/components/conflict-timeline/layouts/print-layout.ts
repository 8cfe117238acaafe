import { html, nothing, type TemplateResult } from 'lit';
import { renderChronology } from '../parts/chronology.js';
import { renderHeader } from '../parts/header.js';
import type { TimelineState } from '../timeline-state.js';
import type { ChronologyController } from '../controllers/chronology-controller.js';
import type { TimelineLayout } from './layout.js';
import { layChronology } from './narrow-layout.js';

/**
 * The print version, rendered beside the layout on screen only while the page prints: the chronology
 * with full cards and their sources, up to a bound (the screen layouts are hidden by the print styles).
 */
export class PrintLayout implements TimelineLayout {
  readonly kind = 'print';

  constructor(private readonly _chronology: ChronologyController) {}

  update(state: TimelineState): void {
    layChronology(state, this._chronology);
  }

  render(state: TimelineState) {
    return renderPrint(state);
  }
}

function renderPrint(state: TimelineState): TemplateResult | typeof nothing {
  const { dataset, failure, filtered, ctx } = state;
  if (!dataset || failure || !filtered) return nothing;
  const m = ctx.messages;
  return html`<div class="print">
    ${renderHeader(state)}
    <p class="print-count">${filtered.countText}</p>
    ${renderChronology(
      {
        years: state.chronology,
        dataset,
        headingLevel: ctx.headingLevel + 1,
        hasEarlier: false,
        hasLater: false,
        labels: { region: m.chronology, details: m.details, earlier: '', later: '' },
        cards: true,
        interactive: false,
        theme: 'light',
        strings: ctx.strings,
      },
      { select: () => {}, earlier: () => {}, later: () => {}, showAll: () => {}, keydown: () => {} },
    )}
  </div>`;
}
