/**
 * What every part of `parseDataset` shares: the limits, the issues found so far, and the readers of
 * the kinds of field all records have (ids, text, lists, colours, dates, links, counts), each of which
 * reports what it removes or cuts.
 */
import { normalizeColor } from './color.js';
import { parseDate } from './dates.js';
import { describeValue, errorMessage, isRecord, quoteText } from './guards.js';
import type { DataIssue } from './types.js';
import { httpUrl } from './url.js';

export interface ParseDatasetOptions {
  /** Events past this many, in input order, are dropped with one issue. Default 200,000. */
  maxEvents?: number;
  /**
   * The longest text kept in any field; long text fields (`summary`, `description`) are cut to this.
   * Default 10,000 characters.
   */
  maxStringLength?: number;
  /**
   * The longest text kept in short fields (titles, names, labels, places, roles, tags…) and the
   * longest id accepted. Default 500 characters (never more than `maxStringLength`).
   */
  maxShortStringLength?: number;
}

export const DEFAULT_PARSE_LIMITS: Readonly<Required<ParseDatasetOptions>> = {
  maxEvents: 200_000,
  maxStringLength: 10_000,
  maxShortStringLength: 500,
};

/** A record of the input: an object whose fields are not checked yet. */
export type Rec = Record<string, unknown>;

/** The kinds of record with an id, as issues name them. */
export type Kind = 'event' | 'side' | 'actor' | 'source';

/** Absent, `null` and `""` all mean "not given" in an optional field. */
export const isAbsent = (value: unknown) => value === undefined || value === null || value === '';

export const formatCount = (n: number) => n.toLocaleString('en-US');

/** Cuts text to `limit` characters, the last being "…", without splitting a surrogate pair. */
function truncate(text: string, limit: number): string {
  let end = Math.max(0, limit - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

/**
 * The state of one `parseDataset` call (its limits and the issues found so far) and the readers of
 * the fields that every kind of record has. Paths are built only when there is an issue to report
 * (`base` is the pointer of the object being read): clean records allocate no path strings beyond
 * one each.
 */
export class DatasetReader {
  readonly issues: DataIssue[] = [];
  readonly maxLong: number;
  readonly maxShort: number;
  readonly maxEvents: number;

  /**
   * Reads the limits from `options`; a value that is not a usable number gives the default. Options
   * that cannot be read at all (a revoked Proxy, a throwing getter) give the defaults and a warning.
   */
  constructor(options: unknown) {
    const positive = (value: unknown, fallback: number) =>
      typeof value === 'number' && value >= 1 ? Math.floor(value) : fallback;
    let limits: ParseDatasetOptions = {};
    try {
      if (isRecord(options)) {
        limits = {
          maxEvents: options.maxEvents as number,
          maxStringLength: options.maxStringLength as number,
          maxShortStringLength: options.maxShortStringLength as number,
        };
      }
    } catch (e) {
      this.warn('', `the options could not be read: ${errorMessage(e)} (the default limits are used)`);
    }
    this.maxLong = positive(limits.maxStringLength, DEFAULT_PARSE_LIMITS.maxStringLength);
    this.maxShort = Math.min(
      this.maxLong,
      positive(limits.maxShortStringLength, DEFAULT_PARSE_LIMITS.maxShortStringLength),
    );
    this.maxEvents =
      typeof limits.maxEvents === 'number' && limits.maxEvents >= 0
        ? Math.floor(limits.maxEvents)
        : DEFAULT_PARSE_LIMITS.maxEvents;
  }

  error(path: string, message: string): void {
    this.issues.push({ path, message, severity: 'error' });
  }

  warn(path: string, message: string): void {
    this.issues.push({ path, message, severity: 'warning' });
  }

  /** `(event dropped)`, or `(event "x" dropped)` once the id is known. */
  dropped(kind: Kind, id?: string): string {
    return id === undefined ? `(${kind} dropped)` : `(${kind} ${quoteText(id)} dropped)`;
  }

  /** A required id: text, not blank, not over the short limit. `undefined` (and an error) otherwise. */
  requiredId(rec: Rec, base: string, kind: Kind): string | undefined {
    const value = rec.id;
    if (typeof value === 'string' && value.length <= this.maxShort && value.trim() !== '') return value;
    const path = base + '/id';
    if (value === undefined || value === null) this.error(path, `${kind} has no id ${this.dropped(kind)}`);
    else if (typeof value !== 'string') {
      this.error(path, `id must be text, not ${describeValue(value)} ${this.dropped(kind)}`);
    } else if (value.trim() === '') this.error(path, `id is empty ${this.dropped(kind)}`);
    else {
      this.error(
        path,
        `id is ${formatCount(value.length)} characters long; ids may have at most ` +
          `${formatCount(this.maxShort)} ${this.dropped(kind)}`,
      );
    }
    return undefined;
  }

  /** A required text field (title, name, label, publisher), cut to the short limit. */
  requiredText(rec: Rec, key: string, base: string, kind: Kind, id: string): string | undefined {
    const value = rec[key];
    const text = typeof value === 'string' ? this.limit(value, this.maxShort, base, key) : '';
    if (text !== '') return text;
    const path = base + '/' + key;
    if (value === undefined || value === null) {
      this.error(path, `${kind} has no ${key} ${this.dropped(kind, id)}`);
    } else if (typeof value !== 'string') {
      this.error(path, `${key} must be text, not ${describeValue(value)} ${this.dropped(kind, id)}`);
    } else this.error(path, `${key} is empty ${this.dropped(kind, id)}`);
    return undefined;
  }

  /** An optional text field; `long` fields get the long limit. */
  optionalText(rec: Rec, key: string, base: string, long = false): string | undefined {
    const value = rec[key];
    if (typeof value === 'string') {
      // Blank text is absent.
      return this.limit(value, long ? this.maxLong : this.maxShort, base, key) || undefined;
    }
    if (!isAbsent(value))
      this.warn(base + '/' + key, `${key} must be text, not ${describeValue(value)} (removed)`);
    return undefined;
  }

  /**
   * `value` without surrounding white space, or when it is over `max` characters, cut (and a warning at
   * `base/key[/index]`). Trimming also flattens a string built by concatenation into one piece, which
   * takes less memory than the pieces.
   */
  limit(raw: string, max: number, base: string, key: string, index?: number): string {
    const value = raw.trim();
    if (value.length <= max) return value;
    this.warn(
      base + '/' + key + (index === undefined ? '' : '/' + index),
      `${key} is ${formatCount(value.length)} characters long (cut to ${formatCount(max)})`,
    );
    return truncate(value, max);
  }

  /** An optional list of text (aliases, tags); entries that are not text are removed. */
  textList(rec: Rec, key: string, base: string): string[] | undefined {
    const value = rec[key];
    if (isAbsent(value)) return undefined;
    if (!Array.isArray(value)) {
      this.warn(base + '/' + key, `${key} must be a list of text, not ${describeValue(value)} (removed)`);
      return undefined;
    }
    const out: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string' && item.trim() !== '')
        out.push(this.limit(item, this.maxShort, base, key, i));
      else if (typeof item === 'string')
        continue; // blank
      else if (!isAbsent(item)) {
        this.warn(base + '/' + key + '/' + i, `${key} must hold text, not ${describeValue(item)} (removed)`);
      }
    }
    return out;
  }

  /** An optional colour, normalised to `#rrggbb`/`rgba(…)`. */
  color(rec: Rec, base: string): string | undefined {
    const value = rec.color;
    if (isAbsent(value)) return undefined;
    const color = typeof value === 'string' ? normalizeColor(value) : undefined;
    if (color === undefined) {
      this.warn(
        base + '/color',
        typeof value === 'string'
          ? `color ${quoteText(value)} is not a CSS colour such as #b22222 (removed)`
          : `color must be text such as "#b22222", not ${describeValue(value)} (removed)`,
      );
    }
    return color;
  }

  /** An optional ISO date (dataset `updated`, source `published`), checked with parseDate. */
  isoDate(rec: Rec, key: string, base: string): string | undefined {
    const value = this.optionalText(rec, key, base);
    if (value === undefined) return undefined;
    const parsed = parseDate(value);
    if (parsed.ok) return value;
    this.warn(base + '/' + key, `${parsed.reason} (${key} removed)`);
    return undefined;
  }

  /** The list at `key`: `undefined` when absent (an error when `required`), or not a list (an error). */
  list(root: Rec, key: string, required: boolean): unknown[] | undefined {
    const value = root[key];
    if (Array.isArray(value)) return value;
    if (value === undefined || value === null) {
      if (required) this.error('/' + key, `the dataset has no ${key} list`);
    } else {
      this.error('/' + key, `${key} must be a list, not ${describeValue(value)} (all ${key} dropped)`);
    }
    return undefined;
  }

  /**
   * Runs `read` on each record of a list from `from` up to `count`, so that an exception (a throwing
   * getter or a Proxy in an object built in code) drops that record alone.
   */
  each(
    items: unknown[],
    key: string,
    kind: Kind,
    count: number,
    read: (rec: Rec, base: string, index: number) => void,
    from = 0,
  ) {
    const prefix = '/' + key + '/';
    for (let i = from; i < count; i++) {
      const base = prefix + i;
      try {
        const item: unknown = items[i];
        if (isRecord(item)) read(item, base, i);
        else this.error(base, `${kind} must be an object, not ${describeValue(item)} ${this.dropped(kind)}`);
      } catch (e) {
        this.error(base, `${kind} could not be read: ${errorMessage(e)} ${this.dropped(kind)}`);
      }
    }
  }

  /** Reports a repeated id: the record at `base` is dropped, `firstPath` keeps the id. */
  duplicate(id: string, base: string, firstPath: string, kind: Kind): void {
    this.error(base + '/id', `id ${quoteText(id)} is already used by ${firstPath} ${this.dropped(kind, id)}`);
  }

  /** An optional absolute http(s) link. */
  url(rec: Rec, base: string): string | undefined {
    const value = rec.url;
    if (isAbsent(value)) return undefined;
    const url = httpUrl(value);
    if (url === undefined) {
      this.warn(
        base + '/url',
        typeof value === 'string'
          ? `url ${quoteText(value)} is not an absolute http(s) link (removed)`
          : `url must be text, not ${describeValue(value)} (removed)`,
      );
    }
    return url;
  }

  /** An optional whole number of 0 or more (a fatalities figure). */
  count(rec: Rec, key: string, path: string): number | undefined {
    const value = rec[key];
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    if (!isAbsent(value)) {
      this.warn(
        path + '/' + key,
        `${key} must be a whole number of 0 or more, not ${describeValue(value)} (removed)`,
      );
    }
    return undefined;
  }
}
