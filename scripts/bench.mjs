#!/usr/bin/env node
// `npm run bench`: render and zoom/pan of <conflict-timeline> (the embed build, dist/conflict-timeline.min.js)
// at 1,000 / 10,000 / 100,000 synthetic events in headless Chromium, plus the Syria sample.
//
//   node scripts/bench.mjs [--sizes 1000,10000,100000] [--reps 3]
//
// The synthetic events are built by string concatenation (as ../shared/bench/peers builds them), which
// leaves their text as V8 "cons strings" that take several times the memory of the same text read from
// JSON. A last row repeats the largest size with the dataset round-tripped through JSON text, which is
// how a page gets real data (fetch + JSON.parse), to show the heap a reader's browser would hold.
//
// Per size and repetition (each in a fresh page): render_ms (from setting `data` until a marker or
// cluster is in the DOM and two more animation frames have run), dom_nodes (elements in the document
// including shadow roots), heap_mb (JS heap after a forced GC, input dropped), and 30 zoom/pan steps
// by `start`/`end`, one per frame (15 zoom-ins ×0.8 around the middle, then 15 pans by 10 %): the mean
// and worst frame interval. The same workload and steps as ../shared/bench/peers, so the numbers are
// comparable. Prints a markdown table and writes bench-results/latest.{md,json}.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const reps = Number(arg('reps', '3'));
const root = resolve('.');

const embed = join(root, 'dist', 'conflict-timeline.min.js');
try {
  readFileSync(embed);
} catch {
  console.error('dist/conflict-timeline.min.js is missing: run `npm run build` first (or `npm run bench`).');
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
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + '/') || !['/dist/', '/data/'].some((p) => path.startsWith(p))) {
    res.statusCode = 404;
    res.end();
    return;
  }
  try {
    const body = readFileSync(file);
    res.setHeader(
      'content-type',
      { '.js': 'text/javascript', '.json': 'application/json' }[extname(file)] ?? 'text/plain',
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
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});

// Runs in the page: the workload (seeded, like ../shared/bench/peers/lib/workload.mjs) and the measurements.
const pageCode = () => {
  const DAY = 864e5;
  const RANGE = { start: Date.UTC(2011, 0, 1), end: Date.UTC(2025, 11, 31) };
  const ACTORS = Array.from({ length: 20 }, (_, i) => `Actor ${String.fromCharCode(65 + i)}`);
  const WORDS =
    'local sources said fighting continued overnight while residents fled toward the border and aid groups warned of shortages'.split(
      ' ',
    );
  function prng(seed) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  window.makeDataset = (n, seed = 20110101) => {
    const rnd = prng(seed);
    const pick = (list) => list[Math.floor(rnd() * list.length)];
    const text = (start, len) => {
      let s = start;
      for (let w = pick(WORDS); s.length + 1 + w.length <= len; w = pick(WORDS)) s += ' ' + w;
      return s;
    };
    const days = (RANGE.end - RANGE.start) / DAY + 1;
    const events = new Array(n);
    for (let i = 0; i < n; i++) {
      const actors = [];
      for (let k = 1 + Math.floor(rnd() * 3); actors.length < k;) {
        const a = pick(ACTORS);
        if (!actors.includes(a)) actors.push(a);
      }
      const title = text('Clashes near', 40);
      events[i] = {
        id: `ev-${i}`,
        date: new Date(RANGE.start + Math.floor(rnd() * days) * DAY).toISOString().slice(0, 10),
        title,
        summary: text(`${actors.join(' and ')}: ${title}.`, 200),
        actors,
      };
    }
    return { title: 'Synthetic', actors: ACTORS.map((id) => ({ id, name: id })), events };
  };
  window.windowAt = (i) => {
    const full = RANGE.end + DAY - RANGE.start;
    const mid = RANGE.start + full / 2;
    const width = full * 0.8 ** (Math.min(i, 14) + 1);
    const shift = i < 15 ? 0 : (i - 14) * 0.1 * width;
    return [mid - width / 2 + shift, mid + width / 2 + shift];
  };
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
  await page.evaluate(pageCode);
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
      for (let quiet = 0, last = await window.frame(); quiet < 10;) {
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
  return v.length ? v[Math.floor((v.length - 1) / 2)] : NaN;
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
