// The card shows its actors as <actor-badge>s, so registering the card registers the badge too.
import '../actor-badge/define.js';
import { defineElement } from '../../internal/define-element.js';
import { EventCard } from './event-card.js';

defineElement('event-card', EventCard);

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}
