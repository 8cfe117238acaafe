// The timeline shows its filters as <actor-badge>s (and the selected event as an <event-card>, which
// it loads when first needed).
import '../actor-badge/define.js';
import { defineElement } from '../../internal/define-element.js';
import { ConflictTimeline } from './conflict-timeline.js';

defineElement('conflict-timeline', ConflictTimeline);

// The first Intl.DateTimeFormat of a page loads the engine's locale data (tens of ms), the first
// Intl.NumberFormat its number data (about 4 ms in Chromium). Do that while the page is idle, not when
// the first data arrives and the reader waits for the timeline.
globalThis.requestIdleCallback?.(() => {
  new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat().format(0);
});

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}
