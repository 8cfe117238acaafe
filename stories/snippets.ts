/**
 * "Show code" for the stories: HTML that works when pasted into a page, with the embed's script tag
 * and the data (a URL, or JSON inline in a `<script type="application/json">` child). The stories set
 * `data` from code; the snippets say the same in HTML.
 */
import pkg from '../package.json';
import type { DatasetInput } from '../src/core/types.js';

/** The package on jsDelivr, at this version (the URL the `conflict-timeline embed` command writes). */
export const CDN = `https://cdn.jsdelivr.net/npm/conflict-timeline@${pkg.version}`;
export const SCRIPT_TAG = `<script type="module" src="${CDN}/dist/conflict-timeline.min.js"></script>`;
/** The Syria sample as the package ships it. */
export const SYRIA_URL = `${CDN}/data/syria.json`;

/** `parameters` of a story whose "Show code" is `html` after the script tag. */
export const showCode = (html: string) => ({
  docs: { source: { code: `${SCRIPT_TAG}\n\n${html.trim()}\n`, language: 'html' } },
});

/** The global `transform`: the rendered HTML of a story, after the script tag. */
export const withScriptTag = (code: string) =>
  code.includes('conflict-timeline.min.js') ? code : `${SCRIPT_TAG}\n\n${code.trim()}\n`;

/**
 * JSON for inside a `<script>`: `<`, `>` and `&` as `\u003c`… so that no text in the data can end the
 * element; one line per record, so that a page of events stays readable.
 */
export function jsonForScript(value: unknown, indent = ''): string {
  const line = (v: unknown) =>
    JSON.stringify(v).replace(
      /[<>&\u2028\u2029]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  if (!value || typeof value !== 'object' || Array.isArray(value)) return line(value);
  const inner = `${indent}  `;
  const fields = Object.entries(value as Record<string, unknown>).map(([key, v]) => {
    const text =
      Array.isArray(v) && v.length > 0 && typeof v[0] === 'object'
        ? `[\n${v.map((item) => `${inner}  ${line(item)}`).join(',\n')}\n${inner}]`
        : line(v);
    return `${inner}${JSON.stringify(key)}: ${text}`;
  });
  return `{\n${fields.join(',\n')}\n${indent}}`;
}

/** A `<script type="application/json">` child holding `value`, indented by `indent`. */
export const inlineJson = (value: unknown, indent = '  ') =>
  `${indent}<script type="application/json">\n${indent}${jsonForScript(value, indent)}\n${indent}</script>`;

/**
 * The dataset cut down to `events` and what they refer to (their actors, those actors' sides, their
 * sources), so that an inline snippet carries only what it shows.
 */
export function datasetFor(
  events: DatasetInput['events'],
  from: DatasetInput,
  extra: Omit<DatasetInput, 'events'> = {},
): DatasetInput {
  const ref = (a: unknown) => (typeof a === 'string' ? a : (a as { id: string }).id);
  const actorIds = new Set(events.flatMap((e) => (e.actors ?? []).map(ref)));
  const sourceIds = new Set(events.flatMap((e) => (e.sources ?? []).map(ref)));
  const actors = (from.actors ?? []).filter((a) => actorIds.has(a.id));
  const sideIds = new Set(actors.map((a) => a.side));
  const cut: Omit<DatasetInput, 'events'> = { ...(from.title ? { title: from.title } : {}), ...extra };
  const sides = (from.sides ?? []).filter((s) => sideIds.has(s.id));
  const sources = (from.sources ?? []).filter((s) => sourceIds.has(s.id));
  if (sides.length) cut.sides = sides;
  if (actors.length) cut.actors = actors;
  if (sources.length) cut.sources = sources;
  return { ...cut, events };
}

/** What the article's stylesheet needs: the column, the full-bleed breakout, and the space reserved. */
export const ARTICLE_CSS = `.article {
  display: grid;
  grid-template-columns:
    [full-start] minmax(1rem, 1fr)
    [column-start] min(680px, 100% - 2rem)
    [column-end] minmax(1rem, 1fr) [full-end];
  font: 18px/1.6 Georgia, serif;
}
.article > * { grid-column: column; }
.article > .full-bleed { grid-column: full; width: 100%; max-width: 1280px; justify-self: center; }
/* Keep the article from shifting while the script loads; the fallback list stays readable without it. */
conflict-timeline:not(:defined) { display: block; min-height: 30rem; }
@media (scripting: enabled) {
  conflict-timeline:not(:defined) { height: 30rem; overflow: hidden; }
}`;
