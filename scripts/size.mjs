#!/usr/bin/env node
// The embed's size as a news page pays for it: dist/conflict-timeline.min.js, minified + gzip -9.
// Says how it stands against the design's budget (30 KB); `--strict` makes going over an error.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const file = 'dist/conflict-timeline.min.js';
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(raw.length)} minified, ${kb(gz)} min+gzip (budget ${kb(BUDGET)})`);
if (gz > BUDGET) {
  console.log(`OVER BUDGET by ${kb(gz - BUDGET)}`);
  if (process.argv.includes('--strict')) process.exit(1);
} else console.log(`within budget (${kb(BUDGET - gz)} to spare)`);
