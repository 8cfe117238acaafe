/**
 * `conflict-timeline` in a browser (the `browser` export condition): registers `<conflict-timeline>`,
 * `<actor-badge>` and `<event-card>` (each only if its tag is free) and re-exports the element
 * classes, event classes and types. As the embed does, it defines `<event-card>` on first use (a
 * timeline shows a card, or the page has one), from a chunk of its own. Elsewhere (Node, edge and
 * worker runtimes, for server rendering) the entry is `./server.ts`, which defines the card at once.
 */
// The Arabic strings at once (the embed loads them when first needed): a page that hydrates what a
// server rendered in Arabic needs them for its first update.
import './core/messages-ar.js';
// The registration, as the embed has it.
import './embed.js';

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
