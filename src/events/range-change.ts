/** What `ct-range-change` says: the window the reader now sees. */
export interface RangeChangeDetail {
  /** The first instant in view. */
  start: Date;
  /** The last instant in view. */
  end: Date;
}

/**
 * Fired by `<conflict-timeline>` when the reader changes the visible window (zoom or pan by buttons,
 * keys, wheel, drag, pinch or the overview's brush, or a cluster that zooms in). Not fired when a
 * script sets `start` or `end`. Bubbles and is composed.
 */
export class RangeChangeEvent extends CustomEvent<RangeChangeDetail> {
  static readonly eventName = 'ct-range-change';

  constructor(detail: RangeChangeDetail) {
    super(RangeChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-range-change': RangeChangeEvent;
  }
}
