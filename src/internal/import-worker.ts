/**
 * The embed's worker for large exports (an ACLED or UCDP CSV, a TimelineJS file): the importers run
 * here, off the page's main thread, and the dataset comes back as this package's JSON text, which the
 * page reads in slices. Built on its own beside the embed (`conflict-timeline-import-worker.min.js`).
 */
import { importAny } from '../core/importers/detect.js';
import { errorMessage } from '../core/guards.js';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-worker-protocol.js';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportWorkerRequest>) => void): void;
  postMessage(reply: ImportWorkerReply): void;
};

scope.addEventListener('message', ({ data }) => {
  try {
    const result = importAny(data.text, { filename: data.filename, format: data.format });
    scope.postMessage({ json: JSON.stringify(result.input), issues: result.issues });
  } catch (e) {
    scope.postMessage({ error: errorMessage(e) });
  }
});
