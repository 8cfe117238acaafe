// The card shows its actors as <actor-badge>s, so registering the card registers the badge too.
import '../actor-badge/define.js';
import { defineElement } from '../../internal/define-element.js';
import { EventCard } from './event-card.js';

defineElement('event-card', EventCard);

// (The tag's type, `HTMLElementTagNameMap['event-card']`, is declared with the class in event-card.ts:
// the main entry, which defines the card on first use, has it from there.)
