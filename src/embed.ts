/**
 * The embed (`conflict-timeline.min.js`): one script tag registers `<conflict-timeline>`,
 * `<actor-badge>` and `<event-card>` (each only if its tag is free), with the main entry's exports.
 * What the first paint does not need comes from files beside it when first needed: `<event-card>` when
 * a timeline shows a card or the page has one, the narrow and print layouts, the Arabic strings, the
 * importers.
 */
export * from './index.js';
