/**
 * `repeat` that leaves no stray markers. lit-html 3.3's `repeat` removes an item by clearing its
 * part and its start marker but not its end marker (lit/lit#5298): every item it drops leaves an
 * empty comment node behind, so a list whose items come and go grows without end. This directive
 * is `repeat` (same keys, same moves, same DOM kept per key) followed by a sweep that removes
 * whatever lies between the container's item parts: only those leaked markers can be there.
 */
import { directive, type ChildPart, type Directive, type PartInfo } from 'lit/directive.js';
import { getCommittedValue, getDirectiveClass } from 'lit/directive-helpers.js';
import { repeat, type ItemTemplate, type KeyFn, type RepeatDirectiveFn } from 'lit/directives/repeat.js';

type RepeatArgs = [Iterable<unknown>, KeyFn<unknown> | ItemTemplate<unknown>, ItemTemplate<unknown>];
type RepeatLike = Omit<Directive, 'render' | 'update'> & {
  render(...args: RepeatArgs): unknown;
  update(part: ChildPart, args: RepeatArgs): unknown;
};

// The class behind `repeat` (lit exports only its type), found by lit's own public helper.
const Repeat = getDirectiveClass(repeat([], () => '')) as unknown as new (partInfo: PartInfo) => RepeatLike;

class KeyedListDirective extends Repeat {
  override update(part: ChildPart, args: RepeatArgs): unknown {
    const result = super.update(part, args);
    sweepStrayMarkers(part);
    return result;
  }
}

/** Removes the nodes between (and around) the item parts of `container`: the markers `repeat` leaked. */
function sweepStrayMarkers(container: ChildPart): void {
  const items = getCommittedValue(container);
  if (!Array.isArray(items)) return;
  const end = container.endNode;
  let node = container.startNode ? container.startNode.nextSibling : container.parentNode.firstChild;
  for (const item of items as ChildPart[]) {
    const start = item.startNode;
    while (node && node !== start && node !== end) {
      const next = node.nextSibling;
      if (node.nodeType === Node.COMMENT_NODE) node.remove();
      node = next;
    }
    node = item.endNode?.nextSibling ?? null;
  }
  while (node && node !== end) {
    const next = node.nextSibling;
    if (node.nodeType === Node.COMMENT_NODE) node.remove();
    node = next;
  }
}

/** `repeat(items, keyFn, template)`, without the markers lit-html 3.3's `repeat` leaks. */
export const keyedList = directive(KeyedListDirective) as unknown as RepeatDirectiveFn;
