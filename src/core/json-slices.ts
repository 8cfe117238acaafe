/**
 * `parseJsonInSlices`: `JSON.parse` for large text that gives the event loop back between slices of
 * work, so that a page stays responsive while a file of many megabytes is read. A small scanner
 * finds the elements of the top-level lists (the root array, or the arrays that are values of the
 * root object: a dataset's `events`, an export's rows), and they are parsed a batch at a time. The
 * value is the one `JSON.parse` gives; text that is not valid JSON is parsed once more by
 * `JSON.parse` itself, so that the error is the engine's own. Runs in Node.
 */
import { defaultYield, SliceClock, type YieldToHost } from './slices.js';

export interface SliceOptions {
  /** Gives the event loop back; default: `scheduler.yield()` where there is one, else a 0 ms timeout. */
  yieldToHost?: YieldToHost;
  /** How long one slice of work may run before yielding, in ms. Default 30. */
  sliceMs?: number;
  /** Stops early (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Hears how many elements of the top-level lists have been parsed so far. */
  onElements?: (parsed: number) => void;
  /** Lists of fewer characters than this are parsed whole, with the rest. Default 64 KiB. */
  splitFrom?: number;
}

/** One top-level list: where its elements begin and end in the text, and how to put it back. */
interface SplitList {
  /** The key in the root object, or `undefined` for a root array. */
  key?: string;
  starts: number[];
  ends: number[];
}

/** Lists shorter than this are left to the skeleton's `JSON.parse`. */
const MIN_SPLIT_LENGTH = 64 * 1024;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

/** Why a scan gave up: the text is not valid JSON, or not in a shape worth splitting. */
const GIVE_UP = Symbol('give up');

/**
 * Finds the elements of the top-level lists in `text`, a slice of work at a time. The skeleton is
 * the text with each split list emptied (`[]`). Throws `GIVE_UP` for text that is not valid JSON or
 * whose root object repeats a key (the engine's last-one-wins is left to `JSON.parse`).
 */
async function scan(
  text: string,
  clock: SliceClock,
  splitFrom: number,
): Promise<{ skeleton: string; lists: SplitList[] }> {
  const length = text.length;
  // Containers open at this point: true for an array.
  const stack: boolean[] = [];
  const lists: SplitList[] = [];
  const pieces: string[] = [];
  let copiedTo = 0;
  let current: SplitList | undefined;
  let rootKey: string | undefined;
  const rootKeys = new Set<string>();
  let expectKey = false;
  let i = 0;
  let steps = 0;
  while (i < length) {
    if (++steps === 4096) {
      steps = 0;
      await clock.pause();
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // A string: jump to the quote that ends it (one not escaped by an odd run of backslashes).
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end < 0) throw GIVE_UP;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
      }
      if (stack.length === 1 && !stack[0] && expectKey) {
        try {
          rootKey = JSON.parse(text.slice(i, end + 1)) as string;
        } catch {
          throw GIVE_UP;
        }
        if (rootKeys.has(rootKey)) throw GIVE_UP;
        rootKeys.add(rootKey);
        expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const isArray = c === OPEN_BRACKET;
      const depth = stack.length;
      if (isArray && (depth === 0 || (depth === 1 && !stack[0]))) {
        current = { key: depth === 0 ? undefined : rootKey, starts: [i + 1], ends: [] };
      }
      stack.push(isArray);
      if (depth === 0 && !isArray) expectKey = true;
      i++;
      continue;
    }
    if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      const isArray = c === CLOSE_BRACKET;
      if (stack.pop() !== isArray) throw GIVE_UP;
      if (current && isArray && stack.length === (current.key === undefined ? 0 : 1)) {
        const start = current.starts[0]!;
        if (text.slice(start, i).trim() === '') current.starts.length = 0;
        else current.ends.push(i);
        if (i - start >= splitFrom) {
          lists.push(current);
          pieces.push(text.slice(copiedTo, start - 1), '[]');
          copiedTo = i + 1;
        }
        current = undefined;
      }
      i++;
      continue;
    }
    if (c === COMMA) {
      if (current && stack.length === (current.key === undefined ? 1 : 2)) {
        current.ends.push(i);
        current.starts.push(i + 1);
      } else if (stack.length === 1 && !stack[0]) expectKey = true;
      i++;
      continue;
    }
    if (c === COLON && stack.length === 1 && !stack[0]) expectKey = false;
    i++;
  }
  if (stack.length !== 0) throw GIVE_UP;
  pieces.push(text.slice(copiedTo));
  return { skeleton: pieces.join(''), lists };
}

/** Elements parsed per `JSON.parse` call: enough that the calls cost little, few enough to stop in time. */
const BATCH = 500;

/**
 * The value of the JSON `text`, as `JSON.parse(text)` gives it, parsed in slices of `sliceMs` with the
 * event loop given back in between. Rejects as `JSON.parse` does when `text` is not JSON (with the
 * engine's own error), and with the signal's reason when aborted.
 */
export async function parseJsonInSlices(text: string, options: SliceOptions = {}): Promise<unknown> {
  const clock = new SliceClock(options.sliceMs ?? 30, options.yieldToHost ?? defaultYield, options.signal);
  let parsed: { skeleton: string; lists: SplitList[] };
  try {
    parsed = await scan(text, clock, options.splitFrom ?? MIN_SPLIT_LENGTH);
  } catch (e) {
    if (e === GIVE_UP) return JSON.parse(text);
    throw e;
  }
  let root: unknown;
  const filled: unknown[][] = [];
  try {
    root = JSON.parse(parsed.skeleton);
    let done = 0;
    for (const list of parsed.lists) {
      const values: unknown[] = [];
      const n = list.starts.length;
      for (let from = 0; from < n; from += BATCH) {
        await clock.pause();
        const to = Math.min(n, from + BATCH);
        const batch = JSON.parse('[' + text.slice(list.starts[from], list.ends[to - 1]) + ']') as unknown[];
        // A batch of another length: a comma the scanner took for a separator was not one.
        if (batch.length !== to - from) throw GIVE_UP;
        for (let k = 0; k < batch.length; k++) values.push(batch[k]);
        done += batch.length;
        options.onElements?.(done);
      }
      filled.push(values);
    }
  } catch (e) {
    if (options.signal?.aborted) throw e;
    // Not valid JSON after all: the engine's own error (or, were the scanner wrong, the right value).
    return JSON.parse(text);
  }
  parsed.lists.forEach((list, k) => {
    if (list.key === undefined) root = filled[k];
    // Defined, not assigned: a key `__proto__` is an own property in `JSON.parse`'s value too.
    else
      Object.defineProperty(root, list.key, {
        value: filled[k],
        writable: true,
        enumerable: true,
        configurable: true,
      });
  });
  return root;
}
