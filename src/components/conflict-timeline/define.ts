import { defineElement } from '../define-element.js';
import { ConflictTimeline } from './conflict-timeline.js';

defineElement('conflict-timeline', ConflictTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}
