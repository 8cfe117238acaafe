// The reading layer of <conflict-timeline>: detail panel, previous/next, keyboard, filters, hash links,
// the narrow chronology, right to left, embedding (src, inline JSON, fallback, hidden then shown, two
// instances) and print. Each state is checked with axe.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/conflict-timeline/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import type { FilterChangeEvent } from '../../src/events/filter-change.js';
import type { SelectEvent } from '../../src/events/select.js';
import syria from '../../data/syria.json';

const { dataset: SYRIA } = parseDataset(syria);
/** The sample's events in time order (as `parseDataset` sorts them). */
const ORDER = SYRIA.events.map((e) => e.id);

async function settle(el: ConflictTimeline) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
  // Cards render in their own updates.
  await Promise.all(all(el, 'event-card').map((c) => (c as EventCard).updateComplete));
}

const all = (el: Element, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const one = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2068\u2069\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const cardTitle = (el: ConflictTimeline) =>
  text(
    (one(el, '[part~="detail"] event-card') as EventCard | null)?.shadowRoot?.querySelector(
      '[part~="title"]',
    ),
  );
const position = (el: ConflictTimeline) => text(one(el, '[part~="position"]'));
const markerIds = (el: ConflictTimeline) => all(el, '[part~="marker"]').map((m) => m.dataset.eventId!);
/** The focused element inside the timeline's shadow root (and inside a card's or badge's). */
const focused = (el: ConflictTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;

async function wide(attributes = '', data: unknown = syria): Promise<ConflictTimeline> {
  const el = await fixture<ConflictTimeline>(
    html`<conflict-timeline style="width: 1200px; --ct-height: 480px"></conflict-timeline>`,
  );
  for (const attr of attributes.split(' ').filter(Boolean)) {
    const [k, v = ''] = attr.split('=');
    el.setAttribute(k, v);
  }
  el.data = data;
  await settle(el);
  return el;
}

async function narrow(width = 375, wrapperAttrs: Record<string, string> = {}): Promise<ConflictTimeline> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width:${width}px`}><conflict-timeline></conflict-timeline></div>`,
  );
  for (const [k, v] of Object.entries(wrapperAttrs)) wrapper.setAttribute(k, v);
  const el = wrapper.querySelector('conflict-timeline')!;
  el.data = syria;
  await settle(el);
  return el;
}

/** The window on screen contains the event (ISO instants as the element reports them). */
const windowHolds = (el: ConflictTimeline, id: string) => {
  const t = SYRIA.eventsById.get(id)!.time;
  return el.start!.getTime() <= t.end && el.end!.getTime() >= t.start;
};

describe('<conflict-timeline> reading: detail panel', () => {
  it('shows the selected event as a card with its place among all events', async () => {
    const el = await wide();
    expect(one(el, '[part~="detail"]')).to.equal(null);
    const target = markerIds(el)[3];
    const li = one(el, `[part~="marker"][data-event-id="${target}"] .hit`)!;
    setTimeout(() => li.click());
    const { detail } = (await oneEvent(el, 'ct-select')) as SelectEvent;
    expect(detail.event?.id).to.equal(target);
    await settle(el);
    expect(el.selected).to.equal(target);
    expect(el.getAttribute('selected')).to.equal(target);
    expect(cardTitle(el)).to.equal(SYRIA.eventsById.get(target)!.title);
    expect(position(el)).to.equal(`${ORDER.indexOf(target) + 1} of 51`);
    await expect(el).to.be.accessible();
  });

  it('steps through every event in time order with next, moving the window along', async function () {
    this.timeout(30_000);
    const el = await wide(`selected=${ORDER[0]}`);
    expect(position(el)).to.equal('1 of 51');
    const previous = one(el, '[part~="previous"]')!;
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    const seen: string[] = [cardTitle(el)];
    const ranges: number[] = [];
    el.addEventListener('ct-range-change', () => ranges.push(1));
    for (let i = 1; i < ORDER.length; i++) {
      setTimeout(() => one(el, '[part~="next"]')!.click());
      const { detail } = (await oneEvent(el, 'ct-select')) as SelectEvent;
      expect(detail.event?.id).to.equal(ORDER[i]);
      await settle(el);
      expect(position(el)).to.equal(`${i + 1} of 51`);
      expect(windowHolds(el, ORDER[i]), ORDER[i]).to.equal(true);
      seen.push(cardTitle(el));
    }
    expect(seen).to.deep.equal(ORDER.map((id) => SYRIA.eventsById.get(id)!.title));
    expect(one(el, '[part~="next"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(ranges.length, 'the window moved at least across the bursts').to.be.greaterThan(1);
    // Previous goes back.
    one(el, '[part~="previous"]')!.click();
    await settle(el);
    expect(el.selected).to.equal(ORDER[49]);
  });

  it('fires ct-select before ct-range-change when a selection moves the window, after the update', async () => {
    // Zoomed into the first burst; Next across the gap selects an event outside the window.
    const el = await wide(`selected=${ORDER[0]} start=2014-06-01 end=2014-06-30`);
    const last = SYRIA.events.findIndex((e) => e.time.start > Date.UTC(2014, 5, 30, 23, 59));
    el.selected = ORDER[last - 1];
    await settle(el);
    const order: string[] = [];
    let drawnAtSelect: string | undefined;
    el.addEventListener('ct-select', (e) => {
      order.push(e.type);
      // The update that the selection caused has been drawn when the event comes.
      drawnAtSelect = one(el, '[part~="detail"]')?.dataset.eventId;
    });
    el.addEventListener('ct-range-change', (e) => order.push(e.type));
    one(el, '[part~="next"]')!.click();
    expect(order, 'nothing leaves before the update').to.deep.equal([]);
    await settle(el);
    expect(order).to.deep.equal(['ct-select', 'ct-range-change']);
    expect(el.selected).to.equal(ORDER[last]);
    expect(windowHolds(el, ORDER[last])).to.equal(true);
    expect(drawnAtSelect).to.equal(ORDER[last]);
  });

  it('draws the selected event on its own when it was inside a cluster', async () => {
    const el = await wide();
    const hidden = ORDER.find((id) => !markerIds(el).includes(id))!;
    expect(hidden, 'the full view clusters some events').to.be.a('string');
    // A same-day crowd may stay clustered: then the cluster holding it is marked.
    for (const id of ORDER.filter((x) => !markerIds(el).includes(x))) {
      el.selected = id;
      await settle(el);
      const own = markerIds(el).includes(id);
      const holder = one(el, '[part~="cluster"].selected');
      expect(own || holder !== null, id).to.equal(true);
    }
  });

  it('brings a selection set before the data into view once the data comes', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline
        style="width: 1200px; --ct-height: 480px"
        selected=${ORDER[17]}
      ></conflict-timeline>`,
    );
    el.data = syria;
    await settle(el);
    expect(windowHolds(el, ORDER[17])).to.equal(true);
    const own = markerIds(el).includes(ORDER[17]);
    expect(own || one(el, '[part~="cluster"].selected') !== null).to.equal(true);
    expect(cardTitle(el)).to.equal(SYRIA.eventsById.get(ORDER[17])!.title);
  });

  it('does not fire ct-select when a script sets selected, and Escape clears the selection', async () => {
    const el = await wide();
    let fired = 0;
    el.addEventListener('ct-select', () => fired++);
    el.selected = ORDER[20];
    await settle(el);
    expect(fired).to.equal(0);
    expect(cardTitle(el)).to.equal(SYRIA.eventsById.get(ORDER[20])!.title);
    expect(windowHolds(el, ORDER[20])).to.equal(true);
    one(el, '[part~="next"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(fired).to.equal(1);
    expect(el.selected).to.equal(undefined);
    expect(one(el, '[part~="detail"]')).to.equal(null);
    // The focus went back to the track, not lost to the page.
    expect(focused(el)?.classList.contains('hit')).to.equal(true);
  });

  it('keeps showing a selection the filters hide, and steps on to the events they keep', async () => {
    const el = await wide(`selected=${ORDER[0]}`);
    // The first event has no Kurdish actor: hidden by this filter.
    el.filter = { sides: ['kurdish'] };
    await settle(el);
    expect(position(el)).to.equal('Hidden by the filters');
    expect(cardTitle(el)).to.equal(SYRIA.events[0].title);
    const kept = SYRIA.events.filter((e) =>
      e.actors.some((a) => SYRIA.actorsById.get(a.id)?.side === 'kurdish'),
    );
    one(el, '[part~="next"]')!.click();
    await settle(el);
    expect(el.selected).to.equal(kept[0].id);
    expect(position(el)).to.equal(`1 of ${kept.length}`);
  });

  it('announces the selection and filter counts in a polite live region', async () => {
    const el = await wide();
    const live = one(el, '[role="status"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    const id = markerIds(el)[0];
    one(el, `[part~="marker"][data-event-id="${id}"] .hit`)!.click();
    await settle(el);
    expect(text(live)).to.contain(`Selected ${ORDER.indexOf(id) + 1} of 51`);
    expect(text(live)).to.contain(SYRIA.eventsById.get(id)!.title);
    const chip = all(el, '[part~="chips"] actor-badge')[0];
    chip.shadowRoot!.querySelector('button')!.click();
    await settle(el);
    expect(text(live)).to.match(/^\d+ of 51 events$/);
  });
});

describe('<conflict-timeline> reading: keyboard only', () => {
  it('follows the whole Syria story: Tab into the track, Home, Enter, then Next to the end', async function () {
    // Some sixty key presses, each through the browser's driver (slow in WebKit's).
    this.timeout(60_000);
    const before = await fixture(html`<button>before</button>`);
    const el = await wide();
    (before as HTMLElement).focus();
    // Tab past the filters and the toolbar into the track: one Tab stop there.
    for (let i = 0; i < 30 && !focused(el)?.classList.contains('hit'); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.classList.contains('hit'), 'a mark has the focus').to.equal(true);
    await sendKeys({ press: 'Home' });
    await settle(el);
    // The first item may be a cluster: Enter zooms in; again until the first event is a mark of its own.
    for (let i = 0; i < 10 && focused(el)?.closest('[part~="cluster"]'); i++) {
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Home' });
      await settle(el);
    }
    expect(focused(el)?.closest('li')?.dataset.eventId).to.equal(ORDER[0]);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(position(el)).to.equal('1 of 51');
    expect(cardTitle(el)).to.equal(SYRIA.events[0].title);
    // On to the panel's Next button.
    for (let i = 0; i < 10 && !focused(el)?.matches('[part~="next"]'); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.matches('[part~="next"]'), 'Next has the focus').to.equal(true);
    for (let i = 1; i < ORDER.length; i++) {
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(position(el)).to.equal(`${i + 1} of 51`);
      expect(cardTitle(el)).to.equal(SYRIA.eventsById.get(ORDER[i])!.title);
      expect(windowHolds(el, ORDER[i]), ORDER[i]).to.equal(true);
      expect(focused(el)?.matches('[part~="next"]'), `focus kept at ${i}`).to.equal(true);
    }
    // At the end Next is inert but keeps the focus.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(position(el)).to.equal('51 of 51');
    expect(focused(el)?.matches('[part~="next"]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('moves between marks with the arrows (Home/End), one Tab stop for the track', async () => {
    const el = await wide();
    const stops = all(el, '.items .hit').filter((h) => h.tabIndex === 0);
    expect(stops).to.have.length(1);
    stops[0].focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    const last = focused(el)?.closest('li');
    const items = all(el, '.items > li:not([hidden])');
    expect(last).to.equal(items[items.length - 1]);
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focused(el)?.closest('li')).to.equal(items[items.length - 2]);
  });
});

describe('<conflict-timeline> reading: filters', () => {
  it('offers the sides as toggle chips and filters the track by them', async () => {
    const el = await wide();
    const chips = all(el, '[part~="chips"] actor-badge');
    expect(chips.map((c) => text(c.shadowRoot!.querySelector('[part~="label"]')))).to.deep.equal(
      SYRIA.sides.map((s) => s.label),
    );
    expect(text(one(el, '[part~="count"]'))).to.equal('51 events');
    const kurdish = chips.find((c) => c.getAttribute('actor-id') === 'kurdish')!;
    setTimeout(() => kurdish.shadowRoot!.querySelector('button')!.click());
    const { detail } = (await oneEvent(el, 'ct-filter-change')) as FilterChangeEvent;
    const expected = SYRIA.events.filter((e) =>
      e.actors.some((a) => SYRIA.actorsById.get(a.id)?.side === 'kurdish'),
    );
    expect(detail).to.deep.equal({
      actors: [],
      sides: ['kurdish'],
      query: '',
      count: expected.length,
      total: 51,
    });
    await settle(el);
    expect(text(one(el, '[part~="count"]'))).to.equal(`${expected.length} of 51 events`);
    const shown = new Set(expected.map((e) => e.id));
    expect(markerIds(el).length).to.be.greaterThan(0);
    for (const id of markerIds(el)) expect(shown.has(id), id).to.equal(true);
    expect(el.filter).to.deep.equal({ actors: [], sides: ['kurdish'], query: '' });
    await expect(el).to.be.accessible();
  });

  it('searches title, summary, place and actor names, ignoring case and diacritics', async () => {
    const el = await wide();
    const input = one(el, '[part~="search"] input') as HTMLInputElement;
    const changes: FilterChangeEvent['detail'][] = [];
    el.addEventListener('ct-filter-change', (e) => changes.push(e.detail));
    input.focus();
    // No doubled letters: WebKit's driver drops a repeated key.
    await sendKeys({ type: 'IDLIB' });
    await settle(el);
    expect(changes.at(-1)?.query).to.equal('IDLIB');
    const typed = changes.at(-1)!.count;
    // Diacritics are ignored: the same events.
    input.value = 'ídlíb';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    const detail = changes.at(-1)!;
    expect(detail.query).to.equal('ídlíb');
    expect(detail.count).to.equal(typed);
    const matches = SYRIA.events.filter((e) => /idlib/i.test(JSON.stringify(e)));
    expect(detail.count).to.be.greaterThan(0);
    expect(detail.count).to.be.at.most(matches.length);
    expect(text(one(el, '[part~="count"]'))).to.equal(`${detail.count} of 51 events`);
    // Previous/next step through the matches only.
    el.selected = undefined;
    const first = SYRIA.events.find((e) => markerIds(el).includes(e.id))!;
    el.selected = first.id;
    await settle(el);
    expect(position(el)).to.match(new RegExp(`^\\d+ of ${detail.count}$`));
    // Clear.
    one(el, '.filters .clear')!.click();
    await settle(el);
    expect(text(one(el, '[part~="count"]'))).to.equal('51 events');
    expect(input.value).to.equal('');
  });

  it('finds actors by alias and short name in any script', async () => {
    const data = {
      ...syria,
      actors: syria.actors.map((a) => (a.id === 'hts' ? { ...a, aliases: ['هيئة تحرير الشام'] } : a)),
    };
    const el = await wide('', data);
    el.filter = { query: 'هيئة تحرير' };
    await settle(el);
    const withHts = SYRIA.events.filter((e) => e.actors.some((a) => a.id === 'hts')).length;
    expect(text(one(el, '[part~="count"]'))).to.equal(`${withHts} of 51 events`);
  });

  it('offers actor chips (short names, most frequent first) behind a More button when grouped by actor', async () => {
    const el = await wide('group-by=actor');
    const labels = () =>
      all(el, '[part~="chips"] actor-badge').map((c) => text(c.shadowRoot!.querySelector('[part~="label"]')));
    expect(labels()).to.have.length(8);
    expect(labels()).to.include('Syrian Army');
    const more = one(el, '.chips .more')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await settle(el);
    expect(labels().length).to.be.greaterThan(8);
    expect(labels()).to.include('HTS');
    await expect(el).to.be.accessible();
  });
});

describe('<conflict-timeline> reading: hash links', () => {
  let saved = '';
  beforeEach(() => {
    saved = location.href;
  });
  afterEach(() => {
    history.replaceState(null, '', saved);
  });

  it('opens on the event a URL names, records selections, and follows Back', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#event=${ORDER[10]}&x=1`);
    const el = await wide('link-hash');
    expect(el.selected).to.equal(ORDER[10]);
    expect(cardTitle(el)).to.equal(SYRIA.eventsById.get(ORDER[10])!.title);
    expect(windowHolds(el, ORDER[10])).to.equal(true);
    one(el, '[part~="next"]')!.click();
    await settle(el);
    expect(location.hash).to.equal(`#event=${ORDER[11]}&x=1`);
    history.back();
    await waitUntil(() => el.selected === ORDER[10], 'Back selects the earlier event');
    await settle(el);
    expect(cardTitle(el)).to.equal(SYRIA.eventsById.get(ORDER[10])!.title);
    history.forward();
    await waitUntil(() => el.selected === ORDER[11], 'Forward selects the later event');
  });

  it('leaves the URL alone without link-hash, and ignores ids of other timelines', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#event=not-here`);
    const el = await wide('link-hash');
    expect(el.selected).to.equal(undefined);
    const plain = await wide();
    plain.selected = undefined;
    one(plain, `[part~="marker"] .hit`)!.click();
    await settle(plain);
    expect(location.hash).to.equal('#event=not-here');
  });
});

describe('<conflict-timeline> reading: narrow layout', function () {
  // 51 cards with their badges: axe and layout take a while in WebKit.
  this.timeout(30_000);

  it('shows a chronology under year and month headings at 375 px, without the track', async () => {
    const el = await narrow();
    expect(one(el, '[part~="track"]')).to.equal(null);
    const entries = all(el, '[part~="entry"]');
    expect(entries.map((e) => e.dataset.eventId)).to.deep.equal(ORDER);
    expect(all(el, '[part~="year-heading"]').map(text)).to.deep.equal(['2014', '2015', '2024']);
    expect(all(el, '[part~="month-heading"]').map(text)).to.include('June');
    const heading = one(el, '[part~="year-heading"]')!;
    expect(getComputedStyle(heading).position).to.equal('sticky');
    // One line per entry (date, title, side), not a card: the article stays a few screens long.
    const lines = all(el, '[part~="entry"] > .open');
    expect(lines).to.have.length(51);
    expect(lines.map((b) => text(b.querySelector('.what')))).to.deep.equal(
      ORDER.map((id) => SYRIA.eventsById.get(id)!.title),
    );
    expect(text(lines[0].querySelector('.when'))).to.not.equal('');
    expect(all(el, '[part~="entry"] event-card')).to.have.length(0);
    expect(el.getBoundingClientRect().height).to.be.at.most(5000);
    // The bursts after a compressed gap are marked.
    expect(all(el, '[part~="time-later"]').map(text)).to.deep.equal(['8 months later', '9 years later']);
    await expect(el).to.be.accessible();
  });

  it('never overflows the page sideways at 320 px and has no scrolling box of its own', async () => {
    const el = await narrow(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    const overflowing = all(el, '*').filter((node) => {
      const r = node.getBoundingClientRect();
      return (
        r.width > 0 &&
        (r.right > el.getBoundingClientRect().right + 1 || r.left < el.getBoundingClientRect().left - 1)
      );
    });
    // The chip row scrolls sideways inside itself; nothing else sticks out.
    const chips = one(el, '[part~="chips"]')!;
    expect(
      overflowing.filter((n) => !chips.contains(n)).map((n) => n.className || n.localName),
    ).to.deep.equal([]);
    // Nor anything nested (the chips' hidden names): the page does not scroll sideways.
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    const scrollers = all(el, '*').filter((node) => /auto|scroll/.test(getComputedStyle(node).overflowY));
    expect(scrollers.map((n) => n.className)).to.deep.equal([]);
  });

  it('opens an entry as the detail panel in place, and steps on from there', async () => {
    const el = await narrow();
    const entry = all(el, '[part~="entry"]')[5];
    (entry.querySelector('.open') as HTMLElement).click();
    await settle(el);
    expect(el.selected).to.equal(ORDER[5]);
    const selected = one(el, '[part~="entry"].selected')!;
    expect(selected.dataset.eventId).to.equal(ORDER[5]);
    expect(selected.querySelector('[part~="detail"]')).to.not.equal(null);
    expect(position(el)).to.equal('6 of 51');
    (selected.querySelector('[part~="next"]') as HTMLElement).click();
    await settle(el);
    expect(one(el, '[part~="entry"].selected')!.dataset.eventId).to.equal(ORDER[6]);
    // The focus followed to the new panel's Next.
    expect(focused(el)?.matches('[part~="next"]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('closes the panel with Escape and gives the focus back to the entry', async () => {
    const el = await narrow();
    (all(el, '[part~="entry"] .open')[2] as HTMLElement).click();
    await settle(el);
    expect(focused(el)?.matches('[part~="next"]')).to.equal(true);
    // Zoom keys mean nothing here: no window changes.
    let ranges = 0;
    el.addEventListener('ct-range-change', () => ranges++);
    await sendKeys({ press: '+' });
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(ranges).to.equal(0);
    expect(el.selected).to.equal(undefined);
    expect(focused(el)?.closest('[part~="entry"]')?.getAttribute('data-event-id')).to.equal(ORDER[2]);
    expect(focused(el)?.classList.contains('open')).to.equal(true);
  });

  it('takes the layout from the layout attribute whatever the width', async () => {
    const el = await wide('layout=narrow');
    expect(one(el, '[part~="chronology"]')).to.not.equal(null);
    expect(one(el, '[part~="track"]')).to.equal(null);
    const small = await narrow();
    small.layout = 'wide';
    await settle(small);
    expect(one(small, '[part~="track"]')).to.not.equal(null);
    await waitUntil(
      () => markerIds(small).length + all(small, '[part~="cluster"]').length > 0,
      'marks in 375 px',
    );
  });

  it('renders a long chronology a hundred entries at a time', async () => {
    const events = Array.from({ length: 250 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      title: `Event ${i}`,
    }));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:375px"><conflict-timeline></conflict-timeline></div>`,
    );
    const el = wrapper.querySelector('conflict-timeline')!;
    el.data = { events };
    await settle(el);
    const ids = () => all(el, '[part~="entry"]').map((e) => e.dataset.eventId);
    // A long chronology in an article: its first entries, and a button for the rest.
    expect(ids()).to.have.length(40);
    const showAll = one(el, '.page.all')!;
    expect(text(showAll)).to.equal('Show all 250 events');
    expect(one(el, '.page.later')).to.equal(null);
    showAll.click();
    await settle(el);
    expect(ids()).to.have.length(100);
    expect(ids()[0]).to.equal('e0');
    expect(one(el, '.page.earlier')).to.equal(null);
    one(el, '.page.later')!.click();
    await settle(el);
    expect(ids()[0]).to.equal('e100');
    expect(one(el, '.page.earlier')).to.not.equal(null);
    // Selecting an event elsewhere brings its page.
    el.selected = 'e240';
    await settle(el);
    expect(ids()).to.include('e240');
    expect(ids()).to.have.length(100);
    scrollTo(0, 0);
  });

  it('jumps to a date with the scrubber', async () => {
    const el = await narrow();
    const scrubber = one(el, '[part~="scrubber"] [role="slider"]')!;
    expect(scrubber.getAttribute('aria-valuemax')).to.equal('51');
    scrubber.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    const last = one(el, `[part~="entry"][data-event-id="${ORDER[50]}"]`)!;
    const inView = () => {
      const r = last.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    };
    await waitUntil(inView, 'the last entry scrolled into view');
    await waitUntil(() => scrubber.getAttribute('aria-valuenow') === '51', 'the thumb follows');
    scrollTo(0, 0);
  });
});

describe('<conflict-timeline> reading: right to left and Arabic', () => {
  it('words each death toll of the sample in Arabic, by its plural (every category the figures take)', async () => {
    const el = await wide('lang=ar');
    const KILLED = { one: 'قتيل', two: 'قتيلان', few: 'قتلى', many: 'قتيلًا', other: 'قتيل' };
    const plurals = new Intl.PluralRules('ar');
    const seen = new Set<string>();
    for (const event of SYRIA.events.filter((e) => e.fatalities)) {
      el.selected = event.id;
      await settle(el);
      const card = one(el, '[part~="detail"] event-card') as EventCard;
      const toll = text(card.shadowRoot!.querySelector('[part~="fatalities"]'));
      const f = event.fatalities!;
      const plural = plurals.select(f.count ?? f.high ?? f.low!) as keyof typeof KILLED;
      seen.add(plural);
      expect(toll, event.id).to.not.contain('undefined');
      expect(toll, event.id).to.contain(KILLED[plural]);
    }
    // The sample's figures (6,000, 300, 73, 53, 40, 15, 10) are "other", "many" and "few".
    expect([...seen].sort()).to.deep.equal(['few', 'many', 'other']);
  });

  it('runs time from right to left and arrows follow what the reader sees', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar">
        <conflict-timeline style="width: 1200px; --ct-height: 480px"></conflict-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('conflict-timeline')!;
    el.data = syria;
    await settle(el);
    const xs = all(el, '[part~="marker"]').map((m) => ({
      id: m.dataset.eventId!,
      x: m.getBoundingClientRect().left + m.getBoundingClientRect().width / 2,
    }));
    const first = xs.find((m) => m.id.startsWith('2014'))!;
    const last = xs.find((m) => m.id.startsWith('2024'))!;
    expect(first.x).to.be.greaterThan(last.x);
    // The lane labels are on the right.
    const label = one(el, '[part~="lane-label"]')!.getBoundingClientRect();
    expect(label.left).to.be.greaterThan(one(el, '[part~="track"]')!.getBoundingClientRect().left);
    // In Arabic with Arabic digits (whatever this engine's Intl writes for 51).
    expect(text(one(el, '[part~="count"]'))).to.contain(new Intl.NumberFormat('ar').format(51));
    expect((one(el, '[part~="search"] input') as HTMLInputElement).getAttribute('aria-label')).to.equal(
      'البحث في الأحداث',
    );
    // ArrowLeft moves to the later item.
    const stop = all(el, '.items .hit').find((h) => h.tabIndex === 0)!;
    stop.focus();
    const items = all(el, '.items > li:not([hidden])');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(el);
    expect(focused(el)?.closest('li')).to.equal(items[1]);
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused(el)?.closest('li')).to.equal(items[0]);
    await expect(el).to.be.accessible();
  });

  it('takes interface strings from the strings property', async () => {
    const el = await wide(`selected=${ORDER[0]}`);
    el.strings = { search: 'Chercher', position: (a: string, b: string) => `${a} sur ${b}` };
    await settle(el);
    expect(one(el, '[part~="search"] input')!.getAttribute('aria-label')).to.equal('Chercher');
    expect(position(el)).to.equal('1 sur 51');
  });
});

describe('<conflict-timeline> reading: embedding', () => {
  it('reads an inline JSON child and hides the fallback once it runs', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width: 1000px">
        <script type="application/json">
          {
            "title": "Two events",
            "events": [
              { "id": "a", "date": "2015-04-25", "title": "First" },
              { "id": "b", "date": "2015-05-19", "title": "Second" }
            ]
          }
        </script>
        <ol class="fallback">
          <li>25 April 2015: First</li>
        </ol>
      </conflict-timeline>`,
    );
    await settle(el);
    expect(el.data?.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(el.querySelector('.fallback')!.getClientRects().length, 'fallback not rendered').to.equal(0);
    expect(text(one(el, '[part~="header"]'))).to.equal('Two events');
    await expect(el).to.be.accessible();
  });

  it('loads src with a loading state, and says why when it fails', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(syria)], { type: 'application/json' }));
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width: 1000px" src=${url}></conflict-timeline>`,
    );
    expect(text(one(el, '[part~="message"]'))).to.equal('Loading events…');
    expect(one(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => el.data?.events.length === 51, 'the sample loads', { timeout: 5000 });
    await settle(el);
    expect(markerIds(el).length).to.be.greaterThan(10);
    URL.revokeObjectURL(url);
    el.src = '/no-such-file.json';
    await waitUntil(() => /404/.test(text(one(el, '[part~="message"]'))), 'the failure is shown', {
      timeout: 5000,
    });
    await expect(el).to.be.accessible();
  });

  it('keeps its height when the data arrives (no layout shift)', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width: 1000px"></conflict-timeline>`,
    );
    await settle(el);
    const before = el.getBoundingClientRect().height;
    el.data = syria;
    await settle(el);
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  it('draws when first rendered hidden or at zero width, then shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="display:none"><conflict-timeline></conflict-timeline></div>`,
    );
    const el = wrapper.querySelector('conflict-timeline')!;
    el.data = syria;
    await settle(el);
    expect(markerIds(el)).to.have.length(0);
    wrapper.style.display = 'block';
    wrapper.style.width = '1100px';
    await waitUntil(() => markerIds(el).length > 10, 'marks appear once shown');
    const zero = await fixture<HTMLDivElement>(
      html`<div style="width:0"><conflict-timeline></conflict-timeline></div>`,
    );
    const el2 = zero.querySelector('conflict-timeline')!;
    el2.data = syria;
    await settle(el2);
    zero.style.width = '1000px';
    await waitUntil(() => markerIds(el2).length > 10, 'marks appear once widened');
  });

  it('keeps two timelines on a page apart', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 1100px">
        <conflict-timeline id="one"></conflict-timeline>
        <conflict-timeline id="two" group-by="actor"></conflict-timeline>
      </div>`,
    );
    const [a, b] = Array.from(page.querySelectorAll('conflict-timeline'));
    a.data = syria;
    b.data = syria;
    await settle(a);
    await settle(b);
    a.selected = ORDER[3];
    a.filter = { sides: ['government'] };
    await settle(a);
    await settle(b);
    expect(b.selected).to.equal(undefined);
    expect(one(b, '[part~="detail"]')).to.equal(null);
    expect(text(one(b, '[part~="count"]'))).to.equal('51 events');
    expect(text(one(a, '[part~="count"]'))).to.match(/of 51 events/);
  });

  it('renders the print version (a dated list with sources) when the page prints', async () => {
    const el = await wide();
    expect(one(el, '.print')).to.equal(null);
    dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const print = one(el, '.print')!;
    expect(print.querySelectorAll('[part~="entry"]')).to.have.length(51);
    const card = print.querySelector('event-card') as EventCard;
    await card.updateComplete;
    expect(card.hasAttribute('compact')).to.equal(false);
    expect(card.shadowRoot!.querySelector('[part~="sources"]')).to.not.equal(null);
    expect(print.querySelector('time')).to.not.equal(null);
    dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(one(el, '.print')).to.equal(null);
  });

  it('switches to dark tokens with theme="dark", and lets a dark page show through', async () => {
    const el = await wide('theme=dark');
    // The theme's text colour; no box of its own background on the page.
    expect(getComputedStyle(el).color).to.equal('rgb(236, 238, 241)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    el.style.setProperty('--ct-color-bg', '#000');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(0, 0, 0)');
    await expect(el).to.be.accessible();
  });
});
