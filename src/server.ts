/**
 * `conflict-timeline` in Node (the `node` export condition): the main entry with `<event-card>` and
 * the Arabic strings at once, since a server render cannot wait for a chunk. The same exports as in
 * the browser.
 */
import './components/event-card/define.js';
import './core/messages-ar.js';

export * from './index.js';
