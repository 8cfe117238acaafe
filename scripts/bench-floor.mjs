#!/usr/bin/env node
// `npm run bench:floor`: what the peers benchmark charges any element, measured in its own harness.
//
//   node scripts/bench-floor.mjs [--sizes 1000,10000] [--reps 5]
//
// Runs ../shared/bench/peers (a copy in a temporary folder, so nothing is written beside the project)
// with two reference "peers" next to ours and timelines-chart, in the same run:
// - `empty`: a custom element that draws nothing. Its render time is the harness's own cost (the
//   frames it waits for), which every peer pays.
// - `floor`: a custom element, no library, that puts one absolutely placed `<li part="marker">` per
//   event into its shadow root (x from a linear time scale, a row per first actor): no checks, no
//   parsing of dates beyond Date.parse, no clustering, no axis. The least an element can do that
//   draws a DOM marker per event.
// The design's render budgets are ratios to timelines-chart in one run; these rows show how much of
// a budget is left once the harness and the DOM have taken their share.
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve('.');
const peers = resolve(root, '..', 'shared', 'bench', 'peers');
if (!existsSync(join(peers, 'run.mjs'))) {
  console.error(`${peers}/run.mjs is missing: this script runs the peers benchmark.`);
  process.exit(1);
}
if (!existsSync(join(root, 'dist', 'conflict-timeline.min.js'))) {
  console.error('dist/conflict-timeline.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'ct-bench-floor-'));
cpSync(peers, dir, {
  recursive: true,
  filter: (src) => !/[/\\](node_modules|results)$/.test(src),
});
// The peers' packages, when a run of the shared benchmark has installed them; otherwise run.mjs installs them here.
if (existsSync(join(peers, 'node_modules')))
  symlinkSync(join(peers, 'node_modules'), join(dir, 'node_modules'));

// Both reference elements are defined in the page by their adapter (adapters are imported there).
const adapter = (name, draw) => `// Reference element for scripts/bench-floor.mjs (not a peer).
// Defined on first render: Node imports this module too (for its name), where there is no customElements.
const TAG = 'floor-${name}';
const define = () => customElements.get(TAG) ?? customElements.define(TAG, class extends HTMLElement {
    data = [];
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{display:block;position:relative}ol{position:absolute;inset:0;margin:0;padding:0;list-style:none;contain:strict}li{position:absolute;left:0;top:0;width:8px;height:8px;border-radius:50%;background:#b22222}</style><ol aria-label="Timeline"></ol>';
      ${draw}
    }
  });
export default {
  name: '${name}',
  package: ${JSON.stringify(root)},
  prepare: (events) => events,
  render({ el, data }) {
    define();
    const timeline = document.createElement(TAG);
    timeline.style.cssText = 'display:block;width:100%;height:100%';
    timeline.data = data;
    el.append(timeline);
    return timeline;
  },
  ready: () => true,
  step() {},
};
`;
writeFileSync(join(dir, 'adapters', 'empty.mjs'), adapter('empty', ''));
writeFileSync(
  join(dir, 'adapters', 'floor.mjs'),
  adapter(
    'floor',
    `const list = root.querySelector('ol');
      const t0 = Date.UTC(2011, 0, 1), t1 = Date.UTC(2026, 0, 1), width = 1192; // the stage is 1200 px wide
      const rows = new Map();
      for (const event of this.data) {
        let y = rows.get(event.actors[0]);
        if (y === undefined) rows.set(event.actors[0], (y = rows.size * 28));
        const li = document.createElement('li');
        li.setAttribute('part', 'marker');
        li.dataset.eventId = event.id;
        li.setAttribute('aria-label', event.title);
        li.style.transform = 'translate(' + ((Date.parse(event.start) - t0) / (t1 - t0)) * width + 'px,' + y + 'px)';
        list.append(li);
      }`,
  ),
);

const run = spawnSync(
  process.execPath,
  [
    join(dir, 'run.mjs'),
    '--peers',
    'empty,floor,ours,timelines-chart',
    '--sizes',
    arg('sizes', '1000,10000'),
    '--reps',
    arg('reps', '5'),
  ],
  { stdio: 'inherit', env: { ...process.env, OURS_DIR: root } },
);
rmSync(dir, { recursive: true, force: true });
process.exit(run.status ?? 1);
