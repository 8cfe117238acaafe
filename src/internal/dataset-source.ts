import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatIssue, parseDataset } from '../core/parse-dataset.js';
import type { Messages, PluralCategory } from '../core/messages.js';
import type { DataIssue, Dataset, ParseResult } from '../core/types.js';
import { errorMessage, isRecord } from '../core/guards.js';
import { cutText, formatNumber, plurals, QUOTE_LIMIT } from '../core/format.js';

/**
 * Where an element's dataset comes from when it is not the `data` property: a URL (`src`) that is
 * fetched, or JSON written inline in the page. Shared by `<conflict-timeline>` and `<event-card>`.
 */

/** Why `src` gave no dataset; turned into words in the reader's language at render time. */
export type LoadFailure =
  | { kind: 'http'; status: string }
  | { kind: 'json' }
  /** `message` is the browser's, for the page's developer (it goes to the console). */
  | { kind: 'network'; message: string }
  /** No complete answer within `seconds`. */
  | { kind: 'timeout'; seconds: number }
  /** The answer began but stopped before its end (the connection closed, fewer bytes than announced). */
  | { kind: 'cut'; message: string };

/** How long `src` may take, headers and body, before the element gives up (`src-timeout`). */
export const DEFAULT_SRC_TIMEOUT_SECONDS = 30;

/**
 * The timeout of a `src-timeout` value, in seconds: a positive number; `0` (or less) waits for as
 * long as the browser does; anything else (unset, not a number) the default.
 */
export function srcTimeoutSeconds(value: unknown): number {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || (typeof value === 'string' && value.trim() === '')) {
    return DEFAULT_SRC_TIMEOUT_SECONDS;
  }
  return Math.max(0, seconds);
}

/** How far a load has come: bytes of the body (of `total` when the server said), then events read. */
export type LoadProgress =
  | { phase: 'download'; loaded: number; total?: number }
  | { phase: 'read'; events: number }
  | { phase: 'check'; events: number; total: number }
  /** An export being read by the import worker (`file`: its name). */
  | { phase: 'import'; file: string };

/** Work a host does with a large dataset before it shows it, a slice at a time (it may be aborted). */
export type PrepareLarge = (dataset: Dataset, signal?: AbortSignal) => Promise<void>;

export type RemoteDataset =
  | { status: 'idle' }
  | { status: 'loading'; src: string; progress?: LoadProgress }
  | { status: 'loaded'; src: string; dataset: Dataset; issues: DataIssue[] }
  | { status: 'failed'; src: string; failure: LoadFailure };

/**
 * A `Dataset` (it has the lookups), as opposed to JSON input: what `<event-card>` takes as it is (it
 * guards what it links and shows when it renders). The timeline takes only what the parser made as it
 * is (`isParsedDataset`).
 */
export const hasDatasetLookups = (value: unknown): value is Dataset =>
  isRecord(value) && value.actorsById instanceof Map && value.eventsById instanceof Map;

/** The reason for a failed load, in the reader's language (`locale` writes the timeout's number). */
export function loadFailureText(failure: LoadFailure, messages: Messages, locale?: string): string {
  switch (failure.kind) {
    case 'timeout':
      return messages.timeoutError(
        formatNumber(failure.seconds, locale),
        plurals(locale).select(failure.seconds) as PluralCategory,
      );
    case 'cut':
      return messages.cutOffError;
    case 'http':
      return messages.httpError(failure.status);
    case 'json':
      return messages.invalidJson;
    case 'network':
      // The browser's own message ("Failed to fetch") is in the browser's language, not the reader's.
      return messages.networkError;
  }
}

/** Megabytes to one decimal place, in the reader's digits. */
const megabytes = (bytes: number, locale?: string) =>
  formatNumber(bytes / 1e6, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** What a load has done so far, in the reader's language ("Loading… 12.0 MB of 50.2 MB"). */
export function loadProgressText(progress: LoadProgress, messages: Messages, locale?: string): string {
  switch (progress.phase) {
    case 'download':
      return messages.loadingBytes(
        megabytes(progress.loaded, locale),
        progress.total === undefined ? undefined : megabytes(progress.total, locale),
      );
    case 'read':
      return messages.readingEvents(formatNumber(progress.events, locale));
    case 'check':
      return messages.checkingEvents(
        formatNumber(progress.events, locale),
        formatNumber(progress.total, locale),
      );
    case 'import':
      return messages.readingFile(cutText(progress.file, QUOTE_LIMIT));
  }
}

/** The browser's reason for a failed request, for the developer: readers see `networkError`. */
function warnNetwork(src: string, message: string): string {
  console.warn(`could not fetch ${cutText(src, QUOTE_LIMIT)}: ${message}`);
  return message;
}

/** Issues go to the console for the page's developer: a few lines, not thousands. */
export function reportIssues(tag: string, where: string, issues: readonly DataIssue[]): void {
  if (issues.length === 0) return;
  const shown = issues.slice(0, 10).map((issue) => `  ${formatIssue(issue)}`);
  if (issues.length > shown.length) shown.push(`  … and ${issues.length - shown.length} more`);
  console.warn(`<${tag}>: ${issues.length} problem(s) in ${where}:\n${shown.join('\n')}`);
}

/**
 * Fetches and parses a dataset URL for its host element: one request at a time (a new `src` aborts
 * the old one), a fetch cut off by a disconnect is made again on reconnect, and nothing it does
 * throws. The host reads `state` when it updates.
 */
export class DatasetLoader implements ReactiveController {
  state: RemoteDataset = { status: 'idle' };
  /** Seconds a load may take (headers and body) before it fails as `timeout`; 0: no limit. */
  timeoutSeconds = DEFAULT_SRC_TIMEOUT_SECONDS;
  private _host: ReactiveControllerHost;
  private _controller?: AbortController;
  private _src = '';
  private _format?: string;
  private _onLoaded?: (dataset: Dataset, issues: DataIssue[], src: string) => void;
  private _prepare?: PrepareLarge;

  /**
   * `onLoaded` hears of each dataset loaded, with its issues, before the host updates; `prepare` does
   * the host's first work with a large dataset (in slices) before it is shown.
   */
  constructor(
    host: ReactiveControllerHost,
    onLoaded?: (dataset: Dataset, issues: DataIssue[], src: string) => void,
    prepare?: PrepareLarge,
  ) {
    this._host = host;
    this._onLoaded = onLoaded;
    this._prepare = prepare;
    host.addController(this);
  }

  /** Starts loading `src` unless it is what is already loaded or loading; an empty `src` stops. */
  load(src: unknown, format?: string): void {
    const next = typeof src === 'string' ? src.trim() : src == null ? '' : String(src).trim(); // a URL object too
    if (next === this._src && format === this._format && this.state.status !== 'idle') return;
    this._src = next;
    this._format = format;
    this._controller?.abort();
    if (!next) {
      this._set({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    this._controller = controller;
    this._set({ status: 'loading', src: next });
    const seconds = this.timeoutSeconds;
    // The timer aborts the request; a body read in full (the server answered; parsing it may take a
    // while) or a load aborted for another `src` clears it.
    const timer =
      seconds > 0 && seconds * 1000 <= 2 ** 31 - 1
        ? setTimeout(() => controller.abort(TIMED_OUT), seconds * 1000)
        : undefined;
    let shownAt = 0;
    // Progress comes many times a second: the host redraws for it at most every PROGRESS_MS (and for each new phase).
    const onProgress = (progress: LoadProgress) => {
      const state = this.state;
      if (controller.signal.aborted || state.status !== 'loading' || this._controller !== controller) return;
      const at = Date.now();
      if (state.progress?.phase === progress.phase && at - shownAt < PROGRESS_MS) return;
      shownAt = at;
      this._set({ status: 'loading', src: next, progress });
    };
    const signal = controller.signal;
    const onBody = () => clearTimeout(timer);
    void fetchDataset(next, { signal, format, onProgress, prepare: this._prepare, onBody }).then((state) => {
      clearTimeout(timer);
      if (controller.signal.aborted && controller.signal.reason !== TIMED_OUT) return;
      if (controller.signal.aborted) {
        console.warn(`could not fetch ${cutText(next, QUOTE_LIMIT)}: no complete answer within ${seconds} s`);
        state = { status: 'failed', src: next, failure: { kind: 'timeout', seconds } };
      }
      if (state.status === 'loaded') this._onLoaded?.(state.dataset, state.issues, state.src);
      this._set(state);
    });
  }

  /** Loads the current `src` again (after a failure: the reader pressed Retry). */
  retry(): void {
    const src = this._src;
    this._src = '';
    this.load(src);
  }

  hostConnected(): void {
    if (this._src && this.state.status === 'idle') this.load(this._src, this._format);
  }

  hostDisconnected(): void {
    if (this.state.status !== 'loading') return;
    this._controller?.abort();
    this.state = { status: 'idle' };
  }

  private _set(state: RemoteDataset): void {
    this.state = state;
    this._host.requestUpdate();
  }
}

/** JSON in this package's own shape (its events have `date` text), not a TimelineJS file or an API reply. */
function looksLikeDataset(json: unknown): boolean {
  if (!isRecord(json) || !Array.isArray(json.events)) return false;
  const first: unknown = json.events[0];
  return first === undefined || (isRecord(first) && typeof first.date === 'string');
}

/**
 * A file in another format (an ACLED or UCDP export or API reply, a TimelineJS file, the spreadsheet
 * layout), read by the importers: a chunk of their own, loaded only now (beside the embed, found from
 * this module's URL), so that a page with the package's own JSON never loads it.
 */
async function importExport(src: string, input: unknown, format?: string): Promise<RemoteDataset> {
  let importers: typeof import('../core/importers/detect.js');
  try {
    importers = await import('../core/importers/detect.js');
  } catch (e) {
    return {
      status: 'failed',
      src,
      failure: { kind: 'network', message: warnNetwork(src, errorMessage(e)) },
    };
  }
  const result = importers.importAny(input, {
    filename: fileNameOf(src),
    format: format as import('../core/importers/detect.js').ImportFormat | undefined,
  });
  return { status: 'loaded', src, dataset: result.dataset, issues: result.issues };
}

/** The last part of a URL's path, without its query or fragment (`''` for a path that ends in `/`). */
export const lastPathPart = (src: string) => src.split(/[?#]/)[0].split('/').pop() ?? '';

/** The file's name in a URL (what the importers detect a format by). */
const fileNameOf = (src: string) => lastPathPart(src) || src;

/** How often at most a load's progress is shown again, in ms. */
const PROGRESS_MS = 100;

/** Text longer than this is parsed in slices that give the event loop back (small files stay synchronous). */
const LARGE_TEXT = 1_000_000;

/** The abort reason of a load that took longer than its timeout. */
const TIMED_OUT = Symbol('timed out');

/**
 * The body of `response` as text, or a `cut` failure when it stopped before its end: reading failed
 * after the headers came (the connection closed; Chromium's and Firefox's `TypeError`), or fewer
 * bytes came than `Content-Length` announced (a body the browser did not decode). An abort (another
 * `src`, the timeout) is thrown on, for the caller. Read as a stream, so that `onProgress` hears of
 * the bytes as they come.
 */
async function readBody(
  response: Response,
  signal?: AbortSignal,
  onProgress?: (progress: LoadProgress) => void,
): Promise<string | { kind: 'cut'; message: string }> {
  const announced = Number(response.headers.get('content-length') ?? NaN);
  const encoded = (response.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  const known = encoded === 'identity' && Number.isFinite(announced) ? announced : undefined;
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let received = 0;
  try {
    const body = response.body;
    if (!body) {
      const bytes = await response.arrayBuffer();
      received = bytes.byteLength;
      pieces.push(decoder.decode(bytes));
    } else {
      const reader = body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        received += value.byteLength;
        pieces.push(decoder.decode(value, { stream: true }));
        // A small file is there before its progress could be read.
        if ((known ?? received) > LARGE_TEXT)
          onProgress?.({ phase: 'download', loaded: received, total: known });
      }
      pieces.push(decoder.decode());
    }
  } catch (e) {
    if (signal?.aborted) throw e;
    return { kind: 'cut', message: errorMessage(e) };
  }
  if (known !== undefined && received < known) {
    return { kind: 'cut', message: `${received} of ${known} bytes` };
  }
  return pieces.join('');
}

/**
 * Fetches and checks the dataset at `src`; never throws: a failed request, an HTTP error or a reply
 * that is not JSON comes back as `failed` with the reason.
 */
async function fetchDataset(
  src: string,
  {
    signal,
    format,
    onProgress,
    prepare,
    onBody,
  }: {
    signal?: AbortSignal;
    format?: string;
    /** Hears how far the load has come (large files only). */
    onProgress?: (progress: LoadProgress) => void;
    /** The host's work with a large dataset before it is shown. */
    prepare?: PrepareLarge;
    /** The body has been read in full. */
    onBody?: () => void;
  } = {},
): Promise<RemoteDataset> {
  try {
    const response = await fetch(src, { signal });
    if (!response.ok) {
      return {
        status: 'failed',
        src,
        failure: { kind: 'http', status: `${response.status} ${response.statusText}`.trim() },
      };
    }
    const text = await readBody(response, signal, onProgress);
    onBody?.();
    if (typeof text !== 'string') {
      warnNetwork(src, `the answer was cut off (${text.message})`);
      return { status: 'failed', src, failure: text };
    }
    const large = text.length > LARGE_TEXT;
    // Only a large file is read in slices: that code is a chunk of its own in the embed.
    const sliced = large ? await import('./large-source.js') : undefined;
    const options = { signal, onProgress, prepare };
    const readJson = async (body: string): Promise<{ json?: unknown }> => {
      try {
        return { json: sliced ? await sliced.readJsonInSlices(body, options) : JSON.parse(body) };
      } catch (e) {
        if (signal?.aborted) throw e;
        return {};
      }
    };
    const readDataset = async (json: unknown): Promise<ParseResult> =>
      sliced ? sliced.readDatasetInSlices(json, options) : parseDataset(json);
    let read = await readJson(text);
    const isJson = 'json' in read;
    if (format === 'dataset' || (format === undefined && isJson && looksLikeDataset(read.json))) {
      return { status: 'loaded', src, ...(await readDataset(read.json)) };
    }
    // JSON that is broken (or not an object) is a broken dataset, not an export to import.
    if (format === undefined && ((isJson && !isRecord(read.json)) || (!isJson && /^\s*[[{]/.test(text))))
      return { status: 'failed', src, failure: { kind: 'json' } };
    if (sliced) {
      // A large export's JSON is let go while the worker reads the text (the page reads it again if it must).
      read = {};
      onProgress?.({ phase: 'import', file: fileNameOf(src) });
      const imported = await sliced.importInWorker(text, fileNameOf(src), format, signal);
      signal?.throwIfAborted();
      const reply = imported && (await readJson(imported.json));
      if (reply && 'json' in reply) {
        // The worker's issues say where in the export each one is; reading its JSON finds the same again.
        const { dataset } = await readDataset(reply.json);
        return { status: 'loaded', src, dataset, issues: imported.issues };
      }
      return await importExport(src, text, format);
    }
    return await importExport(src, isJson ? read.json : text, format);
  } catch (e) {
    // Aborted: the element asked for another file, or went away; nothing to tell the developer.
    const message = signal?.aborted ? errorMessage(e) : warnNetwork(src, errorMessage(e));
    return {
      status: 'failed',
      src,
      failure: { kind: 'network', message },
    };
  }
}

/**
 * The text of the first `<script type="application/json">` child of `host`: the way a CMS can put
 * the data in the page with no extra request. `undefined` when there is none.
 */
export function inlineJsonText(host: Element): string | undefined {
  for (const child of Array.from(host.children)) {
    if (
      child.localName === 'script' &&
      (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json'
    ) {
      return child.textContent ?? '';
    }
  }
  return undefined;
}
