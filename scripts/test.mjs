#!/usr/bin/env node
// `npm test`: typecheck, lint, build, then the tests in every browser engine found, the Node tests
// of the built package, and the Storybook stories. Ends with one line `N passed, N failed`.
// Steps run side by side where one alone would leave a core idle: typecheck, ESLint and the build
// together; then the test runs (each engine's browser tests, the embed's, the stories', the Node
// tests) three at a time, each printing its output whole when it ends.
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
import { createServer } from 'node:net';
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

/**
 * Runs a command. Its output goes to the terminal as it comes, or, given `out` (an array), is kept
 * there: a step that runs beside another prints as one block when it ends, not interleaved.
 */
function run(cmd, cmdArgs, extraEnv = {}, out = undefined) {
  return new Promise((resolve) => {
    const child = spawn(cmd, cmdArgs, {
      stdio: ['ignore', out ? 'pipe' : 'inherit', out ? 'pipe' : 'inherit'],
      env: { ...env, ...extraEnv },
    });
    if (out) for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => out.push(d));
    child.on('close', (code, signal) => {
      if (signal) {
        const note = `${cmd} ended by ${signal}`;
        if (out) out.push(Buffer.from(`${note}\n`));
        else console.error(note);
      }
      resolve(code ?? 1);
    });
    child.on('error', (e) => {
      if (out) out.push(Buffer.from(`${e}\n`));
      else console.error(String(e));
      resolve(1);
    });
  });
}
const npx = (bin, binArgs, extraEnv, out) => run(join('node_modules', '.bin', bin), binArgs, extraEnv, out);

/**
 * One step of `--only`: `fn(out)` runs it and returns its result rows. A `live` step prints as it
 * goes; the others (run beside a live one) print their heading and output when they end.
 */
async function step(name, heading, fn, { live = false } = {}) {
  if (!runs(name)) return [];
  if (live) console.log(`\n--- ${heading}`);
  const out = live ? undefined : [];
  const started = Date.now();
  const rows = await fn(out);
  const seconds = `${((Date.now() - started) / 1000).toFixed(0)} s`;
  if (!live) {
    const text = Buffer.concat(out).toString();
    console.log(`\n--- ${heading} (${seconds})${text ? `\n${text.replace(/\n$/, '')}` : ''}`);
  }
  return rows.map((row) => ({ ...row, note: `${row.note}, ${seconds}` }));
}
/** A step with no test count of its own (typecheck, lint, build) counts as one check. */
const checked = (name, code) => [
  { step: name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, note: 'check' },
];

const t0 = Date.now();
// Typecheck, ESLint and the build side by side (each keeps about one core busy); Prettier once the
// build is done, since the build rewrites package.json.
const building = step('build', 'build', async (out) =>
  checked('build', await run('npm', ['run', '-s', 'build'], {}, out)),
);
const firstChecks = await Promise.all([
  step('typecheck', 'typecheck', async (out) =>
    checked('typecheck', await npx('tsc', ['-p', 'tsconfig.test.json'], {}, out)),
  ),
  step('lint', 'lint', async (out) => {
    const code = await npx('eslint', ['.'], {}, out);
    await building;
    return checked('lint', code || (await npx('prettier', ['--check', '.', '--log-level', 'warn'], {}, out)));
  }),
  building,
]);
for (const rows of firstChecks) results.push(...rows);
const built = !runs('build') || firstChecks[2][0].failed === 0;
// The embed's size against the design's budget: printed, not counted (a budget is measured, like speed).
if (built && runs('size')) {
  console.log('\n--- size');
  await run(process.execPath, ['scripts/size.mjs']);
}

/** A free port on 127.0.0.1: each test runner gets its own, so that runners started together do not race for one. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Reads a test runner's summary file (scripts' countsReporter) into result rows. */
function wtrRows(summary, name, code) {
  if (!existsSync(summary)) return [{ step: name, passed: 0, failed: 1, note: `no results (exit ${code})` }];
  const rows = Object.entries(JSON.parse(readFileSync(summary, 'utf8'))).map(([browser, c]) => ({
    step: name === 'embed' ? name : `wtr ${browser}`,
    passed: c.passed,
    failed: c.failed,
    note: `${c.skipped} skipped`,
  }));
  if (code !== 0 && !rows.some((r) => r.failed))
    rows.push({ step: name, passed: 0, failed: 1, note: `exit ${code}` });
  return rows;
}

/** The browser tests in one engine, a test runner of its own (WebKit under xvfb-run: it needs a display). */
async function browserTests(engine, out) {
  const summary = join(tmp, `wtr-${engine}.json`);
  const wtrArgs = ['--port', String(await freePort()), ...(files ? ['--files', files] : [])];
  const extra = { WTR_BROWSERS: engine, WTR_SUMMARY_FILE: summary };
  const code =
    engine === 'webkit'
      ? await run(xvfb, ['-a', join('node_modules', '.bin', 'web-test-runner'), ...wtrArgs], extra, out)
      : await npx('web-test-runner', wtrArgs, extra, out);
  return wtrRows(summary, `wtr ${engine}`, code);
}

// The timeline's tests once more against the built embed (minified, names shortened, its chunks
// loaded from beside it), in Chromium: what a news page loads is what is checked.
async function embedTests(out) {
  const summary = join(tmp, 'embed.json');
  const code = await npx(
    'web-test-runner',
    ['--port', String(await freePort()), '--files', 'test/components/conflict-timeline*.test.ts'],
    { WTR_BROWSERS: 'chromium', WTR_EMBED: '1', WTR_SUMMARY_FILE: summary },
    out,
  );
  return wtrRows(summary, 'embed', code);
}

async function nodeTests(out) {
  if (!built && !existsSync('dist/core/index.js')) {
    return [{ step: 'node', passed: 0, failed: 1, note: 'dist/ missing: the build failed' }];
  }
  const tap = join(tmp, 'node.tap');
  const code = await run(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      'test/node/',
    ],
    {},
    out,
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)`, 'm'))?.[1] ?? 0);
  const failed = count('fail') + (code !== 0 && count('fail') === 0 ? 1 : 0);
  return [{ step: 'node', passed: count('pass'), failed, note: `${count('skipped')} skipped` }];
}

async function storyTests(out) {
  if (!chrome) {
    out?.push(Buffer.from('    skipped: the story tests run in Chromium, which was not found\n'));
    return [{ step: 'stories', passed: 0, failed: 0, note: 'skipped: no Chromium' }];
  }
  const json = join(tmp, 'vitest.json');
  const code = await npx(
    'vitest',
    ['run', '--project', 'storybook', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`],
    {},
    out,
  );
  if (!existsSync(json))
    return [{ step: 'stories', passed: 0, failed: 1, note: `no results (exit ${code})` }];
  const r = JSON.parse(readFileSync(json, 'utf8'));
  const failed = r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
  return [{ step: 'stories', passed: r.numPassedTests, failed, note: `${r.numPendingTests} skipped` }];
}

/**
 * Runs `jobs` (functions that return promises) at most `width` at a time, each started as one ends,
 * in the order given; their results in that order.
 */
async function pool(width, jobs) {
  const done = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      done[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return done;
}

// The test runs, three at a time (as many as the browser engines that used to run side by side in
// one runner), the longest first: each that ends makes room for the next, so no core waits while the
// slowest engine finishes. Each prints its output whole when it ends.
const NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };
const LONGEST_FIRST = ['webkit', 'firefox', 'chromium'].filter((e) => engines.includes(e));
if (runs('wtr')) {
  console.log(`\n--- browser tests: ${engines.join(', ')} (TZ=${env.TZ}), each in a runner of its own`);
  for (const s of skipped) console.log(`    skipped ${s}`);
}
const started = (heading, fn) => (out) => {
  console.log(`\n--- started: ${heading}`);
  return fn(out);
};
const jobs = [
  ...LONGEST_FIRST.map((engine) => {
    const heading = `browser tests in ${NAMES[engine]}`;
    return () =>
      step(
        'wtr',
        heading,
        started(heading, (out) => browserTests(engine, out)),
      );
  }),
  () =>
    chrome && !files
      ? step(
          'embed',
          'the timeline against the built embed (Chromium)',
          started('the timeline against the built embed (Chromium)', embedTests),
        )
      : [],
  () =>
    step(
      'stories',
      'Storybook stories (Chromium, vitest browser mode)',
      started('Storybook stories', storyTests),
    ),
  () => step('node', 'Node tests of the built package (no DOM)', started('Node tests', nodeTests)),
];
for (const rows of await pool(3, jobs)) results.push(...rows);

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
