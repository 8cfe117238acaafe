#!/usr/bin/env node
// `npm run bench:floor`: what the peers benchmark charges any element, measured in its own harness.
//
//   node scripts/bench-floor.mjs [--sizes 1000,10000] [--reps 5]
//
// Runs ../shared/bench/peers (a copy in a temporary folder: nothing is written into ../shared) with two
// reference "peers" next to ours and timelines-chart, in the same run:
// - `empty`: a custom element that draws nothing. Its render time is the harness's own cost (the
//   frames it waits for), which every peer pays.
// - `floor`: a custom element, no library, that puts one absolutely placed `<li part="marker">` per
//   event into its shadow root (x from a linear time scale, a row per first actor): no checks, no
//   parsing of dates beyond Date.parse, no clustering, no axis. The least an element can do that
//   draws a DOM marker per event.
// The design's render budgets are ratios to timelines-chart in one run; these rows show how much of
// a budget is left once the harness and the DOM have taken their share. The table is printed and kept
// in bench-results/floor.{md,json}.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  if (args[i + 1] === undefined || args[i + 1].startsWith('--')) {
    console.error(`--${name} needs a value (e.g. --sizes 1000,10000 --reps 5).`);
    process.exit(1);
  }
  return args[i + 1];
};
const sizes = arg('sizes', '1000,10000');
const reps = arg('reps', '5');
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const peers = resolve(root, '..', 'shared', 'bench', 'peers');
if (!existsSync(join(peers, 'run.mjs'))) {
  console.error(`${peers}/run.mjs is missing: this script runs the peers benchmark.`);
  process.exit(1);
}
if (!existsSync(join(root, 'dist', 'conflict-timeline.min.js'))) {
  console.error('dist/conflict-timeline.min.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** Whether ../shared/bench/peers/node_modules holds every peer at the version its package.json pins. */
function peersInstalled() {
  const { dependencies = {} } = JSON.parse(readFileSync(join(peers, 'package.json'), 'utf8'));
  return Object.entries(dependencies).every(([name, version]) => {
    const file = join(peers, 'node_modules', name, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
  });
}

/**
 * An adapter for a reference element, defined in the page by the adapter itself (adapters are imported
 * there; Node imports them too, for their names, so the definition waits for the first render). `draw`
 * is the body of its `connectedCallback` after the shadow root is made.
 */
const adapter = (name, packageDir, draw) => `// Reference element for scripts/bench-floor.mjs (not a peer).
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
  package: ${JSON.stringify(packageDir)},
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

const DRAW = {
  empty: '',
  floor: `const list = root.querySelector('ol');
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
};

/** Sets up the copy in `dir`, runs it and keeps its results; returns the benchmark's exit status. */
function runFloor(dir) {
  cpSync(peers, dir, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|results)$/.test(src),
  });
  // The peers' packages, when a run of the shared benchmark has installed exactly the versions its
  // package.json names; otherwise run.mjs installs them into the copy, not through a link into ../shared.
  if (peersInstalled()) symlinkSync(join(peers, 'node_modules'), join(dir, 'node_modules'));
  for (const [name, draw] of Object.entries(DRAW)) {
    // Each reference element has a package.json of its own, which the report names.
    const packageDir = join(dir, 'reference', name);
    mkdirSync(packageDir, { recursive: true });
    writeFileSync(
      join(packageDir, 'package.json'),
      JSON.stringify({ name: `reference-${name}`, version: '0.0.0', private: true }),
    );
    writeFileSync(join(dir, 'adapters', `${name}.mjs`), adapter(name, packageDir, draw));
  }
  const run = spawnSync(
    process.execPath,
    [join(dir, 'run.mjs'), '--peers', 'empty,floor,ours,timelines-chart', '--sizes', sizes, '--reps', reps],
    { stdio: 'inherit', env: { ...process.env, OURS_DIR: root } },
  );
  if (run.error) throw run.error;
  // The harness writes results/latest.{md,json} into the copy: keep them beside `npm run bench`'s.
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  for (const ext of ['md', 'json']) {
    const file = join(dir, 'results', `latest.${ext}`);
    if (existsSync(file)) cpSync(file, join(root, 'bench-results', `floor.${ext}`));
  }
  return run.status ?? 1;
}

const dir = mkdtempSync(join(tmpdir(), 'ct-bench-floor-'));
// Ctrl-C reaches the benchmark too; this process outlives it, then removes the copy.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
let status = 1;
try {
  status = runFloor(dir);
} catch (error) {
  console.error(`bench:floor: ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
