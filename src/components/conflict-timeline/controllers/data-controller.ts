import type { ReactiveController, ReactiveElement } from 'lit';
import type { Messages } from '../../../core/messages.js';
import { GROUP_BY_VALUES, type GroupBy } from '../../../core/lanes.js';
import { isParsedDataset, parseDataset } from '../../../core/parse-dataset.js';
import { prepareDataset, prepareSearch } from '../../../core/prepare-dataset.js';
import type { DataIssue, Dataset } from '../../../core/types.js';
import {
  DatasetLoader,
  inlineJsonText,
  lastPathPart,
  loadFailureText,
  loadProgressText,
  srcTimeoutSeconds,
  type RemoteDataset,
} from '../../../internal/dataset-source.js';
import type { EventOutboxController } from './event-outbox-controller.js';

/** The part of the element the data controller reads. */
export interface DataHost extends ReactiveElement {
  src: string;
  /** The format of `src`'s file; unset, it is recognised from the file. */
  format?: string;
  srcTimeout?: number;
  groupBy?: string;
}

const groupByOf = (value: string | undefined): GroupBy | undefined =>
  GROUP_BY_VALUES.includes(value as GroupBy) ? (value as GroupBy) : undefined;

/**
 * Where the dataset comes from, in this order of precedence: the `data` property (parsed when the
 * element next updates), the `src` URL (fetched by the `DatasetLoader` that `<event-card>` uses too:
 * a new `src` aborts the request in flight, a disconnect aborts it and a reconnect makes it again;
 * Lit's `Task` would do the same for more bytes in the embed), or the JSON of an inline
 * `<script type="application/json">` child (a parser may connect the element before its children
 * arrive: then it waits for them). Problems go out as `ct-data-issues` through the outbox.
 */
export class DataController implements ReactiveController {
  /** The checked dataset shown. */
  dataset?: Dataset;
  /** Why nothing can be shown (data not usable at all, or an error while laying out). */
  failure?: string;
  private _input: unknown;
  private _inputPending = false;
  /** Which source the dataset comes from: `data` wins over `src`, which wins over inline JSON. */
  private _from?: 'data' | 'inline';
  /** The remote result taken last (each load gives a new one). */
  private _takenRemote?: RemoteDataset;
  private _inlineObserver?: MutationObserver;
  /** A dataset read from a large file (in slices): its search text is folded ahead too. */
  private _large?: Dataset;
  /** Stops that folding when another dataset comes. */
  private _folding?: AbortController;
  private readonly _loader = new DatasetLoader(this._host, undefined, (dataset, signal) => {
    this._large = dataset;
    return prepareDataset(dataset, { groupBy: groupByOf(this._host.groupBy), signal });
  });

  constructor(
    private readonly _host: DataHost,
    private readonly _outbox: EventOutboxController,
  ) {
    _host.addController(this);
  }

  /** The `data` property was set. */
  setData(value: unknown): void {
    this._input = value;
    this._inputPending = true;
    this._from = value === undefined || value === null ? undefined : 'data';
    this.dataset = undefined;
    this._host.requestUpdate();
  }

  /** What `src` gave so far. */
  get remote(): RemoteDataset {
    return this._loader.state;
  }

  /** The file name of a `src` that is an export to import (a CSV, or a `format` that says so). */
  exportFileName(): string | undefined {
    const format = this._host.format;
    const name = lastPathPart(this._host.src);
    if (format === 'dataset' || !name) return undefined;
    return format !== undefined || /\.(csv|tsv)$/i.test(name) ? name : undefined;
  }

  /** A dataset is on its way from `src`. */
  get loading(): boolean {
    return !this.dataset && this.remote.status === 'loading';
  }

  /** How far a large `src` has come, in the reader's language; `undefined` before it says. */
  progressText(messages: Messages, locale?: string): string | undefined {
    const remote = this.remote;
    return remote.status === 'loading' && remote.progress
      ? loadProgressText(remote.progress, messages, locale)
      : undefined;
  }

  /** Nothing to show but what `src` will give: no `data` or inline JSON, and `src` not loaded (yet). */
  get awaitingSrc(): boolean {
    return (
      !this.dataset &&
      !this._inputPending &&
      this._from === undefined &&
      this._host.src !== '' &&
      this.remote.status !== 'loaded'
    );
  }

  /** The reason shown instead of the timeline, in the reader's language; `undefined` when there is none. */
  failureText(messages: Messages, locale?: string): string | undefined {
    if (this.failure !== undefined) return this.failure;
    const remote = this.remote;
    return !this.dataset && remote.status === 'failed'
      ? loadFailureText(remote.failure, messages, locale)
      : undefined;
  }

  /** `src` failed and is what is shown: the reader can try again. */
  get retryable(): boolean {
    return this.failure === undefined && !this.dataset && this.remote.status === 'failed';
  }

  /** Loads `src` again. */
  retry(): void {
    this._loader.timeoutSeconds = srcTimeoutSeconds(this._host.srcTimeout);
    this._loader.retry();
  }

  /**
   * In `willUpdate`: loads a changed `src`, parses new `data` or takes what `src` gave. Whether the
   * dataset is new.
   */
  take(srcChanged: boolean): boolean {
    this._loader.timeoutSeconds = srcTimeoutSeconds(this._host.srcTimeout);
    if (srcChanged && this._from !== 'data') {
      // Another file: what the last one gave (or why it failed) goes.
      if (this._takenRemote) this.dataset = undefined;
      this._takenRemote = undefined;
      this.failure = undefined;
      this._loader.load(this._host.src, this._host.format || undefined);
    }
    if (this._inputPending) {
      this._inputPending = false;
      const input = this._input;
      this._input = undefined; // keep only the checked dataset
      if (input !== undefined) {
        // A dataset from `parseDataset` (or `parseDatasetInSlices`, for a large one) is taken as it is.
        const result = isParsedDataset(input) ? { dataset: input, issues: [] } : parseDataset(input);
        this._accept(result.dataset, result.issues);
        return true;
      }
      // `data` unset (`null` is data, and not a dataset): what `src` gives, or the inline JSON, applies again.
      this._takenRemote = undefined;
      this.failure = undefined;
      this._loader.load(this._host.src, this._host.format || undefined);
      this._readInline();
    }
    const remote = this.remote;
    if (remote.status === 'loaded' && this._takenRemote !== remote && this._from !== 'data') {
      this._takenRemote = remote;
      this._accept(remote.dataset, remote.issues);
      return true;
    }
    return false;
  }

  hostConnected(): void {
    this._readInline();
  }

  hostDisconnected(): void {
    this._inlineObserver?.disconnect();
    this._inlineObserver = undefined;
    this._folding?.abort();
    this._folding = undefined;
  }

  /** Takes a checked dataset (from `data`, `src` or the inline JSON) and its issues. */
  private _accept(dataset: Dataset, issues: DataIssue[]): void {
    this.dataset = dataset;
    this._folding?.abort();
    this._folding = undefined;
    if (dataset === this._large) {
      // A file over a megabyte: the reader has waited for it already, and its search text is folded
      // in slices once it is shown, before a first search would have to wait for it. (Data set by a
      // script is folded at its first search: the memory only for readers who search.)
      const folding = (this._folding = new AbortController());
      setTimeout(() => {
        if (!folding.signal.aborted) prepareSearch(dataset, { signal: folding.signal }).catch(() => {});
      });
    }
    this._outbox.dataIssues(issues);
    const unusable =
      dataset.events.length === 0 && issues.some((i) => i.severity === 'error' && i.path === '');
    this.failure = unusable ? issues.find((i) => i.path === '')!.message : undefined;
  }

  /** The JSON of a `<script type="application/json">` child, when neither `data` nor `src` is set. */
  private _readInline(): void {
    const host = this._host;
    if (this._input !== undefined || this.dataset || host.src || host.hasAttribute('src')) return;
    const text = inlineJsonText(host);
    if (text !== undefined && text.trim() !== '') {
      this._inlineObserver?.disconnect();
      this._inlineObserver = undefined;
      this._input = text;
      this._inputPending = true;
      this._from = 'inline';
      host.requestUpdate();
      return;
    }
    if (!this._inlineObserver && typeof MutationObserver === 'function') {
      this._inlineObserver = new MutationObserver(() => this._readInline());
      this._inlineObserver.observe(host, { childList: true, subtree: true, characterData: true });
    }
  }
}
