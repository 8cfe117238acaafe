/**
 * What an event's card says of it in words: its death toll, with who counted and who claims it, and
 * its place. Apart from `format.ts` so that the embed loads it with `<event-card>`, not for the track.
 */
import { formatNumber, isolate, numberFormat, plurals } from './format.js';
import { messagesFor, type Messages, type PluralCategory } from './messages.js';
import type { Fatalities, Place } from './types.js';

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

// ES2023 `Intl` members, present in every engine we support but not in this project's ES2022 lib.
type NumberFormatWithRange = Intl.NumberFormat & { formatRange?: (low: number, high: number) => string };
type PluralRulesWithRange = Intl.PluralRules & {
  selectRange?: (low: number, high: number) => PluralCategory;
};

interface Figure {
  text: string;
  /** The number the noun after the figure agrees with (the upper one of a range). */
  plural: PluralCategory;
}

function figureOf(f: Fatalities, locale: string | undefined, messages: Messages): Figure | undefined {
  const rules = plurals(locale);
  const one = (n: number): Figure => ({ text: formatNumber(n, locale), plural: rules.select(n) });
  if (isCount(f.count)) return one(f.count);
  const low = isCount(f.low) ? f.low : undefined;
  const high = isCount(f.high) ? f.high : undefined;
  if (low !== undefined && high !== undefined && low < high) {
    const format: NumberFormatWithRange = numberFormat(locale);
    const ranges: PluralRulesWithRange = rules;
    const text =
      typeof format.formatRange === 'function'
        ? format.formatRange(low, high)
        : messages.numberRange(format.format(low), format.format(high));
    const plural =
      typeof ranges.selectRange === 'function' ? ranges.selectRange(low, high) : rules.select(high);
    return { text, plural };
  }
  if (low !== undefined && high !== undefined && low === high) return one(low);
  if (low !== undefined && high === undefined) {
    const figure = one(low);
    return { ...figure, text: messages.atLeast(figure.text) };
  }
  if (high !== undefined && low === undefined) {
    const figure = one(high);
    return { ...figure, text: messages.atMost(figure.text) };
  }
  return undefined;
}

/**
 * The figure of a death toll: "73" (`count`), "at least 73" (`low` alone), "15–20" (`low` and `high`,
 * via `Intl.NumberFormat#formatRange`), "up to 20" (`high` alone); `undefined` when there is no
 * usable figure (or `low > high`).
 */
export function formatFatalities(
  fatalities: Fatalities,
  locale?: string,
  messages: Messages = messagesFor(locale),
): string | undefined {
  return figureOf(fatalities, locale, messages)?.text;
}

/**
 * A death toll as a sentence fragment with who counted and who claims it: "at least 73 killed,
 * according to the Syrian Observatory for Human Rights", "40 killed, as claimed by rebel insurgents"
 * (the names from data inside bidi {@link isolate}s). `undefined` when there is no usable figure.
 */
export function describeFatalities(
  fatalities: Fatalities,
  locale?: string,
  messages: Messages = messagesFor(locale),
): string | undefined {
  const figure = figureOf(fatalities, locale, messages);
  if (!figure) return undefined;
  let text = messages.killed(figure.text, figure.plural);
  const who = fatalities.who?.trim();
  if (who) text = messages.accordingTo(text, isolate(who));
  const claimedBy = fatalities.claimedBy?.trim();
  if (claimedBy) text = messages.asClaimedBy(text, isolate(claimedBy));
  return text;
}

/**
 * A place from the specific to the general, "Jisr al-Shughur, Idlib, Syria", leaving out empty parts
 * and a part that an earlier one already says ("Idlib, Idlib"; "Jobar, Damascus, Damascus").
 */
export function formatPlace(place: Partial<Place>, messages: Messages = messagesFor()): string {
  const parts: string[] = [];
  // A part already said is not repeated: "Jobar, Damascus" in Damascus, "Idlib province" in Idlib.
  const said = (text: string) => {
    const word = new RegExp(`(^|[\\s,،(])${escapeRegExp(text.toLocaleLowerCase())}($|[\\s,،)])`, 'u');
    return parts.some((p) => word.test(p.toLocaleLowerCase()));
  };
  for (const part of [place.name, place.admin1, place.country]) {
    const text = typeof part === 'string' ? part.trim() : '';
    if (text && !said(text)) parts.push(text);
  }
  return parts.join(messages.comma);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
