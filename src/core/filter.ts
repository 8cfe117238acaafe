/**
 * Filtering for the reader: actor/side chips and a text search over title, summary, place, actor
 * names and aliases, category, claimant and tags. Matching ignores case and diacritics in any script ("Jisr al-Shughur" finds
 * "Jisr al-Shughūr"; "حلب" finds "حَلَب"), so readers need not type exactly what the editors wrote. Also the "12 of 27 events" text.
 */
import { formatNumber, plurals } from './format.js';
import type { Messages, PluralCategory } from './messages.js';
import { inSlices, type SliceClock } from './slices.js';
import type { ConflictEvent, Dataset } from './types.js';

/** Arabic letters that readers type interchangeably: alef forms, alef maqsura, teh marbuta. */
const ARABIC_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};
const ARABIC_FOLD_RE = /[أإآٱىةؤئ]/g;

/**
 * Folds text for matching: compatibility decomposition, no combining marks (accents, Arabic
 * harakat), no tatweel, lower case, Arabic letter variants unified, runs of space and punctuation
 * reduced to one space.
 */
export function foldForSearch(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\p{M}\u0640]/gu, '')
      // Apostrophes and ayn/hamza marks inside transliterated names: "Hay'at" is found by "hayat".
      .replace(/['’ʼʿʾ`]/g, '')
      .replace(ARABIC_FOLD_RE, (c) => ARABIC_FOLDS[c] ?? c)
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, ' ')
      .trim()
  );
}

/** The text of an event that a search looks in: title, summary, place, category, actors. */
function searchableText(event: ConflictEvent, dataset: Dataset): string {
  const parts: string[] = [event.title];
  if (event.summary) parts.push(event.summary);
  if (event.category) parts.push(event.category);
  const place = event.place;
  if (place) parts.push(place.name, place.admin1 ?? '', place.country ?? '');
  for (const ref of event.actors) {
    const actor = dataset.actorsById.get(ref.id);
    if (!actor) continue;
    parts.push(actor.name, actor.short ?? '', ...(actor.aliases ?? []));
  }
  if (event.claimedBy) parts.push(event.claimedBy);
  if (event.tags) parts.push(...event.tags);
  return foldForSearch(parts.join(' '));
}

/** The folded texts of a dataset's events; the first `filled` are made (the rest come while the page is idle). */
interface SearchTexts {
  texts: string[];
  filled: number;
}

const textsByDataset = new WeakMap<Dataset, SearchTexts>();

function searchTextsEntry(dataset: Dataset): SearchTexts {
  let entry = textsByDataset.get(dataset);
  if (!entry) textsByDataset.set(dataset, (entry = { texts: new Array(dataset.events.length), filled: 0 }));
  return entry;
}

/** Whether every event's searchable text is folded (a search then folds nothing). */
export function searchTextsReady(dataset: Dataset): boolean {
  return (textsByDataset.get(dataset)?.filled ?? 0) >= dataset.events.length;
}

/** Folds the texts of the events up to `to` that are not folded yet. */
function fillSearchTexts(dataset: Dataset, entry: SearchTexts, to: number): void {
  const events = dataset.events;
  for (let i = entry.filled; i < to; i++) entry.texts[i] = searchableText(events[i]!, dataset);
  entry.filled = Math.max(entry.filled, to);
}

/** The folded text of each of `dataset.events`: made now, all but those `prepareSearchTexts` made. */
function searchTexts(dataset: Dataset): string[] {
  const entry = searchTextsEntry(dataset);
  fillSearchTexts(dataset, entry, dataset.events.length);
  return entry.texts;
}

/**
 * Folds the searchable text of a large dataset's events a slice at a time, ahead of the reader's
 * first search (folding is the slow part of it); a search before it is done folds only the rest.
 * The dataset must not change afterwards (a `Dataset` does not).
 */
export async function prepareSearchTexts(dataset: Dataset, clock: SliceClock): Promise<void> {
  const entry = searchTextsEntry(dataset);
  const n = dataset.events.length;
  while (entry.filled < n) {
    await clock.pause();
    fillSearchTexts(dataset, entry, Math.min(n, entry.filled + 500));
  }
}

export interface EventFilter {
  /** Actor ids: an event matches when any of its actors is among them. Empty or absent: no actor filter. */
  actors?: ReadonlySet<string> | readonly string[];
  /** Side ids: an event matches when any of its actors belongs to one of them. */
  sides?: ReadonlySet<string> | readonly string[];
  /** Free text; every word must occur in the event's text. */
  query?: string;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((v) => b.has(v));

const asSet = (v: ReadonlySet<string> | readonly string[] | undefined): ReadonlySet<string> =>
  v instanceof Set ? v : new Set(v as readonly string[] | undefined);

/**
 * An index over a dataset's events for repeated filtering (a reader typing a query): the folded text
 * of each event is computed once, on first use.
 */
export class EventFilterIndex {
  private readonly _dataset: Dataset;
  private _texts?: string[];
  /** The last filter applied and what it kept. */
  private _last?: {
    words: string[];
    actors: ReadonlySet<string>;
    sides: ReadonlySet<string>;
    mask: Uint8Array;
    count: number;
  };

  constructor(dataset: Dataset) {
    this._dataset = dataset;
  }

  /** True when the filter would keep every event. */
  static isEmpty(filter: EventFilter): boolean {
    return !asSet(filter.actors).size && !asSet(filter.sides).size && !foldForSearch(filter.query ?? '');
  }

  /**
   * A mask over `dataset.events` (1 = shown) and the number shown. Words of the query match anywhere
   * in a word, because Arabic attaches the article and prepositions to it: "رقة" finds "الرقة".
   */
  apply(filter: EventFilter): { mask: Uint8Array; count: number } {
    const scan = this._scan(filter);
    if (!('scan' in scan)) return scan;
    scan.scan(0, this._dataset.events.length);
    return scan.done();
  }

  /**
   * `apply`, looking at the events a slice at a time on `clock` (a large dataset's keystroke); the
   * result is kept, so an `apply` of the same filter afterwards returns it at once.
   */
  async applyInSlices(filter: EventFilter, clock: SliceClock): Promise<{ mask: Uint8Array; count: number }> {
    const scan = this._scan(filter);
    if (!('scan' in scan)) return scan;
    await inSlices(this._dataset.events.length, clock, scan.scan, 20_000);
    return scan.done();
  }

  /** The result at once (the same words as the last filter), or a scan to run over the events. */
  private _scan(
    filter: EventFilter,
  ):
    | { mask: Uint8Array; count: number }
    | { scan: (from: number, to: number) => void; done: () => { mask: Uint8Array; count: number } } {
    const events = this._dataset.events;
    const mask = new Uint8Array(events.length);
    const actors = asSet(filter.actors);
    const sides = asSet(filter.sides);
    const words = foldForSearch(filter.query ?? '')
      .split(' ')
      .filter(Boolean);
    if (words.length) this._texts ??= searchTexts(this._dataset);
    // A query typed further (every word of the last one inside a word of this one), with the same
    // chips, keeps only events the last one kept: only those are looked at.
    const last = this._last;
    const sameParties = last !== undefined && sameSet(last.actors, actors) && sameSet(last.sides, sides);
    // The same words (a space typed after the last one): the same events.
    if (sameParties && last.words.join(' ') === words.join(' ')) {
      return { mask: last.mask, count: last.count };
    }
    const within =
      sameParties && last.words.length > 0 && last.words.every((old) => words.some((w) => w.includes(old)))
        ? last.mask
        : undefined;
    const texts = words.length ? this._texts : undefined;
    // Within the last matches, a word inside one of the last words is there already.
    const check = within ? words.filter((w) => !last!.words.some((old) => old.includes(w))) : words;
    const parties = !within && (actors.size > 0 || sides.size > 0);
    let count = 0;
    const scan = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        if (within && !within[i]) continue;
        if (parties && !this._matchesParties(events[i]!, actors, sides)) continue;
        if (texts) {
          const text = texts[i]!;
          let all = true;
          for (let w = 0; w < check.length && all; w++) all = text.includes(check[w]!);
          if (!all) continue;
        }
        mask[i] = 1;
        count++;
      }
    };
    const done = () => {
      this._last = { words, actors, sides, mask, count };
      return { mask, count };
    };
    return { scan, done };
  }

  private _matchesParties(
    event: ConflictEvent,
    actors: ReadonlySet<string>,
    sides: ReadonlySet<string>,
  ): boolean {
    for (const ref of event.actors) {
      if (actors.has(ref.id)) return true;
      if (sides.size) {
        const side = this._dataset.actorsById.get(ref.id)?.side;
        if (side && sides.has(side)) return true;
      }
    }
    return false;
  }
}

/** "12 of 27 events" (the noun agrees with the total, as Arabic needs). */
export function filteredCountText(messages: Messages, count: number, total: number, locale?: string): string {
  return messages.filteredCount(
    formatNumber(count, locale),
    formatNumber(total, locale),
    plurals(locale).select(total) as PluralCategory,
  );
}
