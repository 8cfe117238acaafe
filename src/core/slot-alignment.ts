/**
 * Where a frame's items go in a list of reused slots. The track draws its marks (and their titles)
 * into positional slots, one template each, so that a redraw changes attributes, never the DOM; with
 * the items always from the first slot on, a zoom or a pan that drops a few items at the start moves
 * every other item one slot on, and every slot's attributes are written again. Here the items are one
 * run of slots that starts where the most of them keep the slot they had, with hidden slots before
 * and after it, so that a pan rewrites mostly positions. The run is in the items' order, so the list
 * still reads in time order. Runs in Node.
 */
export class SlotAlignment {
  /** The slot of each key of the last frame placed. */
  private _slots = new Map<string, number>();
  private _size = 0;

  /**
   * @param slack Spare slots the list may grow by beyond a frame's items, as a share of them (the
   *   room the items have to keep their slots in before they are packed from the first slot again).
   * @param minSlack The least spare slots allowed, for small frames.
   */
  constructor(
    private readonly _slack = 1,
    private readonly _minSlack = 32,
  ) {}

  /** Slots in the list: the most a frame has needed since the last `reset`. */
  get size(): number {
    return this._size;
  }

  /** Forgets the slots (new data, a new size): the next frame is packed from the first slot. */
  reset(): void {
    this._slots = new Map();
    this._size = 0;
  }

  /**
   * Places the items of a frame, by their keys in order, and returns the slot of each: one run of
   * slots from the offset at which the most items keep their last slot (ties: the smaller offset;
   * 0 when none can). The run moves as a whole, so only the slots at its ends are shown or hidden.
   * Placing the same keys again gives the same slots.
   */
  place(keys: readonly string[]): Uint32Array {
    const n = keys.length;
    const capacity = Math.max(this._size, n + Math.max(this._minSlack, Math.ceil(n * this._slack)));
    const votes = new Map<number, number>();
    let offset = 0;
    let best = 0;
    for (let i = 0; i < n; i++) {
      const old = this._slots.get(keys[i]);
      if (old === undefined || old < i || old - i > capacity - n) continue;
      const d = old - i;
      const v = (votes.get(d) ?? 0) + 1;
      votes.set(d, v);
      if (v > best || (v === best && d < offset)) {
        best = v;
        offset = d;
      }
    }
    const slots = new Uint32Array(n);
    const placed = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      slots[i] = offset + i;
      placed.set(keys[i], offset + i);
    }
    this._slots = placed;
    this._size = Math.max(this._size, offset + n);
    return slots;
  }
}
