// Unit and component tests in real browsers. Which ones: WTR_BROWSERS=chromium,firefox,webkit
// (scripts/test.mjs sets it from what is installed; webkit needs a display, so it runs under xvfb-run).
// Browser binaries: CHROME_PATH, FIREFOX_PATH, WEBKIT_BROWSER_PATH override the Debian defaults.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { connect, createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { ssrPages } from './test/hydration/ssr-pages.mjs';
// Headless Chromium as root on a closed network: no sandbox, no background connections.
import chromiumFlags from './scripts/chromium-flags.json' with { type: 'json' };

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * `WTR_EMBED=1`: the tests' imports of the elements' define modules (and of the package's index) load
 * the built embed instead, so the component tests also check the bundle as a news page loads it
 * (minified, private names shortened, lazy chunks). `npm run build` first.
 */
function embedPlugin() {
  if (!process.env.WTR_EMBED) return [];
  const DEFINE = /\/src\/(index|components\/[^/]+\/define)\.(js|ts)$/;
  return [
    {
      name: 'embed-instead-of-src',
      resolveImport({ source }) {
        if (DEFINE.test(source.replace(/^(\.\.?\/)+/, '/'))) return '/dist/conflict-timeline.min.js';
        return undefined;
      },
    },
  ];
}

const want = (process.env.WTR_BROWSERS ?? 'chromium').split(',').filter(Boolean);
const browsers = [];

if (want.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: chromiumFlags,
      },
    }),
  );
}
if (want.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer, // a puppeteer-core instance of our own, so launchOptions.browser is honoured (WebDriver BiDi)
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'network.connectivity-service.enabled': false,
          'network.captive-portal-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
        },
      },
      // puppeteer-core sets the page's size together with a screen orientation, a WebDriver BiDi
      // command Firefox ESR 140 does not know (it has the size one): the size is set all the same, so
      // only that refusal is let through.
      async createPage({ context }) {
        const page = await context.newPage();
        const setViewport = page.setViewport.bind(page);
        page.setViewport = (viewport) =>
          setViewport(viewport).catch((error) => {
            if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message)))
              throw error;
          });
        return page;
      },
    }),
  );
}
if (want.includes('webkit')) {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  // A free port of our own, so two test runs on one machine do not share a driver.
  const port = Number(process.env.WEBKIT_DRIVER_PORT ?? (await freePort()));
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((resolve) =>
      connect(port, '127.0.0.1')
        .on('connect', function () {
          this.end();
          resolve(true);
        })
        .on('error', () => resolve(false)),
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true, // WebKitWebDriver rejects webSocketUrl (BiDi)
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  );
}

/**
 * `WTR_TIMINGS=file`: when each test file ended (ms since the run started), to find the slow ones.
 * With one file at a time per browser, the gap to the file before is about what a file took.
 */
function timingsReporter() {
  const file = process.env.WTR_TIMINGS;
  if (!file) return undefined;
  let started = 0;
  const ended = [];
  return {
    onTestRunStarted() {
      started = Date.now();
    },
    reportTestFileResults({ testFile }) {
      ended.push([testFile.replace(process.cwd() + sep, ''), Date.now() - started]);
    },
    onTestRunFinished({ sessions }) {
      ended.sort((a, b) => a[1] - b[1]);
      const rows = ended.map(([name, at], i) => [at - (ended[i - 1]?.[1] ?? 0), at, name]);
      rows.sort((a, b) => b[0] - a[0]);
      // The slowest tests, by the durations the test framework measured.
      const tests = [];
      const walk = (suite, name, path) => {
        for (const t of suite?.tests ?? [])
          tests.push([t.duration ?? 0, `${name}: ${[...path, t.name].join(' › ')}`]);
        for (const s of suite?.suites ?? []) walk(s, name, [...path, s.name]);
      };
      for (const session of sessions)
        walk(session.testResults, session.testFile.replace(process.cwd() + sep, ''), []);
      tests.sort((a, b) => b[0] - a[0]);
      const lines = [
        ...rows.map((r) => `${String(r[0]).padStart(7)} ${String(r[1]).padStart(7)} ${r[2]}`),
        '',
        ...tests.slice(0, 60).map((t) => `${String(Math.round(t[0])).padStart(7)} ${t[1]}`),
      ];
      writeFileSync(file, lines.join('\n') + '\n');
    },
  };
}

/** Writes per-browser pass/fail counts to WTR_SUMMARY_FILE for scripts/test.mjs's closing line. */
function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.WTR_SUMMARY_FILE;
      if (!file) return;
      const byBrowser = {};
      const walk = (suite, counts) => {
        for (const t of suite?.tests ?? []) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else counts.failed++;
        }
        for (const s of suite?.suites ?? []) walk(s, counts);
      };
      for (const session of sessions) {
        const name = session.browser?.name ?? 'browser';
        const counts = (byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = counts.failed;
        walk(session.testResults, counts);
        // A file that failed to load, or errored outside a test, has no failed test to count: count it once.
        if (!session.passed && counts.failed === before) counts.failed++;
      }
      writeFileSync(file, JSON.stringify(byBrowser));
    },
  };
}

// ../shared/fixtures (real third-party data, never part of the package) is served under /shared-fixtures/
// when it exists; tests that need it fetch from there and skip with a printed reason on a 404.
const fixturesDir = resolve('..', 'shared', 'fixtures');
function serveSharedFixtures(ctx, next) {
  if (!ctx.path.startsWith('/shared-fixtures/')) return next();
  const file = resolve(fixturesDir, decodeURIComponent(ctx.path.slice('/shared-fixtures/'.length)));
  if (!file.startsWith(fixturesDir + sep) || !existsSync(file)) {
    ctx.status = 404;
    return undefined;
  }
  ctx.type = { '.json': 'application/json', '.csv': 'text/csv' }[extname(file)] ?? 'text/plain';
  ctx.body = readFileSync(file);
  return undefined;
}

// Servers that misbehave, for the `src` tests (test/components/edges-src.test.ts). `/__test__/hang?ms=N`
// answers only after N ms (at most 10 s; sooner if the page gives up) with data/syria.json;
// `/__test__/cut?mode=length|chunked` sends the first 2,000 bytes of it (announcing ten times as many,
// or chunked) and then closes the connection.
function misbehavingServers(ctx, next) {
  if (ctx.path === '/__test__/hang') {
    const ms = Math.min(10_000, Math.max(0, Number(ctx.query.ms) || 0));
    return new Promise((done) => {
      const timer = setTimeout(() => {
        ctx.type = 'application/json';
        ctx.body = readFileSync('data/syria.json');
        done();
      }, ms);
      ctx.res.on('close', () => {
        // The page gave up: nothing more to send.
        clearTimeout(timer);
        ctx.respond = false;
        done();
      });
    });
  }
  if (ctx.path === '/__test__/cut') {
    ctx.respond = false;
    const body = readFileSync('data/syria.json').subarray(0, 2000);
    const framing =
      ctx.query.mode === 'chunked'
        ? { 'transfer-encoding': 'chunked' }
        : { 'content-length': String(body.length * 10) };
    ctx.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...framing });
    ctx.res.write(body);
    setTimeout(() => ctx.res.socket?.destroy(), 50);
    return undefined;
  }
  return next();
}

// A part that loads on first need and does not come, for test/components/conflict-timeline-lazy-failure.test.ts.
// That test loads the timeline from `/__flaky__/` (the same files, under other addresses: a browser
// keeps a failed module for its address, and other test files must get theirs); there, while the
// page's cookie `ct-fail` names a part (`reading`, `detail-panel`, `messages-ar`; several joined by `.`), its files
// answer 503. Its import `ct:flaky-timeline` is the source's define module, or the embed with WTR_EMBED.
function failingParts(ctx, next) {
  if (!ctx.path.startsWith('/__flaky__/')) return next();
  const parts = /(?:^|;\s*)ct-fail=([\w.-]+)/.exec(ctx.get('cookie'))?.[1].split('.') ?? [];
  if (parts.some((part) => ctx.path.split('/').pop().includes(part))) {
    ctx.status = 503;
    ctx.set('cache-control', 'no-store');
    ctx.body = 'unavailable';
    return undefined;
  }
  ctx.url = ctx.url.slice('/__flaky__'.length);
  return next();
}
const flakyTimeline = {
  name: 'flaky-timeline',
  resolveImport({ source }) {
    if (source !== 'ct:flaky-timeline') return undefined;
    return process.env.WTR_EMBED
      ? '/__flaky__/dist/conflict-timeline.min.js'
      : '/__flaky__/src/components/conflict-timeline/define.ts';
  },
};

// A large dataset made on request, for the big-file tests (test/components/big-file.test.ts), so that no
// 50 MB fixture is committed: `/__test__/many-events?n=N&pad=P` has N events (at most 1,000,000) with a
// summary of P characters each (at most 2,000); event 1,234 has a date that does not exist, so the
// load reports it at /events/1234/date. Sent with its Content-Length; the last few are kept in memory.
const manyEventsCache = new Map();
function manyEventsBody(n, pad) {
  const key = `${n}:${pad}`;
  let body = manyEventsCache.get(key);
  if (body) return body;
  const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(pad / 27) + 1).slice(0, pad);
  const parts = [
    '{"title":"Many events","sides":[{"id":"s0","label":"North"},{"id":"s1","label":"South"}],"actors":[',
  ];
  for (let a = 0; a < 20; a++)
    parts.push(`${a ? ',' : ''}{"id":"a${a}","name":"Actor ${a}","side":"s${a % 2}"}`);
  parts.push('],"events":[');
  const start = Date.UTC(2011, 0, 1);
  let seed = 42;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    const date =
      i === 1234
        ? '2015-02-30'
        : new Date(start + Math.floor(rnd() * 5478) * 86_400_000).toISOString().slice(0, 10);
    parts.push(
      `${i ? ',' : ''}{"id":"e${i}","date":"${date}","title":"Event ${i} in place ${i % 977}",` +
        `"summary":"${filler}","actors":["a${Math.floor(rnd() * 20)}"]}`,
    );
  }
  parts.push(']}');
  body = Buffer.from(parts.join(''));
  if (manyEventsCache.size >= 3) manyEventsCache.delete(manyEventsCache.keys().next().value);
  manyEventsCache.set(key, body);
  return body;
}
function manyEvents(ctx, next) {
  if (ctx.path !== '/__test__/many-events') return next();
  const n = Math.min(1_000_000, Math.max(0, Math.floor(Number(ctx.query.n) || 0)));
  const pad = Math.min(2000, Math.max(0, Math.floor(Number(ctx.query.pad) || 0)));
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  ctx.body = manyEventsBody(n, pad);
  return undefined;
}

// A large ACLED export, for the import worker (test/components/conflict-timeline-big-export.test.ts):
// `/__test__/many-acled?rows=N` repeats the rows of the shared Middle East export (at most 200,000),
// each copy with ids of its own, after its header.
let acledRecords;
function manyAcled(ctx, next) {
  if (ctx.path !== '/__test__/many-acled') return next();
  if (!acledRecords) {
    const text = readFileSync(
      resolve(fixturesDir, 'acled', 'acled_middle_east_2020-04-27_to_2020-05-09.csv'),
      'utf8',
    );
    // Records, not lines: a quoted note may hold a line break (an odd number of quotes so far).
    acledRecords = [];
    let open = '';
    for (const line of text.split('\n')) {
      open = open ? `${open}\n${line}` : line;
      if ((open.match(/"/g)?.length ?? 0) % 2 === 0) {
        if (open.trim()) acledRecords.push(open);
        open = '';
      }
    }
  }
  const [header, ...rows] = acledRecords;
  const n = Math.min(200_000, Math.max(0, Math.floor(Number(ctx.query.rows) || 0)));
  const parts = [header];
  for (let i = 0; i < n; i++) {
    const row = rows[i % rows.length];
    parts.push(
      row.replace(/^\d+,(\d+),([A-Z]+)\d+,\d+,/, (_, iso, code) => `${1e7 + i},${iso},${code}X${i},${i},`),
    );
  }
  ctx.type = 'text/csv';
  ctx.set('cache-control', 'no-store');
  ctx.body = Buffer.from(`${parts.join('\n')}\n`);
  return undefined;
}

export default {
  middleware: [serveSharedFixtures, misbehavingServers, manyEvents, manyAcled, failingParts],
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    flakyTimeline,
    ...embedPlugin(),
    ssrPages(),
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json' }),
  ],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsFinishTimeout: 240000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countsReporter(), timingsReporter()].filter(Boolean),
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
