// Item 6 of issue 19: no attribute value, of any length, may block the page. Each attribute of each
// element is set to 1,000,000 characters; no message may echo the value at length (what made a long id
// freeze the tab for 5 s, 51 s at a million), and the next frames come within a bound that catches such
// a freeze but not the noise of a shared machine (timings are benchmarks' business, not tests').
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import '../../src/components/event-card/define.js';
import '../../src/components/actor-badge/define.js';
import syria from '../../data/syria.json';
import { nextFrame, settle } from './edges-fixture.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';

const MILLION = 'x'.repeat(999_990) + 'é🙂ø end.';
const FRAME_BUDGET_MS = 3000;
/** The longest text any shadow root may show after the long value was set. */
const MAX_SHOWN = 2000;

/** Time from now to the frame after the next one (the update, its style, layout and paint are done). */
async function timeToSecondFrame(): Promise<number> {
  const t0 = performance.now();
  await nextFrame();
  await nextFrame();
  return performance.now() - t0;
}

/** What is read or shown: text nodes, and the attributes that name or describe. */
const SHOWN_ATTRIBUTES = ['title', 'aria-label', 'aria-valuetext', 'alt', 'placeholder'];

/** The longest text shown in `host`'s shadow roots (recursively). */
function longestShown(host: Element): number {
  let longest = 0;
  const walk = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) longest = Math.max(longest, node.nodeValue!.length);
      else {
        const el = node as Element;
        for (const name of SHOWN_ATTRIBUTES) {
          longest = Math.max(longest, el.getAttribute(name)?.length ?? 0);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return longest;
}

/** Elements in `host`'s shadow roots (recursively). */
function shadowElements(host: Element): number {
  let count = 0;
  const walk = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      count++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return count;
}

/**
 * What the engine itself takes for a million-character `lang`: the same value on a plain element with
 * as many children with text as `host` draws. (WebKit restyles every element under a new language: 0.8 s for
 * 300 plain spans here, several times that under load; none of it is the element's doing.)
 */
async function engineLangMs(host: Element): Promise<number> {
  const plain = document.createElement('div');
  plain.append(
    ...Array.from({ length: shadowElements(host) }, () =>
      Object.assign(document.createElement('span'), { textContent: 'x' }),
    ),
  );
  document.body.append(plain);
  await timeToSecondFrame();
  plain.setAttribute('lang', MILLION);
  const ms = await timeToSecondFrame();
  plain.remove();
  return ms;
}

async function expectQuick(label: string, host: Element, set: () => void) {
  const engineMs = label.endsWith(' lang') ? await engineLangMs(host) : 0;
  set();
  const ms = await timeToSecondFrame();
  const shown = longestShown(host);
  console.log(
    `${label}: next frames in ${ms.toFixed(0)} ms${engineMs ? ` (the engine alone: ${engineMs.toFixed(0)} ms)` : ''}, longest text shown ${shown}`,
  );
  // A freeze of the element's own is caught; the engine's restyle for a new language is allowed for.
  expect(ms, `${label}: ms to the next frames`).to.be.below(FRAME_BUDGET_MS + 2 * engineMs);
  expect(shown, `${label}: longest text shown`).to.be.below(MAX_SHOWN);
}

describe('1,000,000-character attribute values', function () {
  this.timeout(60_000);

  for (const attr of ['event-id', 'src', 'lang', 'heading-level', 'theme', 'src-timeout']) {
    it(`<event-card ${attr}> with data set does not block`, async () => {
      const card = await fixture<EventCard>(
        html`<event-card .data=${syria} event-id="2015-04-25-jisr-al-shughour-captured"></event-card>`,
      );
      await settle(card);
      await expectQuick(`event-card ${attr}`, card, () => card.setAttribute(attr, MILLION));
    });
  }

  for (const attr of [
    'selected',
    'group-by',
    'start',
    'end',
    'gaps',
    'layout',
    'theme',
    'lang',
    'heading-level',
    'src-timeout',
  ]) {
    it(`<conflict-timeline ${attr}> with data set does not block`, async () => {
      const el = await fixture<ConflictTimeline>(
        html`<conflict-timeline
          style="width: 1000px; --ct-height: 400px"
          .data=${syria}
        ></conflict-timeline>`,
      );
      await settle(el, 3);
      await expectQuick(`conflict-timeline ${attr}`, el, () => el.setAttribute(attr, MILLION));
    });
  }

  for (const attr of ['name', 'short', 'actor-id', 'side', 'color', 'shape', 'size', 'lang']) {
    it(`<actor-badge ${attr}> does not block`, async () => {
      const badge = await fixture(
        html`<actor-badge
          name="Syrian Army"
          side="Government"
          actor-id="syrian-army"
          show-side
        ></actor-badge>`,
      );
      await nextFrame();
      await expectQuick(`actor-badge ${attr}`, badge, () => badge.setAttribute(attr, MILLION));
    });
  }
});
