// What the first paint does not need is not loaded before it: `<event-card>` comes after the first
// paint, once the page is idle (print needs it without warning), or on the first selection.
// (A page of its own: nothing has loaded the card yet.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import syria from '../../data/syria.json';
import { settle } from './lazy-fixture.js';

describe('<conflict-timeline>: the first paint without the card', () => {
  it('draws its marks before <event-card> is loaded, and loads it when the page is idle', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:1200px"><conflict-timeline></conflict-timeline></div>`,
    );
    const el = wrapper.querySelector('conflict-timeline')!;
    el.data = syria;
    // The first frame with marks in it.
    await el.updateComplete;
    for (let i = 0; i < 10 && !el.shadowRoot!.querySelector('[part~="marker"]'); i++) {
      await new Promise((r) => requestAnimationFrame(r));
    }
    expect(el.shadowRoot!.querySelectorAll('[part~="marker"]').length).to.be.greaterThan(0);
    expect(!!customElements.get('event-card'), 'the card before the first paint').to.equal(false);
    // (WebKit has no requestIdleCallback: the element waits a second there.)
    await new Promise((r) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(r, { timeout: 3000 })
        : setTimeout(r, 1100),
    );
    await customElements.whenDefined('event-card');
    await settle(el);
    expect(!!customElements.get('event-card'), 'the card once idle').to.equal(true);
  });
});
