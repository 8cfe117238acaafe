/**
 * `conflict-timeline` outside a browser (the `default` export condition: Node, edge and worker
 * runtimes): the main entry with `<event-card>` defined at once, since a server render cannot wait
 * for a chunk. The same exports as in the browser.
 */
import './components/event-card/define.js';

export * from './index.js';
