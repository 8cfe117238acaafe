// The package as a new user gets it: `npm pack` of the built repository, installed into small apps
// (React 19 + TypeScript, Vue with vue-tsc, Svelte with svelte-check, Node server rendering with
// @lit-labs/ssr). The apps' own dependencies come from this folder's package-lock.json (`npm ci`);
// the tarball is added on top without touching the lock. Run after `npm run build`:
//   node test/consumers/run.mjs            (all)      node test/consumers/run.mjs react ssr
// Prints one `ok`/`not ok` line per check and closes with `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '../..');
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const results = [];
const t0 = Date.now();

function sh(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: here,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return { ok: result.status === 0, output, seconds: (Date.now() - started) / 1000 };
}

function check(name, { ok, output, seconds }) {
  results.push(ok);
  console.log(
    `${ok ? 'ok' : 'not ok'} - ${name}${seconds === undefined ? '' : ` (${seconds.toFixed(1)} s)`}`,
  );
  if (output) console.log(output.replace(/^/gm, '    '));
}

// 1. Pack (the build has run) and install.
const packDir = mkdtempSync(join(tmpdir(), 'ct-pack-'));
const pack = sh('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', packDir], {
  cwd: root,
});
const tarball = join(packDir, pack.output.split('\n').at(-1));
check('npm pack', { ...pack, ok: pack.ok && existsSync(tarball), output: pack.ok ? '' : pack.output });
// The package's metadata (publint) and its types under Node 16+ and bundler resolution (attw; ESM only,
// like Lit: a `require()` of it is Node's ERR_REQUIRE_ESM, which attw's esm-only profile leaves out).
check('publint --strict', sh('npx', ['publint', '--strict'], { cwd: root }));
const attw = sh('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'ascii'], { cwd: root });
check('attw (node16 from ESM, bundler)', { ...attw, output: attw.ok ? '' : attw.output });
const npm = ['--no-audit', '--no-fund', '--loglevel=error'];
// `npm ci` in CI, and locally when nothing is installed yet or the lock changed since.
const installed = join(here, 'node_modules/.package-lock.json');
const stale =
  !existsSync(installed) || statSync(installed).mtimeMs < statSync(join(here, 'package-lock.json')).mtimeMs;
const quiet = (run) => ({ ...run, output: run.ok ? '' : run.output });
if (stale || process.env.CI) check('npm ci (the apps’ dependencies)', quiet(sh('npm', ['ci', ...npm])));
check('npm install the tarball', quiet(sh('npm', ['install', '--no-save', ...npm, tarball])));

// 2. React 19 + TypeScript.
if (wanted('react')) {
  check(
    'react: tsc (wrappers, plain JSX and the errors they must give)',
    sh('npx', ['tsc', '-p', 'react/tsconfig.json']),
  );
  const out = mkdtempSync(join(tmpdir(), 'ct-react-'));
  const bundle = sh('npx', [
    'esbuild',
    'react/main.tsx',
    '--bundle',
    '--format=esm',
    '--jsx=automatic',
    '--loader:.json=json',
    `--outfile=${join(out, 'main.js')}`,
    '--log-level=warning',
  ]);
  check('react: esbuild bundle', bundle);
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><meta charset="utf-8"><div id="root" style="width:1000px"></div><script type="module" src="main.js"></script>',
  );
  if (bundle.ok) check('react: renders in Chromium, gets data, fires onCtSelect', await reactInChromium(out));
  rmSync(out, { recursive: true, force: true });
}

// 3. Vue 3 with vue-tsc.
if (wanted('vue'))
  check('vue: vue-tsc (templates type-checked)', sh('npx', ['vue-tsc', '-p', 'vue/tsconfig.json']));

// 4. Svelte 5 with svelte-check: App.svelte clean, and each wrong use in Wrong.svelte reported (its
// markup has no @ts-expect-error).
if (wanted('svelte')) {
  const run = sh('npx', [
    'svelte-check',
    '--workspace',
    'svelte',
    '--tsconfig',
    './tsconfig.json',
    '--output',
    'machine',
  ]);
  const problems = run.output.split('\n').filter((line) => /^\d+ (ERROR|WARNING) /.test(line));
  const inApp = problems.filter((line) => line.includes('"App.svelte"'));
  const wrongLines = new Set(
    problems.filter((l) => l.includes('"Wrong.svelte"')).map((l) => l.split(' ')[3].split(':')[0]),
  );
  check('svelte: svelte-check App.svelte (typed props and onct-… events, no implicit any)', {
    ok: inApp.length === 0 && /COMPLETED/.test(run.output),
    output: inApp.join('\n') || (/COMPLETED/.test(run.output) ? '' : run.output),
    seconds: run.seconds,
  });
  // Lines 6, 7, 8 of Wrong.svelte: a layout, an event detail and a size that do not exist.
  check('svelte: svelte-check reports the wrong layout, detail field and size', {
    ok: ['6', '7', '8'].every((n) => wrongLines.has(n)),
    output: problems.filter((l) => l.includes('"Wrong.svelte"')).join('\n'),
  });
}

// 5. Node server rendering.
if (wanted('ssr'))
  check('ssr: @lit-labs/ssr renders the three elements', sh(process.execPath, ['ssr/render.mjs']));

rmSync(packDir, { recursive: true, force: true });
const passed = results.filter(Boolean).length;
console.log(`consumers took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;

/** Serves `dir` on 127.0.0.1, opens it in headless Chromium, and clicks an event of each timeline. */
async function reactInChromium(dir) {
  const started = Date.now();
  const { default: puppeteer } = await import('puppeteer-core');
  const flags = JSON.parse(readFileSync(join(root, 'scripts/chromium-flags.json'), 'utf8'));
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const file = join(dir, new URL(req.url, 'http://x').pathname.slice(1) || 'index.html');
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: flags,
  });
  const errors = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const problems = [];
    for (const [id, key] of [
      ['wrapped', 'wrapperSelected'],
      ['tag', 'tagSelected'],
    ]) {
      // The element received `data` as a property (a parsed Dataset, with markers drawn).
      const marker = await page.waitForFunction(
        (id) => {
          const el = document.getElementById(id);
          const count = el?.data?.events?.length;
          return count > 0 && el.shadowRoot?.querySelector('[part~="marker"]');
        },
        { timeout: 10000 },
        id,
      );
      await marker.click();
      const selected = await page
        .waitForFunction((key) => globalThis.report[key], { timeout: 5000 }, key)
        .then((h) => h.jsonValue())
        .catch(() => undefined);
      if (!selected) problems.push(`#${id}: clicking a marker did not reach the app's ct-select handler`);
    }
    const shown = await page.$eval('main > p', (p) => p.textContent);
    if (shown === 'none') problems.push('the wrapper’s onCtSelect did not update React state');
    const card = await page.$eval(
      'event-card',
      (el) => el.shadowRoot?.querySelector('[part="title"]')?.textContent,
    );
    if (!card) problems.push('<EventCard> drew no title');
    const ok = problems.length === 0 && errors.length === 0;
    return { ok, output: [...problems, ...errors].join('\n'), seconds: (Date.now() - started) / 1000 };
  } finally {
    await browser.close();
    server.close();
  }
}
