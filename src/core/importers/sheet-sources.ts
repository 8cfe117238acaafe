/** The sources a sheet cites, each made once however many rows cite it. */
import type { Source } from '../types.js';
import { httpUrl } from '../url.js';
import { slugify, uniqueId } from './dataset-builder.js';
import type { SourceEntry } from './sheet-cells.js';
import { parseSheetDate } from './sheet-date.js';

/** Sources made once each: by id when the entry gives one, else by all four parts. */
export class SourceRegistry {
  private readonly _byKey = new Map<string, Source>();
  private readonly _byId = new Map<string, Source>();
  private readonly _ids = new Set<string>();
  readonly list: Source[] = [];

  /** Ids the sheet gives are reserved first, so that made ids never take one. */
  reserve(id: string): void {
    this._ids.add(id);
  }

  /** The id of the source an entry stands for (`undefined` when the entry is empty), with problems told to `warn`. */
  add(entry: SourceEntry, warn: (message: string) => void): string | undefined {
    const { publisher, title, url, id } = entry;
    if (!publisher && !title && !entry.published && !url && !id) return undefined;
    // A lone word that is a source id the sheet gives elsewhere cites that source.
    if (!title && !entry.published && !url && !id && this._byId.has(publisher)) return publisher;
    // "2 December 2024" and "2024-12-02" are one date: entries compare with the date as the JSON writes it.
    const date = entry.published ? parseSheetDate(entry.published) : undefined;
    const published = date?.ok && !date.date.includes('/') && !/[~?%]$/.test(date.date) ? date.date : '';
    const key = id ? `#${id}` : JSON.stringify([publisher, title, published || entry.published, url]);
    const known = this._byKey.get(key);
    if (known) {
      if (id && !sameSource(known, { ...entry, published: published || entry.published }))
        warn(`source "${id}" is written differently here; its first entry is used`);
      return known.id;
    }
    const source: Source = {
      id: id || uniqueId(slugify(`${publisher} ${published || entry.published}`, 'source'), this._ids),
      publisher: publisher || title || url || id,
    };
    if (!publisher) warn(`a source has no publisher; "${source.publisher}" is used`);
    if (title) source.title = title;
    if (published) source.published = published;
    else if (entry.published) warn(`source date "${entry.published}" is not a day, month or year; left out`);
    if (url) {
      source.url = url;
      if (!httpUrl(url)) warn(`source URL "${url}" is not an http(s) address; it will not be a link`);
    }
    this._byKey.set(key, source);
    this._byId.set(source.id, source);
    this.list.push(source);
    return source.id;
  }
}

const sameSource = (s: Source, e: SourceEntry) =>
  s.publisher === e.publisher &&
  (s.title ?? '') === e.title &&
  (s.published ?? '') === e.published &&
  (s.url ?? '') === e.url;
