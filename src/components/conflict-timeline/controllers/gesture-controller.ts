import type { ReactiveController, ReactiveElement } from 'lit';
import { panView } from '../../../core/viewport.js';
import type { ViewportController } from './viewport-controller.js';

/** Pointer movement (px) before a press on the track becomes a drag. */
const DRAG_THRESHOLD = 4;

/** Pointer capture, where the pointer is still down (a synthetic or lifted pointer makes it throw). */
export function capture(el: Element, pointerId: number): void {
  try {
    el.setPointerCapture(pointerId);
  } catch {
    // The drag goes on without capture.
  }
}

/** A Lit listener object: the handler and its `addEventListener` options, bound in a template. */
export interface ListenerObject<E extends Event> extends AddEventListenerOptions {
  handleEvent(event: E): void;
}

/**
 * Pointer and wheel input on the track and the overview: drag pans, two pointers pinch-zoom around
 * their middle, ctrl/⌘ + wheel zooms around the pointer and shift + wheel pans (a plain wheel is left
 * to the page), and on the overview a press moves the window there, the brush drags it and its
 * handles move its ends. Movement follows what the reader sees: rightwards is earlier in right to left.
 * The handlers are Lit listener objects, so templates bind them with their options (`passive`, `capture`).
 */
export class GestureController implements ReactiveController {
  private readonly _pointers = new Map<number, { x: number; y: number }>();
  private _drag?: { id: number; x: number; moved: boolean; target: 'track' | 'brush' | 'start' | 'end' };
  private _pinch?: { distance: number };
  private _suppressClick = false;

  constructor(
    private readonly _host: ReactiveElement,
    private readonly _viewport: ViewportController,
    private readonly _rtl: () => boolean,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    this._pointers.clear();
    this._drag = undefined;
    this._pinch = undefined;
  }

  readonly pointerDown = (event: PointerEvent): void => {
    const viewport = this._viewport;
    const view = viewport.view;
    // A new press: the click of the last one has come (or never will).
    this._suppressClick = false;
    if (event.button !== 0 || !view) return;
    const el = event.currentTarget as HTMLElement;
    this._pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this._pointers.size === 2) {
      const [a, b] = [...this._pointers.values()];
      this._pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y) };
      this._drag = undefined;
      for (const id of this._pointers.keys()) capture(el, id);
      return;
    }
    const part = (event.composedPath()[0] as HTMLElement).dataset?.handle as
      'brush' | 'start' | 'end' | undefined;
    const onOverview = el.classList.contains('overview');
    if (onOverview && !part) {
      // A press beside the brush centres the window there, then drags it.
      const at = this._xIn(el, event.clientX);
      const centre = (view.x0 + view.x1) / 2;
      viewport.show(panView(viewport.scale!, view, ((at - centre) * view.width) / (view.x1 - view.x0)));
    }
    this._drag = {
      id: event.pointerId,
      x: event.clientX,
      moved: onOverview,
      target: onOverview ? (part ?? 'brush') : 'track',
    };
    if (onOverview) capture(el, event.pointerId);
  };

  readonly pointerMove = (event: PointerEvent): void => {
    const viewport = this._viewport;
    const known = this._pointers.get(event.pointerId);
    if (!known || !viewport.view || !viewport.scale) return;
    const el = event.currentTarget as HTMLElement;
    this._pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this._pinch && this._pointers.size === 2) {
      const [a, b] = [...this._pointers.values()];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      if (this._pinch.distance > 0 && distance > 0) {
        viewport.zoomBy(distance / this._pinch.distance, this._xIn(el, (a.x + b.x) / 2));
      }
      this._pinch.distance = distance;
      return;
    }
    const drag = this._drag;
    if (!drag || drag.id !== event.pointerId) return;
    // Movement along time: rightwards is later in LTR, earlier in RTL.
    const dx = (event.clientX - drag.x) * (this._rtl() ? -1 : 1);
    if (!drag.moved) {
      if (Math.abs(dx) < DRAG_THRESHOLD) return;
      drag.moved = true;
      capture(el, event.pointerId);
    }
    drag.x = event.clientX;
    const view = viewport.view;
    if (drag.target === 'track') {
      viewport.panBy(-dx);
    } else if (drag.target === 'brush') {
      // Overview px are full-view positions: move the window by the same amount.
      viewport.panBy((dx * view.width) / (view.x1 - view.x0));
    } else {
      const min = 4;
      const x0 = drag.target === 'start' ? Math.min(view.x0 + dx, view.x1 - min) : view.x0;
      const x1 = drag.target === 'end' ? Math.max(view.x1 + dx, view.x0 + min) : view.x1;
      viewport.show({ x0: Math.max(0, x0), x1: Math.min(viewport.scale.width, x1), width: view.width });
    }
  };

  readonly pointerUp = (event: PointerEvent): void => {
    this._pointers.delete(event.pointerId);
    if (this._pointers.size < 2) this._pinch = undefined;
    if (this._drag?.id === event.pointerId) {
      // A drag on the track ends without activating the mark it started on.
      if (this._drag.moved && this._drag.target === 'track') this._suppressClick = true;
      this._drag = undefined;
    }
  };

  /** Ctrl/⌘ + wheel zooms around the pointer, shift + wheel pans; a plain wheel is left to the page. */
  readonly wheel: ListenerObject<WheelEvent> = {
    passive: false,
    handleEvent: (event: WheelEvent): void => {
      const viewport = this._viewport;
      if (!viewport.view) return;
      const track = this._host.renderRoot.querySelector<HTMLElement>('.track');
      if (!track) return;
      const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const x = this._xIn(track, event.clientX);
        viewport.zoomBy(Math.exp((-event.deltaY * scale) / 300), Math.min(Math.max(x, 0), track.clientWidth));
      } else if (event.shiftKey) {
        event.preventDefault();
        // A sideways scroll follows the content's direction: rightwards is earlier in RTL.
        const dx = event.deltaX ? (this._rtl() ? -event.deltaX : event.deltaX) : event.deltaY;
        viewport.panBy(dx * scale);
      }
    },
  };

  /** Whether `event` is the click that ends a drag on the track (it must not activate the mark it started on): then it is swallowed. */
  endsDrag(event: Event): boolean {
    if (!this._suppressClick) return false;
    this._suppressClick = false;
    event.stopPropagation();
    event.preventDefault();
    return true;
  }

  /** A pointer's x in `el` along time: from the left edge, or from the right in RTL (where time runs leftwards). */
  private _xIn(el: Element, clientX: number): number {
    const rect = el.getBoundingClientRect();
    return this._rtl() ? rect.right - clientX : clientX - rect.left;
  }
}
