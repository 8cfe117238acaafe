// A web-test-runner plugin that serves pages rendered on a server by @lit-labs/ssr, for the hydration
// tests: ./server-pages.ts is bundled from the sources (as the browser tests use them) and run once in
// a Node process of its own (Lit's server build and DOM shim stay out of the test runner's process).
//   /__ssr__/<page>.html              the page with @lit-labs/ssr-client's hydration support
//   /__ssr__/<page>.html?hydrate=0    the same page without it
//   /__ssr__/dataset                  data/syria.json as JSON, for `src` (a .json path would be a module)
// Each page logs console errors and warnings, uncaught errors and fetches before anything else runs,
// and defines the elements only when the test calls `defineElements()`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const execFileAsync = promisify(execFile);

async function renderPages() {
  const dir = mkdtempSync(join(tmpdir(), 'ct-ssr-'));
  try {
    const outfile = join(dir, 'server-pages.mjs');
    await build({
      entryPoints: ['test/hydration/server-pages.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      tsconfig: 'tsconfig.json',
      // The define modules are side effects, which package.json's `sideEffects` would let esbuild drop.
      ignoreAnnotations: true,
      logLevel: 'error',
    });
    const { stdout } = await execFileAsync(process.execPath, [outfile], { maxBuffer: 1 << 26 });
    return JSON.parse(stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Runs before the elements' scripts: what the page says and fetches, for the test to read.
const RECORDER = `<script>
  window.__log = [];
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      window.__log.push(level + ': ' + args.map(String).join(' '));
      original(...args);
    };
  }
  addEventListener('error', (e) => window.__log.push('uncaught: ' + e.message));
  addEventListener('unhandledrejection', (e) => window.__log.push('unhandled: ' + (e.reason?.stack ?? e.reason)));
  window.__fetches = [];
  const originalFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    window.__fetches.push(String(input instanceof Request ? input.url : input));
    return originalFetch(input, init);
  };
</script>`;

export function ssrPages() {
  let pages;
  return {
    name: 'ssr-pages',
    async serve(context) {
      if (context.path === '/__ssr__/dataset')
        return { type: 'json', body: readFileSync('data/syria.json', 'utf8') };
      const match = /^\/__ssr__\/([\w-]+)\.html$/.exec(context.path);
      if (!match) return undefined;
      pages ??= renderPages();
      let rendered;
      try {
        rendered = await pages;
      } catch (error) {
        // Said on the page and in the runner's output, rather than as a test that times out.
        console.error(`the server render of test/hydration/server-pages.ts failed: ${error}`);
        return { status: 500, body: `the server render failed: ${error}` };
      }
      const body = rendered[match[1]];
      if (body === undefined) return { status: 404, body: 'no such page' };
      const hydrate = context.query.hydrate !== '0';
      return {
        type: 'html',
        body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    ${RECORDER}
    ${hydrate ? `<script type="module">import '@lit-labs/ssr-client/lit-element-hydrate-support.js';</script>` : ''}
    <!-- What an app's bundle does in the browser: the main entry, whose <event-card> comes on first use. -->
    <script type="module">window.defineElements = () => import('/src/index.ts').then(() =>
      document.querySelector('event-card') && customElements.whenDefined('event-card'));</script>
  </head>
  <body>
    ${body}
  </body>
</html>`,
      };
    },
  };
}
