/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect, waitFor } from 'storybook/test';
import syria from '../data/syria.json';
import syriaUrl from '../data/syria.json?url';
import type { ConflictTimeline } from '../src/components/conflict-timeline/conflict-timeline.js';
import { embedSnippet } from '../src/core/embed-snippet.js';
import { parseDataset } from '../src/core/parse-dataset.js';
import { ARTICLE_CSS, CDN, datasetFor, showCode, SYRIA_URL } from './snippets.js';

/**
 * The two places an article puts a timeline: its text column, and a full-bleed figure that breaks
 * out of it. The page "Embed in an article" explains them; these are its live examples.
 */
const meta: Meta = {
  title: 'Guides/Embed in an article',
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

/** The spring 2015 offensive, as a reporter would embed it: 20 events and only the actors they name. */
const spring2015 = parseDataset(
  datasetFor(
    syria.events.filter((e) => e.date >= '2015' && e.date < '2016'),
    syria,
    { title: 'Idlib, spring 2015', lang: 'en' },
  ),
).dataset;

/** What `conflict-timeline embed spring-2015.json` prints: the script tag, the data inline, the fallback. */
const columnSnippet = embedSnippet(spring2015, { scriptSrc: `${CDN}/dist/conflict-timeline.min.js` });

/**
 * The command's HTML without its script tag (the story's page has the elements already). Our own
 * output, with every piece of data escaped, so it can go in as markup.
 */
const pasted = (snippet: string) =>
  unsafeHTML(snippet.replace(/^<script type="module"[^>]*><\/script>\n/, ''));

const timelineIn = (root: HTMLElement) => root.querySelector<ConflictTimeline>('conflict-timeline')!;

const article = (content: unknown) =>
  html`${Object.assign(document.createElement('style'), { textContent: ARTICLE_CSS })}
    <article class="article">
      <h1 style="font-size:2rem;line-height:1.2">How the rebels took Idlib province in eight weeks</h1>
      <p>
        In the spring of 2015 a coalition of rebel groups took Idlib city, Jisr al-Shughur and the army's last
        bases in the province. The timeline follows those weeks, report by report.
      </p>
      ${content}
      <p>The government's counter-offensive did not come until the autumn, with Russian air support.</p>
    </article>`;

/**
 * In the 680 px text column, with the data inline: the HTML `conflict-timeline embed` prints, pasted
 * as it is (its fallback list is what a reader without JavaScript sees).
 */
export const InTheColumn: Story = {
  parameters: {
    docs: {
      source: {
        code: `<style>\n${ARTICLE_CSS}\n</style>\n\n<article class="article">\n  <p>…</p>\n${columnSnippet.trim()}\n  <p>…</p>\n</article>\n`,
        language: 'html',
      },
    },
  },
  render: () => article(pasted(columnSnippet)),
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(el.data?.events.length).toBe(spring2015.events.length));
    await expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(680);
  },
};

/**
 * Full bleed: the figure breaks out of the column to the page's width, up to 1280 px, and loads the
 * data by `src` (here the sample served by Storybook; in the code, the package's copy on jsDelivr).
 */
export const FullBleed: Story = {
  parameters: showCode(`<style>
${ARTICLE_CSS}
</style>

<article class="article">
  <p>…</p>
  <figure class="full-bleed" style="margin-inline:0">
    <conflict-timeline src="${SYRIA_URL}"></conflict-timeline>
    <figcaption style="font:14px system-ui;padding-inline:1rem">Source: five news reports, 2014–2024.</figcaption>
  </figure>
  <p>…</p>
</article>`),
  render: () =>
    article(
      html`<figure class="full-bleed" style="margin-inline:0">
        <conflict-timeline src=${syriaUrl}></conflict-timeline>
        <figcaption style="font:14px system-ui;padding-inline:1rem">
          Source: five news reports, 2014–2024.
        </figcaption>
      </figure>`,
    ),
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(el.data?.events.length).toBe(syria.events.length));
    const column = canvasElement.querySelector('article > p')!.getBoundingClientRect().width;
    await expect(el.getBoundingClientRect().width).toBeGreaterThanOrEqual(Math.min(column, 680));
  },
};
