/** The English month names, lower case, January first. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * An English month name or its abbreviation ("Sep", "Sept.", "June") as 1–12; `undefined` for
 * anything else ("Ma", "Mayo"). Shared by the importers that read dates people or exports write.
 */
export function monthNumber(word: string): number | undefined {
  const text = word.toLowerCase().replace(/\.$/, '');
  if (text.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((name) => name.startsWith(text.slice(0, 3)));
  return i >= 0 && MONTH_NAMES[i].startsWith(text) ? i + 1 : undefined;
}
