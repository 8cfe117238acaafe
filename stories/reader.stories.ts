import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import syria from '../data/syria.json';
import type { ConflictTimeline } from '../src/components/conflict-timeline/conflict-timeline.js';
import { datasetFor, inlineJson, showCode, SYRIA_URL } from './snippets.js';

/**
 * Reading the Syria sample: the detail panel with previous/next ("3 of 27") that moves the window
 * along, the side and actor chips and the search, the phone chronology with sticky year and month
 * headings, Arabic right to left, the dark tokens, and two embeds in one article.
 */
const meta: Meta = {
  title: 'Reading/conflict-timeline',
  component: 'conflict-timeline',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const JISR = '2015-04-25-jisr-al-shughour-captured';
const ALEPPO = '2024-11-30-aleppo-captured';

const shadow = (el: Element | null | undefined) => (el as ConflictTimeline).shadowRoot!;
const timelineIn = (root: HTMLElement, nth = 0) =>
  root.querySelectorAll<ConflictTimeline>('conflict-timeline')[nth];
const partText = (el: ConflictTimeline, part: string) =>
  (shadow(el).querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cardTitle = (el: ConflictTimeline) =>
  shadow(el)
    .querySelector('[part~="detail"] event-card')
    ?.shadowRoot?.querySelector('[part~="title"]')
    ?.textContent?.trim();

/** "Show code": the element with `attrs` loading the sample by URL, inside `wrap`'s opening tag if any. */
const syriaCode = (attrs: string, wrap?: string) => {
  const element = `<conflict-timeline ${attrs ? `${attrs} ` : ''}src="${SYRIA_URL}"></conflict-timeline>`;
  return showCode(wrap ? `${wrap}\n  ${element}\n</div>` : element);
};
const PHONE_FRAME = 'style="width:375px;max-width:100%;margin:0 auto;outline:1px dashed #c9ced6"';

/** A phone-sized frame (narrower on a narrower screen): the element picks its layout by its own width, not the window's. */
const phone = (content: unknown, attrs: { lang?: string; dir?: string } = {}) =>
  html`<div
    lang=${attrs.lang ?? 'en'}
    dir=${attrs.dir ?? 'ltr'}
    style="width:375px;max-width:100%;margin:0 auto;outline:1px dashed #c9ced6"
  >
    ${content}
  </div>`;

/**
 * The full reader, open on the fall of Jisr al-Shughour: "Next" steps through the 51 events in time
 * order and zooms the window in where a burst would hide the event inside a cluster.
 */
export const SyriaReader: Story = {
  parameters: syriaCode(`selected="${JISR}"`),
  render: () => html`<conflict-timeline .data=${syria} selected=${JISR}></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(cardTitle(el)).toMatch(/Jisr al-Shughour/));
    await expect(partText(el, 'position')).toBe('18 of 51');
    (shadow(el).querySelector('[part~="next"]') as HTMLElement).click();
    await waitFor(() => expect(partText(el, 'position')).toBe('19 of 51'));
  },
};

/** Filtered by a search ("aleppo"): "7 of 51 events", and previous/next step through those only. */
export const Filtered: Story = {
  parameters:
    showCode(`<conflict-timeline id="filtered" selected="${ALEPPO}" src="${SYRIA_URL}"></conflict-timeline>
<script type="module">
  // Filters from code: the same object the reader's chips and search make (no ct-filter-change).
  document.getElementById('filtered').filter = { query: 'aleppo' };
</script>`),
  render: () =>
    html`<conflict-timeline
      .data=${syria}
      .filter=${{ query: 'aleppo' }}
      selected=${ALEPPO}
    ></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(partText(el, 'count')).toMatch(/of 51 events/));
    // (The detail panel comes in a part of its own, when first needed.)
    await waitFor(() => expect(partText(el, 'position')).toMatch(/of \d$/));
  },
};

/** Lanes and chips by actor: the eight most frequent actors by short name, the rest behind "More". */
export const ActorChips: Story = {
  parameters: syriaCode('group-by="actor"'),
  render: () => html`<conflict-timeline .data=${syria} group-by="actor"></conflict-timeline>`,
};

/**
 * The interface in Arabic, right to left: time runs from right to left in the track, the axis and the
 * overview; the lane labels are on the right; ← moves to the later event. The data stays in English.
 */
export const ArabicRightToLeft: Story = {
  parameters: syriaCode(`selected="${ALEPPO}"`, '<div lang="ar" dir="rtl">'),
  render: () =>
    html`<div lang="ar" dir="rtl">
      <conflict-timeline .data=${syria} selected=${ALEPPO}></conflict-timeline>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(partText(el, 'position')).toMatch(/من/));
  },
};

/** The dark token set (`theme="dark"`; `theme="auto"` follows the reader's system). */
export const Dark: Story = {
  parameters: syriaCode(
    'theme="dark" selected="2015-05-19-al-mastouma-base-captured"',
    '<div style="background:#16181c;padding:16px">',
  ),
  render: () =>
    html`<div style="background:#16181c;padding:16px">
      <conflict-timeline
        .data=${syria}
        theme="dark"
        selected="2015-05-19-al-mastouma-base-captured"
      ></conflict-timeline>
    </div>`,
};

/**
 * A 375 px phone: the vertical chronology under sticky year and month headings, compact cards, the
 * chips in a row that scrolls sideways, and the overview as a scrubber that sticks at the top. It
 * flows in the page: nothing in it scrolls on its own, so a swipe always scrolls the article.
 */
export const Phone: Story = {
  parameters: syriaCode('', `<div lang="en" dir="ltr" ${PHONE_FRAME}>`),
  render: () => phone(html`<conflict-timeline .data=${syria}></conflict-timeline>`),
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(shadow(el).querySelectorAll('[part~="entry"]').length).toBe(51));
  },
};

/** The phone chronology in Arabic, right to left. */
export const PhoneArabic: Story = {
  parameters: syriaCode('', `<div lang="ar" dir="rtl" ${PHONE_FRAME}>`),
  render: () =>
    phone(html`<conflict-timeline .data=${syria}></conflict-timeline>`, { lang: 'ar', dir: 'rtl' }),
};

/** On a dark phone. */
export const PhoneDark: Story = {
  parameters: showCode(`<div style="background:#16181c;padding-block:8px">
  <div lang="en" dir="ltr" ${PHONE_FRAME}>
    <conflict-timeline theme="dark" src="${SYRIA_URL}"></conflict-timeline>
  </div>
</div>`),
  render: () =>
    html`<div style="background:#16181c;padding-block:8px">
      ${phone(html`<conflict-timeline .data=${syria} theme="dark"></conflict-timeline>`)}
    </div>`,
};

const ARTICLE_STYLE = 'font: 18px/1.6 Georgia, serif; color: #1b1e23; max-width: 760px; margin: 0 auto;';

/** Two smaller datasets cut from the sample, as two reporters might embed them. */
const burst = (from: string, to: string) =>
  datasetFor(
    syria.events.filter((e) => e.date >= from && e.date < to),
    syria,
    { description: syria.description, lang: syria.lang },
  );
const SPRING_2015 = burst('2015', '2016');
const OFFENSIVE_2024 = burst('2024', '2025');
const FALLBACK = ['March 2015: rebels capture Idlib city.', '25 April 2015: rebels capture Jisr al-Shughur.'];

/**
 * The first embed as a CMS writes it: the data inline in a `<script type="application/json">` child
 * (no extra request) and a plain list as the fallback for readers without JavaScript.
 */
function inlineEmbed(): HTMLElement {
  const el = document.createElement('conflict-timeline');
  el.setAttribute('link-hash', '');
  el.setAttribute('selected', JISR);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(SPRING_2015);
  const fallback = document.createElement('ol');
  for (const line of FALLBACK) {
    fallback.append(Object.assign(document.createElement('li'), { textContent: line }));
  }
  el.append(script, fallback);
  return el;
}

/** The article as HTML: both embeds with their data inline, the first with its fallback list. */
const articleCode = () =>
  showCode(`<article style="${ARTICLE_STYLE}">
  <h1 style="font-size:2rem;line-height:1.2">How the war in Syria's north-west turned, twice</h1>
  <p>In the spring of 2015 a coalition of rebel groups took Idlib and Jisr al-Shughur within weeks.</p>
  <conflict-timeline link-hash selected="${JISR}">
${inlineJson(SPRING_2015, '    ')}
    <ol>
${FALLBACK.map((line) => `      <li>${line}</li>`).join('\n')}
    </ol>
  </conflict-timeline>
  <p>Nine years later the same groups, renamed, swept into Aleppo in four days.</p>
  <conflict-timeline group-by="actor">
${inlineJson(OFFENSIVE_2024, '    ')}
  </conflict-timeline>
</article>`);

/**
 * A news article with two embeds: one reading inline JSON (with `link-hash`: the selection is in the
 * URL), one with `data` and lanes by actor. Selections, filters and windows stay their own.
 */
export const ArticleWithTwoEmbeds: Story = {
  parameters: articleCode(),
  render: () =>
    html`<article style=${ARTICLE_STYLE}>
      <h1 style="font-size:2rem;line-height:1.2">How the war in Syria's north-west turned, twice</h1>
      <p>
        In the spring of 2015 a coalition of rebel groups took Idlib and Jisr al-Shughur within weeks. The
        timeline below follows those days, report by report.
      </p>
      ${inlineEmbed()}
      <p>
        Nine years later the same groups, renamed, swept into Aleppo in four days. The second timeline covers
        that offensive.
      </p>
      <conflict-timeline .data=${OFFENSIVE_2024} group-by="actor"></conflict-timeline>
      <p>Both timelines keep their own selection, filters and window.</p>
    </article>`,
  play: async ({ canvasElement }) => {
    const [first, second] = [timelineIn(canvasElement, 0), timelineIn(canvasElement, 1)];
    await waitFor(() => expect(cardTitle(first)).toMatch(/Jisr/));
    await expect(second.selected).toBeUndefined();
    await expect(partText(second, 'count')).toMatch(/events/);
  },
};
