import type { DataIssue } from '../core/types.js';

/** What `ct-data-issues` says: the problems found in the data just given. */
export interface DataIssuesDetail {
  /** One per problem, each with a JSON pointer into the input, a message and a severity. */
  issues: DataIssue[];
}

/**
 * Fired by `<conflict-timeline>` after it read new data that had problems: records dropped (`error`)
 * or repaired (`warning`), or data it could not use at all. Not fired for clean data. Bubbles and is
 * composed.
 */
export class DataIssuesEvent extends CustomEvent<DataIssuesDetail> {
  static readonly eventName = 'ct-data-issues';

  constructor(detail: DataIssuesDetail) {
    super(DataIssuesEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-data-issues': DataIssuesEvent;
  }
}
