// Shared by the edges-*.test.ts files: node counts across shadow roots, a synthetic dataset, and a
// timeline fixture in a given layout.
import { fixture, html } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import type { DatasetInput } from '../../src/core/types.js';

const DAY = 86_400_000;

/** Every node (elements, comments, text) in `host`'s shadow root and, recursively, in the shadow roots inside it. */
export function shadowNodeCount(host: Element): { nodes: number; comments: number } {
  let nodes = 0;
  let comments = 0;
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes++;
      if (node.nodeType === Node.COMMENT_NODE) comments++;
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return { nodes, comments };
}

/** Seeded synthetic events: `n` days from 2011, `lanes` actors in `sides` sides (none when 0). */
export function synthetic(n: number, { lanes = 20, sides = 0, days = 5478 } = {}): DatasetInput {
  let seed = 42;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const start = Date.UTC(2011, 0, 1);
  return {
    sides: Array.from({ length: sides }, (_, i) => ({ id: `s${i}`, label: `Side ${i}` })),
    actors: Array.from({ length: lanes }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      ...(sides ? { side: `s${i % sides}` } : {}),
    })),
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: new Date(start + Math.floor(rnd() * days) * DAY).toISOString().slice(0, 10),
      title: `Event ${i}`,
      actors: [`a${Math.floor(rnd() * lanes)}`],
    })),
  };
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** The element's update, its cards' updates and a frame (for the resize observers). */
export async function settle(el: ConflictTimeline | EventCard, frames = 1): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  await el.updateComplete;
  const cards = Array.from(el.shadowRoot!.querySelectorAll<EventCard>('event-card'));
  await Promise.all(cards.map((c) => c.updateComplete));
}

export type Layout = 'wide' | 'column' | 'narrow';
const WIDTH: Record<Layout, number> = { wide: 1200, column: 700, narrow: 375 };

export async function timelineIn(layout: Layout, data: unknown): Promise<ConflictTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width:${WIDTH[layout]}px`}>
      <conflict-timeline layout=${layout} style="--ct-height: 480px"></conflict-timeline>
    </div>`,
  );
  const el = wrapper.querySelector('conflict-timeline')!;
  el.data = data;
  await settle(el, 3);
  return el;
}
