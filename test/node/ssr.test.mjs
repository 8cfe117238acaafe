// Server rendering as Next.js, Astro or Eleventy do it with @lit-labs/ssr: the built package imports
// in Node and each element renders to declarative shadow DOM without throwing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const syria = JSON.parse(readFileSync(new URL('../../data/syria.json', import.meta.url), 'utf8'));
await import('conflict-timeline');

/** The rendered HTML without the styles and Lit's hydration comments, to read the content. */
const text = (markup) =>
  markup
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<\?>/g, '');

const ssr = async (template) => collectResult(render(template));

test('<actor-badge> renders its name and side as declarative shadow DOM', async () => {
  const out = await ssr(
    html`<actor-badge name="Free Syrian Army" short="FSA" side="Opposition"></actor-badge>`,
  );
  assert.match(out, /<actor-badge[^>]*><template shadowroot="open" shadowrootmode="open"/);
  const content = text(out);
  assert.match(content, /part="label" class="label">FSA</);
  assert.match(content, /Free Syrian Army, Opposition/);
});

test('<event-card> renders the event, its actors and their sides, not its error state', async () => {
  const event = syria.events[0];
  const out = await ssr(html`<event-card .data=${syria} event-id=${event.id}></event-card>`);
  const content = text(out);
  assert.doesNotMatch(content, /could not be read|status error/);
  assert.ok(content.includes(event.title.replace(/'/g, '&#39;')) || content.includes(event.title), content);
  // The card's badges are rendered inside it, each with its own shadow root.
  assert.match(content, /<actor-badge[^>]*><template shadowroot="open"/);
});

test('<conflict-timeline> imports and renders in Node without throwing', async () => {
  const out = await ssr(html`<conflict-timeline .data=${syria}></conflict-timeline>`);
  assert.match(out, /<conflict-timeline[^>]*><template shadowroot="open"/);
});

test('<conflict-timeline> renders a server shell: the title and the events in time order', async () => {
  const out = text(await ssr(html`<conflict-timeline .data=${syria}></conflict-timeline>`));
  assert.equal(/could not be shown[^<]*/.exec(out)?.[0], undefined);
  assert.ok(out.includes(syria.title), 'the title');
  const first = out.indexOf(syria.events[0].title);
  assert.ok(first >= 0, 'the first event');
});

test('<event-card> with `data` and `src` renders the event on the server and fetches nothing there', async () => {
  const event = syria.events[1];
  const fetched = [];
  const warned = [];
  const {
    fetch,
    console: { warn },
  } = globalThis;
  globalThis.fetch = (input, init) => {
    fetched.push(String(input));
    return fetch(input, init);
  };
  console.warn = (...args) => warned.push(args.join(' '));
  try {
    const out = text(
      await ssr(html`<event-card .data=${syria} src="/data/syria.json" event-id=${event.id}></event-card>`),
    );
    assert.doesNotMatch(out, /Loading…|status error/);
    assert.ok(out.includes(event.title.replace(/'/g, '&#39;')) || out.includes(event.title), out);
    // A fetch begun on the server could only fail (a page's relative URL) or be thrown away.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    globalThis.fetch = fetch;
    console.warn = warn;
  }
  assert.deepEqual(fetched, []);
  assert.deepEqual(warned, []);
});
