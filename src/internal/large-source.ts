/**
 * How `src` reads a large file (over a megabyte): its JSON and its events in slices that give the
 * event loop back, the host's preparation of the dataset, and an export in the embed's import worker.
 * A chunk of its own in the embed, loaded only for such a file.
 */
import { isRecord } from '../core/guards.js';
import { parseJsonInSlices } from '../core/json-slices.js';
import { parseDatasetInSlices } from '../core/parse-dataset-slices.js';
import type { DataIssue, ParseResult } from '../core/types.js';
import type { LoadProgress, PrepareLarge } from './dataset-source.js';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-worker-protocol.js';
import { importWorkerUrl } from './import-worker-url.js';

export interface LargeReadOptions {
  signal?: AbortSignal;
  /** Hears how far the reading has come. */
  onProgress?: (progress: LoadProgress) => void;
  /** The host's work with the dataset before it is shown. */
  prepare?: PrepareLarge;
}

/** The value of large JSON text, read in slices; throws when it is not JSON. */
export function readJsonInSlices(text: string, { signal, onProgress }: LargeReadOptions): Promise<unknown> {
  return parseJsonInSlices(text, { signal, onElements: (events) => onProgress?.({ phase: 'read', events }) });
}

/** A large dataset checked in slices, then prepared by the host. */
export async function readDatasetInSlices(
  json: unknown,
  { signal, onProgress, prepare }: LargeReadOptions,
): Promise<ParseResult> {
  const result = await parseDatasetInSlices(json, {
    signal,
    onProgress: (p) =>
      p.phase === 'events' && onProgress?.({ phase: 'check', events: p.read, total: p.total ?? 0 }),
  });
  if (prepare) {
    try {
      await prepare(result.dataset, signal);
    } catch (e) {
      // Only an abort matters: what was not prepared is done when it is first needed.
      if (signal?.aborted) throw e;
    }
  }
  return result;
}

/**
 * The embed's import worker, started. A worker's script must come from the page's own origin: from a
 * CDN's, its text is fetched (the CDN allows it) and started from a blob. `undefined`: none here (the
 * npm build, a page whose policy forbids it, the file missing).
 */
async function startImportWorker(
  signal?: AbortSignal,
): Promise<{ worker: Worker; stop: () => void } | undefined> {
  const url = importWorkerUrl();
  if (!url || typeof Worker === 'undefined') return undefined;
  let blobUrl: string | undefined;
  try {
    // Two opaque origins (file: pages) are never the same origin.
    if (url.origin !== 'null' && url.origin === globalThis.location?.origin) {
      const worker = new Worker(url);
      return { worker, stop: () => worker.terminate() };
    }
    const response = await fetch(url, { signal });
    if (!response.ok) return undefined;
    blobUrl = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
    const worker = new Worker(blobUrl);
    const started = blobUrl;
    return {
      worker,
      stop: () => {
        worker.terminate();
        URL.revokeObjectURL(started);
      },
    };
  } catch {
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    return undefined;
  }
}

/**
 * A large export read by the embed's import worker, so that the page is not frozen while the importers
 * run: the dataset as this package's JSON text, and the import's issues. `undefined`: no worker (or it
 * failed), and the page reads the export itself.
 */
export async function importInWorker(
  text: string,
  filename: string,
  format: string | undefined,
  signal?: AbortSignal,
): Promise<{ json: string; issues: DataIssue[] } | undefined> {
  const started = await startImportWorker(signal);
  if (!started) return undefined;
  const { worker, stop } = started;
  if (signal?.aborted) {
    stop();
    return undefined;
  }
  return new Promise((resolve) => {
    const done = (reply?: ImportWorkerReply) => {
      stop();
      signal?.removeEventListener('abort', abort);
      if (reply && 'error' in reply)
        console.warn(
          `conflict-timeline: the import worker failed (${reply.error}); the page reads the file itself`,
        );
      resolve(reply && 'json' in reply ? reply : undefined);
    };
    const abort = () => done();
    signal?.addEventListener('abort', abort);
    worker.onmessage = (e: MessageEvent<ImportWorkerReply>) => done(isRecord(e.data) ? e.data : undefined);
    worker.onerror = (e) => {
      e.preventDefault();
      done();
    };
    worker.onmessageerror = () => done();
    const request: ImportWorkerRequest = {
      text,
      filename,
      format: format as ImportWorkerRequest['format'],
    };
    worker.postMessage(request);
  });
}
