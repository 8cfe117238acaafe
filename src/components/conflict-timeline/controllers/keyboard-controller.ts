import type { ReactiveController, ReactiveElement } from 'lit';
import { panView } from '../../../core/viewport.js';
import type { TimelineState } from '../timeline-state.js';
import { ZOOM_STEP, type ViewportController } from './viewport-controller.js';

/** What can take the focus from the keyboard in the page, for the skip button. */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** What the keys do beyond the window. */
export interface KeyboardActions {
  /** Clears the selection (Escape). */
  clearSelection(): void;
  /** Enter or Space on a mark or cluster: as a click. */
  activate(event: Event): void;
}

/**
 * Roving focus in a group that is one Tab stop (a toolbar): the item an arrow key, Home or End leads to
 * from the focused one, or `undefined` for another key. Left and right follow what the reader sees
 * (mirrored in right to left); up and down mean previous and next.
 */
export function rovingTarget<T extends Element>(
  event: KeyboardEvent,
  items: readonly T[],
  rtl: boolean,
): T | undefined {
  const path = event.composedPath();
  const at = items.findIndex((item) => path.includes(item));
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  let next: number;
  if (event.key === forward || event.key === 'ArrowDown') next = at + 1;
  else if (event.key === back || event.key === 'ArrowUp') next = at - 1;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  else return undefined;
  event.preventDefault();
  return items[Math.max(0, Math.min(next, items.length - 1))];
}

/** Where the focus goes after the next update: a control of the detail panel, or the entry of an event. */
export type FocusTarget = { kind: 'previous' | 'next' } | { kind: 'entry'; id: string };

/**
 * The keyboard: `+`/`-`/`0` zoom wherever the focus is inside the element, Escape clears the selection;
 * the track's marks and clusters are one Tab stop with arrow keys, Home and End between them (roving
 * focus, which follows what the reader sees: later is left in right to left); the overview's brush
 * pans by arrows. The track's list reuses its elements by position, so after an update the focus is
 * moved back to the item it was on, and focus that an update took away (a closed panel) goes where
 * the reader was.
 */
export class KeyboardController implements ReactiveController {
  /** The key of the track item that holds the list's one Tab stop. */
  focusKey?: string;
  /** Which zoom button holds the toolbar's one Tab stop. */
  zoomFocus = 0;
  private _focusAfter?: FocusTarget;

  constructor(
    private readonly _host: ReactiveElement & { selected?: string },
    private readonly _state: () => TimelineState,
    private readonly _viewport: ViewportController,
    private readonly _actions: KeyboardActions,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._host.addEventListener('keydown', this._onHostKeyDown);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('keydown', this._onHostKeyDown);
  }

  /** Moves the focus to `target` once the next update is drawn. */
  focusAfterUpdate(target: FocusTarget | undefined): void {
    this._focusAfter = target;
  }

  hostUpdated(): void {
    this._keepFocus();
    this._restoreFocus();
  }

  /** The track's list: Enter and Space activate, arrows move the Tab stop. */
  readonly onListKeyDown = (event: KeyboardEvent): void => {
    // Enter and Space activate a mark or cluster (`role="button"` spans, not `<button>`s: see `.hit`).
    if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).closest('.hit')) {
      event.preventDefault();
      this._actions.activate(event);
      return;
    }
    const items = this._state().frame?.items;
    if (!items || items.length === 0) return;
    const current = items.findIndex((i) => i.key === this.focusKey);
    const rtl = this._state().ctx.rtl;
    // Arrows follow what the reader sees: in RTL later events are to the left.
    const key =
      rtl && event.key === 'ArrowLeft'
        ? 'ArrowRight'
        : rtl && event.key === 'ArrowRight'
          ? 'ArrowLeft'
          : event.key;
    let next: number;
    switch (key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(items.length - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.focusKey = items[next].key;
    this._host.requestUpdate();
    void this._host.updateComplete.then(() => this._focusItem(this.focusKey));
  };

  readonly onListFocusIn = (event: FocusEvent): void => {
    const li = (event.target as HTMLElement).closest('li');
    if (li?.dataset.key) this.focusKey = li.dataset.key;
  };

  /** "Skip the timeline": the focus goes to what the page has next (or leaves the element). */
  readonly skipPast = (): void => {
    const host = this._host;
    const next = [...host.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)].find(
      (el) =>
        host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
        !host.contains(el) &&
        el.getClientRects().length > 0,
    );
    if (next) next.focus();
    else ((host.renderRoot as ShadowRoot).activeElement as HTMLElement | null)?.blur();
  };

  /** The zoom buttons: one Tab stop, arrows between them. */
  readonly onToolbarKeyDown = (event: KeyboardEvent): void => {
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll('button')];
    const next = rovingTarget(event, buttons, this._state().ctx.rtl);
    if (!next) return;
    // Not the host's zoom keys too.
    event.stopPropagation();
    this.zoomFocus = buttons.indexOf(next);
    this._host.requestUpdate();
    next.focus();
  };

  /** The brush: arrows pan by a tenth of the window (later is left in right to left), Home goes to the start. */
  readonly onBrushKeyDown = (event: KeyboardEvent): void => {
    const { view, scale } = this._viewport;
    if (!view || !scale) return;
    const step = view.width / 10;
    const rtl = this._state().ctx.rtl;
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === earlier || event.key === 'ArrowDown') this._viewport.panBy(-step);
    else if (event.key === later || event.key === 'ArrowUp') this._viewport.panBy(step);
    else if (event.key === 'Home') this._viewport.show(panView(scale, view, -Infinity));
    else return;
    event.preventDefault();
  };

  private readonly _onHostKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    // The chronology has no window to zoom: only Escape applies there.
    if (this._state().layout === 'narrow' && event.key !== 'Escape') return;
    switch (event.key) {
      case '+':
      case '=':
        this._viewport.zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        this._viewport.zoomBy(1 / ZOOM_STEP);
        break;
      case '0':
        this._viewport.reset();
        break;
      case 'Escape':
        if (this._host.selected === undefined) return;
        this._actions.clearSelection();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private _focusItem(key: string | undefined): void {
    this._host.renderRoot.querySelector<HTMLElement>(`li[data-key="${CSS.escape(key ?? '')}"] .hit`)?.focus();
  }

  /** Items are reused by position: when the focused one now shows another item, move the focus back to its own. */
  private _keepFocus(): void {
    const root = this._host.renderRoot;
    const active = root instanceof ShadowRoot ? root.activeElement : null;
    const li = active?.closest('li');
    if (!li || li.dataset.key === this.focusKey || this.focusKey === undefined) return;
    const own = root.querySelector<HTMLElement>(`li[data-key="${CSS.escape(this.focusKey)}"] .hit`);
    if (own) own.focus();
  }

  /** Focus that a re-render took away (previous/next in the chronology, a closed panel) goes where the reader was. */
  private _restoreFocus(): void {
    const target = this._focusAfter;
    if (!target) return;
    const root = this._host.renderRoot as ShadowRoot;
    if (target.kind !== 'entry') {
      const control = root.querySelector<HTMLElement>(`[part~="detail"] [part~="${target.kind}"]`);
      // The panel's first time, its part still loading: the focus goes there when it is drawn.
      if (!control && root.querySelector('.detail-loading')) return;
      this._focusAfter = undefined;
      control?.focus();
      return;
    }
    this._focusAfter = undefined;
    // The panel closed: only when the focus went with it.
    if (root.activeElement && root.activeElement.isConnected) return;
    const id = CSS.escape(target.id);
    const own =
      root.querySelector<HTMLElement>(`.entry[data-event-id="${id}"] .open`) ??
      root.querySelector<HTMLElement>(`li[data-event-id="${id}"] .hit`) ??
      root.querySelector<HTMLElement>('.items .hit[tabindex="0"]');
    own?.focus();
  }
}
