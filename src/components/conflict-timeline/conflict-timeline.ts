import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * An interactive, accessible timeline of conflict events.
 *
 * @summary The timeline.
 * @tag conflict-timeline
 */
export class ConflictTimeline extends LitElement {
  /** The dataset (JSON object) to show. */
  @property({ attribute: false }) data?: unknown;

  protected override render() {
    return html`<div part="track"></div>`;
  }
}
