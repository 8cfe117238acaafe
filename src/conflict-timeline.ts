/**
 * `conflict-timeline/conflict-timeline`: registers `<conflict-timeline>` and the `<event-card>` and
 * `<actor-badge>` it is drawn with. The same as the package's main entry, named for symmetry with
 * `conflict-timeline/event-card` and `conflict-timeline/actor-badge`.
 */
export * from './index.js';
