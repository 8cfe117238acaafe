import type { ImportFormat } from '../core/importers/detect.js';
import type { DataIssue } from '../core/types.js';

/** What the page sends the import worker: the file's text, its name and the format it was given. */
export interface ImportWorkerRequest {
  text: string;
  filename: string;
  format?: ImportFormat;
}

/** What comes back: the dataset as this package's JSON text and the import's issues, or why it failed. */
export type ImportWorkerReply = { json: string; issues: DataIssue[] } | { error: string };
