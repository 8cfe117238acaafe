import { literal, type StaticValue } from 'lit/static-html.js';
import { headingLevel } from './heading-level.js';

const HEADINGS: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The heading tag for a level, for `lit/static-html.js` templates: levels below 2 and above 6 are
 * held to h2 and h6 (an embed's headings sit under the article's h1), a level that is not a number
 * becomes `fallback`.
 */
export function headingTag(level: unknown, fallback = 3): StaticValue {
  return HEADINGS[headingLevel(level, fallback) - 2]!;
}
