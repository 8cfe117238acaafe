// The pages of the hydration tests (test/hydration/hydration.test.ts) as a server renders them with
// @lit-labs/ssr: bundled and run in Node by ./ssr-pages.mjs, from the same sources the browser loads.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { readFileSync } from 'node:fs';
import '../../src/server.js';

const syria = JSON.parse(readFileSync('data/syria.json', 'utf8')) as { events: { id: string }[] };
export const CARD_EVENT_ID = syria.events[1]!.id;
/** The dataset as an inline `<script type="application/json">` child (`</` cannot end the script). */
const inlineJson = unsafeHTML(
  `<script type="application/json">${JSON.stringify(syria).replace(/<\//g, '<\\/')}</script>`,
);

const pages: Record<string, TemplateResult> = {
  badges: html`<actor-badge name="Free Syrian Army" short="FSA" side="Opposition" show-side></actor-badge>
    <actor-badge toggle name="Islamic State" short="ISIS" shape="triangle"></actor-badge>`,
  // The page's own script hands the card its dataset as a property, as on the server.
  'card-data': html`<event-card .data=${syria} event-id=${CARD_EVENT_ID}></event-card>`,
  // The server read the file itself; the browser has only the URL.
  'card-src': html`<event-card .data=${syria} src="/__ssr__/dataset" event-id=${CARD_EVENT_ID}></event-card>`,
  'card-src-missing': html`<event-card
    .data=${syria}
    src="/__ssr__/no-such-file"
    event-id=${CARD_EVENT_ID}
  ></event-card>`,
  'timeline-inline': html`<conflict-timeline .data=${syria} style="width: 1000px; --ct-height: 500px"
    >${inlineJson}</conflict-timeline
  >`,
  'timeline-data': html`<conflict-timeline
    .data=${syria}
    style="width: 1000px; --ct-height: 500px"
  ></conflict-timeline>`,
  'timeline-src': html`<conflict-timeline
    .data=${syria}
    src="/__ssr__/dataset"
    style="width: 1000px; --ct-height: 500px"
  ></conflict-timeline>`,
};

const rendered: Record<string, string> = {};
for (const [name, template] of Object.entries(pages)) rendered[name] = await collectResult(render(template));
process.stdout.write(JSON.stringify(rendered));
