/**
 * `conflict-timeline`: registers `<conflict-timeline>`, `<event-card>` and `<actor-badge>` (each only
 * if its tag is free) and re-exports the element classes, event classes and types.
 */
import './components/actor-badge/define.js';
import './components/event-card/define.js';
import './components/conflict-timeline/define.js';
// Arabic interface strings at once, for server rendering too (the embed loads them when first needed).
import './core/messages-ar.js';

export { ActorBadge } from './components/actor-badge/actor-badge.js';
export { EventCard } from './components/event-card/event-card.js';
export { ConflictTimeline, type TimelineFilter } from './components/conflict-timeline/conflict-timeline.js';
export { ActorBadgeToggleEvent, type ActorBadgeToggleDetail } from './events/actor-badge-toggle.js';
export { DataIssuesEvent, type DataIssuesDetail } from './events/data-issues.js';
export { FilterChangeEvent, type FilterChangeDetail } from './events/filter-change.js';
export { RangeChangeEvent, type RangeChangeDetail } from './events/range-change.js';
export { SelectEvent, type SelectDetail } from './events/select.js';
export type * from './core/types.js';
