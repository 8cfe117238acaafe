/**
 * The interface strings: every word the elements write themselves (never data), in English and
 * Modern Standard Arabic. `messagesFor(lang, overrides)` picks a table by the primary language subtag
 * (`ar-SY` → Arabic; any language without a table → English) and lays a page's overrides on top.
 *
 * The table is flat on purpose: one key per string, so an override replaces exactly one string and a
 * new element adds its keys beside these. Strings that embed values are small functions. Labels for
 * data vocabularies (event categories, actor roles) are keys named `category.<id>` and `role.<id>`;
 * an id without a label is shown as written in the data.
 */

/** A plural category from `Intl.PluralRules` (Arabic has all six). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export interface Messages {
  // Dates. Each takes text already formatted by `Intl` in the reader's language.
  /** A date written with `~`: "around 16 May 2015". */
  approximate: (date: string) => string;
  /** A date written with `?`: "16 May 2015?". */
  uncertain: (date: string) => string;
  /**
   * A range that `Intl` cannot write as one (mixed precision, years): "between 2015 and 2016"; and
   * every set `[A..B]`, one instant in the span: "between March and 14 June 2014".
   */
  between: (from: string, to: string) => string;
  /** A range open at its end (`2015-05/..`): "from May 2015". */
  openEnd: (from: string) => string;
  /** A range open at its start (`../2015`): "until 2015". */
  openStart: (to: string) => string;
  /** One instant at or before a date, a set open at its start (`[..2014-06-14]`): "no later than 14 June 2014". */
  noLaterThan: (date: string) => string;
  /** One instant at or after a date, a set open at its end (`[2014-03..]`): "no earlier than March 2014". */
  noEarlierThan: (date: string) => string;

  // Numbers.
  /** A count known only from below: "at least 73". */
  atLeast: (count: string) => string;
  /** A count known only from above: "up to 20". */
  atMost: (count: string) => string;
  /** Two counts when `Intl.NumberFormat#formatRange` is missing: "15–20". */
  numberRange: (low: string, high: string) => string;
  /** A death toll; `plural` is the plural category of the (upper) figure: "at least 73 killed". */
  killed: (figure: string, plural: PluralCategory) => string;
  /** Who counted: "73 killed, according to SOHR". */
  accordingTo: (text: string, who: string) => string;
  /** A figure that is one party's claim: "40 killed, as claimed by the rebels". */
  asClaimedBy: (text: string, who: string) => string;

  // <event-card>
  /** The note on an event that is one party's claim. */
  claimedBy: (who: string) => string;
  /** Heading of the list of sources. */
  sources: string;
  /** The collapsed source list of a compact card: "Sources (2)". */
  sourcesWithCount: (count: string) => string;
  /** Read after a link that opens in a new tab. */
  opensInNewTab: string;
  /** Name of the list of actors. */
  actors: string;
  /** Joins the parts of a place ("Jisr al-Shughur, Idlib, Syria") and items read one after another. */
  comma: string;
  /** Between short items shown on one line (date · category). */
  separator: string;
  /** While the dataset of `src` loads. */
  loading: string;
  /** The card could not show its event. */
  loadError: (reason: string) => string;
  /** Reason: the server answered with an error status. */
  httpError: (status: string) => string;
  /** Reason: the response is not JSON. */
  invalidJson: string;
  /** The request for the data failed before any answer came (offline, blocked, refused). */
  networkError: string;
  /** Reason: the dataset has no such event. */
  noEventWithId: (id: string) => string;
  /** Reason: `src` is set but `event-id` is not. */
  noEventId: string;
  /** Reason: the event could not be read (its problem follows). */
  invalidEvent: (problem: string) => string;

  // <conflict-timeline>
  /** Accessible name of the track (the list of events in view). */
  timeline: string;
  /** Toolbar buttons. */
  zoomIn: string;
  zoomOut: string;
  /** Shows the whole extent again. */
  zoomReset: string;
  /** The lane of events with no side, actor or category. */
  otherLane: string;
  /** The one lane of `group-by="none"`. */
  allEvents: string;
  /** A number of events; `plural` is the count's plural category: "12 events". */
  eventCount: (count: string, plural: PluralCategory) => string;
  /** Two dates as a span: "3 May 2015 – 9 May 2015". */
  dateRange: (from: string, to: string) => string;
  /** A cluster's accessible name: "12 events, 3 May 2015 – 9 May 2015; zoom in". */
  cluster: (events: string, dates: string) => string;
  /** A compressed gap's accessible name: "9 years without events". */
  gap: (duration: string) => string;
  /** The dataset has no events. */
  noEvents: string;
  /** The data could not be used at all. */
  dataError: (reason: string) => string;
  /** Accessible name of the overview strip. */
  overview: string;
  /** Accessible name of the overview's brush (the visible window). */
  visibleWindow: string;

  // <conflict-timeline>: reading (detail panel, filters, narrow chronology, announcements)
  /** Accessible name of the detail panel. */
  selectedEvent: string;
  /** Detail panel buttons. */
  previousEvent: string;
  nextEvent: string;
  /** Clears the selection. */
  closeDetail: string;
  /** Where the selected event is among the events shown: "3 of 27". */
  position: (position: string, total: string) => string;
  /** Shown instead of the position when the filters hide the selected event. */
  hiddenByFilters: string;
  /** Accessible name of the group of filter chips, when they stand for sides. */
  filterBySide: string;
  /** …when they stand for actors. */
  filterByActor: string;
  /** The button that shows the chips beyond the first few: "More (8)". */
  moreChips: (count: string) => string;
  /** The button that hides them again. */
  fewerChips: string;
  /** Label (and placeholder) of the search field. */
  search: string;
  /** How many events the filters keep; `plural` is the total's plural category: "12 of 27 events". */
  filteredCount: (count: string, total: string, plural: PluralCategory) => string;
  /** Resets chips and search. */
  clearFilters: string;
  /** No event passes the filters. */
  noMatches: string;
  /** Read by screen readers when the reader selects an event: "Selected 3 of 27: 25 April 2015, Rebels …". */
  selectedAnnouncement: (position: string, event: string) => string;
  /** Read when the selection is cleared. */
  selectionCleared: string;
  /** Accessible name of the narrow layout's list of events. */
  chronology: string;
  /** The button of a chronology entry that opens it as the selection. */
  details: string;
  /** Narrow layout: buttons that show more of a long chronology. */
  showEarlier: string;
  showLater: string;
  /** Accessible name of the narrow layout's overview (it jumps to a date). */
  scrubber: string;
  /** The element is loading its `src`. */
  loadingEvents: string;
  /** Narrow layout: the marker before a burst that comes after a long empty stretch ("9 years later"). */
  timeLater: (span: string) => string;
  /** Narrow layout: the button under a long chronology's first entries ("Show all 250 events"). */
  showAll: (count: string, plural: PluralCategory) => string;
  /** The link before the timeline that moves the focus past it. */
  skipTimeline: string;
  /** The group of zoom buttons. */
  zoomControls: string;
  /** The element is loading an export to import (`src="acled.csv"`): what it reads. */
  readingFile: (name: string) => string;
  /** A large `src` is downloading: megabytes so far, and of how many when the server said ("12 MB of 50 MB"). */
  loadingBytes: (loaded: string, total?: string) => string;
  /** A large `src` is being read: events so far ("Reading events… 200,000"). */
  readingEvents: (count: string) => string;
  /** A large `src`'s events are being checked ("Checking events… 120,000 of 200,000"). */
  checkingEvents: (count: string, total: string) => string;
  /** The legend of mark kinds: a day, a duration, an uncertain date. */
  legendPoint: string;
  legendRange: string;
  legendUncertain: string;
  /** Reason: `src` gave no answer within the timeout (`src-timeout`, in seconds). */
  timeoutError: (seconds: string, plural: PluralCategory) => string;
  /** Reason: the answer from `src` stopped before its end (the connection closed early). */
  cutOffError: string;
  /** The button that loads `src` again after it failed. */
  retry: string;
  /** A part of the element that loads when first needed (a layout, the card, these strings) did not. */
  partNotLoaded: string;
  /** The lane that holds the lanes not drawn on their own: how many, and what they are. */
  moreLanes: (count: string, what: string, plural: PluralCategory) => string;
  /** What the lanes stand for, in `moreLanes`. */
  laneKinds: { side: string; actor: string; category: string; none: string };
  /** After a card's first actors: the button that shows the rest. */
  moreActors: (count: string, plural: PluralCategory) => string;

  /** Labels of event categories, e.g. `category.airstrike`. */
  [key: `category.${string}`]: string;
  /** Labels of actor roles, e.g. `role.attacker`. */
  [key: `role.${string}`]: string;
}

/** A page's changes to a table: any keys, each replacing one string or function. */
export type MessageOverrides = Partial<Messages>;

const en: Messages = {
  approximate: (date) => `around ${date}`,
  uncertain: (date) => `${date}?`,
  between: (from, to) => `between ${from} and ${to}`,
  openEnd: (from) => `from ${from}`,
  openStart: (to) => `until ${to}`,
  noLaterThan: (date) => `no later than ${date}`,
  noEarlierThan: (date) => `no earlier than ${date}`,

  atLeast: (count) => `at least ${count}`,
  atMost: (count) => `up to ${count}`,
  numberRange: (low, high) => `${low}–${high}`,
  killed: (figure) => `${figure} killed`,
  accordingTo: (text, who) => `${text}, according to ${who}`,
  asClaimedBy: (text, who) => `${text}, as claimed by ${who}`,

  claimedBy: (who) => `Claimed by ${who}; not independently verified`,
  sources: 'Sources',
  sourcesWithCount: (count) => `Sources (${count})`,
  opensInNewTab: '(opens in a new tab)',
  actors: 'Actors',
  comma: ', ',
  separator: ' · ',
  loading: 'Loading…',
  loadError: (reason) => `Could not load event: ${reason}`,
  httpError: (status) => `the server answered ${status}`,
  invalidJson: 'the file is not valid JSON',
  networkError: 'the data could not be reached (no answer from the network)',
  noEventWithId: (id) => `no event with id “${id}”`,
  noEventId: 'no event-id was given',
  invalidEvent: (problem) => `the event could not be read: ${problem}`,

  timeline: 'Timeline',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show all',
  otherLane: 'Other',
  allEvents: 'All events',
  eventCount: (count, plural) => `${count} ${plural === 'one' ? 'event' : 'events'}`,
  dateRange: (from, to) => `${from} – ${to}`,
  cluster: (events, dates) => `${events}, ${dates}; zoom in`,
  gap: (duration) => `${duration} without events`,
  noEvents: 'No events to show',
  dataError: (reason) => `The timeline could not be shown: ${reason}`,
  overview: 'Overview of the whole period',
  visibleWindow: 'Visible period',

  selectedEvent: 'Selected event',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  closeDetail: 'Close',
  position: (position, total) => `${position} of ${total}`,
  hiddenByFilters: 'Hidden by the filters',
  filterBySide: 'Filter by side',
  filterByActor: 'Filter by actor',
  moreChips: (count) => `More (${count})`,
  fewerChips: 'Fewer',
  search: 'Search events',
  filteredCount: (count, total, plural) => `${count} of ${total} ${plural === 'one' ? 'event' : 'events'}`,
  clearFilters: 'Clear filters',
  noMatches: 'No events match the filters',
  selectedAnnouncement: (position, event) => `Selected ${position}: ${event}`,
  selectionCleared: 'Selection cleared',
  chronology: 'Chronology',
  details: 'Details',
  showEarlier: 'Show earlier events',
  showLater: 'Show later events',
  scrubber: 'Jump to a date',
  loadingEvents: 'Loading events…',
  timeLater: (span) => `${span} later`,
  showAll: (count, plural) => `Show all ${count} ${plural === 'one' ? 'event' : 'events'}`,
  skipTimeline: 'Skip the timeline',
  zoomControls: 'Zoom',
  readingFile: (name) => `Reading ${name}…`,
  loadingBytes: (loaded, total) => `Loading… ${loaded} MB${total === undefined ? '' : ` of ${total} MB`}`,
  readingEvents: (count) => `Reading events… ${count}`,
  checkingEvents: (count, total) => `Checking events… ${count} of ${total}`,
  legendPoint: 'a day',
  legendRange: 'how long it lasted',
  legendUncertain: 'some time in this span',
  timeoutError: (seconds, plural) =>
    `no answer from the server within ${seconds} ${plural === 'one' ? 'second' : 'seconds'}`,
  cutOffError: 'the file was cut off before its end (the connection closed early)',
  retry: 'Try again',
  partNotLoaded: 'Part of the timeline could not be loaded; reload the page to try again.',
  moreLanes: (count, what) => `${count} more ${what}`,
  laneKinds: { side: 'sides', actor: 'actors', category: 'categories', none: 'lanes' },
  moreActors: (count, plural) => `and ${count} more ${plural === 'one' ? 'actor' : 'actors'}`,

  'category.airstrike': 'air strike',
  'category.battle': 'battle',
  'category.capture': 'capture',
  'category.casualties': 'casualties',
  'category.diplomacy': 'diplomacy',
  'category.evacuation': 'evacuation',
  'category.massacre': 'massacre',
  'category.movement': 'troop movement',
  'category.offensive': 'offensive',
  'category.shelling': 'shelling',
  'category.siege': 'siege',
  'category.statement': 'statement',
  'category.withdrawal': 'withdrawal',

  'role.ally': 'ally',
  'role.attacker': 'attacker',
  'role.backer': 'backer',
  'role.host': 'host',
  'role.mediator': 'mediator',
  'role.mover': 'on the move',
  'role.participant': 'participant',
  'role.speaker': 'speaker',
  'role.target': 'target',
  'role.visitor': 'visitor',
};

/**
 * The shipped tables by primary language subtag: English here, Arabic added by `messages-ar.ts`
 * (`loadMessages('ar')` loads it where an entry has not imported it).
 */
const TABLES: Record<string, Messages> = { en };

/** Tables that can be loaded, by primary language subtag. */
const LOADERS: Record<string, () => Promise<unknown>> = { ar: () => import('./messages-ar.js') };
const loads = new Map<string, Promise<void>>();

/** The shipped tables by primary language subtag (those loaded so far). */
export const MESSAGES: Readonly<Record<string, Messages>> = TABLES;

/** Adds the table for a primary language subtag (what `messages-ar.ts` does when imported). */
export function addMessages(primary: string, table: Messages): void {
  TABLES[primary] = table;
}

const primaryTag = (lang?: string | null) => (lang ?? '').trim().split(/[-_]/)[0].toLowerCase();

/** Whether `messagesFor(lang)` has its table: true unless there is one to load and it is not loaded yet. */
export function messagesReady(lang?: string | null): boolean {
  const primary = primaryTag(lang);
  return Object.hasOwn(TABLES, primary) || !Object.hasOwn(LOADERS, primary);
}

/** Loads the table for `lang` if it has one not loaded yet (once per page; a failed load can be tried again). */
export function loadMessages(lang?: string | null): Promise<void> {
  const primary = primaryTag(lang);
  if (messagesReady(primary)) return Promise.resolve();
  let load = loads.get(primary);
  if (!load) {
    load = LOADERS[primary]().then(
      () => undefined,
      (error: unknown) => {
        loads.delete(primary);
        throw error;
      },
    );
    loads.set(primary, load);
  }
  return load;
}

/**
 * The interface strings for a BCP 47 language tag (`ar`, `ar-SY`, `en-GB`; English when there is no
 * table for the language or no tag), with `overrides` laid on top. An override is used only when it
 * has the same type as the string it replaces (text for text, a function for a function); keys the
 * table does not have are taken as they are, so labels for new categories and roles can be added.
 */
export function messagesFor(lang?: string | null, overrides?: MessageOverrides | null): Messages {
  const primary = primaryTag(lang);
  const base = Object.hasOwn(TABLES, primary) ? TABLES[primary] : en;
  if (!overrides || typeof overrides !== 'object') return base;
  const merged: Record<string, unknown> = { ...base };
  // Overrides may come from a page's JSON: a key such as `__proto__` or a throwing getter must
  // neither change the table's prototype nor escape as an exception.
  let entries: Array<[string, unknown]>;
  try {
    entries = Object.entries(overrides);
  } catch {
    return base;
  }
  for (const [key, value] of entries) {
    if (key === '__proto__') continue;
    const current = merged[key];
    if (current === undefined ? typeof value === 'string' : typeof value === typeof current) {
      Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return merged as unknown as Messages;
}

/** The label of an event category (looked up in lower case), or the category as written when the table has none. */
export function categoryLabel(messages: Messages, category: string): string {
  return labelFor(messages, `category.${category.trim().toLowerCase()}`) ?? category;
}

/** The label of an actor's role (looked up in lower case), or the role as written when the table has none. */
export function roleLabel(messages: Messages, role: string): string {
  return labelFor(messages, `role.${role.trim().toLowerCase()}`) ?? role;
}

function labelFor(messages: Messages, key: `category.${string}` | `role.${string}`): string | undefined {
  // Own keys only: a category named `constructor` must not find Object.prototype.
  return Object.hasOwn(messages, key) && typeof messages[key] === 'string' ? messages[key] : undefined;
}
