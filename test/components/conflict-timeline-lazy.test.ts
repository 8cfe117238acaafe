// The parts the first paint does not need load on first need (in the embed, chunks beside it): the
// narrow and print layouts, the detail panel with <event-card>, Arabic strings. Each is there the
// first time it is needed, and `updateComplete` waits for it. (No test module here imports them.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import syria from '../../data/syria.json';
import { all, at, one, settle } from './lazy-fixture.js';

describe('<conflict-timeline>: parts loaded on first need', () => {
  // First: nothing of the print layout is loaded yet in this page.
  it('prints the first time, even when the page prints before its print layout has loaded', async () => {
    const el = await at(1200);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    try {
      expect(one(el, '.print')).to.exist;
      expect(all(el, '.print [part~="entry"]').length).to.equal(syria.events.length);
      expect(one(el, '.screen')!.classList.contains('print-replaced')).to.equal(true);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
    }
    expect(one(el, '.print')).to.equal(null);
  });

  it('draws Arabic strings the first time, with no English drawn in between', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:1200px" lang="ar"><conflict-timeline></conflict-timeline></div>`,
    );
    const el = wrapper.querySelector('conflict-timeline')!;
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const zoom = one(el, '.zoom');
      if (zoom) seen.push(zoom.getAttribute('aria-label') ?? '');
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    el.data = syria;
    await settle(el);
    observer.disconnect();
    expect(one(el, '.zoom')!.getAttribute('aria-label')).to.equal('تكبير');
    expect(seen).not.to.include('Zoom in');
  });

  it('draws the narrow layout the first time it is narrow', async () => {
    const el = await at(375);
    expect(one(el, '.root')!.classList.contains('narrow')).to.equal(true);
    expect(all(el, '[part~="entry"]').length).to.be.greaterThan(10);
    // Its styles came with it: the chronology's entries are laid out as a list, not inline.
    expect(getComputedStyle(one(el, '[part~="entry"]')!).display).to.equal('flex');
  });

  it('shows the selected event in the detail panel with its <event-card>, the first time', async () => {
    const el = await at(1200);
    let selected = '';
    el.addEventListener('ct-select', (e) => (selected = e.detail.event?.id ?? ''));
    const mark = one(el, '[part~="marker"] .hit')!;
    mark.click();
    await settle(el);
    const card = one(el, '[part~="detail"] event-card')!;
    expect(!!customElements.get('event-card')).to.equal(true);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(card.shadowRoot!.textContent).to.contain(syria.events.find((e) => e.id === selected)!.title);
    // The panel's styles came with it: its navigation is laid out as a row.
    expect(getComputedStyle(one(el, '[part~="detail-nav"]')!).display).to.equal('flex');
  });
});
