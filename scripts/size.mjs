#!/usr/bin/env node
// The embed's size as a news page pays for it: dist/conflict-timeline.min.js, minified + gzip -9.
// Says how it stands against the design's budget (30 KB); `--strict` makes going over an error.
// `--parts` adds where the bytes go: the bundle's code attributed to its sources by the source map,
// gzipped together in growing layers (so each figure is what a bundle of those parts would weigh).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const file = 'dist/conflict-timeline.min.js';
const raw = readFileSync(file);
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const gz = gzip(raw);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(raw.length)} minified, ${kb(gz)} min+gzip (budget ${kb(BUDGET)})`);
if (gz > BUDGET) {
  console.log(`OVER BUDGET by ${kb(gz - BUDGET)}`);
  if (process.argv.includes('--strict')) process.exit(1);
} else console.log(`within budget (${kb(BUDGET - gz)} to spare)`);

if (process.argv.includes('--parts')) {
  // A dev dependency: imported only here, so the plain size check needs nothing but Node.
  const { decode } = await import('@jridgewell/sourcemap-codec');
  // Each layer adds the sources its pattern matches to the ones before it.
  const LAYERS = [
    ['Lit, d3-time, d3-array', /node_modules\//],
    ['+ src/core (data, dates, messages, formats, scale, layout)', /src\/core\//],
    [
      "+ <conflict-timeline>'s code and styles, tokens, shared helpers, events",
      /src\/(styles|events|internal)\/|src\/components\/(conflict-timeline\/(conflict-timeline|define)|[^/]+\.ts$)/,
    ],
    [
      '+ the reading layer (chronology, filter bar, detail panel, print, deep links, position)',
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
