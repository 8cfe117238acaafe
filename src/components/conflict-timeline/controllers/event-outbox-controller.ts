import type { ReactiveControllerHost } from 'lit';
import type { ConflictEvent, DataIssue } from '../../../core/types.js';
import { DataIssuesEvent } from '../../../events/data-issues.js';
import { FilterChangeEvent, type FilterChangeDetail } from '../../../events/filter-change.js';
import { RangeChangeEvent } from '../../../events/range-change.js';
import { SelectEvent } from '../../../events/select.js';

/** What the outbox reads when it sends: the state after the update, not when the change was asked for. */
export interface OutboxReader {
  /** The window on screen. */
  shownWindow(): [start: number, end: number] | undefined;
  filterDetail(): FilterChangeDetail;
}

/**
 * The one way out for `<conflict-timeline>`'s events. Controllers say what happened (`dataIssues`,
 * `select`, `rangeChange`, `filterChange`); the outbox sends the events once the update that the change
 * caused has finished, so a listener sees the element as the reader does. Order, within one update:
 * `ct-data-issues`, then `ct-select`, then `ct-range-change` (a selection that moves the window tells of
 * the selection first), then `ct-filter-change`. Several window changes before one update are one
 * `ct-range-change` with the last window. The element calls `send` from its `updated()`, which runs
 * after every controller's `hostUpdated` (sizes, focus, bands, scrolling).
 */
export class EventOutboxController {
  private _issues?: DataIssue[];
  private _selections: Array<ConflictEvent | undefined> = [];
  private _range = false;
  private _filter = false;

  constructor(
    private readonly _host: ReactiveControllerHost & EventTarget,
    private readonly _reader: OutboxReader,
  ) {}

  dataIssues(issues: DataIssue[]): void {
    this._issues = issues.length > 0 ? issues : undefined;
  }

  select(event: ConflictEvent | undefined): void {
    this._selections.push(event);
    this._host.requestUpdate();
  }

  rangeChange(): void {
    this._range = true;
    this._host.requestUpdate();
  }

  filterChange(): void {
    this._filter = true;
    this._host.requestUpdate();
  }

  /** Sends what the update that just finished produced. */
  send(): void {
    const host = this._host;
    if (this._issues) {
      const issues = this._issues;
      this._issues = undefined;
      host.dispatchEvent(new DataIssuesEvent({ issues }));
    }
    const selections = this._selections;
    this._selections = [];
    for (const event of selections) host.dispatchEvent(new SelectEvent({ event }));
    if (this._range) {
      this._range = false;
      const window = this._reader.shownWindow();
      if (window) {
        host.dispatchEvent(new RangeChangeEvent({ start: new Date(window[0]), end: new Date(window[1]) }));
      }
    }
    if (this._filter) {
      this._filter = false;
      host.dispatchEvent(new FilterChangeEvent(this._reader.filterDetail()));
    }
  }
}
