/**
 * `parseDataset`: checks a dataset from JSON and returns the normalised `Dataset` the elements use,
 * with one `DataIssue` per problem. Never throws. A bad record is dropped (an `error`) or repaired (a
 * `warning`), and never takes the good records around it down with it.
 *
 * Rules, in short (the README's "Data model" has the full table):
 * - required: `events[].id`, `.title`, `.date`; `sides[].id`, `.label`; `actors[].id`, `.name`;
 *   `sources[].id`, `.publisher`. Missing, empty or not text → the record is dropped. A repeated id →
 *   the later record is dropped.
 * - a date parseDate rejects → the event is dropped with its reason.
 * - optional fields of the wrong type, unknown actor/side/source ids, coordinates out of range, counts
 *   that are not whole numbers ≥ 0, `low > high` (both removed, `count` kept), colours that are not
 *   colours, links that are not http(s) → that field or reference is removed; the record is kept.
 * - two sides' colours (or an actor's own colour and another side's) that look alike for normal vision
 *   or a simulated colour vision deficiency → a warning at the later colour (nothing is removed).
 * - `null` and `""` in an optional field mean "absent" and raise nothing. Unknown fields are ignored.
 * - text longer than the limits (see {@link ParseDatasetOptions}) is cut and ends with "…"; an id that
 *   long is refused (cutting it would change which record it names).
 * - events past `maxEvents` are dropped with one issue.
 */
import { DatasetReader, type ParseDatasetOptions, type Rec } from './dataset-reader.js';
import { describeValue, errorMessage, isRecord, quoteText } from './guards.js';
import { beginEvents } from './parse-events.js';
import { readActors, readSides, readSources, warnLookalikeColors, type ColorPaths } from './parse-records.js';
import type { Actor, DataIssue, Dataset, ParseResult, Side, Source } from './types.js';

/**
 * The fields `parseDataset` reads, per kind of record; anything else is ignored. The JSON Schema in
 * `schema/dataset.schema.json` lists the same fields (a test keeps the two in step).
 */
export const KNOWN_FIELDS = {
  dataset: ['title', 'description', 'lang', 'updated', 'sides', 'actors', 'sources', 'events'],
  side: ['id', 'label', 'color'],
  actor: ['id', 'name', 'short', 'side', 'color', 'aliases', 'description'],
  source: ['id', 'title', 'publisher', 'published', 'url'],
  event: [
    'id',
    'date',
    'title',
    'summary',
    'category',
    'actors',
    'place',
    'fatalities',
    'claimedBy',
    'sources',
    'tags',
    'importance',
  ],
  actorRef: ['id', 'role'],
  place: ['name', 'admin1', 'country', 'lat', 'lon', 'approximate'],
  fatalities: ['count', 'low', 'high', 'who', 'claimedBy'],
} as const;

/** One RFC 6901 reference token: `~` → `~0`, `/` → `~1`. */
function escapePointerToken(token: string | number): string {
  const s = String(token);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** An RFC 6901 JSON pointer from its tokens: `jsonPointer('events', 3, 'date')` → `/events/3/date`. */
export function jsonPointer(...tokens: Array<string | number>): string {
  let pointer = '';
  for (const token of tokens) pointer += '/' + escapePointerToken(token);
  return pointer;
}

/**
 * The mark of a dataset the parser made (and so checked): the elements take those as they are. A
 * registered symbol, so that two copies of the package on a page (the embed, and core from npm)
 * know each other's; not enumerable, so that a copy made by hand (`{ ...dataset }`) is not marked.
 */
const PARSED = Symbol.for('conflict-timeline.parsed-dataset');

/** Whether `value` is a dataset `parseDataset` or `parseDatasetInSlices` gave (not one made by hand). */
export const isParsedDataset = (value: unknown): value is Dataset =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, PARSED);

/** A dataset with nothing in it (what an unusable input gives, and what the parser fills). */
export function emptyDataset(): Dataset {
  const dataset: Dataset = {
    sides: [],
    actors: [],
    sources: [],
    events: [],
    sidesById: new Map(),
    actorsById: new Map(),
    sourcesById: new Map(),
    eventsById: new Map(),
  };
  Object.defineProperty(dataset, PARSED, { value: true });
  return dataset;
}

/** The dataset's own fields, then its sides, actors and sources (the events come after, see `beginEvents`). */
export function readDatasetHead(reader: DatasetReader, root: Rec): Dataset {
  const dataset = emptyDataset();
  const title = reader.optionalText(root, 'title', '');
  if (title !== undefined) dataset.title = title;
  const description = reader.optionalText(root, 'description', '', true);
  if (description !== undefined) dataset.description = description;
  const lang = reader.optionalText(root, 'lang', '');
  if (lang !== undefined) {
    try {
      dataset.lang = Intl.getCanonicalLocales(lang)[0];
    } catch {
      reader.warn(
        '/lang',
        `lang ${quoteText(lang)} is not a BCP 47 language tag such as "en" or "ar" (removed)`,
      );
    }
  }
  const updated = reader.isoDate(root, 'updated', '');
  if (updated !== undefined) dataset.updated = updated;

  const sidesById = new Map<string, Side>();
  const actorsById = new Map<string, Actor>();
  const sourcesById = new Map<string, Source>();
  dataset.sidesById = sidesById;
  dataset.actorsById = actorsById;
  dataset.sourcesById = sourcesById;

  const colorPaths: ColorPaths = new Map();
  readSides(reader, root, dataset.sides, sidesById, colorPaths);
  readActors(reader, root, dataset.actors, actorsById, sidesById, colorPaths);
  warnLookalikeColors(reader, dataset.sides, dataset.actors, sidesById, colorPaths);
  readSources(reader, root, dataset.sources, sourcesById);
  return dataset;
}

/** The dataset's own fields, then its sides, actors and sources, then the events that refer to them. */
function readDataset(reader: DatasetReader, root: Rec): Dataset {
  const dataset = readDatasetHead(reader, root);
  const events = beginEvents(reader, root, dataset);
  events.readTo(events.count);
  dataset.eventsById = events.finish();
  return dataset;
}

/**
 * Checks and normalises a dataset. `input` is the dataset object or its JSON text. Never throws:
 * returns the usable part as a `Dataset` (events sorted by time then id, references as `{ id, role }`,
 * lookups by id, no object of `input` reused) and an issue for each problem, with a JSON pointer into
 * `input`. The result is read-only: to save memory at scale, events with the same date text share one
 * frozen `time`, and empty lists and references without a role are frozen and shared.
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): ParseResult {
  let issues: DataIssue[] = [];
  // Everything is inside the `try`: options, the input and each record may be hostile objects. Records
  // are read in their own `try` (one bad record drops itself); only a dataset whose top level cannot be
  // read gets here.
  try {
    const reader = new DatasetReader(options);
    issues = reader.issues;
    let root = input;
    if (typeof input === 'string') {
      try {
        root = JSON.parse(input);
      } catch (e) {
        reader.error('', `the input is not valid JSON: ${errorMessage(e).slice(0, 300)}`);
        return { dataset: emptyDataset(), issues };
      }
    }
    if (!isRecord(root)) {
      reader.error('', `a dataset must be an object with an "events" list, not ${describeValue(root)}`);
      return { dataset: emptyDataset(), issues };
    }
    return { dataset: readDataset(reader, root), issues };
  } catch (e) {
    issues.push({
      path: '',
      message: `the dataset could not be read: ${errorMessage(e)}`,
      severity: 'error',
    });
    return { dataset: emptyDataset(), issues };
  }
}

/** One line for people: `/events/3/date: 30 February 2015 does not exist (event "x" dropped)`. */
export function formatIssue(issue: DataIssue): string {
  return `${issue.path === '' ? '(input)' : issue.path}: ${issue.message}`;
}
