// The package's entry points as an app or a server imports them: each element's own entry registers
// only what it needs, every entry imports in plain Node, and the React wrappers load there too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `code` as an ES module in a fresh Node (the registry starts empty) and returns its stdout as JSON. */
function inFreshNode(code) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

const TAGS = ['actor-badge', 'event-card', 'conflict-timeline'];
const registered = `JSON.stringify(${JSON.stringify(TAGS)}.filter((t) => customElements.get(t)))`;

for (const [entry, expected] of [
  ['conflict-timeline/actor-badge', ['actor-badge']],
  ['conflict-timeline/event-card', ['actor-badge', 'event-card']],
  ['conflict-timeline/conflict-timeline', TAGS],
  ['conflict-timeline', TAGS],
]) {
  test(`import '${entry}' registers ${expected.join(', ')}`, () => {
    const tags = inFreshNode(
      `import '@lit-labs/ssr/lib/install-global-dom-shim.js'; await import('${entry}'); console.log(${registered});`,
    );
    assert.deepEqual(tags, expected);
  });
}

// Not the embed: it bundles Lit's browser build, for a script tag.
test('every npm entry imports in plain Node, with no DOM shim', () => {
  const names = inFreshNode(`
    const out = {};
    for (const entry of ['conflict-timeline', 'conflict-timeline/actor-badge', 'conflict-timeline/event-card',
      'conflict-timeline/conflict-timeline', 'conflict-timeline/react']) {
      out[entry] = Object.keys(await import(entry)).sort();
    }
    console.log(JSON.stringify(out));`);
  assert.deepEqual(names['conflict-timeline/actor-badge'], ['ActorBadge', 'ActorBadgeToggleEvent']);
  assert.ok(names['conflict-timeline/react'].includes('ConflictTimeline'));
  assert.ok(names['conflict-timeline/react'].includes('SelectEvent'));
  assert.deepEqual(names['conflict-timeline/conflict-timeline'], names['conflict-timeline']);
});

test("the React wrappers render on the server with react-dom's renderToString", () => {
  const { markup } = inFreshNode(`
    import * as React from 'react';
    import { renderToString } from 'react-dom/server';
    import { ActorBadge } from 'conflict-timeline/react';
    console.log(JSON.stringify({ markup: renderToString(React.createElement(ActorBadge, { name: 'Free Syrian Army' })) }));`);
  assert.match(markup, /^<actor-badge/);
});
