import { readdirSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import pkg from './package.json' with { type: 'json' };
import manglePrivateNames from './scripts/mangle-private-names.mjs';
import { internalNames } from './scripts/internal-names.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {
  defaultShouldMinify,
  defaultShouldMinifyCSS,
} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
// `lit/decorators.js`, `d3-array`… stay imports in the npm build, so an app shares them with its bundle.
const external = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));
const EMBED_BROWSERS = ['chrome93', 'edge93', 'firefox92', 'safari15.4'];
const ts = (target = 'es2021') => esbuild({ target, tsconfig: 'tsconfig.json' });

/** The embed's worker for large exports: a classic script (module workers are newer than the embed's browsers). */
const IMPORT_WORKER = 'conflict-timeline-import-worker.min.js';

const privateNames = manglePrivateNames({ internal: internalNames(import.meta.dirname) });

// The Lit team's template minifier (html-minifier-next for `html`, lightningcss for `css`), before
// esbuild as it asks. Templates it cannot parse are left as written: Lit's static `html` with a tag
// name from a value, and `css` that is a list of declarations to be put inside a rule.
const minifyTemplates = () =>
  minifyHTML({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      shouldMinify: (t) => defaultShouldMinify(t) && t.tag !== 'staticHtml',
      shouldMinifyCSS: (t) => defaultShouldMinifyCSS(t) && t.parts.some((p) => p.text.includes('{')),
    },
  });

const defineModules = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `src/components/${d.name}/define.ts`);

const elementEntries = readdirSync('src/components').map((name) => `src/${name}.ts`);

export default [
  // npm library: ESM, one file per module (tree-shakeable), lit + d3 external; .d.ts come from tsc.
  {
    input: [
      'src/index.ts',
      // The main entry outside a browser (for server rendering): the card defined at once.
      'src/server.ts',
      'src/core/index.ts',
      ...defineModules,
      // One element each (`conflict-timeline/actor-badge`…) and the React wrappers.
      ...elementEntries,
      'src/react/index.ts',
    ],
    external,
    plugins: [minifyTemplates(), ts()],
    output: {
      dir: 'dist',
      format: 'esm',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
  },
  // The embed for news pages: one self-contained minified ES module that registers the elements.
  {
    input: 'src/embed.ts',
    // d3-time builds every interval with a call Rollup cannot prove pure, so all of them (local time,
    // each weekday) came along with the two the code uses. The calls only make objects: tell Rollup.
    // (Matched by name in the whole bundle; no module of ours has functions with these names.)
    treeshake: { manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'] },
    // The code the chunks share stays in the embed itself (they import it from there), not in a third
    // file the page would wait for.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      // The chunks of an earlier build (their names have a hash): not to be shipped or counted.
      {
        name: 'remove-old-chunks',
        buildStart() {
          let names = [];
          try {
            names = readdirSync('dist');
          } catch {
            // no dist yet
          }
          // (Not the import worker: the last config writes it, under the same name each time.)
          for (const name of names.filter((n) =>
            /^conflict-timeline-(?!import-worker\.).+\.min\.js(\.map)?$/.test(n),
          ))
            rmSync(`dist/${name}`);
        },
      },
      // The import worker is a file beside the embed (built below), found from the embed's own URL.
      {
        name: 'embed-import-worker-url',
        load(id) {
          if (!id.endsWith('/src/internal/import-worker-url.ts')) return null;
          return `export const importWorkerUrl = () => new URL('./${IMPORT_WORKER}', import.meta.url);`;
        },
      },
      nodeResolve(),
      // The browsers the code already needs (`Object.hasOwn`): native `#private` fields and methods
      // instead of WeakMap helpers, but no static blocks (Safari 16.4). tsconfig keeps
      // useDefineForClassFields: false, which Lit's decorated properties need.
      minifyTemplates(),
      ts(EMBED_BROWSERS),
      privateNames.plugin,
      terser({
        // V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every function
        // while the file loads (off the main thread when streamed), not one by one on first call: almost
        // all of the file runs on the first render.
        format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
        compress: { passes: 2 },
        mangle: { properties: privateNames.properties },
        // One name cache for all chunks: a property gets the same short name in the embed and in the
        // chunks it loads (they pass objects to each other).
        nameCache: {},
        module: true,
      }),
    ],
    // What the first paint does not need comes in chunks beside the file, found from its own URL
    // (the importers, for a `src` that is not this package's JSON), so the one script tag still works
    // from any folder or CDN path.
    output: {
      dir: 'dist',
      entryFileNames: 'conflict-timeline.min.js',
      chunkFileNames: 'conflict-timeline-[name]-[hash].min.js',
      format: 'esm',
      sourcemap: true,
    },
  },
  // The importers in a worker of their own, for a large `src` that is not this package's JSON: the
  // page's thread only reads the JSON it sends back, in slices. Self-contained (a worker has no
  // `document` for the embed's Lit).
  {
    input: 'src/internal/import-worker.ts',
    treeshake: { manualPureFunctions: ['timeInterval', 'timeWeekday', 'utcWeekday', 'ticker'] },
    plugins: [
      nodeResolve(),
      ts(EMBED_BROWSERS),
      terser({ format: { comments: false }, compress: { passes: 2 }, module: false }),
    ],
    output: { file: `dist/${IMPORT_WORKER}`, format: 'iife', sourcemap: true },
  },
];
