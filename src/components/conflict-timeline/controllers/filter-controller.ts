import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { searchTextsReady } from '../../../core/filter.js';
import { prepareSearch } from '../../../core/prepare-dataset.js';
import type { Dataset } from '../../../core/types.js';
import type { FilterChangeDetail } from '../../../events/filter-change.js';

/**
 * A dataset this large is searched in slices: its events' text is folded when the reader first
 * searches (folding it in the keystroke's task would freeze the page; folding it ahead, for every
 * reader, would hold its memory for readers who never search), and each query's matches are worked
 * out a slice at a time before it applies.
 */
const LARGE_DATASET = 20_000;
import { NO_FILTER, type FilterState } from '../timeline-model.js';
import type { AnnouncerController } from './announcer-controller.js';
import type { EventOutboxController } from './event-outbox-controller.js';

/** The reader stops typing this long (ms) before the new count is read out. */
const ANNOUNCE_DELAY = 700;

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The reader's filters: chips (sides or actors) and the search text. Each change makes a new
 * `FilterState` (the model recomputes what the filters keep when it is a new object), fires
 * `ct-filter-change` through the outbox and reads out the new count: at once for a chip, once the
 * reader stops typing for the search.
 */
export class FilterController implements ReactiveController {
  /** The filters in force. */
  value: FilterState = NO_FILTER;
  /** All chips are shown, not only the first few. */
  chipsExpanded = false;
  /** The chip (its id, or `more`) that holds the chip row's one Tab stop: the first, until the reader moves. */
  chipFocus?: string;
  /** The count text to read out at the next update (a chip or "clear" changed it). */
  private _announceNow = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _announcer: AnnouncerController,
    private readonly _outbox: EventOutboxController,
    /** The count text of the filters in force ("12 of 27 events"), as last computed. */
    private readonly _countText: () => string,
    private readonly _dataset: () => Dataset | undefined = () => undefined,
    /** Works out ahead what a large dataset's query keeps (the model keeps it for the next update). */
    private readonly _prepare: (filter: FilterState) => Promise<void> = async () => {},
  ) {
    _host.addController(this);
  }

  /** The filters as a script reads them (`filter`): copies, not the controller's own lists. */
  get current(): { actors: string[]; sides: string[]; query: string } {
    const { actors, sides, query } = this.value;
    return { actors: [...actors], sides: [...sides], query };
  }

  /** What `ct-filter-change` says: the filters, and how many of the `total` events they keep. */
  detail(count: number, total: number): FilterChangeDetail {
    return { ...this.current, count, total };
  }

  /** The filters from a script (`filter`): no event, nothing read out. */
  set(filter: { actors?: unknown; sides?: unknown; query?: unknown } | null | undefined): void {
    const v = filter && typeof filter === 'object' ? filter : {};
    this._pendingQuery = undefined;
    this.value = {
      actors: new Set(stringList(v.actors)),
      sides: new Set(stringList(v.sides)),
      query: typeof v.query === 'string' ? v.query : '',
    };
    this._host.requestUpdate();
  }

  /** Whether any filter is set (the clear button shows). */
  get active(): boolean {
    const { actors, sides, query } = this.value;
    return actors.size > 0 || sides.size > 0 || query.trim() !== '';
  }

  toggle(kind: 'side' | 'actor', id: string, pressed: boolean): void {
    const key = kind === 'side' ? 'sides' : 'actors';
    const set = new Set(this.value[key]);
    if (pressed) set.add(id);
    else set.delete(id);
    this._change({ ...this.value, [key]: set }, true);
  }

  query(text: string): void {
    const dataset = this._dataset();
    if (text.trim() && dataset && dataset.events.length >= LARGE_DATASET) {
      // A large dataset: what the query keeps is worked out a slice at a time (its texts folded first,
      // the first time) before it applies; the reader's keystrokes meanwhile change what it will be.
      this._pendingQuery = text;
      if (!this._searchRunning) {
        const run = (this.searching = this._search(dataset));
        void run.then(() => {
          if (this.searching === run) this.searching = undefined;
        });
      }
      return;
    }
    this._pendingQuery = undefined;
    this._change({ ...this.value, query: text }, false);
  }

  /** The search text as the reader typed it (a large dataset's query may not apply yet). */
  get text(): string {
    return this._pendingQuery ?? this.value.query;
  }

  /** Settles when a large dataset's search has applied (`updateComplete` waits for it). */
  searching?: Promise<void>;
  private _pendingQuery?: string;
  private _searchRunning = false;

  private async _search(dataset: Dataset): Promise<void> {
    this._searchRunning = true;
    try {
      if (!searchTextsReady(dataset)) await prepareSearch(dataset);
      while (this._pendingQuery !== undefined && this._dataset() === dataset) {
        const query = this._pendingQuery;
        const value = { ...this.value, query };
        await this._prepare(value);
        // Typed on, cleared, a chip pressed or another dataset came meanwhile: what is pending now is
        // worked out (what was, would be worked out again in the update's task).
        const { actors, sides } = this.value;
        if (this._pendingQuery !== query || actors !== value.actors || sides !== value.sides) continue;
        if (this._dataset() !== dataset) break;
        this._pendingQuery = undefined;
        this._change(value, false);
      }
    } catch {
      // Working it out ahead failed: the query applies as it is.
      const query = this._pendingQuery;
      this._pendingQuery = undefined;
      if (query !== undefined) this._change({ ...this.value, query }, false);
    } finally {
      this._searchRunning = false;
    }
    // Another dataset came meanwhile: what was typed applies to it.
    const pending = this._pendingQuery;
    if (pending !== undefined) {
      this._pendingQuery = undefined;
      this.query(pending);
    }
  }

  clear(): void {
    this._pendingQuery = undefined;
    this._change(NO_FILTER, true);
  }

  expand(expanded: boolean): void {
    this.chipsExpanded = expanded;
    this._host.requestUpdate();
  }

  /** After the model has the new count: a chip's change is read out now. */
  hostUpdate(): void {
    if (!this._announceNow) return;
    this._announceNow = false;
    this._announcer.say(this._countText());
  }

  private _change(value: FilterState, announceNow: boolean): void {
    this.value = value;
    this._outbox.filterChange();
    this._announcer.cancel();
    if (announceNow) this._announceNow = true;
    else this._announcer.sayLater(this._countText, ANNOUNCE_DELAY);
    this._host.requestUpdate();
  }
}
