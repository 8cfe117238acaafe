/**
 * `conflict-timeline/react`: the three elements as React components, made with `@lit/react`
 * (properties set as properties, events as `onCt…` props). Each registers its tag when imported.
 */
export { ActorBadge, type ActorBadgeProps } from './actor-badge.js';
export { EventCard, type EventCardProps } from './event-card.js';
export { ConflictTimeline, type ConflictTimelineProps } from './conflict-timeline.js';
export { ActorBadgeToggleEvent, type ActorBadgeToggleDetail } from '../events/actor-badge-toggle.js';
export { DataIssuesEvent, type DataIssuesDetail } from '../events/data-issues.js';
export { FilterChangeEvent, type FilterChangeDetail } from '../events/filter-change.js';
export { RangeChangeEvent, type RangeChangeDetail } from '../events/range-change.js';
export { SelectEvent, type SelectDetail } from '../events/select.js';
