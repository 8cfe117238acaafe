// <conflict-timeline src="export.csv">: an export beside the article, read through the importers'
// chunk (loaded only for such a file); `format` forces one.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import type { DataIssuesEvent } from '../../src/events/data-issues.js';

async function settle(el: ConflictTimeline) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}
const marks = (el: ConflictTimeline) =>
  el.shadowRoot!.querySelectorAll('[part~="marker"], [part~="cluster"], [part~="entry"]').length;
const until = async (test: () => boolean, ms = 5000) => {
  const t0 = performance.now();
  while (!test() && performance.now() - t0 < ms) await new Promise((r) => setTimeout(r, 20));
};

describe('<conflict-timeline src> with an export', () => {
  for (const [file, events] of [
    ['acled-r-write.csv', 7],
    // (The test server makes .json files JavaScript modules: the same reply, as .txt.)
    ['acled-api-reply.txt', 4],
  ] as const) {
    it(`reads ${file} through the importers`, async () => {
      const el = await fixture<ConflictTimeline>(
        html`<conflict-timeline
          style="width: 1000px"
          src=${`/test/fixtures/importers/${file}`}
        ></conflict-timeline>`,
      );
      await until(() => el.data !== undefined);
      await settle(el);
      expect(el.data?.events).to.have.length(events);
      expect(marks(el)).to.be.greaterThan(0);
    });
  }

  it('takes format="acled" for a file whose name says nothing, and reports what it dropped', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width: 1000px"></conflict-timeline>`,
    );
    const issues = oneEvent(el, 'ct-data-issues') as Promise<DataIssuesEvent>;
    el.setAttribute('format', 'acled');
    el.src = '/test/fixtures/importers/acled-r-write.csv?download';
    const { detail } = await issues;
    await settle(el);
    expect(el.data?.events).to.have.length(7);
    expect(detail.issues.some((i) => /read as empty/.test(i.message))).to.equal(true);
  });

  it('says what it is reading while it loads an export', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline
        style="width: 1000px"
        src="/test/fixtures/importers/acled-r-write.csv"
      ></conflict-timeline>`,
    );
    const message = el.shadowRoot!.querySelector('[part~="message"]');
    expect(message?.textContent?.trim()).to.equal('Reading acled-r-write.csv…');
  });

  it('still reads this package’s own JSON without the importers', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline
        style="width: 1000px"
        src="/test/fixtures/events-dataset.txt"
      ></conflict-timeline>`,
    );
    await until(() => el.data !== undefined);
    expect(el.data?.events.length).to.be.greaterThan(0);
  });
});
