/**
 * The HTML a newsroom pastes into a CMS: the embed script, a `<conflict-timeline>` with its data
 * (inline or by URL), and inside it a fallback list of every event for readers without JavaScript,
 * crawlers and print. Pure string building, no DOM: the command line runs it in Node.
 */
import { formatDate, isolate, isoForTimeElement } from './format.js';
import { formatPlace } from './format-event.js';
import { messagesFor } from './messages.js';
import { toDatasetInput } from './importers/sheet.js';
import type { Dataset } from './types.js';
import { httpUrl } from './url.js';

export interface EmbedSnippetOptions {
  /** URL of `conflict-timeline.min.js` for the `<script type="module">` tag. */
  scriptSrc: string;
  /**
   * The data's URL for the element's `src`; without it the data goes inline, in a
   * `<script type="application/json">` child.
   */
  src?: string;
  /** Language of the element and of the fallback's dates and words; by default the dataset's, else `en`. */
  lang?: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content or a quoted attribute value: `& < > " '` as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON for the inside of a `<script>` element: `<`, `>` and `&` written as `\u003c`… (the same JSON),
 * so no text in the data can close the element (`</script>`) or open a comment (`<!--`) that would
 * change where it ends. U+2028/U+2029 are escaped too, for scripts that read the text as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Languages written right to left, whose element gets `dir="rtl"`. */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)/i;

/** A BCP 47 tag as the `lang` attribute takes it, or `undefined` when the text is not one. */
function languageTag(text: string | undefined): string | undefined {
  const tag = text?.trim();
  return tag && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : undefined;
}

/**
 * One `<li>` of the fallback: the date as the event card writes it (in a `<time>`), the title, the
 * place, who claims it, and the sources (linked when their URL is http or https).
 */
function fallbackItem(dataset: Dataset, index: number, lang: string): string {
  const event = dataset.events[index];
  const messages = messagesFor(lang);
  const datetime = isoForTimeElement(event.time);
  const date = escapeHtml(formatDate(event.time, lang, messages));
  const parts = [
    `${datetime ? `<time datetime="${escapeHtml(datetime)}">${date}</time>` : date}: <strong>${escapeHtml(event.title)}</strong>`,
  ];
  const place = event.place ? formatPlace(event.place, messages) : '';
  if (place) parts.push(escapeHtml(place));
  if (event.claimedBy) parts.push(escapeHtml(messages.claimedBy(isolate(event.claimedBy))));
  const sources = event.sources
    .map((id) => dataset.sourcesById.get(id))
    .filter((source) => source !== undefined)
    .map((source) => {
      const label = escapeHtml([source.publisher, source.title].filter(Boolean).join(messages.comma));
      const url = httpUrl(source.url);
      return url ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
    });
  if (sources.length) parts.push(`${escapeHtml(messages.sources)}: ${sources.join('; ')}`);
  return `    <li>${parts.join('. ')}</li>`;
}

/**
 * The paste-ready HTML for a dataset: the module script tag, the element (with `lang`, `dir="rtl"`
 * for right-to-left languages, and the data inline or as `src`), and a fallback `<ol>` of every event
 * in the dataset's order. Everything from the data is escaped; inline JSON cannot end its script
 * element early. Never throws.
 *
 * @example
 * embedSnippet(dataset, { scriptSrc: 'https://cdn.example/conflict-timeline.min.js', lang: 'ar' });
 */
export function embedSnippet(dataset: Dataset, options: EmbedSnippetOptions): string {
  const lang = languageTag(options.lang) ?? languageTag(dataset.lang) ?? 'en';
  const attributes = [`lang="${escapeHtml(lang)}"`];
  if (RTL.test(lang)) attributes.push('dir="rtl"');
  if (options.src !== undefined) attributes.push(`src="${escapeHtml(options.src)}"`);
  const lines = [
    `<script type="module" src="${escapeHtml(options.scriptSrc)}"></script>`,
    `<conflict-timeline ${attributes.join(' ')}>`,
  ];
  if (options.src === undefined) {
    lines.push(`  <script type="application/json">${jsonForScript(toDatasetInput(dataset))}</script>`);
  }
  lines.push('  <ol>');
  for (let i = 0; i < dataset.events.length; i++) lines.push(fallbackItem(dataset, i, lang));
  lines.push('  </ol>', '</conflict-timeline>', '');
  return lines.join('\n');
}
