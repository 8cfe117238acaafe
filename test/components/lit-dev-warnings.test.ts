// Lit's development build (the `development` export condition, which web-test-runner.config.mjs sets)
// warns when an update asks for another before it ends ("scheduled an update … after an update
// completed"): the timeline's first render must not, in any layout, with data given in any way.
// Not named conflict-timeline*.test.ts: the embed step runs those against the built embed, whose Lit
// is the production build (no warnings to check).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import syria from '../../data/syria.json';

const warnings: string[] = [];
const originalWarn = console.warn;
before(() => {
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    originalWarn.apply(console, args);
  };
});
after(() => {
  console.warn = originalWarn;
});

async function settle(el: ConflictTimeline) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

const inefficient = () => warnings.filter((w) => w.includes('scheduled an update'));

describe('<conflict-timeline> in Lit’s development build', () => {
  it('runs against Lit’s development build (which has the warning)', () => {
    // Lit's development build keeps the warnings it gave here; the production build has none.
    expect((globalThis as { litIssuedWarnings?: unknown }).litIssuedWarnings).to.be.instanceOf(Set);
  });

  for (const [layout, width] of [
    ['wide', 1100],
    ['column', 700],
    ['narrow', 380],
  ] as const) {
    it(`the first render in the ${layout} layout asks for no second update`, async () => {
      const el = await fixture<ConflictTimeline>(
        html`<conflict-timeline
          style="width: ${width}px; --ct-height: 500px"
          .data=${syria}
        ></conflict-timeline>`,
      );
      await settle(el);
      expect(
        el.shadowRoot!.querySelector(layout === 'narrow' ? '[part~="entry"]' : '[part~="marker"]'),
      ).not.to.equal(null);
      expect(inefficient()).to.deep.equal([]);
    });
  }

  it('inline JSON, and data set after the first render, ask for no update inside an update', async () => {
    const inline = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width: 1000px"
        ><script type="application/json">
          ${JSON.stringify(syria)}
        </script></conflict-timeline
      >`,
    );
    await settle(inline);
    expect(inline.shadowRoot!.querySelector('[part~="marker"]')).not.to.equal(null);
    const later = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width: 1000px"></conflict-timeline>`,
    );
    await settle(later);
    later.data = syria;
    await settle(later);
    expect(later.shadowRoot!.querySelector('[part~="marker"]')).not.to.equal(null);
    expect(inefficient()).to.deep.equal([]);
  });
});
