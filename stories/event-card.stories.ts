import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import syria from '../data/syria.json';
import type { EventCard } from '../src/components/event-card/event-card.js';
import { parseDataset } from '../src/core/parse-dataset.js';
import type { ConflictEventInput, DatasetInput } from '../src/core/types.js';
import { jsonForScript } from '../src/core/embed-snippet.js';
import { datasetFor, jsonForScript as jsonForData, showCode, SYRIA_URL } from './snippets.js';

/** The sample, parsed once for every story (a card also takes the raw JSON and parses it itself). */
const { dataset } = parseDataset(syria);
const eventIds = dataset.events.map((e) => e.id);

const shadow = (el: Element | null | undefined) => (el as EventCard).shadowRoot!;
const partText = (card: Element, part: string) =>
  (shadow(card).querySelector(`[part~="${part}"]`)?.textContent ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const grid = (content: unknown) =>
  html`<div
    style="display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,340px),1fr));gap:16px;align-items:start"
  >
    ${content}
  </div>`;

/** A dataset of one event beside the sample's actors and sources. */
const withEvents = (events: ConflictEventInput[], extra: Partial<DatasetInput> = {}): DatasetInput => ({
  ...syria,
  ...extra,
  events,
});

const GRID_STYLE =
  'display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,340px),1fr));gap:16px;align-items:start';

/** "Show code" for cards of the Syria sample by id, loading it by URL. */
const cardsCode = (ids: string[], attrs = '', open = `<div lang="en-GB" style="${GRID_STYLE}">`) =>
  showCode(`${open}
${ids.map((id) => `  <event-card ${attrs ? `${attrs} ` : ''}src="${SYRIA_URL}" event-id="${id}"></event-card>`).join('\n')}
</div>`);

/**
 * One card and the script that gives it its dataset (`data`; the card reads no inline JSON): the
 * script can sit right after the card, even in a grid, where it takes no room.
 */
const inlineCard = (dataset: DatasetInput, id: string, attrs = '', indent = '  ') =>
  `${indent}<event-card id="card-${id}" ${attrs ? `${attrs} ` : ''}event-id="${id}"></event-card>
${indent}<script type="module">
${indent}  document.getElementById('card-${id}').data = ${jsonForData(dataset, `${indent}  `)};
${indent}</script>`;

const meta: Meta = {
  title: 'Elements/event-card',
  component: 'event-card',
  args: {
    'event-id': '2015-04-26-idlib-air-raids-kill-73-civilians',
    compact: false,
    'heading-level': 3,
    theme: 'light',
    lang: 'en-GB',
  },
  argTypes: {
    'event-id': { control: 'select', options: eventIds },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['en-GB', 'en-US', 'ar', 'ar-EG', 'ar-SY', 'fr', 'de'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) =>
    html`<div style="max-width:560px">
      <event-card
        .data=${dataset}
        event-id=${args['event-id']}
        ?compact=${args.compact}
        heading-level=${args['heading-level']}
        theme=${args.theme}
        lang=${ifDefined(args.lang || undefined)}
      ></event-card>
    </div>`,
};
export default meta;

type Story = StoryObj;

/** Any event of the Syria sample, with every attribute as a control. */
export const Playground: Story = {
  parameters: {
    docs: {
      source: {
        // The controls' values, with the sample loaded by URL.
        transform: (_code: string, { args }: { args: Record<string, unknown> }) =>
          showCode(`<div style="max-width:560px">
  <event-card src="${SYRIA_URL}" event-id="${String(args['event-id'])}"${args.compact ? ' compact' : ''} heading-level="${String(args['heading-level'])}" theme="${String(args.theme)}"${args.lang ? ` lang="${String(args.lang)}"` : ''}></event-card>
</div>`).docs.source.code,
      },
    },
  },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('event-card')!;
    await waitFor(() =>
      expect(partText(card, 'title')).toBe(
        'Government air raids kill at least 73 civilians in Idlib province',
      ),
    );
    await expect(partText(card, 'date')).toBe('26 April 2015');
    await expect(partText(card, 'fatalities')).toBe(
      'at least 73 killed, according to Syrian Observatory for Human Rights',
    );
    await expect(shadow(card).querySelector('article')).toHaveAttribute('aria-labelledby', 'title');
  },
};

const PRECISIONS: Array<[string, string]> = [
  ['2015', 'a year'],
  ['2015-05', 'a month'],
  ['2015-05-16', 'a day'],
  ['2015-05-16~', 'approximate (~)'],
  ['2015-05-16?', 'uncertain (?)'],
  ['2015-05%', 'approximate and uncertain (%)'],
  ['2024-11-29/2024-11-30', 'a range of days'],
  ['2024-11-27/2024-12-02', 'a range across months'],
  ['2014-03/2014-06', 'a range of months'],
  ['2015?/2016?', 'an uncertain range of years'],
  ['2014-01/2014-06-15', 'a range of mixed precision'],
  ['2015-05/..', 'open at the end'],
  ['../2015', 'open at the start'],
  ['-0500', 'before the common era'],
  ['2015-05-19T14:20Z', 'a moment, UTC'],
  ['2015-05-19T14:20+03:00', 'a moment with its offset'],
];

/** Every kind of date, each shown exactly as precisely as it was written (English, `lang="en-GB"`). */
export const EveryPrecision: Story = {
  parameters: showCode(`<div lang="en-GB" style="${GRID_STYLE}">
${PRECISIONS.map((_, i) => `  <event-card compact id="p${i}"></event-card>`).join('\n')}
</div>
<script type="module">
  // An event alone (no dataset) goes in \`event\`.
  const events = [
${PRECISIONS.map(([date, what], i) => `    ${jsonForScript({ id: `p${i}`, date, title: `${what}: ${date}` })},`).join('\n')}
  ];
  for (const event of events) document.getElementById(event.id).event = event;
</script>`),
  render: () =>
    html`<div lang="en-GB">
      ${grid(
        PRECISIONS.map(
          ([date, what], i) =>
            html`<event-card
              compact
              .event=${{ id: `p${i}`, date, title: `${what}: ${date}` }}
            ></event-card>`,
        ),
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const cards = Array.from(canvasElement.querySelectorAll('event-card'));
    await waitFor(() => expect(partText(cards[0], 'date')).toBe('2015'));
    const dates = cards.map((card) => partText(card, 'date').replace(/\s*–\s*/g, '–'));
    await expect(dates.slice(0, 7)).toEqual([
      '2015',
      'May 2015',
      '16 May 2015',
      'around 16 May 2015',
      '16 May 2015?',
      'around May 2015?',
      '29–30 November 2024',
    ]);
    await expect(dates[9]).toBe('between 2015 and 2016?');
    await expect(dates[11]).toBe('from May 2015');
    await expect(dates[13]).toBe('501 BC');
  },
};

/** Events that are one party's claim carry a visible note; a toll that is a claim says whose. */
export const Claims: Story = {
  parameters: cardsCode(dataset.events.filter((e) => e.claimedBy).map((e) => e.id)),
  render: () =>
    html`<div lang="en-GB">
      ${grid(
        dataset.events
          .filter((e) => e.claimedBy)
          .map((event) => html`<event-card .event=${event} .data=${dataset}></event-card>`),
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('event-card')!;
    await waitFor(() =>
      expect(partText(card, 'claim')).toMatch(/^Claimed by .+; not independently verified$/),
    );
  },
};

const BARE: ConflictEventInput = {
  id: 'bare',
  date: '2015-05',
  title: 'An event with only a title and a date',
};
const NO_DATASET: ConflictEventInput = {
  id: 'ids',
  date: '2015-05-19',
  title: 'No dataset: actor ids stand in for names',
  actors: ['hts', 'syrian-army'],
};

/** Only what an event must have (id, date, title), and an event whose actors are unknown to the card. */
export const MissingFields: Story = {
  parameters: showCode(`<div style="${GRID_STYLE}">
${inlineCard({ events: [BARE] }, BARE.id)}
  <event-card id="no-dataset"></event-card>
</div>
<script type="module">
  // An event given alone (no dataset): the card cannot look its actors up and shows their ids.
  document.getElementById('no-dataset').event = ${JSON.stringify(NO_DATASET)};
</script>`),
  render: () =>
    grid([
      html`<event-card .event=${BARE}></event-card>`,
      html`<event-card .event=${NO_DATASET}></event-card>`,
    ]),
};

const LONG: ConflictEventInput = {
  id: 'long',
  date: '2014-06-08/2014-06-15',
  title:
    'Coalition of Islamist factions including Ahrar al-Sham, Jaysh al-Islam and the Nusra Front announces a joint operations room for the northern Latakia countryside',
  summary:
    'Averyveryverylongwordwithoutanyspacesthatmustwrapratherthanoverflowthecardonaphonescreenofthreehundredseventyfivepixels.',
  category: 'statement',
  actors: [
    { id: 'ahrar-al-sham', role: 'speaker' },
    { id: 'islam-army', role: 'speaker' },
    { id: 'nusra-front', role: 'speaker' },
    { id: 'jaysh-al-fateh', role: 'participant' },
  ],
  place: {
    name: 'Jabal al-Akrad and Jabal al-Turkman',
    admin1: 'Latakia Governorate',
    country: 'Syrian Arab Republic',
  },
  fatalities: {
    low: 1200,
    high: 1500,
    who: 'the Syrian Network for Human Rights and the Violations Documentation Center',
  },
  sources: ['wire-2014-06-15', 'afp-2015-04-27'],
};

/** Long titles, names and places wrap; nothing overflows at phone width. */
export const LongNames: Story = {
  parameters: showCode(`<div style="max-width:375px">
${inlineCard(datasetFor([LONG], syria), LONG.id, 'lang="en-GB"')}
</div>`),
  render: () =>
    html`<div style="max-width:375px">
      <event-card lang="en-GB" .data=${withEvents([LONG])} event-id="long"></event-card>
    </div>`,
};

const ARABIC: DatasetInput = {
  lang: 'ar',
  sides: [
    { id: 'opp', label: 'فصائل المعارضة', color: '#2e7d32' },
    { id: 'gov', label: 'الحكومة السورية وحلفاؤها', color: '#b22222' },
  ],
  actors: [
    { id: 'hts', name: 'هيئة تحرير الشام', short: 'الهيئة', side: 'opp' },
    { id: 'army', name: 'الجيش السوري', side: 'gov' },
  ],
  sources: [
    {
      id: 'afp',
      publisher: 'وكالة الصحافة الفرنسية',
      title: 'الفصائل تدخل حلب',
      published: '2024-11-30',
      url: 'https://example.org/afp-aleppo',
    },
  ],
  events: [
    {
      id: 'aleppo',
      date: '2024-11-29/2024-11-30',
      title: 'فصائل المعارضة المسلحة تدخل مدينة حلب',
      category: 'capture',
      summary:
        'دخلت فصائل المعارضة المسلحة بقيادة هيئة تحرير الشام أحياء حلب الغربية بعد هجوم خاطف بدأ من ريف إدلب.\n\nانسحب الجيش السوري من معظم أحياء المدينة.',
      actors: [
        { id: 'hts', role: 'attacker' },
        { id: 'army', role: 'target' },
      ],
      place: { name: 'حلب', admin1: 'محافظة حلب', country: 'سوريا' },
      fatalities: { low: 15, high: 20, who: 'المرصد السوري لحقوق الإنسان' },
      claimedBy: 'هيئة تحرير الشام',
      sources: ['afp'],
    },
  ],
};

/**
 * `lang="ar"` and `dir="rtl"` (inherited from the page): Arabic data, Arabic interface text and Intl's
 * Arabic dates and digits; and the English sample under an Arabic interface, its text marked `lang="en"`.
 */
export const ArabicRTL: Story = {
  parameters: showCode(`<div lang="ar" dir="rtl" style="${GRID_STYLE}">
${inlineCard(ARABIC, 'aleppo')}
  <event-card src="${SYRIA_URL}" event-id="2015-04-26-darkush-market-air-strike"></event-card>
  <event-card lang="ar-EG" compact src="${SYRIA_URL}" event-id="2024-11-27-over-300-insurgents-killed"></event-card>
</div>`),
  render: () =>
    html`<div lang="ar" dir="rtl">
      ${grid([
        html`<event-card .data=${ARABIC} event-id="aleppo"></event-card>`,
        html`<event-card .data=${dataset} event-id="2015-04-26-darkush-market-air-strike"></event-card>`,
        html`<event-card
          lang="ar-EG"
          compact
          .data=${dataset}
          event-id="2024-11-27-over-300-insurgents-killed"
        ></event-card>`,
      ])}
    </div>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('event-card')!;
    await waitFor(() => expect(partText(card, 'title')).toBe('فصائل المعارضة المسلحة تدخل مدينة حلب'));
    const expected = new Intl.DateTimeFormat('ar', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).formatRange(new Date(Date.UTC(2024, 10, 29)), new Date(Date.UTC(2024, 10, 30)));
    await expect(partText(card, 'date')).toBe(expected.replace(/\s+/g, ' '));
    await expect(getComputedStyle(shadow(card).querySelector('article')!).direction).toBe('rtl');
  },
};

const DARK_IDS = ['2014-06-13-tal-jammou-post-overrun', '2015-04-27-al-qarmid-base-captured'];
const COMPACT_IDS = dataset.events.slice(15, 22).map((e) => e.id);

/** `theme="dark"` on a dark page (the badges follow). */
export const Dark: Story = {
  parameters: cardsCode(
    DARK_IDS,
    'theme="dark"',
    `<div style="background:#0e0f12;padding:16px;border-radius:8px;${GRID_STYLE}" lang="en-GB">`,
  ),
  render: () =>
    html`<div style="background:#0e0f12;padding:16px;border-radius:8px" lang="en-GB">
      ${grid(
        DARK_IDS.map((id) => html`<event-card theme="dark" .data=${dataset} event-id=${id}></event-card>`),
      )}
    </div>`,
};

/** `compact`: the list and phone variant — first paragraph, small badges, sources folded. */
export const Compact: Story = {
  parameters: cardsCode(
    COMPACT_IDS,
    'compact heading-level="4"',
    '<div style="max-width:375px;display:grid;gap:8px" lang="en-GB">',
  ),
  render: () =>
    html`<div style="max-width:375px;display:grid;gap:8px" lang="en-GB">
      ${COMPACT_IDS.map(
        (id) => html`<event-card compact heading-level="4" event-id=${id} .data=${dataset}></event-card>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('event-card')!;
    await waitFor(() => expect(shadow(card).querySelector('details[part~="sources"]')).not.toBeNull());
  },
};

const blobUrl = (text: string, type = 'application/json') => URL.createObjectURL(new Blob([text], { type }));

/**
 * Standalone in an article: `<event-card src="events.json" event-id="…">` fetches the dataset (here a
 * blob URL standing in for a file next to the article). Errors say why: a missing file, a file that is
 * not JSON, an id the dataset does not have.
 */
export const FromSrc: Story = {
  parameters: showCode(`<div lang="en-GB" style="${GRID_STYLE}">
  <event-card src="${SYRIA_URL}" event-id="2015-04-27-al-qarmid-base-captured"></event-card>
  <event-card src="/no-such-file.json" event-id="x"></event-card>
  <event-card src='data:text/plain,{ "events": [' event-id="x"></event-card>
  <event-card src="${SYRIA_URL}" event-id="no-such-event"></event-card>
</div>`),
  render: () => {
    const good = blobUrl(JSON.stringify(syria));
    return html`<div lang="en-GB">
      ${grid([
        html`<event-card src=${good} event-id="2015-04-27-al-qarmid-base-captured"></event-card>`,
        html`<event-card src="/no-such-file.json" event-id="x"></event-card>`,
        html`<event-card src=${blobUrl('{ "events": [', 'text/plain')} event-id="x"></event-card>`,
        html`<event-card src=${good} event-id="no-such-event"></event-card>`,
      ])}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const [loaded, missing, invalid, unknown] = Array.from(canvasElement.querySelectorAll('event-card'));
    await waitFor(() =>
      expect(partText(loaded, 'title')).toBe('Nusra Front and allies overrun al-Qarmid army base'),
    );
    await waitFor(() =>
      expect(partText(missing, 'status')).toMatch(/^Could not load event: the server answered 404/),
    );
    await waitFor(() =>
      expect(partText(invalid, 'status')).toBe('Could not load event: the file is not valid JSON'),
    );
    await waitFor(() =>
      expect(partText(unknown, 'status')).toBe('Could not load event: no event with id “no-such-event”'),
    );
  },
};

const HOSTILE: DatasetInput = {
  sources: [{ id: 'bad-link', publisher: 'Linked with javascript:', url: 'javascript:alert(1)' }],
  events: [
    {
      id: 'x',
      date: '2015-05-19',
      title: '<img src=x onerror=alert(1)>',
      summary: '<script>alert(1)</script>\n\n<b>not bold</b>',
      place: { name: '<iframe src=javascript:alert(1)>' },
      claimedBy: '<a href="javascript:alert(1)">click</a>',
      sources: ['bad-link'],
    },
  ],
};

/** Data is text: markup in any field is shown as written, and only http(s) links are links. */
export const HostileText: Story = {
  parameters: showCode(inlineCard(HOSTILE, 'x', 'lang="en-GB"', '')),
  render: () => html`<event-card lang="en-GB" .data=${HOSTILE} event-id="x"></event-card>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('event-card')!;
    await waitFor(() => expect(partText(card, 'title')).toBe('<img src=x onerror=alert(1)>'));
    await expect(shadow(card).querySelectorAll('img, script, iframe, a').length).toBe(0);
  },
};
