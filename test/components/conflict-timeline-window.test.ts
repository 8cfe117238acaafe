import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import syria from '../../data/syria.json';

async function settle(el: ConflictTimeline) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}
const marks = (el: ConflictTimeline) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="marker"], [part~="cluster"]'));

describe('<conflict-timeline> window given the wrong way round', () => {
  it('start after end (start="2016" end="2014") shows the window between them, not an empty track', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width: 1000px" start="2016" end="2014"></conflict-timeline>`,
    );
    el.data = syria;
    await settle(el);
    expect(marks(el).length).to.be.greaterThan(0);
    // The 2015 events are in view; the Nov–Dec 2024 ones are not.
    const ids = marks(el).map((m) => m.dataset.eventId ?? '');
    expect(ids.some((id) => id.startsWith('2015'))).to.equal(true);
    expect(ids.some((id) => id.startsWith('2024'))).to.equal(false);
  });
});
