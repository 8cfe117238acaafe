import { html, nothing, type TemplateResult } from 'lit';

/** The attributes a heading of these elements can have (`class` always). */
export interface HeadingAttributes {
  id?: string;
  class: string;
  part?: string;
  lang?: string;
}

type Heading = (attributes: HeadingAttributes, content: unknown) => TemplateResult;

// One template per level rather than `lit/static-html.js`: the tag is the only thing that changes,
// and the first paint (the timeline's title) then needs no static templates.
// (One line each: the heading's text must not gain white space.)
// prettier-ignore
const HEADINGS: readonly Heading[] = [
  (a, c) => html`<h2 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing} lang=${a.lang ?? nothing}>${c}</h2>`,
  (a, c) => html`<h3 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing} lang=${a.lang ?? nothing}>${c}</h3>`,
  (a, c) => html`<h4 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing} lang=${a.lang ?? nothing}>${c}</h4>`,
  (a, c) => html`<h5 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing} lang=${a.lang ?? nothing}>${c}</h5>`,
  (a, c) => html`<h6 id=${a.id ?? nothing} class=${a.class} part=${a.part ?? nothing} lang=${a.lang ?? nothing}>${c}</h6>`,
];

/**
 * A heading at `level` with `content` inside: levels below 2 and above 6 are held to h2 and h6 (an
 * embed's headings sit under the article's h1), a level that is not a number becomes `fallback`.
 */
export function heading(
  level: unknown,
  attributes: HeadingAttributes,
  content: unknown,
  fallback = 3,
): TemplateResult {
  return HEADINGS[headingLevel(level, fallback) - 2]!(attributes, content);
}

/** A level held to 2–6; not a number: `fallback`. */
function headingLevel(level: unknown, fallback: number): number {
  const n = typeof level === 'number' && Number.isFinite(level) ? Math.round(level) : fallback;
  return Math.max(2, Math.min(6, n));
}
