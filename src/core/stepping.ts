/**
 * Stepping through a timeline without the DOM: the order in which previous/next go through the events
 * the filters keep, where an event stands in it, and the "3 of 27" text.
 */
import { bisectLeft } from 'd3-array';
import { formatNumber } from './format.js';
import type { Messages } from './messages.js';

/**
 * The indices (into `dataset.events`, which is in time order) of the events a filter keeps, ascending:
 * the order previous/next step through. No mask: every event.
 */
export function readingOrder(count: number, mask?: ArrayLike<number>): Uint32Array {
  if (!mask) {
    const all = new Uint32Array(count);
    for (let i = 0; i < count; i++) all[i] = i;
    return all;
  }
  let kept = 0;
  for (let i = 0; i < count; i++) if (mask[i]) kept++;
  const order = new Uint32Array(kept);
  for (let i = 0, j = 0; i < count; i++) if (mask[i]) order[j++] = i;
  return order;
}

/** Where an event stands in a {@link readingOrder}. */
export interface Step {
  /** Its 0-based position in the order; -1 when the filters hide it. */
  position: number;
  /** The event before it in time among those kept (an index into `dataset.events`). */
  previous?: number;
  /** The event after it. */
  next?: number;
}

/**
 * The position of event `index` in `order` and its neighbours there. A hidden event still has
 * neighbours (the kept events just before and after it in time), so stepping from it goes on.
 */
export function stepFrom(order: ArrayLike<number>, index: number): Step {
  const at = bisectLeft(order as ArrayLike<number>, index);
  const found = at < order.length && order[at] === index;
  return {
    position: found ? at : -1,
    previous: at > 0 ? order[at - 1] : undefined,
    next: found
      ? at + 1 < order.length
        ? order[at + 1]
        : undefined
      : at < order.length
        ? order[at]
        : undefined,
  };
}

/** "3 of 27" (1-based), numbers in `locale`'s digits. */
export function positionText(messages: Messages, position: number, total: number, locale?: string): string {
  return messages.position(formatNumber(position + 1, locale), formatNumber(total, locale));
}
