/**
 * The detail panel of `<conflict-timeline>`: the selected event as an `<event-card>`, with previous
 * and next buttons that step through the events the filters keep, in time order ("3 of 27"), and a
 * close button. A render function over plain props; the wide layout shows it under the track, the
 * narrow one in place of the selected entry of the chronology.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MessageOverrides } from '../../../core/messages.js';
import type { ConflictEvent, Dataset } from '../../../core/types.js';
import { loadEventCard } from '../../../internal/event-card-loader.js';
import { detailPanelStyles } from './detail-panel.styles.js';

/** The panel's styles, added to the timeline's when this part loads. */
export const styles = [detailPanelStyles];

/** The card's element, which the panel shows: this part is loaded when it is ready. */
export const ready = loadEventCard();

export interface DetailPanelProps {
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
export function renderDetailPanel(props: DetailPanelProps, on: DetailPanelHandlers) {
  const step = (enabled: boolean, go: () => void) => () => {
    if (enabled) go();
  };
  return html`<section
    class="detail"
    part="detail"
    aria-label=${props.labels.region}
    data-event-id=${props.event.id}
  >
    <div class="detail-nav" part="detail-nav">
      <button
        type="button"
        class="step previous"
        part="previous"
        aria-disabled=${props.hasPrevious ? 'false' : 'true'}
        @click=${step(props.hasPrevious, on.previous)}
      >
        <span class="arrow" aria-hidden="true">‹</span
        ><span class="step-label">${props.labels.previous}</span>
      </button>
      <span class="position" part="position">${props.positionText}</span>
      <button
        type="button"
        class="step next"
        part="next"
        aria-disabled=${props.hasNext ? 'false' : 'true'}
        @click=${step(props.hasNext, on.next)}
      >
        <span class="step-label">${props.labels.next}</span><span class="arrow" aria-hidden="true">›</span>
      </button>
      <button
        type="button"
        class="close"
        part="close"
        aria-label=${props.labels.close}
        title=${props.labels.close}
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
      .event=${props.event}
      .data=${props.dataset}
      .strings=${props.strings}
      ?compact=${props.compact ?? false}
      heading-level=${props.headingLevel}
      theme=${ifDefined(props.theme)}
    ></event-card>
  </section>`;
}
