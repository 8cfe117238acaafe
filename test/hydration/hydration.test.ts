// Pages rendered on a server with @lit-labs/ssr (see ./ssr-pages.mjs and ./server-pages.ts), loaded
// in a frame as a browser gets them, with and without @lit-labs/ssr-client's hydration support; the
// elements are defined only once the test has looked at the server's DOM.
import { expect, waitUntil } from '@open-wc/testing';
import { parseDataset } from '../../src/core/parse-dataset.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import type { ActorBadge } from '../../src/components/actor-badge/actor-badge.js';
import syria from '../../data/syria.json';

const SYRIA = parseDataset(syria).dataset;
/** The card's event (server-pages.ts): the second of the file. */
const CARD_EVENT = SYRIA.eventsById.get(syria.events[1]!.id)!;

interface ServerPage extends Window {
  /** Console errors and warnings, uncaught errors and rejections since the page began. */
  __log: string[];
  /** The URL of every `fetch`. */
  __fetches: string[];
  defineElements(): Promise<unknown>;
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

async function open(page: string, { hydrate = true } = {}): Promise<ServerPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px; border: 0';
  frame.src = `/__ssr__/${page}.html${hydrate ? '' : '?hydrate=0'}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as ServerPage;
  // Lit's development build says so once; anything else is a problem.
  await waitUntil(() => typeof win.defineElements === 'function', 'the page did not load its scripts');
  return win;
}

const problems = (win: ServerPage) => win.__log.filter((line) => !line.includes('Lit is in dev mode'));
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const inShadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
async function settle(el: Element & { updateComplete: Promise<boolean> }) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

describe('server rendering, hydrated in the browser', () => {
  it('<actor-badge>: the server’s nodes stay (no flash), and the badge works', async () => {
    const win = await open('badges');
    const [badge, toggle] = Array.from(win.document.querySelectorAll<ActorBadge>('actor-badge'));
    const label = inShadow(badge!, '[part~="label"]')!;
    const button = inShadow(toggle!, 'button')!;
    expect(text(label)).to.equal('FSA');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    await win.defineElements();
    await settle(badge!);
    await settle(toggle!);
    expect(inShadow(badge!, '[part~="label"]')).to.equal(label);
    expect(label.isConnected).to.equal(true);
    expect(inShadow(toggle!, 'button')).to.equal(button);
    // Hydrated, not only left alone: the toggle's click handler and its template are live.
    button.click();
    await settle(toggle!);
    expect(toggle!.pressed).to.equal(true);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    badge!.short = 'F.S.A.';
    await settle(badge!);
    expect(text(label)).to.equal('F.S.A.');
    expect(problems(win)).to.deep.equal([]);
  });

  it('<event-card> with its dataset set by the page’s script: the server’s nodes stay, nothing is fetched', async () => {
    const win = await open('card-data');
    const card = win.document.querySelector<EventCard>('event-card')!;
    const title = inShadow(card, '[part~="title"]')!;
    expect(text(title)).to.equal(CARD_EVENT.title);
    // What an app does in the browser with the data it rendered with (set before the tag is defined).
    (card as unknown as { data: unknown }).data = syria;
    await win.defineElements();
    await settle(card);
    expect(inShadow(card, '[part~="title"]')).to.equal(title);
    expect(title.isConnected).to.equal(true);
    const badge = inShadow(card, 'actor-badge')!;
    expect(badge.shadowRoot!.querySelector('[part~="label"]')).not.to.equal(null);
    card.eventId = SYRIA.events[2]!.id;
    await settle(card);
    expect(text(inShadow(card, '[part~="title"]'))).to.equal(SYRIA.events[2]!.title);
    expect(win.__fetches).to.deep.equal([]);
    expect(problems(win)).to.deep.equal([]);
  });

  it('<event-card src>: the browser fetches the file once (the server sent HTML, not data), showing the server’s card meanwhile', async () => {
    const win = await open('card-src');
    const card = win.document.querySelector<EventCard>('event-card')!;
    const title = inShadow(card, '[part~="title"]')!;
    await win.defineElements();
    // While the file is on its way the server's card stays, not a "Loading…" in its place.
    expect(inShadow(card, '[part~="status"]')).to.equal(null);
    expect(inShadow(card, '[part~="title"]')).to.equal(title);
    await waitUntil(
      () => card.hasUpdated,
      `the card did not hydrate once the file came: ${JSON.stringify([win.__fetches, win.__log])}`,
    );
    await settle(card);
    expect(inShadow(card, '[part~="title"]')).to.equal(title);
    expect(win.__fetches).to.deep.equal(['/__ssr__/dataset']);
    card.compact = true;
    await settle(card);
    expect(inShadow(card, 'details[part~="sources"]')).not.to.equal(null);
    expect(problems(win)).to.deep.equal([]);
  });

  it('<event-card src> whose file does not come: the server’s card stays, without a hydration error', async () => {
    const win = await open('card-src-missing');
    const card = win.document.querySelector<EventCard>('event-card')!;
    const title = inShadow(card, '[part~="title"]')!;
    await win.defineElements();
    await waitUntil(() => win.__fetches.length === 1, 'the card did not fetch its src');
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 20));
    await card.updateComplete;
    expect(inShadow(card, '[part~="title"]')).to.equal(title);
    expect(text(title)).to.equal(CARD_EVENT.title);
    expect(problems(win)).to.deep.equal([]);
  });

  it('<conflict-timeline> with inline JSON: the server’s shell (title, events in time order), then the layout, which works; nothing fetched', async () => {
    const win = await open('timeline-inline');
    const el = win.document.querySelector<ConflictTimeline>('conflict-timeline')!;
    const shell = inShadow(el, '.server-shell')!;
    expect(text(inShadow(el, '.header .title'))).to.equal(SYRIA.title);
    const items = Array.from(shell.querySelectorAll('.server-list > li'));
    expect(items.map((li) => text(li).replace(/^.*?: /, ''))).to.deep.equal(SYRIA.events.map((e) => e.title));
    await win.defineElements();
    await settle(el);
    expect(shell.isConnected).to.equal(false);
    expect(inShadow(el, '.server-shell')).to.equal(null);
    const marker = inShadow(el, `[part~="marker"][data-event-id="${CARD_EVENT.id}"] .hit`);
    expect(marker, 'the wide layout’s mark').not.to.equal(null);
    marker!.click();
    await settle(el);
    expect(el.selected).to.equal(CARD_EVENT.id);
    const card = inShadow(el, '[part~="detail"] event-card')!;
    expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal(CARD_EVENT.title);
    expect(win.__fetches).to.deep.equal([]);
    expect(problems(win)).to.deep.equal([]);
  });

  it('<conflict-timeline> with its data set by the page’s script: the shell, then the layout; nothing fetched', async () => {
    const win = await open('timeline-data');
    const el = win.document.querySelector<ConflictTimeline>('conflict-timeline')!;
    const shell = inShadow(el, '.server-shell')!;
    (el as unknown as { data: unknown }).data = syria;
    await win.defineElements();
    await settle(el);
    expect(shell.isConnected).to.equal(false);
    expect(inShadow(el, `[part~="marker"][data-event-id="${CARD_EVENT.id}"]`)).not.to.equal(null);
    expect(win.__fetches).to.deep.equal([]);
    expect(problems(win)).to.deep.equal([]);
  });

  it('<conflict-timeline src>: the server’s shell stays until the file (fetched once) is here, then the layout', async () => {
    const win = await open('timeline-src');
    const el = win.document.querySelector<ConflictTimeline>('conflict-timeline')!;
    const shell = inShadow(el, '.server-shell')!;
    await win.defineElements();
    expect(inShadow(el, '.server-shell')).to.equal(shell);
    await waitUntil(
      () => el.hasUpdated,
      `the timeline did not take over once the file came: ${JSON.stringify([win.__fetches, win.__log])}`,
    );
    await settle(el);
    expect(inShadow(el, '.server-shell')).to.equal(null);
    expect(inShadow(el, '[part~="marker"]')).not.to.equal(null);
    expect(win.__fetches).to.deep.equal(['/__ssr__/dataset']);
    expect(problems(win)).to.deep.equal([]);
  });
});

describe('server rendering, without the hydration support', () => {
  it('every element renders itself in place of the server’s content, without errors', async () => {
    for (const page of ['badges', 'card-data', 'timeline-inline']) {
      const win = await open(page, { hydrate: false });
      const card = win.document.querySelector<EventCard>('event-card');
      if (card) (card as unknown as { data: unknown }).data = syria;
      await win.defineElements();
      for (const el of win.document.querySelectorAll<ActorBadge>(
        'actor-badge, event-card, conflict-timeline',
      ))
        await settle(el);
      expect(problems(win), page).to.deep.equal([]);
    }
    const win = await open('badges', { hydrate: false });
    await win.defineElements();
    const badge = win.document.querySelector<ActorBadge>('actor-badge')!;
    await settle(badge);
    expect(text(inShadow(badge, '[part~="label"]'))).to.equal('FSA');
    // Lit renders after the server's nodes; the badge must not show twice.
    expect(badge.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
  });

  it('<conflict-timeline>: the shell is cleared and the layout drawn, which works', async () => {
    const win = await open('timeline-inline', { hydrate: false });
    const el = win.document.querySelector<ConflictTimeline>('conflict-timeline')!;
    expect(inShadow(el, '.server-shell')).not.to.equal(null);
    await win.defineElements();
    await settle(el);
    expect(inShadow(el, '.server-shell')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('.screen').length).to.equal(1);
    inShadow(el, `[part~="marker"][data-event-id="${CARD_EVENT.id}"] .hit`)!.click();
    await settle(el);
    expect(el.selected).to.equal(CARD_EVENT.id);
    expect(problems(win)).to.deep.equal([]);
  });
});
