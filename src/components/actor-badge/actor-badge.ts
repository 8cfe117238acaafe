import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * A small chip for one actor: colour swatch, short name, full name as accessible name, side.
 *
 * @summary A chip for one actor.
 * @tag actor-badge
 */
export class ActorBadge extends LitElement {
  /** Full name of the actor. */
  @property() name = '';

  protected override render() {
    return html`<span>${this.name}</span>`;
  }
}
