#!/usr/bin/env node
// What a news page downloads of the embed before the timeline's first paint: an article page with one
// `<script type="module" src="dist/conflict-timeline.min.js">` and `<conflict-timeline src="data/syria.json">`,
// in headless Chromium at 1280 px (the wide layout) and 375 px (the narrow one), in English and Arabic,
// with nothing touched. Every script file the page fetched from dist/ before the first paint (the
// timeline's marks or chronology drawn, then two frames) is listed with its min+gzip size; then what
// came later while the page sat idle for a second (what print needs, fetched ahead), and what a
// selection adds. `npm run size -- --first-paint` runs it after the plain size check.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import chromiumFlags from './chromium-flags.json' with { type: 'json' };

const BUDGET = 40 * 1024;
const root = resolve(import.meta.dirname, '..');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzipped = (path) => gzipSync(readFileSync(resolve(root, `.${path}`)), { level: 9 }).length;

const page = (lang) => `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/dist/conflict-timeline.min.js"></script></head>
<body><article><h1>An article</h1><p>Text before the timeline.</p>
<conflict-timeline src="/data/syria.json"></conflict-timeline><p>Text after it.</p></article></body></html>`;

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.setHeader('content-type', 'text/html');
    res.end(page(url.searchParams.get('lang') ?? 'en'));
    return;
  }
  const file = resolve(root, `.${decodeURIComponent(url.pathname)}`);
  if (!['/dist/', '/data/'].some((p) => url.pathname.startsWith(p)) || !file.startsWith(root + '/')) {
    res.statusCode = 404;
    res.end();
    return;
  }
  try {
    const body = readFileSync(file);
    res.setHeader('content-type', extname(file) === '.js' ? 'text/javascript' : 'application/json');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumFlags,
});

let over = false;
for (const [width, lang] of [
  [1280, 'en'],
  [375, 'en'],
  [1280, 'ar'],
  [375, 'ar'],
]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const tab = await context.newPage();
  // The first paint: the first frame in which the marks (wide) or the chronology's entries (narrow)
  // are in the timeline's shadow root. Each file counts by when its request started.
  await tab.addInitScript(() => {
    const check = () => {
      const root = document.querySelector('conflict-timeline')?.shadowRoot;
      if (root?.querySelector('.items li[data-event-id], .items li[data-key], .chronology .entry'))
        window.paintedAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  // Which of the code ran before the first paint (V8's block coverage, each function counted once run).
  await tab.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
  await tab.goto(`${origin}/?lang=${lang}`);
  await tab.waitForFunction(() => window.paintedAt !== undefined);
  const coverage = await tab.coverage.stopJSCoverage();
  await tab.waitForTimeout(1000);
  const files = () =>
    tab.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, painted: window.paintedAt }))
        .filter((e) => e.path.startsWith('/dist/') && /\.(js|css)$/.test(e.path)),
    );
  const loaded = await files();
  const before = loaded.filter((e) => e.start <= e.painted).map((e) => e.path);
  const idle = loaded.filter((e) => e.start > e.painted).map((e) => e.path);
  // A selection: the first mark or entry clicked.
  await tab.evaluate(() => {
    const root = document.querySelector('conflict-timeline').shadowRoot;
    root.querySelector('.items li[data-event-id] .hit, .chronology .entry button')?.click();
  });
  await tab.waitForTimeout(500);
  const selected = (await files()).slice(loaded.length).map((e) => e.path);
  await context.close();

  const total = before.reduce((sum, path) => sum + gzipped(path), 0);
  if (total > BUDGET) over = true;
  console.log(`\n${width} px, ${lang}: ${kb(total)} min+gzip before the first paint (budget ${kb(BUDGET)})`);
  for (const path of before) console.log(`  ${kb(gzipped(path)).padStart(8)}  ${path.slice(6)}`);
  const list = (label, paths) =>
    paths.length &&
    console.log(`  then ${label}: ${paths.map((p) => `${p.slice(6)} (${kb(gzipped(p))})`).join(', ')}`);
  // The code that ran, cut out of each file and gzipped together: what a first paint could not do without.
  let ran = '';
  for (const entry of coverage) {
    if (!new URL(entry.url).pathname.startsWith('/dist/')) continue;
    const text = entry.source ?? '';
    const used = new Uint8Array(text.length);
    // By function: one that ran counts whole (its untaken branches are not code a chunk could hold).
    const functions = entry.functions
      .map((fn) => fn.ranges[0])
      .sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
    for (const range of functions) used.fill(range.count > 0 ? 1 : 0, range.startOffset, range.endOffset);
    for (let i = 0; i < text.length; i++) if (used[i]) ran += text[i];
  }
  console.log(
    `  functions that ran before the first paint: ${kb(gzipSync(ran, { level: 9 }).length)} min+gzip`,
  );
  list('while idle', idle);
  list('on the first selection', selected);
}
await browser.close();
server.close();
if (over && process.argv.includes('--strict')) process.exit(1);
