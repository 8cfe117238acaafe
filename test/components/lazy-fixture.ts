// What the lazy-part tests share. It defines no element: each test file imports the timeline its own
// way (the sources, the embed, or the flaky copy of the failure test).
import { fixture, html } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import syria from '../../data/syria.json';

/** The element drawn: its updates, and the frames in which it measures its track. */
export async function settle(el: { updateComplete: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

export const one = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const all = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** A timeline `width` px wide in a page of `lang`, with the Syria sample, drawn. */
export async function at(width: number, lang = 'en'): Promise<ConflictTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width:${width}px`} lang=${lang}><conflict-timeline></conflict-timeline></div>`,
  );
  const el = wrapper.querySelector('conflict-timeline')!;
  el.data = syria;
  await settle(el);
  return el;
}
