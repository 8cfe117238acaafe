import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { fromACLED, fromTimelineJS, type ImportResult } from '../src/core/index.js';
import { inlineJson, showCode } from './snippets.js';

/**
 * Bring your own data: a TimelineJS timeline and an ACLED export, imported with `fromTimelineJS` and
 * `fromACLED` from `conflict-timeline/core` and shown as they are. Both samples are made up for this
 * page (the places and groups do not exist), and each has a flaw the importer reports.
 */
const meta: Meta = {
  title: 'Guides/Bring your own data',
  parameters: { layout: 'padded' },
};
export default meta;

/** A small TimelineJS3 timeline: HTML in the text, groups, an era (not imported), one event without a date. */
const TIMELINE_JS = {
  title: {
    text: {
      headline: 'The siege of Riverton',
      text: '<p>Four weeks in a <em>fictional</em> town, as a TimelineJS timeline.</p>',
    },
  },
  eras: [
    {
      start_date: { year: '2023', month: '3' },
      end_date: { year: '2023', month: '4' },
      text: { headline: 'Siege' },
    },
  ],
  events: [
    {
      start_date: { year: '2023', month: '3', day: '2' },
      text: {
        headline: 'Army closes the &ldquo;north road&rdquo;',
        text: '<p>Checkpoints go up on the only road out.</p><p>Residents report queues of <b>6&nbsp;hours</b>.</p>',
      },
      group: 'Army',
      unique_id: 'north-road',
    },
    {
      start_date: { year: '2023', month: '3', day: '9', hour: '5', minute: '30' },
      text: {
        headline: 'Shelling of the market',
        text: 'Local medics count 12 dead.<br>Both sides blame the other.',
      },
      group: 'Army',
      location: { name: 'Riverton market', lat: 10.51, lon: 20.27 },
    },
    {
      start_date: { year: '2023', month: '3', day: '14' },
      end_date: { year: '2023', month: '3', day: '16' },
      text: { headline: 'Militia counter-attack', text: 'Fighting around the grain silos for three days.' },
      group: 'Militia',
    },
    {
      start_date: { year: '2023', month: '3' },
      text: { headline: 'Aid convoy turned back', text: 'Exact date unknown; reported in March.' },
      group: 'Aid agencies',
    },
    {
      text: {
        headline: 'An event without a date',
        text: 'TimelineJS requires a start_date; this one is reported.',
      },
    },
  ],
};

/** A small ACLED export in the current column layout: made-up rows, the last one cut off. */
const ACLED_CSV = [
  'event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities',
  'TST1,2-Mar-23,2023,1,Strategic developments,Headquarters or base established,Military Forces of Testland (2019-),,1,,,0,Testland,North,Hill District,Riverton,10.5,20.25,1,Daily Example,"On 2 March 2023, the army set up checkpoints on the north road.",0',
  'TST2,9-Mar-23,2023,1,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Testland (2019-),,1,Civilians (Testland),,7,Testland,North,Hill District,Riverton,10.51,20.27,1,Daily Example; Riverton Radio,"On 9 March 2023, shells hit the market. 12 killed.",12',
  'TST3,15-Mar-23,2023,2,Battles,Armed clash,Riverton Militia,Farmers Union,3,Military Forces of Testland (2019-),,1,Testland,North,Hill District,Silo Hill,10.53,20.22,2,Riverton Radio,"Around 15 March 2023 (week of), clashes near the silos.",4',
  'TST4,20-Mar-23,2023,3,Protests,Peaceful protest,Protesters (Testland),,Protesters,,,0,Testland,North,,Riverton,10.5,20.25,3,Riverton Radio,"In March 2023, residents marched for aid access. [size=hundreds]",0',
  'TST5,21-Mar-23,2023,1,Violence against civilians,Attack,Unidentified Armed Group (Testland),,3,Civilians (,,,,,,,,,,,,',
].join('\r\n');

function render({ dataset, issues }: ImportResult) {
  return html`
    <section style="display:grid;gap:1rem;max-width:60rem">
      <conflict-timeline .data=${dataset} style="display:block"></conflict-timeline>
      <details open>
        <summary>
          ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'} reported by the importer
        </summary>
        <ul class="issues">
          ${issues.map((i) => html`<li><strong>${i.severity}</strong> <code>${i.path || '(input)'}</code> ${i.message}</li>`)}
        </ul>
      </details>
      <ol class="cards" style="display:grid;gap:.5rem;list-style:none;padding:0;margin:0">
        ${dataset.events.map((event) => html`<li><event-card compact .event=${event} .data=${dataset}></event-card></li>`)}
      </ol>
    </section>
  `;
}

/**
 * "Show code": the timeline with the converted data inline, as the command writes it; the issues and
 * the list of cards are this page's, not part of an embed.
 */
const convertedCode = (result: ImportResult, how: string) =>
  showCode(`<!-- converted with ${how} -->
<conflict-timeline>
${inlineJson(result.input)}
</conflict-timeline>`);

async function expectRendered(canvasElement: HTMLElement, result: ImportResult) {
  const cards = canvasElement.querySelectorAll('event-card');
  await expect(cards.length).toBe(result.dataset.events.length);
  await expect(canvasElement.querySelectorAll('.issues li').length).toBe(result.issues.length);
}

type Story = StoryObj;

/** `fromTimelineJS(json)`: groups become categories, HTML becomes text; the era and the undated event are reported. */
export const TimelineJS: Story = {
  parameters: convertedCode(
    fromTimelineJS(TIMELINE_JS),
    '`npx conflict-timeline import riverton.json -o riverton.events.json` (or fromTimelineJS)',
  ),
  render: () => render(fromTimelineJS(TIMELINE_JS)),
  play: async ({ canvasElement }) => expectRendered(canvasElement, fromTimelineJS(TIMELINE_JS)),
};

/** `fromTimelineJS(json, { groupAs: 'side' })`: the groups become sides, so the timeline's lanes and chips follow them. */
export const TimelineJSGroupsAsSides: Story = {
  parameters: convertedCode(
    fromTimelineJS(TIMELINE_JS, { groupAs: 'side' }),
    "fromTimelineJS(json, { groupAs: 'side' }) from conflict-timeline/core",
  ),
  name: 'TimelineJS, groups as sides',
  render: () => render(fromTimelineJS(TIMELINE_JS, { groupAs: 'side' })),
};

/**
 * `fromACLED(csvText)`: actors with sides from the inter codes, week and month ranges from
 * time_precision 2 and 3, sources split on `;`; the cut-off last row is reported.
 */
export const ACLED: Story = {
  parameters: convertedCode(
    fromACLED(ACLED_CSV),
    '`npx conflict-timeline import acled.csv -o acled.events.json` (or fromACLED)',
  ),
  render: () => render(fromACLED(ACLED_CSV)),
  play: async ({ canvasElement }) => expectRendered(canvasElement, fromACLED(ACLED_CSV)),
};
