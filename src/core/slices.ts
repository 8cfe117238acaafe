/**
 * Long work in slices: a clock that gives the event loop back to the host (a browser tab) once a
 * slice has run for its time, so that a page stays responsive while a large dataset is read and
 * prepared. Runs in Node.
 */

/** Hands control back to the host (the browser's event loop) and resumes later. */
export type YieldToHost = () => Promise<void>;

const now: () => number =
  typeof globalThis.performance?.now === 'function' ? () => globalThis.performance.now() : () => Date.now();

/** The host's way to yield: `scheduler.yield()` (Chromium) or a macrotask. */
export const defaultYield: YieldToHost = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

/** Gives the host the event loop when the current slice has run for `sliceMs`. */
export class SliceClock {
  private _since = now();
  constructor(
    private readonly _sliceMs: number,
    private readonly _yield: YieldToHost,
    private readonly _signal?: AbortSignal,
  ) {}

  /** Whether the slice is used up (cheap enough to ask often). */
  get due(): boolean {
    return now() - this._since >= this._sliceMs;
  }

  /** Yields when the slice is used up. */
  async pause(): Promise<void> {
    if (this.due) await this.yield();
  }

  /** Yields now: the work that follows gets a task of its own. */
  async yield(): Promise<void> {
    await this._yield();
    this._signal?.throwIfAborted();
    this._since = now();
  }
}

/**
 * Runs `step(from, to)` over `0…count` in batches of `batch`, pausing on `clock` between them.
 */
export async function inSlices(
  count: number,
  clock: SliceClock,
  step: (from: number, to: number) => void,
  batch = 2000,
): Promise<void> {
  for (let from = 0; from < count; from += batch) {
    await clock.pause();
    step(from, Math.min(count, from + batch));
  }
}
