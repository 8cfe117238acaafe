#!/usr/bin/env node
// `npm run bench`: render and zoom/pan of <conflict-timeline> (the embed build, dist/conflict-timeline.min.js)
// at 1,000 / 10,000 / 100,000 synthetic events in headless Chromium, plus the Syria sample.
//
//   node scripts/bench.mjs [--sizes 1000,10000,100000] [--reps 3]
//
// The workload is ../shared/bench/peers' own: its lib/workload.mjs (`makeEvents`, `windowAt`) and its
// adapters/ours.mjs (`prepare`, which maps the events to our dataset shape), served read-only to the
// page and imported there, with the peers' seed, so the numbers compare with ../shared/bench/peers.
// Its events are built by string concatenation, which leaves their text as V8 "cons strings" that take
// several times the memory of the same text read from JSON. A last row repeats the largest size with
// the dataset round-tripped through JSON text, which is how a page gets real data (fetch + JSON.parse),
// to show the heap a reader's browser would hold.
//
// Per size and repetition (each in a fresh page): render_ms (from setting `data` until a marker or
// cluster is in the DOM and two more animation frames have run), dom_nodes (elements in the document
// including shadow roots), heap_mb (JS heap after a forced GC, input dropped), and, once frames have
// settled (10 in a row under 25 ms, waiting at most 3 s, as the peers' page does), 30 zoom/pan steps
// by `start`/`end`, one per frame (15 zoom-ins ×0.8 around the middle, then 15 pans by 10 %): the mean
// and worst frame interval. Prints a markdown table and writes bench-results/latest.{md,json}.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright';
import chromiumFlags from './chromium-flags.json' with { type: 'json' };

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const reps = Number(arg('reps', '3'));
const root = resolve('.');
// ../shared/bench/peers: the workload and our adapter, served under /peers/ (read-only).
const peers = resolve(root, '..', 'shared', 'bench', 'peers');
const SEED = 20110101; // ../shared/bench/peers/run.mjs's

const embed = join(root, 'dist', 'conflict-timeline.min.js');
try {
  readFileSync(embed);
} catch {
  console.error('dist/conflict-timeline.min.js is missing: run `npm run build` first (or `npm run bench`).');
  process.exit(1);
}
try {
  readFileSync(join(peers, 'lib', 'workload.mjs'));
  readFileSync(join(peers, 'adapters', 'ours.mjs'));
} catch {
  console.error(
    `${peers}/lib/workload.mjs or adapters/ours.mjs is missing: the bench uses the peers' workload.`,
  );
  process.exit(1);
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>html,body{margin:0}#stage{width:1200px;height:600px}</style>
<script type="module" src="/dist/conflict-timeline.min.js"></script></head><body><div id="stage"></div></body></html>`;

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (path === '/') {
    res.setHeader('content-type', 'text/html');
    res.end(PAGE);
    return;
  }
  const peer = ['/peers/lib/', '/peers/adapters/'].some((p) => path.startsWith(p));
  const base = peer ? peers : root;
  const file = resolve(base, `.${peer ? path.slice('/peers'.length) : path}`);
  if (!file.startsWith(base + '/') || !(peer || ['/dist/', '/data/'].some((p) => path.startsWith(p)))) {
    res.statusCode = 404;
    res.end();
    return;
  }
  try {
    const body = readFileSync(file);
    res.setHeader(
      'content-type',
      { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' }[extname(file)] ??
        'text/plain',
    );
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumFlags,
});

// Runs in the page: the peers' workload and adapter, and the measurements.
const pageCode = async (seed) => {
  const { makeEvents, windowAt } = await import('/peers/lib/workload.mjs');
  const ours = (await import('/peers/adapters/ours.mjs')).default;
  window.makeDataset = (n) => ours.prepare(makeEvents(n, seed));
  window.windowAt = windowAt;
  window.frame = () => new Promise((r) => requestAnimationFrame(r));
  window.domNodes = (node = document) => {
    let count = 0;
    for (const el of node.querySelectorAll('*')) {
      count++;
      if (el.shadowRoot) count += window.domNodes(el.shadowRoot);
    }
    return count;
  };
  window.drawn = (el) => el.renderRoot?.querySelector('[part~="marker"], [part~="cluster"]') != null;
};

async function run(n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('conflict-timeline'));
  await page.evaluate(pageCode, SEED);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  };
  await page.evaluate(async (n) => {
    if (n === 'syria') window.input = await (await fetch('/data/syria.json')).json();
    else if (String(n).endsWith('json'))
      window.input = JSON.parse(JSON.stringify(window.makeDataset(parseInt(n))));
    else window.input = window.makeDataset(n);
  }, n);
  const render_ms = await page.evaluate(async (n) => {
    await window.frame();
    const t0 = performance.now();
    const el = document.createElement('conflict-timeline');
    el.style.cssText = 'display:block;width:100%;height:100%';
    if (n !== 'syria') {
      const [start, end] = window.windowAt(-1);
      el.start = new Date(start);
      el.end = new Date(end);
    }
    el.data = window.input;
    document.getElementById('stage').append(el);
    window.el = el;
    await el.updateComplete;
    while (!window.drawn(el)) await window.frame();
    await window.frame();
    if (n !== 'syria') await window.frame();
    window.input = null;
    return performance.now() - t0;
  }, n);
  const heap_mb = await heap();
  const dom_nodes = await page.evaluate(() => window.domNodes());
  let mean = NaN;
  let worst = NaN;
  if (n !== 'syria') {
    ({ mean, worst } = await page.evaluate(async () => {
      const until = performance.now() + 3000;
      for (let quiet = 0, last = await window.frame(); quiet < 10 && last < until;) {
        const t = await window.frame();
        quiet = t - last < 25 ? quiet + 1 : 0;
        last = t;
      }
      const stamps = [await window.frame()];
      for (let i = 0; i < 30; i++) {
        const [start, end] = window.windowAt(i);
        window.el.start = new Date(start);
        window.el.end = new Date(end);
        stamps.push(await window.frame());
      }
      const gaps = stamps.slice(1).map((t, i) => t - stamps[i]);
      return { mean: gaps.reduce((a, b) => a + b, 0) / gaps.length, worst: Math.max(...gaps) };
    }));
  }
  await context.close();
  return { render_ms, heap_mb, dom_nodes, interact_ms: mean, worst_frame_ms: worst, errors };
}

const median = (values) => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length === 0 ? NaN : v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const results = [];
for (const n of ['syria', ...sizes, `${Math.max(...sizes)} json`]) {
  const runs = [];
  for (let r = 0; r < reps; r++) runs.push(await run(n));
  const row = { n, runs };
  for (const k of ['render_ms', 'heap_mb', 'dom_nodes', 'interact_ms', 'worst_frame_ms'])
    row[k] = median(runs.map((x) => x[k]));
  results.push(row);
  process.stderr.write(`  ${n}: ${row.render_ms.toFixed(0)} ms\n`);
}
await browser.close();
server.close();

const gzip = (await import('node:zlib')).gzipSync(readFileSync(embed), { level: 9 }).length;
const fmt = (v, d = 0) => (Number.isFinite(v) ? v.toFixed(d) : '–');
const range = (runs, k, d = 0) => {
  const v = runs.map((x) => x[k]).filter(Number.isFinite);
  return v.length > 1 ? ` (${fmt(Math.min(...v), d)}–${fmt(Math.max(...v), d)})` : '';
};
const lines = [
  `conflict-timeline bench — ${new Date().toISOString()} — Chromium ${browser.version?.() ?? ''}, ${reps} reps, median (min–max)`,
  '',
  `embed: ${(gzip / 1024).toFixed(1)} KB min+gzip (dist/conflict-timeline.min.js)`,
  '',
  '| events | render ms | heap MB | DOM nodes | zoom/pan mean frame ms | worst frame ms |',
  '| --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.n === 'syria' ? 'Syria sample (51)' : typeof r.n === 'string' ? `${parseInt(r.n).toLocaleString('en')}, text from JSON` : r.n.toLocaleString('en')} | ${fmt(r.render_ms)}${range(r.runs, 'render_ms')} | ${fmt(r.heap_mb, 1)} | ${fmt(r.dom_nodes)} | ${fmt(r.interact_ms, 1)}${range(r.runs, 'interact_ms', 1)} | ${fmt(r.worst_frame_ms, 1)} |`,
  ),
];
const errors = results.flatMap((r) => r.runs.flatMap((x) => x.errors.map((e) => `${r.n}: ${e}`)));
if (errors.length) lines.push('', 'page errors:', ...errors.map((e) => `- ${e}`));
const table = lines.join('\n');
console.log(table);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.md', table + '\n');
writeFileSync('bench-results/latest.json', JSON.stringify({ gzip, results }, null, 2));
