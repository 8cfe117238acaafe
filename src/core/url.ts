/**
 * Links from data. A URL becomes a link only when it is absolute http or https: `javascript:`, `data:`,
 * `vbscript:`, `file:` and relative URLs (whose meaning depends on the page) stay plain text.
 */

/** Longer strings are not links a newsroom wrote; refusing them keeps a huge string out of the parser. */
const MAX_URL_LENGTH = 4096;

/** `text` as a normalised absolute http(s) URL, or `undefined` when it is anything else. */
export function httpUrl(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.length > MAX_URL_LENGTH) return undefined;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
