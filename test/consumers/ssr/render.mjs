// A server page as Eleventy or Astro renders it with @lit-labs/ssr, from the installed tarball: the
// three elements as declarative shadow DOM. Exits non-zero with the reason when a check fails.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import 'conflict-timeline/event-card';
import 'conflict-timeline';
import { parseDataset } from 'conflict-timeline/core';

const syria = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('conflict-timeline/data/syria.json'), 'utf8'),
);
const text = (markup) => markup.replace(/<style>[^]*?<\/style>|<!--[^]*?-->|<\?>/g, '');
const problems = [];
const expect = (ok, message) => ok || problems.push(message);

const page = await collectResult(
  render(html`
    <actor-badge name="Free Syrian Army" short="FSA"></actor-badge>
    <event-card .data=${syria} event-id=${syria.events[1].id}></event-card>
    <conflict-timeline .data=${syria}></conflict-timeline>
  `),
);
const content = text(page);
for (const tag of ['actor-badge', 'event-card', 'conflict-timeline']) {
  expect(
    new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"`).test(page),
    `<${tag}> has no declarative shadow root`,
  );
}
expect(content.includes('>FSA<'), '<actor-badge> does not show its short name');
expect(!/status error/.test(content), '<event-card> rendered its error state');
expect(
  content.includes(syria.events[1].title.replace(/'/g, '&#39;')),
  '<event-card> does not show its title',
);
// The timeline's server shell: the title, and every event in time order, for readers and crawlers.
expect(!/could not be shown/.test(content), '<conflict-timeline> rendered its error state');
expect(content.includes(syria.title), '<conflict-timeline> does not show the title');
const shell = /<ol class="server-list">([^]*?)<\/ol>/.exec(content)?.[1] ?? '';
const items = [...shell.matchAll(/<time datetime="([^"]*)"/g)].length;
expect(items === syria.events.length, `<conflict-timeline> lists ${items} of ${syria.events.length} events`);
// In time order: the order of the checked dataset's events (a coarse `datetime`, "2014", can stand for
// a span that starts later than a precise date after it, so the attribute alone does not tell).
const escape = (t) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
let at = 0;
const inOrder = parseDataset(syria).dataset.events.every((event) => {
  const found = shell.indexOf(escape(event.title), at);
  at = found + 1;
  return found >= 0;
});
expect(inOrder, '<conflict-timeline> does not list its events in time order');
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`rendered ${page.length} characters of HTML`);
