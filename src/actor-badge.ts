/**
 * `conflict-timeline/actor-badge`: registers `<actor-badge>` alone (if its tag is free) and exports
 * its class and event, for a page that wants only the badge.
 */
import './components/actor-badge/define.js';
// Arabic interface strings at once (the embed loads them when first needed).
import './core/messages-ar.js';

export { ActorBadge } from './components/actor-badge/actor-badge.js';
export { ActorBadgeToggleEvent, type ActorBadgeToggleDetail } from './events/actor-badge-toggle.js';
export type { Actor } from './core/types.js';
