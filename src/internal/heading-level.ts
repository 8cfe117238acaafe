/**
 * A heading level for a timeline or card inside an article: levels below 2 and above 6 are held to 2
 * and 6 (an embed's headings sit under the article's h1), a level that is not a number becomes
 * `fallback`.
 */
export function headingLevel(level: unknown, fallback = 3): number {
  const n = typeof level === 'number' && Number.isFinite(level) ? Math.round(level) : fallback;
  return Math.max(2, Math.min(6, n));
}
