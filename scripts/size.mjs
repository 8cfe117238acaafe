#!/usr/bin/env node
// The embed's size as a news page pays for it, minified + gzip -9: dist/conflict-timeline.min.js and
// the chunks beside it that it loads on first need (the narrow and print layouts, the detail panel
// and <event-card>, the Arabic strings; the importers only for a `src` that is not this package's
// JSON). Says how the whole set (without the importers) stands against the design's budget, 50 KB;
// `--strict` makes going over an error. `--first-paint` also loads an article page in headless
// Chromium and says what it fetched before the first paint (scripts/first-paint-bytes.mjs; budget
// 40 KB). `--parts` adds where the entry's bytes go: its code attributed to its sources by the source
// map, gzipped together in growing layers (so each figure is what a bundle of those parts would weigh).
// `--app` says what an app pays that bundles an npm entry instead (see `appSizes` below).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 50 * 1024;
const file = 'dist/conflict-timeline.min.js';
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const raw = readFileSync(file);
const gz = gzip(raw);
console.log(`${file}: ${kb(raw.length)} minified, ${kb(gz)} min+gzip`);
let whole = gz;
for (const name of readdirSync('dist')
  .filter((f) => /^conflict-timeline-.+\.min\.js$/.test(f))
  .sort()) {
  const size = gzip(readFileSync(`dist/${name}`));
  const importers = name.startsWith('conflict-timeline-detect-');
  const worker = name === 'conflict-timeline-import-worker.min.js';
  if (!importers && !worker) whole += size;
  const note = importers
    ? ' (the importers: only for a src that is not our JSON)'
    : worker
      ? ' (the importers in a worker: only for a large src that is not our JSON)'
      : '';
  console.log(`  ${kb(size).padStart(8)}  ${name}${note}`);
}
console.log(`the whole set without the importers: ${kb(whole)} min+gzip (budget ${kb(BUDGET)})`);
if (whole > BUDGET) {
  console.log(`OVER BUDGET by ${kb(whole - BUDGET)}`);
  if (process.argv.includes('--strict')) process.exit(1);
} else console.log(`within budget (${kb(BUDGET - whole)} to spare)`);
if (process.argv.includes('--first-paint')) {
  const run = spawnSync(process.execPath, ['scripts/first-paint-bytes.mjs'], { stdio: 'inherit' });
  if (run.status) process.exit(run.status);
}

if (process.argv.includes('--parts')) {
  // A dev dependency: imported only here, so the plain size check needs nothing but Node.
  const { decode } = await import('@jridgewell/sourcemap-codec');
  // Each layer adds the sources its pattern matches to the ones before it.
  const LAYERS = [
    ['Lit, d3-time, d3-array', /node_modules\//],
    ['+ src/core (data, dates, messages, formats, scale, layout)', /src\/core\//],
    [
      "+ <conflict-timeline>'s element, model, wide layout and its parts, controllers, styles, tokens, shared helpers, events",
      /src\/(embed\.ts|index\.ts|styles|events|internal)|src\/components\/conflict-timeline\/(conflict-timeline|define|timeline-model|timeline-state|controllers\/(?!hash-link|print|reading-position|chronology)|layouts\/(layout|timeline-layouts|wide-layout)|parts\/(axis|header|lane-colors|overview|toolbar|track))/,
    ],
    [
      '+ the reading layer left in the embed (filter bar, deep links, print)',
      /src\/components\/conflict-timeline\//,
    ],
    ['+ <event-card> and <actor-badge>', /src\/components\//],
  ];
  const code = raw.toString('utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  // Code of every source, in bundle order.
  const pieces = [];
  decode(map.mappings).forEach((segments, line) => {
    segments.forEach((segment, i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : lines[line].length;
      const source = segment.length > 1 ? map.sources[segment[1]] : '';
      pieces.push([source, lines[line].slice(segment[0], end)]);
    });
  });
  const layerOf = (source) => LAYERS.findIndex(([, pattern]) => pattern.test(source));
  const unplaced = new Set(pieces.map(([s]) => s).filter((s) => s && layerOf(s) < 0));
  console.log('\nby part (min+gzip of the parts so far, together):');
  LAYERS.forEach(([name], layer) => {
    const text = pieces
      .filter(([source]) => source && layerOf(source) <= layer && layerOf(source) >= 0)
      .map(([, piece]) => piece)
      .join('');
    console.log(`  ${kb(gzip(text)).padStart(8)}  ${name}`);
  });
  if (unplaced.size) console.log(`  (not in any part: ${[...unplaced].join(', ')})`);
}

if (process.argv.includes('--app')) await appSizes();

/**
 * What an app pays that imports one of the npm entries and bundles it as apps do (esbuild: bundled with
 * Lit and d3, minified, split at the dynamic imports, for the browser): the files its first load needs
 * (the entry's chunk and what it imports statically), each gzipped as a server sends it, and the chunks
 * it loads later, on first need. Against the embed's own first load above.
 */
async function appSizes() {
  // A dev dependency, imported only here.
  const { build } = await import('esbuild');
  const root = new URL('..', import.meta.url).pathname;
  console.log(
    '\nan app that bundles an npm entry (esbuild, minified, split at dynamic imports; min+gzip per file):',
  );
  for (const entry of [
    'conflict-timeline',
    'conflict-timeline/conflict-timeline',
    'conflict-timeline/event-card',
    'conflict-timeline/actor-badge',
  ]) {
    const out = mkdtempSync(join(tmpdir(), 'ct-app-'));
    try {
      const { metafile } = await build({
        stdin: { contents: `import '${entry}';`, resolveDir: root, loader: 'js' },
        bundle: true,
        minify: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        outdir: out,
        absWorkingDir: root,
        metafile: true,
        logLevel: 'silent',
      });
      const outputs = metafile.outputs;
      const main = Object.keys(outputs).find((file) => outputs[file].entryPoint === '<stdin>');
      // The first load: the entry's file and every file it imports statically.
      const first = new Set();
      const visit = (file) => {
        if (first.has(file)) return;
        first.add(file);
        for (const i of outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
      };
      visit(main);
      const size = (file) => gzip(readFileSync(join(root, file)));
      const firstLoad = [...first].reduce((sum, file) => sum + size(file), 0);
      const later = Object.keys(outputs)
        .filter((file) => !first.has(file))
        .reduce((sum, file) => sum + size(file), 0);
      console.log(
        `  ${kb(firstLoad).padStart(8)}  import '${entry}': the first load (${first.size} files), then ${kb(later)} on first need`,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
}
