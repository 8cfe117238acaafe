/** What `ct-filter-change` says: the filters the reader set and how many events they keep. */
export interface FilterChangeDetail {
  /** Ids of the pressed actor chips (empty when the chips stand for sides, or none is pressed). */
  actors: string[];
  /** Ids of the pressed side chips (empty when the chips stand for actors, or none is pressed). */
  sides: string[];
  /** The search text as typed. */
  query: string;
  /** How many events the filters keep. */
  count: number;
  /** How many events there are. */
  total: number;
}

/**
 * Fired by `<conflict-timeline>` when the reader changes the filters: presses or releases a chip,
 * types in the search field, or clears them. Not fired when a script sets `filter`. Bubbles and is
 * composed.
 */
export class FilterChangeEvent extends CustomEvent<FilterChangeDetail> {
  static readonly eventName = 'ct-filter-change';

  constructor(detail: FilterChangeDetail) {
    super(FilterChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-filter-change': FilterChangeEvent;
  }
}
