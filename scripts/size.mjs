#!/usr/bin/env node
// The embed's size as a news page pays for it: dist/conflict-timeline.min.js, minified + gzip -9.
// Fails when it is over the design's budget (30 KB), so a size regression cannot land unnoticed.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 30 * 1024;
const file = 'dist/conflict-timeline.min.js';
const raw = readFileSync(file);
const gz = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}: ${kb(raw.length)} minified, ${kb(gz)} min+gzip (budget ${kb(BUDGET)})`);
if (gz > BUDGET) {
  console.error(`over budget by ${kb(gz - BUDGET)}`);
  process.exit(1);
}
