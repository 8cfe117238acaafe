/**
 * The embed (`conflict-timeline.min.js`): one script tag registers `<conflict-timeline>`,
 * `<actor-badge>` and `<event-card>` (each only if its tag is free). What the first paint does not
 * need comes from files beside it when first needed: `<event-card>` when a timeline shows a card or
 * the page has one, the narrow and print layouts, the Arabic strings, the importers. The main entry in
 * a browser is this, with the Arabic strings at once.
 */
import './components/actor-badge/define.js';
import './components/conflict-timeline/define.js';
import { defineOnFirstUse, loadEventCard } from './internal/event-card-loader.js';

defineOnFirstUse('event-card', loadEventCard);

export { ActorBadge } from './components/actor-badge/actor-badge.js';
// Its class is in the card's chunk: `customElements.whenDefined('event-card')` gives it, and
// `conflict-timeline/event-card` exports it.
export type { EventCard } from './components/event-card/event-card.js';
export { ConflictTimeline, type TimelineFilter } from './components/conflict-timeline/conflict-timeline.js';
export { ActorBadgeToggleEvent, type ActorBadgeToggleDetail } from './events/actor-badge-toggle.js';
export { DataIssuesEvent, type DataIssuesDetail } from './events/data-issues.js';
export { FilterChangeEvent, type FilterChangeDetail } from './events/filter-change.js';
export { RangeChangeEvent, type RangeChangeDetail } from './events/range-change.js';
export { SelectEvent, type SelectDetail } from './events/select.js';
export type * from './core/types.js';
