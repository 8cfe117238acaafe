/**
 * The detail panel of `<conflict-timeline>`: the selected event as an `<event-card>`, with previous
 * and next buttons that step through the events the filters keep, in time order ("3 of 27"), and a
 * close button. A render function over a plain view; the wide layout shows it under the track, the
 * narrow one in place of the selected entry of the chronology.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MessageOverrides } from '../../core/messages.js';
import type { ConflictEvent, Dataset } from '../../core/types.js';

export interface DetailPanelView {
  event: ConflictEvent;
  dataset: Dataset;
  /** "3 of 27", or why the event is not among those shown. */
  positionText: string;
  hasPrevious: boolean;
  hasNext: boolean;
  labels: { region: string; previous: string; next: string; close: string };
  /** Level of the card's title heading. */
  headingLevel: number;
  /** The card's short layout (narrow layout). */
  compact?: boolean;
  theme?: string;
  strings?: MessageOverrides;
}

export interface DetailPanelHandlers {
  previous(): void;
  next(): void;
  close(): void;
}

/**
 * Previous and next stay focusable at either end (`aria-disabled`, not `disabled`): a reader pressing
 * Enter on "Next" through the whole story keeps the focus where it was when the story ends.
 */
export function renderDetailPanel(view: DetailPanelView, on: DetailPanelHandlers) {
  const step = (enabled: boolean, go: () => void) => () => {
    if (enabled) go();
  };
  return html`<section
    class="detail"
    part="detail"
    aria-label=${view.labels.region}
    data-event-id=${view.event.id}
  >
    <div class="detail-nav" part="detail-nav">
      <button
        type="button"
        class="step previous"
        part="previous"
        aria-disabled=${view.hasPrevious ? 'false' : 'true'}
        @click=${step(view.hasPrevious, on.previous)}
      >
        <span class="arrow" aria-hidden="true">‹</span><span class="step-label">${view.labels.previous}</span>
      </button>
      <span class="position" part="position">${view.positionText}</span>
      <button
        type="button"
        class="step next"
        part="next"
        aria-disabled=${view.hasNext ? 'false' : 'true'}
        @click=${step(view.hasNext, on.next)}
      >
        <span class="step-label">${view.labels.next}</span><span class="arrow" aria-hidden="true">›</span>
      </button>
      <button
        type="button"
        class="close"
        part="close"
        aria-label=${view.labels.close}
        title=${view.labels.close}
        @click=${on.close}
      >
        <svg
          viewBox="0 0 16 16"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
          stroke-linecap="round"
        >
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      </button>
    </div>
    <event-card
      .event=${view.event}
      .data=${view.dataset}
      .strings=${view.strings}
      ?compact=${view.compact ?? false}
      heading-level=${view.headingLevel}
      theme=${ifDefined(view.theme)}
    ></event-card>
  </section>`;
}
