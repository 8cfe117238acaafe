// The built package as Node sees it: exports resolve, and `conflict-timeline/core` runs with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('every file named in package.json exports exists after the build', () => {
  const targets = Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  for (const target of targets) {
    assert.ok(existsSync(new URL(`../../${target}`, import.meta.url)), `${target} is missing`);
  }
});

test("import 'conflict-timeline/core' works in plain Node (no DOM, no Lit)", async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.customElements, 'undefined');
  const core = await import('conflict-timeline/core'); // the package's own exports map (self-reference)
  assert.equal(typeof core, 'object');
  const source = readFileSync(new URL('../../dist/core/index.js', import.meta.url), 'utf8');
  assert.doesNotMatch(source, /from ['"]lit/);
});

test('the core build imports nothing but core modules and d3', () => {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const code = readFileSync(url, 'utf8');
    for (const [, spec] of code.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
      if (spec.startsWith('.')) visit(new URL(spec, url));
      else assert.match(spec, /^d3-/, `core imports ${spec} (${url.pathname})`);
    }
  };
  visit(new URL('../../dist/core/index.js', import.meta.url));
  assert.ok(seen.size >= 1);
});

test('registration modules are the only ones marked as having side effects, all of them shipped', () => {
  for (const entry of pkg.sideEffects) {
    assert.match(
      entry,
      /^\.\/dist\/((index|server|embed|actor-badge|event-card|conflict-timeline)|components\/\*\/define|conflict-timeline\.min)\.js$/,
    );
  }
  assert.equal(pkg.peerDependencies.lit.startsWith('^3'), true);
});

test('npm test stops with a clear message when no browser is found', async () => {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(process.execPath, ['scripts/test.mjs'], {
    cwd: new URL('../..', import.meta.url),
    env: { ...process.env, CHROME_PATH: '/nonexistent/chrome', FIREFOX_PATH: '/nonexistent/firefox' },
    encoding: 'utf8',
  });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /No browser found/);
  assert.match(result.stderr, /CHROME_PATH/);
});

test("the embed starts with V8's compile hint, and its source map still points at the sources", () => {
  const embed = readFileSync(new URL('../../dist/conflict-timeline.min.js', import.meta.url), 'utf8');
  assert.match(embed, /^\/\/# allFunctionsCalledOnLoad\n/);
  const map = JSON.parse(
    readFileSync(new URL('../../dist/conflict-timeline.min.js.map', import.meta.url), 'utf8'),
  );
  // The hint's line maps to nothing: the code (and its first mapping) starts on line 2.
  assert.match(map.mappings, /^;[A-Za-z0-9+/]/);
});

/** `npm run size -- <flag>`: its output, once it has ended well. */
function size(flag) {
  const result = spawnSync(process.execPath, ['scripts/size.mjs', flag], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return result;
}

test('npm run size -- --parts puts every source of the embed in a part, each part adding to the last', () => {
  const result = size('--parts');
  assert.doesNotMatch(result.stdout, /not in any part/);
  const whole = Number(/([\d.]+) KB min\+gzip/.exec(result.stdout)[1]);
  // (The lines before "by part" are the chunks beside the embed.)
  const byPart = result.stdout.slice(result.stdout.indexOf('by part'));
  const parts = [...byPart.matchAll(/^\s+([\d.]+) KB {2}/gm)].map((m) => Number(m[1]));
  assert.equal(parts.length, 5);
  for (let i = 1; i < parts.length; i++) assert.ok(parts[i] > parts[i - 1], `part ${i} adds nothing`);
  // All parts together are the bundle, less its glue (module wrappers, the hint line): 0.9 KB today.
  assert.ok(parts.at(-1) <= whole && parts.at(-1) > whole - 1.5, `${parts.at(-1)} KB of ${whole} KB`);
});

test('npm run size -- --app bundles each npm entry as an app would, split where the package loads on first need', () => {
  const result = size('--app');
  const rows = new Map(
    [
      ...result.stdout.matchAll(
        /^\s+([\d.]+) KB {2}import '([^']+)': the first load \((\d+) files?\), then ([\d.]+) KB/gm,
      ),
    ].map((m) => [m[2], { first: Number(m[1]), files: Number(m[3]), later: Number(m[4]) }]),
  );
  assert.deepEqual(
    [...rows.keys()],
    [
      'conflict-timeline',
      'conflict-timeline/conflict-timeline',
      'conflict-timeline/event-card',
      'conflict-timeline/actor-badge',
    ],
  );
  const main = rows.get('conflict-timeline');
  // The same entry by two names.
  assert.deepEqual(rows.get('conflict-timeline/conflict-timeline'), main);
  // The importers, the reading layouts and the large-file reader stay out of an app's first load.
  assert.ok(main.later > 20, `only ${main.later} KB loads later`);
  // A badge alone brings neither the timeline nor the card; every first load holds Lit.
  const badge = rows.get('conflict-timeline/actor-badge');
  assert.ok(badge.first > 8 && badge.first < rows.get('conflict-timeline/event-card').first);
  assert.ok(rows.get('conflict-timeline/event-card').first < main.first);
});

test("an app's bundle of 'conflict-timeline' leaves the card for later; a server's (Node, or an edge runtime's default) has it at once", async () => {
  const { build } = await import('esbuild');
  const root = new URL('../..', import.meta.url).pathname;
  /** The package's modules in the first load of `import '<entry>'` bundled for `platform`. */
  const firstLoad = async (entry, platform) => {
    const { metafile } = await build({
      stdin: { contents: `import '${entry}';`, resolveDir: root, loader: 'js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform,
      // (neutral: no platform's conditions, only `default`, as an edge or worker runtime resolves)
      ...(platform === 'neutral' ? { mainFields: ['module', 'main'] } : {}),
      outdir: '/nowhere',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const { outputs } = metafile;
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of outputs[file].imports)
        if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
    };
    visit(Object.keys(outputs).find((file) => outputs[file].entryPoint === '<stdin>'));
    return new Set([...seen].flatMap((file) => Object.keys(outputs[file].inputs)));
  };
  const TIMELINE = 'dist/components/conflict-timeline/conflict-timeline.js';
  const CARD = 'dist/components/event-card/event-card.js';
  const ARABIC = 'dist/core/messages-ar.js';
  for (const entry of ['conflict-timeline', 'conflict-timeline/conflict-timeline']) {
    const browser = await firstLoad(entry, 'browser');
    assert.ok(browser.has(TIMELINE), `${entry}: the timeline`);
    assert.ok(!browser.has(CARD), `${entry}: the card is in the browser's first load`);
    // At once, for a page that hydrates what a server rendered in Arabic.
    assert.ok(browser.has(ARABIC), `${entry}: the Arabic strings are not in the browser's first load`);
    for (const platform of ['node', 'neutral']) {
      const server = await firstLoad(entry, platform);
      assert.ok(
        server.has(TIMELINE) && server.has(CARD) && server.has(ARABIC),
        `${entry}, ${platform}: the card`,
      );
    }
  }
});

test('the built JavaScript has no regular-expression lookbehind (Safari before 16.4 cannot parse it)', async () => {
  const { readdirSync } = await import('node:fs');
  const dist = new URL('../../dist/', import.meta.url);
  const files = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.js'));
  assert.ok(files.length > 20, 'the build is there');
  for (const file of files) {
    const text = readFileSync(new URL(String(file), dist), 'utf8');
    assert.doesNotMatch(text, /\(\?<[=!]/, `${file} has a lookbehind`);
  }
});
