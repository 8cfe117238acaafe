// A part that loads on first need and does not come (the network failed, a file is missing): the
// element says so and keeps working with what it has. The timeline comes from other addresses here
// (`ct:flaky-timeline`), where the test server answers 503 for a part's files while the cookie
// `ct-fail` names it (web-test-runner.config.mjs). Each part fails once: a browser keeps a failed
// module for its page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import 'ct:flaky-timeline';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import { importAny } from '../../src/core/importers/detect.js';
import { all, at, one, settle } from './lazy-fixture.js';

const NOT_LOADED = 'Part of the timeline could not be loaded';
const failing = (...parts: string[]) => (document.cookie = `ct-fail=${parts.join('.')}; path=/`);

async function selectFirst(el: ConflictTimeline): Promise<string | undefined> {
  let selected: string | undefined;
  el.addEventListener('ct-select', (e) => (selected = e.detail.event?.id), { once: true });
  one(el, '[part~="marker"] .hit')!.click();
  await settle(el);
  return selected;
}

describe('<conflict-timeline>: a part that does not load', () => {
  afterEach(() => (document.cookie = 'ct-fail=; path=/; max-age=0'));

  it('the narrow layout: says so and shows the column layout, which works', async () => {
    // (The detail panel too, which the page would fetch once idle: the next test needs it not loaded.)
    failing('reading', 'detail-panel');
    const el = await at(375);
    expect(one(el, '[part~="message"]')?.textContent).to.contain(NOT_LOADED);
    expect(one(el, '.root')!.classList.contains('column')).to.equal(true);
    expect(all(el, '[part~="marker"]').length).to.be.greaterThan(0);
    expect(await selectFirst(el)).to.be.a('string');
  });

  it('says so in a line above the layout, which the marks do not cover', async () => {
    failing('reading');
    const el = await at(375);
    const notice = one(el, '.notice')!;
    expect(notice.textContent).to.contain(NOT_LOADED);
    const box = notice.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(one(el, '.root')!.getBoundingClientRect().top + 0.5);
    const hit = el.shadowRoot!.elementFromPoint(box.left + 8, box.top + box.height / 2);
    expect(hit === notice || notice.contains(hit)).to.equal(true);
  });

  it('the detail panel and its card: says so in its place; the track keeps working', async () => {
    failing('detail-panel');
    const el = await at(1200);
    const first = await selectFirst(el);
    expect(first).to.be.a('string');
    expect(el.selected).to.equal(first);
    expect(one(el, '.detail[role="alert"], [part~="message"][role="alert"]')?.textContent).to.contain(
      NOT_LOADED,
    );
    // Zoom still works.
    const before = el.end!.valueOf() - el.start!.valueOf();
    one(el, '.zoom')!.click();
    await settle(el);
    expect(el.end!.valueOf() - el.start!.valueOf()).to.be.lessThan(before);
  });

  it('the Arabic strings: says so (in English) and shows everything in English', async () => {
    failing('messages-ar');
    const el = await at(1200, 'ar');
    expect(one(el, '[part~="message"]')?.textContent).to.contain(NOT_LOADED);
    expect(one(el, '.zoom')!.getAttribute('aria-label')).to.equal('Zoom in');
    expect(all(el, '[part~="marker"]').length).to.be.greaterThan(0);
  });

  it('the import worker (the embed’s, for a large export): the page reads the export itself', async function () {
    this.timeout(30_000);
    failing('conflict-timeline-import-worker');
    const src = '/__test__/many-acled?rows=3000';
    const once = importAny(await (await fetch(src)).text(), { filename: 'many-acled' });
    expect(once.format).to.equal('acled');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 1200px"><conflict-timeline src=${src}></conflict-timeline></div>`,
    );
    const el = wrapper.querySelector('conflict-timeline')!;
    await waitUntil(() => el.data !== undefined, 'the export comes', { timeout: 20_000 });
    await settle(el);
    expect(el.data!.events.map((e) => e.id)).to.deep.equal(once.dataset.events.map((e) => e.id));
    expect(one(el, '[part~="message"][role="alert"]')).to.equal(null);
    expect(all(el, '[part~="marker"], [part~="cluster"]').length).to.be.greaterThan(0);
  });
});
