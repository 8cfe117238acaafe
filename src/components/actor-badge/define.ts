import { defineElement } from '../../internal/define-element.js';
import { ActorBadge } from './actor-badge.js';

defineElement('actor-badge', ActorBadge);

declare global {
  interface HTMLElementTagNameMap {
    'actor-badge': ActorBadge;
  }
}
