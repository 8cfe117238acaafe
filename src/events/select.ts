import type { ConflictEvent } from '../core/types.js';

/** What `ct-select` says: the event the reader chose, or none. */
export interface SelectDetail {
  /** The selected event, or `undefined` when the selection was cleared. */
  event: ConflictEvent | undefined;
}

/**
 * Fired by `<conflict-timeline>` when the reader selects an event (click, tap or Enter on its
 * marker) or clears the selection. Not fired when a script sets `selected`. Bubbles and is composed.
 */
export class SelectEvent extends CustomEvent<SelectDetail> {
  static readonly eventName = 'ct-select';

  constructor(detail: SelectDetail) {
    super(SelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-select': SelectEvent;
  }
}
