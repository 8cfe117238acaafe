/**
 * Where a frame's items go in a list of reused slots. The track draws its marks (and their titles)
 * into positional slots, one template each, so that a redraw changes attributes, never the DOM; with
 * the items always from the first slot on, a zoom or a pan that drops a few items at the start moves
 * every other item one slot on, and every slot's attributes are written again. Here an item keeps
 * the slot it had where the order allows, and the slots between are hidden, so that a pan or a zoom
 * rewrites mostly the items' positions. The slots stay in the items' order, so the list still reads
 * in time order. Runs in Node.
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
   * Places the items of a frame, by their keys in order, and returns the slot of each, increasing.
   * The most items possible keep their last slot: with `shift = slot − index`, the items that keep
   * theirs are a longest run of non-decreasing shifts (each then leaves room for the items between,
   * as the list's end does for the items after it), found in O(n log n); the other items take the
   * slots right after the item before them. Placing the same keys again gives the same slots.
   */
  place(keys: readonly string[]): Uint32Array {
    const n = keys.length;
    const capacity = Math.max(this._size, n + Math.max(this._minSlack, Math.ceil(n * this._slack)));
    const shift = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const old = this._slots.get(keys[i]);
      if (old !== undefined && old >= i && old - i <= capacity - n) shift[i] = old - i;
    }
    // Patience sorting: `tails[k]` ends the best run of length k + 1 found so far (the one with the
    // smallest last shift), `back[i]` is the item before `i` in its run.
    const tails: number[] = [];
    const back = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const t = shift[i];
      if (t < 0) continue;
      let lo = 0;
      let hi = tails.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (shift[tails[mid]] <= t) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) back[i] = tails[lo - 1];
      tails[lo] = i;
    }
    const keeps = new Uint8Array(n);
    for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = back[i]) keeps[i] = 1;
    const slots = new Uint32Array(n);
    let next = 0;
    for (let i = 0; i < n; i++) {
      slots[i] = keeps[i] ? i + shift[i] : next;
      next = slots[i] + 1;
    }
    const placed = new Map<string, number>();
    for (let i = 0; i < n; i++) placed.set(keys[i], slots[i]);
    this._slots = placed;
    this._size = Math.max(this._size, next);
    return slots;
  }
}
