import type { ReactiveControllerHost } from 'lit';
import { parseDate } from '../../../core/dates.js';
import type { TimeScale } from '../../../core/time-scale.js';
import {
  fullView,
  limitView,
  panView,
  viewOf,
  windowOf,
  zoomView,
  type View,
} from '../../../core/viewport.js';
import type { EventOutboxController } from './event-outbox-controller.js';

/** A window end as a script or an attribute may give it. */
export type TimeInput = Date | string | number | null | undefined;

/** Zoom factor of one step (buttons, keys). */
export const ZOOM_STEP = 1.5;

/**
 * Instant of a window end: a `Date`, ms since 1970, or a date string in the dataset's date format
 * (`2015`, `2015-05-19`, …; `end` takes the last instant of what it names, so `end="2015"` runs through
 * 31 December 2015). `undefined` for anything else.
 */
export function toInstant(value: TimeInput, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = parseDate(value);
  if (parsed.ok) return edge === 'start' ? parsed.date.start : parsed.date.end;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * The visible window: `start`/`end` as set (by a script or the reader), and the viewport of the scale
 * on screen. Zoom, pan, reset and "zoom to a span" are here; a change by the reader asks its host for
 * an update and fires `ct-range-change` through the outbox. The layout tells it the scale and the view
 * it drew. It has no lifecycle of its own, so it is not added to the host.
 */
export class ViewportController {
  /** The window's ends as set; `undefined`: the data's extent. */
  startMs?: number;
  endMs?: number;
  /** The scale and the view on screen (or asked for since the last update). */
  scale?: TimeScale;
  view?: View;
  /** The selection the window was last moved to, until the reader moves the window. */
  revealed?: string;
  /** The narrowest window (ms) zooming reaches: the data's finest precision (no hours for days). */
  minSpan?: number;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _outbox: EventOutboxController,
  ) {}

  /** The window on screen, once laid out. */
  shownWindow(): [number, number] | undefined {
    return this.scale && this.view ? windowOf(this.scale, this.view) : undefined;
  }

  /** What the layout drew: the scale, and the view of `startMs`/`endMs` on it. */
  drawn(scale: TimeScale | undefined, view: View | undefined): void {
    this.scale = scale;
    this.view = view;
  }

  /** Moves the window to `view`; by the reader, it fires `ct-range-change`. */
  show(view: View, byReader = true): void {
    const scale = this.scale;
    if (!scale) return;
    const [start, end] = windowOf(scale, view);
    if (start === this.startMs && end === this.endMs) return;
    if (byReader) this.revealed = undefined; // the reader's window, not the selection's
    // Input that comes before the next update (two events in one task) builds on this window.
    this.view = view;
    this.startMs = start;
    this.endMs = end;
    this._host.requestUpdate();
    if (byReader) this._outbox.rangeChange();
  }

  zoomBy(factor: number, anchor?: number): void {
    if (!this.scale || !this.view) return;
    this.show(zoomView(this.scale, this.view, factor, anchor, { minSpan: this.minSpan }));
  }

  panBy(dx: number): void {
    if (!this.scale || !this.view) return;
    this.show(panView(this.scale, this.view, dx));
  }

  reset(): void {
    if (!this.scale) return;
    this.show(fullView(this.scale));
  }

  /** Zooms to a time span with a margin on either side (never out, for a span wider than the view). */
  zoomTo(start: number, end: number): void {
    const { scale, view: current } = this;
    if (!scale || !current) return;
    const x0 = scale.scale(start);
    const x1 = scale.scale(end);
    const margin = Math.max((x1 - x0) * 0.15, 1e-9);
    const limits = { minSpan: this.minSpan };
    const view = limitView(
      scale,
      viewOf(scale, scale.invert(x0 - margin), scale.invert(x1 + margin), current.width),
      limits,
    );
    this.show(
      view.x1 - view.x0 < current.x1 - current.x0
        ? view
        : zoomView(scale, current, ZOOM_STEP, undefined, limits),
    );
  }

  /**
   * The layout brought the selection (`id`) into view while laying out: to `view`, or where it was
   * (`undefined`). By the reader, a moved window fires `ct-range-change`.
   */
  revealedAt(id: string, view: View | undefined, byReader: boolean): void {
    this.revealed = id;
    if (!this.scale || !view) return;
    const [start, end] = windowOf(this.scale, view);
    this.startMs = start;
    this.endMs = end;
    this.view = view;
    if (byReader) this._outbox.rangeChange();
  }
}
