import type { ReactiveController, ReactiveElement } from 'lit';
import { formatDate } from '../../../core/format.js';
import type { Dataset } from '../../../core/types.js';
import type { TimelineState } from '../timeline-state.js';
import type { AnnouncerController } from './announcer-controller.js';
import type { ScrollTargetController } from './scroll-target-controller.js';
import type { EventOutboxController } from './event-outbox-controller.js';
import { HashLinkController } from './hash-link-controller.js';
import type { FocusTarget, KeyboardController } from './keyboard-controller.js';
import type { ViewportController } from './viewport-controller.js';

/** The part of the element the selection reads and sets. */
export interface SelectionHost extends ReactiveElement {
  selected?: string;
  linkHash: boolean;
}

/** A selection to bring into view at the next layout, and whether the reader asked for it (then the window's move fires `ct-range-change`). */
export interface RevealRequest {
  id: string;
  byReader: boolean;
}

/**
 * The selection: the reader selects an event (click, Enter, previous/next, a chronology entry, Back
 * and Forward with `link-hash`) or clears it (Escape, close). The window follows (the layout brings
 * the selection into view), the live region reads it out, the URL records it (`link-hash`), and
 * `ct-select` goes out through the outbox. A selection set by a script is brought into view quietly.
 */
export class SelectionController implements ReactiveController {
  /** The selection the next layout brings into view. */
  reveal?: RevealRequest;
  /** The key of the cluster opened in place as a list (its events are not separated by zooming). */
  openCluster?: string;
  private _announce = false;
  private readonly _hash: HashLinkController;

  constructor(
    private readonly _host: SelectionHost,
    private readonly _state: () => TimelineState,
    private readonly _deps: {
      outbox: EventOutboxController;
      announcer: AnnouncerController;
      keyboard: () => KeyboardController;
      scroll: ScrollTargetController;
      viewport: ViewportController;
    },
  ) {
    this._hash = new HashLinkController(_host, (id) => this._onHashNavigate(id));
    _host.addController(this);
  }

  /** The reader selects `id` (or clears the selection). */
  select(id: string | undefined, options: { fromHash?: boolean; focus?: 'previous' | 'next' } = {}): void {
    const host = this._host;
    if (id === host.selected) return;
    const previous = host.selected;
    host.selected = id;
    this.reveal = id === undefined ? undefined : { id, byReader: true };
    this._announce = true;
    if (!options.fromHash) this._hash.write(id);
    const focus: FocusTarget | undefined = options.focus
      ? { kind: options.focus }
      : id === undefined && previous !== undefined
        ? { kind: 'entry', id: previous }
        : undefined;
    this._deps.keyboard().focusAfterUpdate(focus);
    this._deps.outbox.select(id === undefined ? undefined : this._state().dataset?.eventsById.get(id));
  }

  /** Previous/next: the neighbour among the events the filters keep, in time order. */
  step(direction: 'previous' | 'next'): void {
    const { selection, dataset } = this._state();
    const target = direction === 'previous' ? selection?.step.previous : selection?.step.next;
    if (target === undefined || !dataset) return;
    this.select(dataset.events[target].id, { focus: direction });
  }

  /** A click (or Enter) on a track item: a cluster zooms to its members, a mark selects its event. */
  readonly activate = (event: Event): void => {
    const hit = (event.target as HTMLElement).closest('.hit');
    const key = hit?.closest('li')?.dataset.key;
    const { frame, filtered } = this._state();
    const item = key === undefined ? undefined : frame?.items.find((i) => i.key === key);
    if (!item || !filtered) return;
    this._deps.keyboard().focusKey = item.key;
    if (item.kind === 'marker') {
      this.select(filtered.shown.events[item.event].id);
      return;
    }
    // A cluster zooms to its events, unless zooming cannot separate them (the same day, or the window
    // is as narrow as the data's precision allows): then it opens in place as the list of its events.
    const { view, scale, minSpan = 0 } = this._deps.viewport;
    const shownSpan = view && scale ? scale.invert(view.x1) - scale.invert(view.x0) : Infinity;
    // (minSpan is two units of the finest precision: a cluster within one unit is one day's, say.)
    if (item.end - item.start < minSpan / 2 || shownSpan <= minSpan * 1.05) {
      this.openCluster = this.openCluster === item.key ? undefined : item.key;
      this._host.requestUpdate();
      void this._host.updateComplete.then(() =>
        this._host.renderRoot.querySelector<HTMLElement>('.cluster-list .member')?.focus(),
      );
      return;
    }
    this.openCluster = undefined;
    this._deps.viewport.zoomTo(item.start, item.end);
  };

  /** Closes the opened cluster's list; the focus goes back to the cluster. */
  closeCluster(): void {
    const key = this.openCluster;
    if (key === undefined) return;
    this.openCluster = undefined;
    this._host.requestUpdate();
    void this._host.updateComplete.then(() =>
      this._host.renderRoot.querySelector<HTMLElement>(`li[data-key="${CSS.escape(key)}"] .hit`)?.focus(),
    );
  }

  /** In `willUpdate`: `selected` set by a script (or the attribute), maybe before the data: bring it into view, quietly. */
  selectedByScript(id: string | undefined): void {
    if (id !== undefined && this.reveal?.id !== id) this.reveal = { id, byReader: false };
  }

  /** In `willUpdate`, for new data: with `link-hash`, open on the event the URL names (as if the reader had selected it). */
  openFromHash(dataset: Dataset): void {
    const id = this._hash.read();
    if (id === undefined || id === this._host.selected || !dataset.eventsById.has(id)) return;
    this._host.selected = id;
    this.reveal = { id, byReader: false };
    this._deps.outbox.select(dataset.eventsById.get(id));
    this._deps.scroll.scrollTo(id, false);
  }

  /** Once the update's state is derived: the live region reads out what the reader selected. */
  hostUpdate(): void {
    const state = this._state();
    const { selection, dataset, ctx } = state;
    if (!this._announce || !dataset) return;
    this._announce = false;
    const m = ctx.messages;
    if (!selection) {
      // Not in the data: only a cleared selection is worth saying.
      if (state.selected === undefined) this._deps.announcer.say(m.selectionCleared);
      return;
    }
    const event = dataset.events[selection.index];
    this._deps.announcer.say(
      m.selectedAnnouncement(
        selection.positionText,
        `${formatDate(event.time, ctx.locale, m)}, ${event.title}`,
      ),
    );
  }

  /** Back, Forward or a link changed `#event=` (with `link-hash`). */
  private _onHashNavigate(id: string | undefined): void {
    if (id !== undefined && !this._state().dataset?.eventsById.has(id)) return; // another timeline's event
    this.select(id, { fromHash: true });
  }
}
