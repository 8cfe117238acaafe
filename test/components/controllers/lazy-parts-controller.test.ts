import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  LazyPartsController,
  partLoaders,
} from '../../../src/components/conflict-timeline/controllers/lazy-parts-controller.js';
import { warmUps } from '../../../src/components/conflict-timeline/warm-up.js';

/** A drawn host: what print needs is fetched once the page is idle. */
class Host extends LitElement {
  readonly parts = new LazyPartsController(this, () => true);
}
customElements.define('lazy-parts-host', Host);

const idle = () =>
  new Promise((resolve) => (window.requestIdleCallback ?? ((f: () => void) => setTimeout(f)))(resolve));
/** The prefetch waits a second after the host is drawn, then for the page to be idle. */
const afterPrefetchTime = async () => {
  await new Promise((r) => setTimeout(r, 1100));
  await idle();
  await idle();
};

describe('LazyPartsController', () => {
  const loaders = { ...partLoaders };
  let calls: string[];
  beforeEach(() => {
    calls = [];
    partLoaders.reading = () => (calls.push('reading'), new Promise(() => {}));
    partLoaders.detail = () => (calls.push('detail'), new Promise(() => {}));
  });
  afterEach(() => Object.assign(partLoaders, loaders));

  it('fetches the print parts ahead a second after the host is drawn, once the page is idle', async () => {
    const host = await fixture<Host>(html`<lazy-parts-host></lazy-parts-host>`);
    await host.updateComplete;
    await new Promise((r) => setTimeout(r, 500));
    expect(calls, 'not in the frames right after the first paint').to.deep.equal([]);
    await afterPrefetchTime();
    expect(calls).to.deep.equal(['reading', 'detail']);
  });

  it('fetches nothing ahead for a warm-up timeline', async () => {
    const host = document.createElement('lazy-parts-host') as Host;
    warmUps.add(host);
    const parent = await fixture<HTMLElement>(html`<div></div>`);
    parent.append(host);
    await host.updateComplete;
    await afterPrefetchTime();
    expect(calls).to.deep.equal([]);
  });
});
