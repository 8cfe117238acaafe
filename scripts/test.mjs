#!/usr/bin/env node
// `npm test`: typecheck, lint, build, then the tests in every browser engine found, the Node tests
// of the built package, and the Storybook stories. Ends with one line `N passed, N failed`.
//
//   npm test                              everything
//   npm test -- --only wtr,node           some steps (typecheck, lint, build, size, wtr, embed, node, stories)
//   npm test -- --files 'test/core/**'    limit the browser tests to some files
//
// Browsers: CHROME_PATH / FIREFOX_PATH point at a binary; otherwise the usual places are searched.
// WebKit runs when WebKitGTK's WebKitWebDriver and xvfb-run are installed, and is skipped with a
// printed reason when not.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = arg('only')?.split(',');
const files = arg('files');
const runs = (step) => !only || only.includes(step);

// Dates are calendar dates: a zone that is not whole hours from UTC makes any local-time slip show.
const env = { ...process.env, TZ: 'Asia/Kathmandu', STORYBOOK_DISABLE_TELEMETRY: '1', FORCE_COLOR: '0' };

function which(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}
function find(envName, names, paths) {
  if (process.env[envName]) return existsSync(process.env[envName]) ? process.env[envName] : undefined;
  for (const n of names) {
    const p = which(n);
    if (p) return p;
  }
  return paths.find((p) => existsSync(p));
}

const chrome = find(
  'CHROME_PATH',
  ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  ['/usr/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
);
const firefox = find(
  'FIREFOX_PATH',
  ['firefox-esr', 'firefox'],
  ['/Applications/Firefox.app/Contents/MacOS/firefox'],
);
const webkitDriver = which('WebKitWebDriver');
const xvfb = which('xvfb-run');

const needsBrowser = runs('wtr') || runs('stories');
if (needsBrowser && !chrome && !firefox) {
  console.error(`
No browser found: the tests run in real browsers and need Chromium/Chrome or Firefox.
  Debian/Ubuntu:  sudo apt-get install chromium firefox-esr
  macOS:          install Google Chrome or Firefox
  Elsewhere:      point at a binary with CHROME_PATH=/path/to/chrome or FIREFOX_PATH=/path/to/firefox
WebKit (optional): sudo apt-get install webkit2gtk-driver xvfb xauth
`);
  process.exit(1);
}
if (chrome) env.CHROME_PATH = chrome;
if (firefox) env.FIREFOX_PATH = firefox;

const engines = [];
const skipped = [];
if (chrome) engines.push('chromium');
else skipped.push('Chromium: not found (install chromium or set CHROME_PATH); story tests need it too');
if (firefox) engines.push('firefox');
else skipped.push('Firefox: not found (install firefox-esr or set FIREFOX_PATH)');
if (webkitDriver && xvfb) engines.push('webkit');
else
  skipped.push(
    `WebKit: ${webkitDriver ? '' : 'WebKitWebDriver not found (apt-get install webkit2gtk-driver) '}${
      xvfb ? '' : 'xvfb-run not found (apt-get install xvfb xauth)'
    }`.trim(),
  );

const results = []; // { step, passed, failed, note }
const tmp = mkdtempSync(join(tmpdir(), 'ct-test-'));

function run(cmd, cmdArgs, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...env, ...extraEnv },
    });
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', (e) => {
      console.error(String(e));
      resolve(1);
    });
  });
}
const npx = (bin, binArgs, extraEnv) => run(join('node_modules', '.bin', bin), binArgs, extraEnv);

/** A step with no test count of its own (typecheck, lint, build) counts as one check. */
async function check(step, fn) {
  if (!runs(step)) return true;
  console.log(`\n--- ${step}`);
  const code = await fn();
  results.push({ step, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, note: 'check' });
  return code === 0;
}

const t0 = Date.now();
await check('typecheck', () => npx('tsc', ['-p', 'tsconfig.test.json']));
await check(
  'lint',
  async () => (await npx('eslint', ['.'])) || npx('prettier', ['--check', '.', '--log-level', 'warn']),
);
const built = await check('build', () => run('npm', ['run', '-s', 'build']));
// The embed's size against the design's budget: printed, not counted (a budget is measured, like speed).
if (built && runs('size')) {
  console.log('\n--- size');
  await run(process.execPath, ['scripts/size.mjs']);
}

if (runs('wtr')) {
  console.log(`\n--- browser tests: ${engines.join(', ')} (TZ=${env.TZ})`);
  for (const s of skipped) console.log(`    skipped ${s}`);
  const summary = join(tmp, 'wtr.json');
  const wtrArgs = ['web-test-runner', ...(files ? ['--files', files] : [])];
  const extra = { WTR_BROWSERS: engines.join(','), WTR_SUMMARY_FILE: summary };
  const code = engines.includes('webkit')
    ? await run(xvfb, ['-a', join('node_modules', '.bin', 'web-test-runner'), ...wtrArgs.slice(1)], extra)
    : await npx('web-test-runner', wtrArgs.slice(1), extra);
  if (existsSync(summary)) {
    for (const [browser, c] of Object.entries(JSON.parse(readFileSync(summary, 'utf8')))) {
      results.push({
        step: `wtr ${browser}`,
        passed: c.passed,
        failed: c.failed,
        note: `${c.skipped} skipped`,
      });
    }
    if (code !== 0 && !results.some((r) => r.step.startsWith('wtr') && r.failed)) {
      results.push({ step: 'wtr', passed: 0, failed: 1, note: `exit ${code}` });
    }
  } else results.push({ step: 'wtr', passed: 0, failed: 1, note: `no results (exit ${code})` });
}

// The timeline's tests once more against the built embed (minified, names shortened, its chunks
// loaded from beside it), in Chromium: what a news page loads is what is checked.
if (runs('embed') && chrome && !files) {
  console.log('\n--- the timeline against the built embed (Chromium)');
  const summary = join(tmp, 'embed.json');
  const code = await npx('web-test-runner', ['--files', 'test/components/conflict-timeline*.test.ts'], {
    WTR_BROWSERS: 'chromium',
    WTR_EMBED: '1',
    WTR_SUMMARY_FILE: summary,
  });
  const counts = existsSync(summary)
    ? Object.values(JSON.parse(readFileSync(summary, 'utf8')))[0]
    : undefined;
  results.push(
    counts
      ? { step: 'embed', passed: counts.passed, failed: counts.failed, note: `${counts.skipped} skipped` }
      : { step: 'embed', passed: 0, failed: 1, note: `no results (exit ${code})` },
  );
}

if (runs('node')) {
  console.log('\n--- Node tests of the built package (no DOM)');
  if (!built && !existsSync('dist/core/index.js')) {
    results.push({ step: 'node', passed: 0, failed: 1, note: 'dist/ missing: the build failed' });
  } else {
    const out = join(tmp, 'node.tap');
    const code = await run(process.execPath, [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${out}`,
      'test/node/',
    ]);
    const tap = existsSync(out) ? readFileSync(out, 'utf8') : '';
    const count = (k) => Number(tap.match(new RegExp(`^# ${k} (\\d+)`, 'm'))?.[1] ?? 0);
    const failed = count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0);
    results.push({ step: 'node', passed: count('pass'), failed, note: `${count('skipped')} skipped` });
  }
}

if (runs('stories')) {
  console.log('\n--- Storybook stories (Chromium, vitest browser mode)');
  if (!chrome) {
    console.log('    skipped: the story tests run in Chromium, which was not found');
    results.push({ step: 'stories', passed: 0, failed: 0, note: 'skipped: no Chromium' });
  } else {
    const out = join(tmp, 'vitest.json');
    const code = await npx('vitest', [
      'run',
      '--project',
      'storybook',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ]);
    if (existsSync(out)) {
      const r = JSON.parse(readFileSync(out, 'utf8'));
      const failed = r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
      results.push({
        step: 'stories',
        passed: r.numPassedTests,
        failed,
        note: `${r.numPendingTests} skipped`,
      });
    } else results.push({ step: 'stories', passed: 0, failed: 1, note: `no results (exit ${code})` });
  }
}

rmSync(tmp, { recursive: true, force: true });
console.log('\n--- summary');
for (const r of results)
  console.log(`    ${r.step.padEnd(16)} ${r.passed} passed, ${r.failed} failed  (${r.note})`);
for (const s of skipped) console.log(`    skipped ${s}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`    ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
