import type { ReactiveElement } from 'lit';
import { groupChronology, positionAtTime } from '../../../core/chronology.js';
import { memoizeLast } from '../../../core/memo.js';
import { stepFrom } from '../../../core/stepping.js';
import type { TimelineModel } from '../timeline-model.js';
import type { Dataset } from '../../../core/types.js';
import type { TimelineState } from '../timeline-state.js';
import { capture } from './gesture-controller.js';
import { ReadingPositionController } from './reading-position-controller.js';
import type { ScrollTargetController } from './scroll-target-controller.js';

/**
 * The narrow layout's reading (and print's chronology): which page of the chronology is rendered (the
 * one around the reading position) and its entries, the scrubber (a tap or drag jumps to a date, arrow
 * keys step entry by entry, Page keys by ten), and the entry the reader stepped or jumped to, scrolled
 * to by the element's `ScrollTargetController`. Made when the reading layouts' chunk comes.
 */
export class ChronologyController {
  /** The position in the reading order the rendered page holds. */
  pageAnchor = 0;
  /** The reader asked for every entry of a long chronology (it shows its first ones until then). */
  showingAll = false;
  /** The entry whose button holds the list's one Tab stop (the first, until the reader moves). */
  focusId?: string;
  private _scrubbing?: number;
  /** The entry the scrubber or its keys jumped to: the reading position until it scrolls out of sight. */
  private _jumpedTo?: string;
  private readonly _readingAt: ReadingPositionController;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _state: () => TimelineState,
    private readonly _model: TimelineModel,
    private readonly _scroll: ScrollTargetController,
  ) {
    this._readingAt = new ReadingPositionController(_host, () =>
      _host.renderRoot.querySelectorAll<HTMLElement>('.chronology .entry'),
    );
  }

  /** The chronology's events `from`–`to` of the reading order, under year and month headings. */
  readonly entries = memoizeLast(
    (dataset: Dataset, order: Uint32Array, from: number, to: number, locale: string | undefined) =>
      groupChronology(dataset.events, order.subarray(from, to), locale),
  );

  /** The chronology shows position `position` of the reading order and scrolls to it. */
  jumpTo(position: number, smooth: boolean): void {
    const { filtered, dataset } = this._state();
    const order = filtered?.order ?? new Uint32Array();
    const at = order[Math.max(0, Math.min(position, order.length - 1))];
    const event = at === undefined ? undefined : dataset?.events[at];
    if (!event) return;
    this.pageAnchor = position;
    this._scroll.scrollTo(event.id, smooth);
    this._jumpedTo = event.id;
    this._host.requestUpdate();
  }

  /** The position (in the reading order) of the chronology entry being read. */
  readingPosition(): number {
    const { filtered, dataset } = this._state();
    const order = filtered?.order ?? new Uint32Array();
    // A jump (scrubber, keys) holds until its entry is out of sight: near the end of the page the entry
    // jumped to may never reach the reading band.
    if (this._jumpedTo !== undefined && this._scroll.pending === undefined) {
      const entry = this._host.renderRoot.querySelector(
        `.entry[data-event-id="${CSS.escape(this._jumpedTo)}"]`,
      );
      const box = entry?.getBoundingClientRect();
      if (!box || box.bottom < 0 || box.top > (globalThis.innerHeight || 0)) this._jumpedTo = undefined;
    }
    const id = this._scroll.pending ?? this._jumpedTo ?? this._readingAt.current;
    const at = id === undefined || !dataset ? undefined : this._model.positions(dataset).get(id);
    if (at === undefined) return Math.min(this.pageAnchor, Math.max(0, order.length - 1));
    const step = stepFrom(order, at);
    return step.position >= 0
      ? step.position
      : Math.max(0, (step.next !== undefined ? stepFrom(order, step.next).position : order.length) - 1);
  }

  showAll(): void {
    this.showingAll = true;
    this._host.requestUpdate();
  }

  /** The list of entries: arrows (and Home, End) move between their buttons; Tab leaves the list. */
  readonly onListKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (!target.matches('.entry > .open')) return;
    const buttons = [...this._host.renderRoot.querySelectorAll<HTMLElement>('.chronology .entry > .open')];
    const at = buttons.indexOf(target);
    let next: number;
    if (event.key === 'ArrowDown') next = at + 1;
    else if (event.key === 'ArrowUp') next = at - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else return;
    event.preventDefault();
    const button = buttons[Math.max(0, Math.min(next, buttons.length - 1))];
    const id = button?.closest<HTMLElement>('.entry')?.dataset.eventId;
    if (!button || id === undefined) return;
    this.focusId = id;
    this._host.requestUpdate();
    void this._host.updateComplete.then(() => button.focus());
  };

  readonly scrubHandlers = {
    seek: (event: PointerEvent): void => {
      if (event.button !== 0) return;
      this._scrubbing = event.pointerId;
      capture(event.currentTarget as Element, event.pointerId);
      this._scrubTo(event);
    },
    move: (event: PointerEvent): void => {
      if (this._scrubbing === event.pointerId) this._scrubTo(event);
    },
    end: (event: PointerEvent): void => {
      if (this._scrubbing === event.pointerId) this._scrubbing = undefined;
    },
    /** Arrows step entry by entry (towards the end: up, and right in LTR / left in RTL); Page keys by ten. */
    key: (event: KeyboardEvent): void => {
      const total = this._state().filtered?.order.length ?? 0;
      const current = this.readingPosition();
      const rtl = this._state().ctx.rtl;
      const later = rtl ? 'ArrowLeft' : 'ArrowRight';
      const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
      let next: number;
      if (event.key === later || event.key === 'ArrowUp') next = current + 1;
      else if (event.key === earlier || event.key === 'ArrowDown') next = current - 1;
      else if (event.key === 'PageUp') next = current + 10;
      else if (event.key === 'PageDown') next = current - 10;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = total - 1;
      else return;
      event.preventDefault();
      this.jumpTo(Math.max(0, Math.min(next, total - 1)), true);
    },
  };

  /** The reading order position at a pointer's x on the scrubber (time runs right to left in RTL). */
  private _scrubTo(event: PointerEvent): void {
    const { scale, dataset, filtered, ctx } = this._state();
    if (!scale || !dataset || !filtered) return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = ctx.rtl ? rect.right - event.clientX : event.clientX - rect.left;
    const fraction = Math.max(0, Math.min(1, x / Math.max(1, rect.width)));
    const position = positionAtTime(dataset.events, filtered.order, scale.invert(fraction * scale.width));
    if (position !== undefined) this.jumpTo(position, false);
  }
}
