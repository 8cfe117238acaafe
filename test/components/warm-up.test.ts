// The idle warm-up: one timeline drawn out of sight and removed, so that the reader's first timeline is
// drawn with warm code. It must leave no trace: no node, no event, no request, no change to what a
// timeline drawn after it shows.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import { warmUpTimeline, warmUpWhenIdle } from '../../src/components/conflict-timeline/warm-up.js';
import syria from '../../data/syria.json';

const CT_EVENTS = ['ct-select', 'ct-range-change', 'ct-filter-change', 'ct-data-issues', 'ct-actor-toggle'];
const idle = () => new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(resolve));
const resources = () => performance.getEntriesByType('resource').map((e) => e.name);

/** What a timeline shows: its marks' events, positions and labels. */
function drawn(el: ConflictTimeline) {
  const root = el.shadowRoot!;
  return {
    marks: [...root.querySelectorAll<HTMLElement>('[part~="marker"], [part~="cluster"]')].map(
      (m) => `${m.dataset.eventId ?? m.dataset.key} ${m.getAttribute('style')}`,
    ),
    labels: [...root.querySelectorAll('[part~="label"], [part~="lane-label"], [part~="tick"]')].map((l) =>
      l.textContent!.trim(),
    ),
  };
}

async function syriaTimeline() {
  const el = await fixture<ConflictTimeline>(
    html`<conflict-timeline lang="en" style="width:1000px" .data=${syria}></conflict-timeline>`,
  );
  await el.updateComplete;
  return el;
}

describe('warmUpTimeline', () => {
  // The define module's own warm-up, once the page is idle: over before these tests make their own.
  before(async () => {
    const ran = await warmUpWhenIdle();
    // (WebKit has no requestIdleCallback: no warm-up there.)
    expect(ran).to.equal(typeof requestIdleCallback === 'function');
  });

  it('draws a timeline out of sight, inert and hidden from assistive technology, and removes it', async () => {
    const added: Element[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) added.push(n);
    });
    observer.observe(document.body, { childList: true });
    const before = document.body.children.length;
    expect(await warmUpTimeline()).to.equal(true);
    observer.disconnect();
    expect(added).to.have.length(1);
    const host = added[0] as HTMLElement;
    expect(host.getAttribute('aria-hidden')).to.equal('true');
    expect(host.inert).to.equal(true);
    expect(host.style.visibility).to.equal('hidden');
    expect(host.style.position).to.equal('fixed');
    expect(host.shadowRoot, 'its shadow root is closed').to.equal(null);
    expect(host.isConnected, 'removed').to.equal(false);
    expect(document.body.children.length).to.equal(before);
    expect(document.querySelector('conflict-timeline')).to.equal(null);
  });

  it('dispatches no event to the page, fetches nothing, and loads no part ahead', async () => {
    const heard: string[] = [];
    const listen = (e: Event) => heard.push(e.type);
    for (const type of CT_EVENTS) document.addEventListener(type, listen);
    const fetched = resources().length;
    try {
      expect(await warmUpTimeline()).to.equal(true);
      // A drawn timeline fetches what print needs once the page is idle: the warm-up's must not.
      await idle();
      await new Promise((r) => setTimeout(r, 1500));
      await idle();
      expect(heard).to.deep.equal([]);
      expect(resources().slice(fetched)).to.deep.equal([]);
    } finally {
      for (const type of CT_EVENTS) document.removeEventListener(type, listen);
    }
  });

  it('does nothing once a timeline is drawn in the page', async () => {
    const el = await syriaTimeline();
    const before = document.body.innerHTML;
    expect(await warmUpTimeline()).to.equal(false);
    expect(document.body.innerHTML).to.equal(before);
    el.remove();
  });

  it('runs while the page’s timeline waits for its src (it has drawn only its loading state)', async () => {
    const waiting = await fixture<ConflictTimeline>(
      html`<conflict-timeline src="/__test__/hang?ms=3000"></conflict-timeline>`,
    );
    await waiting.updateComplete.catch(() => {});
    expect(waiting.hasUpdated).to.equal(true);
    expect(await warmUpTimeline()).to.equal(true);
    waiting.remove();
  });

  it('leaves a timeline drawn after it as one drawn before it (no state of its own stays behind)', async () => {
    const first = await syriaTimeline();
    const cold = drawn(first);
    expect(cold.marks.length).to.be.greaterThan(10);
    first.remove();
    expect(await warmUpTimeline()).to.equal(true);
    const second = await syriaTimeline();
    expect(drawn(second)).to.deep.equal(cold);
  });
});
