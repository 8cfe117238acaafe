/**
 * `conflict-timeline/core`: the DOM-free, Lit-free part of the package. Runs in Node and browsers.
 */
export type * from './types.js';
