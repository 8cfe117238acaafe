/**
 * `conflict-timeline/event-card`: registers `<event-card>` and the `<actor-badge>` it shows its actors
 * with (each if its tag is free), not the timeline.
 */
import './components/event-card/define.js';
// Arabic interface strings at once (the embed loads them when first needed).
import './core/messages-ar.js';

export { EventCard } from './components/event-card/event-card.js';
export { ActorBadge } from './components/actor-badge/actor-badge.js';
export { ActorBadgeToggleEvent, type ActorBadgeToggleDetail } from './events/actor-badge-toggle.js';
export type * from './core/types.js';
