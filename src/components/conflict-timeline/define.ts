// The timeline shows its filters as <actor-badge>s (and the selected event as an <event-card>, which
// it loads when first needed).
import '../actor-badge/define.js';
import { defineElement } from '../../internal/define-element.js';
import { MS_PER_DAY } from '../../core/dates.js';
import { ConflictTimeline } from './conflict-timeline.js';
import { prepareTextMeasure } from './parts/text-measure.js';
import { DAY } from './timeline-model.js';
import { warmUpWhenIdle } from './warm-up.js';

defineElement('conflict-timeline', ConflictTimeline);

// The first Intl.DateTimeFormat of a page loads the engine's locale data (tens of ms), the first
// Intl.NumberFormat its number data, the first date range and plural rule theirs, the first text on a
// canvas in a font its faces. Do that while the page is idle, not when the first data arrives and the
// reader waits for the timeline.
globalThis.requestIdleCallback?.(() => {
  new Intl.DateTimeFormat(undefined, { timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat().format(0);
  new Intl.DateTimeFormat(undefined, DAY).formatRange(0, MS_PER_DAY);
  new Intl.PluralRules().select(1);
  prepareTextMeasure();
  // Then, in an idle period of its own, the element's code (see warm-up.ts): this version's, not
  // another's that had the tag first.
  if (customElements.get('conflict-timeline') === ConflictTimeline) void warmUpWhenIdle();
});

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}
