/**
 * What the importers share: a builder that collects a {@link DatasetInput} from a source format (actors,
 * sides and sources made once per name, with readable unique ids), remembers where each event came from,
 * and collects the importer's own issues.
 */
import { errorMessage } from '../guards.js';
import { parseDataset } from '../parse-dataset.js';
import type {
  Actor,
  ConflictEventInput,
  DataIssue,
  DatasetInput,
  ParseResult,
  Side,
  Source,
} from '../types.js';

/** Where an event came from in the source, for issues about it. */
export interface EventOrigin {
  /** JSON pointer into the source: `/events/3` for JSON, `/1168` (data row 1168) for CSV. */
  path: string;
  /** How a person finds it: `line 1170` in a CSV file; `''` when the path says enough. */
  label: string;
}

/** A source format turned into a dataset, before validation. */
export interface Conversion {
  input: DatasetInput;
  /** The importer's own issues (format problems, records dropped, fields not imported). */
  issues: DataIssue[];
  /** `origins[i]` is where `input.events[i]` came from. */
  origins: EventOrigin[];
}

const MAX_ID_LENGTH = 64;

/**
 * A readable id from a name: lower case, accents dropped, runs of anything but letters and digits (any
 * script) turned into one `-`, at most 64 characters. `fallback` when nothing is left.
 */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, MAX_ID_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** An id not in `used` (`base`, then `base-2`, `base-3`…), added to `used`. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Where a record is, for the start of a message: `line 12: ` or `''`. */
export function locate(origin: EventOrigin): string {
  return origin.label ? `${origin.label}: ` : '';
}

export class DatasetBuilder {
  readonly issues: DataIssue[] = [];
  private readonly events: ConflictEventInput[] = [];
  private readonly origins: EventOrigin[] = [];
  private readonly sides = new Map<string, Side>();
  private readonly actorsByName = new Map<string, Actor>();
  private readonly actorIds = new Set<string>();
  private readonly sourcesByKey = new Map<string, Source>();
  private readonly sourceIds = new Set<string>();

  error(path: string, message: string): void {
    this.issues.push({ path, message, severity: 'error' });
  }

  warning(path: string, message: string): void {
    this.issues.push({ path, message, severity: 'warning' });
  }

  /** Adds a side once; returns its id. */
  side(id: string, label: string): string {
    if (!this.sides.has(id)) this.sides.set(id, { id, label });
    return id;
  }

  /**
   * The id of the actor with this name, made on first use. `side` is set the first time one is known,
   * so an actor seen first without a side (an associated actor) gets one when later seen with it.
   */
  actor(name: string, side?: string): string {
    let actor = this.actorsByName.get(name);
    if (!actor) {
      actor = { id: uniqueId(slugify(name, 'actor'), this.actorIds), name };
      this.actorsByName.set(name, actor);
    }
    if (side && !actor.side) actor.side = side;
    return actor.id;
  }

  /**
   * The id of the source known by `key` (e.g. a publisher's name), made on first use by `make` from an
   * id derived from `idBase`.
   */
  source(key: string, idBase: string, make: (id: string) => Source): string {
    let source = this.sourcesByKey.get(key);
    if (!source) {
      source = make(uniqueId(slugify(idBase, 'source'), this.sourceIds));
      this.sourcesByKey.set(key, source);
    }
    return source.id;
  }

  event(event: ConflictEventInput, origin: EventOrigin): void {
    this.events.push(event);
    this.origins.push(origin);
  }

  get eventCount(): number {
    return this.events.length;
  }

  /** The dataset so far, with `meta` (title, description…) on top. Empty lists are left out. */
  finish(meta: Omit<DatasetInput, 'events' | 'sides' | 'actors' | 'sources'> = {}): Conversion {
    const input: DatasetInput = { ...meta, events: this.events };
    if (this.sides.size) input.sides = [...this.sides.values()];
    if (this.actorsByName.size) input.actors = [...this.actorsByName.values()];
    if (this.sourcesByKey.size) input.sources = [...this.sourcesByKey.values()];
    return { input, issues: this.issues, origins: this.origins };
  }
}

/**
 * What an importer returns: `parseDataset`'s result for the converted data, with the importer's own
 * issues first, and the converted data itself as `input` (plain JSON in this library's format: save it
 * with `JSON.stringify` to serve it to `<conflict-timeline src>` without converting again).
 */
export interface ImportResult extends ParseResult {
  input: DatasetInput;
}

const EVENT_PATH = /^\/events\/(\d+)(\/.*)?$/;

/**
 * Validates a conversion with `parseDataset` and merges the issues. An issue `parseDataset` raises about
 * an event is moved to where the event came from (`/1168`, `line 1170: date: …`); issues about the
 * sides, actors and sources an importer made keep their paths, which point into `input`.
 */
export function finishImport({ input, issues, origins }: Conversion): ImportResult {
  const { dataset, issues: parseIssues } = parseDataset(input);
  const located = parseIssues.map((issue): DataIssue => {
    const m = EVENT_PATH.exec(issue.path);
    const origin = m ? origins[Number(m[1])] : undefined;
    if (!m || !origin) return issue;
    const field = m[2] ? `${m[2].slice(1).replace(/\//g, '.')}: ` : '';
    // "already used by /events/0" names another event: name it as the source does too.
    const message = issue.message.replace(/\/events\/(\d+)/g, (whole, i: string) => {
      const other = origins[Number(i)];
      return other ? other.label || other.path : whole;
    });
    return { ...issue, path: origin.path, message: `${locate(origin)}${field}${message}` };
  });
  return { dataset, issues: [...issues, ...located], input };
}

/** A conversion that produced nothing: the input is not of the format at all. */
export function unusableInput(message: string): Conversion {
  return {
    input: { events: [] },
    issues: [{ path: '', message, severity: 'error' }],
    origins: [],
  };
}

/**
 * Runs `convert`, turning an exception (a bug, or an input so odd that it found one) into one issue so
 * that an importer never throws to the host page.
 */
export function safely(format: string, convert: () => Conversion): Conversion {
  try {
    return convert();
  } catch (e) {
    return unusableInput(`the ${format} importer failed: ${errorMessage(e)}`);
  }
}
