import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/conflict-timeline/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import type { DatasetInput } from '../../src/core/types.js';
import syria from '../../data/syria.json';

const DAY = 86_400_000;

/**
 * A timeline with `data`, 1200 px wide, its wide layout 600 px high (a track of about 370 px under the
 * header and filters), after its first full render (it measures itself first).
 */
async function timeline(data: unknown, attributes: Record<string, string> = {}): Promise<ConflictTimeline> {
  const el = await fixture<ConflictTimeline>(
    html`<conflict-timeline style="width: 1200px; --ct-height: 600px"></conflict-timeline>`,
  );
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  el.data = data;
  await settle(el);
  return el;
}

async function settle(el: ConflictTimeline) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** A timeline inside the wrapper `page` (a `<div>` holding a `<conflict-timeline>`), drawn with the Syria sample. */
async function syriaIn(page: TemplateResult): Promise<{ page: HTMLElement; el: ConflictTimeline }> {
  const wrapper = await fixture<HTMLElement>(page);
  const el = wrapper.querySelector('conflict-timeline')!;
  el.data = syria;
  await settle(el);
  return { page: wrapper, el };
}

const all = (el: ConflictTimeline, selector: string) =>
  Array.from(el.renderRoot.querySelectorAll<HTMLElement>(selector));
const markers = (el: ConflictTimeline) => all(el, '[part~="marker"]');
const clusters = (el: ConflictTimeline) => all(el, '[part~="cluster"]');
const track = (el: ConflictTimeline) => el.renderRoot.querySelector<HTMLElement>('[part~="track"]')!;

/** Seeded synthetic events: `n` days from `start`, `lanes` actors. */
function synthetic(n: number, { start = Date.UTC(2011, 0, 1), days = 5478, lanes = 20 } = {}): DatasetInput {
  let seed = 42;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const actors = Array.from({ length: lanes }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}` }));
  const events = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: new Date(start + Math.floor(rnd() * days) * DAY).toISOString().slice(0, 10),
    title: `Event ${i}`,
    actors: [`a${Math.floor(rnd() * lanes)}`],
  }));
  return { actors, events };
}

describe('<conflict-timeline>', () => {
  it('draws a marker for each Syria event it can show, with data-event-id, in time order', async () => {
    const el = await timeline(syria);
    const ids = markers(el).map((m) => m.dataset.eventId!);
    const known = new Set(syria.events.map((e) => e.id));
    expect(ids.length).to.be.greaterThan(20);
    for (const id of ids) expect(known.has(id)).to.equal(true);
    const count =
      ids.length + clusters(el).reduce((n, c) => n + Number(c.textContent!.replace(/\D/g, '')), 0);
    expect(count).to.equal(syria.events.length);
    // The list is the chronology: items in time order.
    const order = syria.events.map((e) => e.id);
    const dates = new Map(el.data!.events.map((e) => [e.id, e.time.start]));
    const starts = ids.map((id) => dates.get(id)!);
    expect([...starts].sort((a, b) => a - b)).to.deep.equal(starts);
    expect(order.length).to.equal(51);
  });

  it('keeps the three Syria bursts apart, with a break between them', async () => {
    const el = await timeline(syria);
    const left = track(el).getBoundingClientRect().left;
    const byId = new Map(el.data!.events.map((e) => [e.id, e]));
    const ranges = [
      ['2014-06-01', '2014-06-30'],
      ['2015-04-01', '2015-05-31'],
      ['2024-11-01', '2024-12-31'],
    ].map(([a, b]) => [Date.parse(a), Date.parse(b) + DAY]);
    const spans = ranges.map(([a, b]) => {
      const xs = markers(el)
        .filter((m) => {
          const t = byId.get(m.dataset.eventId!)!.time;
          return t.start >= a && t.end < b && !t.isRange;
        })
        .map((m) => m.getBoundingClientRect().left - left);
      expect(xs.length).to.be.greaterThan(1);
      return [Math.min(...xs), Math.max(...xs)];
    });
    const breaks = all(el, '[part~="break"]').map((b) => b.getBoundingClientRect().left - left);
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i][0]).to.be.greaterThan(spans[i - 1][1]);
      expect(breaks.some((x) => x > spans[i - 1][1] && x < spans[i][0])).to.equal(true);
    }
    // Each burst has room of its own: none squeezed into a sliver.
    for (const [a, b] of spans) expect(b - a).to.be.greaterThan(20);
  });

  it('has no breaks with gaps="off"', async () => {
    const el = await timeline(syria, { gaps: 'off' });
    expect(all(el, '[part~="break"]')).to.have.length(0);
  });

  it('makes lanes by side, actor, category or none', async () => {
    const el = await timeline(syria);
    const labels = () => all(el, '[part~="lane-label"]').map((l) => l.textContent!.trim());
    expect(labels()).to.include('Syrian government and allies');
    for (const [groupBy, test] of [
      ['actor', (l: string[]) => l.includes('Syrian Army')],
      ['category', (l: string[]) => l.length > 3],
      ['none', (l: string[]) => l.length === 1],
    ] as const) {
      el.groupBy = groupBy;
      await settle(el);
      expect(test(labels()), groupBy).to.equal(true);
      expect(markers(el).length + clusters(el).length).to.be.greaterThan(0);
    }
  });

  it('shows the window set by start/end attributes and properties, at once', async () => {
    const el = await timeline(syria, { start: '2015-04-20', end: '2015-05-25' });
    const byId = new Map(el.data!.events.map((e) => [e.id, e]));
    const inWindow = (from: number, to: number) =>
      markers(el).every((m) => {
        const t = byId.get(m.dataset.eventId!)!.time;
        return t.end >= from && t.start <= to;
      });
    expect(markers(el).length).to.be.greaterThan(3);
    expect(inWindow(Date.UTC(2015, 3, 20), Date.UTC(2015, 4, 26))).to.equal(true);
    expect(el.start).to.be.instanceOf(Date);
    expect(el.start!.toISOString()).to.equal('2015-04-20T00:00:00.000Z');

    el.start = new Date(Date.UTC(2024, 10, 26));
    el.end = '2024-12-03';
    await el.updateComplete;
    expect(markers(el).length).to.be.greaterThan(3);
    expect(inWindow(Date.UTC(2024, 10, 26), Date.UTC(2024, 11, 4))).to.equal(true);
  });

  it('fires ct-range-change when the reader zooms (button, key), not when a script sets the window', async () => {
    const el = await timeline(syria);
    let fired = 0;
    el.addEventListener('ct-range-change', () => fired++);
    el.start = '2015-01-01';
    el.end = '2015-12-31';
    await el.updateComplete;
    expect(fired).to.equal(0);

    const zoomIn = el.renderRoot.querySelector<HTMLButtonElement>('[part~="toolbar"] button')!;
    setTimeout(() => zoomIn.click());
    const event = await oneEvent(el, 'ct-range-change');
    expect(event.detail.start).to.be.instanceOf(Date);
    const span = +event.detail.end - +event.detail.start;
    expect(span).to.be.lessThan(Date.UTC(2015, 11, 31) - Date.UTC(2015, 0, 1));
    expect(+el.end! - +el.start!).to.be.closeTo(span, 1);

    zoomIn.focus();
    setTimeout(() =>
      zoomIn.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true, composed: true })),
    );
    const out = await oneEvent(el, 'ct-range-change');
    expect(+out.detail.end - +out.detail.start).to.be.greaterThan(span);
  });

  it('zooms with ctrl + wheel (around the pointer) but leaves a plain wheel to the page', async () => {
    const el = await timeline(synthetic(300));
    await settle(el);
    const rect = track(el).getBoundingClientRect();
    const before = +el.end! - +el.start!;
    const wheel = (init: WheelEventInit) =>
      new WheelEvent('wheel', {
        bubbles: true,
        composed: true,
        cancelable: true,
        clientX: rect.left + 300,
        clientY: rect.top + 50,
        deltaY: -200,
        ...init,
      });

    const plain = wheel({});
    track(el).dispatchEvent(plain);
    await el.updateComplete;
    expect(plain.defaultPrevented).to.equal(false);
    expect(+el.end! - +el.start!).to.equal(before);

    const zoom = wheel({ ctrlKey: true });
    track(el).dispatchEvent(zoom);
    await el.updateComplete;
    expect(zoom.defaultPrevented).to.equal(true);
    expect(+el.end! - +el.start!).to.be.lessThan(before);

    const span = +el.end! - +el.start!;
    const start = +el.start!;
    const pan = wheel({ shiftKey: true, deltaY: 100 });
    track(el).dispatchEvent(pan);
    await el.updateComplete;
    expect(pan.defaultPrevented).to.equal(true);
    expect(+el.start!).to.be.greaterThan(start);
    expect(+el.end! - +el.start!).to.be.closeTo(span, 1000);
  });

  it('clusters dense data with counts; click and Enter zoom into a cluster of several days', async () => {
    const el = await timeline(synthetic(3000, { days: 60, lanes: 2 }));
    const found = clusters(el);
    expect(found.length).to.be.greaterThan(0);
    const total =
      markers(el).length + found.reduce((n, c) => n + Number(c.textContent!.replace(/\D/g, '')), 0);
    expect(total).to.equal(3000);
    // A cluster whose name gives a stretch of days ("…, 3–9 May 2015"): zooming can separate its
    // events (one of a single day opens in place instead: see conflict-timeline-glance.test.ts).
    const days = (c: HTMLElement) => /[–-]/.test(c.querySelector('.hit')!.getAttribute('aria-label')!);
    const several = found.filter(days);
    expect(several.length, 'clusters of several days').to.be.greaterThan(0);

    const span0 = +el.end! - +el.start!;
    setTimeout(() => several[Math.floor(several.length / 2)].querySelector<HTMLElement>('.hit')!.click());
    await oneEvent(el, 'ct-range-change');
    await settle(el);
    const span1 = +el.end! - +el.start!;
    expect(span1).to.be.lessThan(span0);

    const next = clusters(el).find(days) ?? markers(el)[0];
    const hit = next.querySelector<HTMLElement>('.hit')!;
    if (next.matches('[part~="cluster"]')) {
      setTimeout(() =>
        hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })),
      );
      await oneEvent(el, 'ct-range-change');
      expect(+el.end! - +el.start!).to.be.lessThan(span1);
    }
  });

  it('keeps the DOM bounded by the view, not by the number of events (100,000)', async function () {
    this.timeout(120000);
    const el = await timeline(synthetic(100_000));
    const count = (root: ParentNode): number =>
      Array.from(root.querySelectorAll('*')).reduce(
        (n, e) => n + 1 + (e.shadowRoot ? count(e.shadowRoot) : 0),
        0,
      );
    expect(clusters(el).length).to.be.greaterThan(0);
    expect(count(document)).to.be.lessThan(3000);
    el.start = '2018-05-01';
    el.end = '2018-05-20';
    await settle(el);
    expect(markers(el).length + clusters(el).length).to.be.greaterThan(20);
    expect(count(document)).to.be.lessThan(3000);
  });

  it('draws crowded lanes as density bands in their colours, and clears them when zoomed in', async function () {
    this.timeout(60000);
    const data = synthetic(20_000, { lanes: 2 });
    data.actors = [
      { id: 'a0', name: 'Actor 0', color: '#b22222' },
      { id: 'a1', name: 'Actor 1', color: '#1f4e9c' },
    ];
    const el = await timeline(data);
    const canvas = el.renderRoot.querySelector<HTMLCanvasElement>('canvas.bands')!;
    /** The lane colours painted (canvas storage rounds a channel by one or two). */
    const painted = () => {
      const { data: rgba } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const lanes = [
        [178, 34, 34],
        [31, 78, 156],
      ];
      const found = new Set<number | string>();
      for (let i = 0; i < rgba.length; i += 4) {
        if (rgba[i + 3] === 0) continue;
        const lane = lanes.findIndex((c) => c.every((v, k) => Math.abs(v - rgba[i + k]) <= 2));
        found.add(lane >= 0 ? lane : `${rgba[i]},${rgba[i + 1]},${rgba[i + 2]}`);
      }
      return found;
    };
    expect([...painted()].sort()).to.deep.equal([0, 1]);
    el.start = '2018-05-01';
    el.end = '2018-05-03';
    await settle(el);
    expect(markers(el).length).to.be.greaterThan(0);
    expect(painted().size).to.equal(0);
  });

  it('reuses its list items while zooming; the spare ones are hidden, with no part or event', async () => {
    const el = await timeline(synthetic(3000, { days: 400, lanes: 4 }));
    const before = all(el, '.items > li');
    const shownBefore = markers(el).length + clusters(el).length;
    const [start, end] = [+el.start!, +el.end!];
    el.start = new Date(start + (end - start) * 0.45);
    el.end = new Date(start + (end - start) * 0.55);
    await settle(el);
    const zoomed = markers(el).length + clusters(el).length;
    expect(zoomed).to.be.greaterThan(shownBefore); // zoomed in, clusters split: more items
    el.start = new Date(start);
    el.end = new Date(end);
    await settle(el);
    const after = all(el, '.items > li');
    expect(before.every((li) => after.includes(li))).to.equal(true);
    expect(after.length).to.be.at.least(zoomed);
    const shown = after.filter((li) => !li.hidden);
    expect(shown.length).to.equal(markers(el).length + clusters(el).length);
    expect(shown.length).to.equal(shownBefore);
    expect(shown).to.deep.equal(after.slice(0, shown.length)); // spares only after the items
    for (const li of after.filter((li) => li.hidden)) {
      expect(li.getAttribute('part')).to.equal(null);
      expect(li.dataset.eventId).to.equal(undefined);
      expect(getComputedStyle(li).display).to.equal('none');
    }
  });

  it('reports bad records with ct-data-issues, keeps the good ones, and never throws', async () => {
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline style="width: 900px"></conflict-timeline>`,
    );
    setTimeout(() => {
      el.data = {
        events: [
          { id: 'bad', date: '2015-02-30', title: 'no such day' },
          { id: 'good', date: '2015-02-01', title: 'fine' },
          { id: 'good2', date: '2015-02-03', title: 'fine too' },
        ],
      };
    });
    const { detail } = await oneEvent(el, 'ct-data-issues');
    expect(detail.issues.some((i: { path: string }) => i.path === '/events/0/date')).to.equal(true);
    await settle(el);
    expect(markers(el).map((m) => m.dataset.eventId)).to.deep.equal(['good', 'good2']);
  });

  it('shows the reason when the data cannot be used at all', async () => {
    for (const bad of ['{not json', null, [1, 2], 42]) {
      const el = await fixture<ConflictTimeline>(html`<conflict-timeline></conflict-timeline>`);
      setTimeout(() => (el.data = bad));
      const { detail } = await oneEvent(el, 'ct-data-issues');
      expect(detail.issues[0].severity).to.equal('error');
      await settle(el);
      const message = el.renderRoot.querySelector('[part~="message"]');
      expect(message?.textContent).to.contain(detail.issues[0].message);
      expect(markers(el)).to.have.length(0);
    }
  });

  it('says so when there are no events', async () => {
    const el = await timeline({ events: [] });
    expect(el.renderRoot.querySelector('[part~="message"]')?.textContent).to.contain('No events');
  });

  it('handles one event, and all events on one day', async () => {
    const one = await timeline({ events: [{ id: 'x', date: '2015-05-19', title: 'one' }] });
    expect(markers(one).map((m) => m.dataset.eventId)).to.deep.equal(['x']);
    const day = await timeline({
      events: Array.from({ length: 40 }, (_, i) => ({
        id: `d${i}`,
        date: '2015-05-19',
        title: `same day ${i}`,
      })),
    });
    const shown =
      markers(day).length + clusters(day).reduce((n, c) => n + Number(c.textContent!.replace(/\D/g, '')), 0);
    expect(shown).to.equal(40);
  });

  it('marks open ranges, and draws a fade beyond their known end', async () => {
    const el = await timeline({
      events: [
        { id: 'open-end', date: '2015-05/..', title: 'from May 2015' },
        { id: 'open-start', date: '../2015-01', title: 'until January 2015' },
        { id: 'closed', date: '2015-03/2015-04', title: 'March to April 2015' },
      ],
    });
    const byId = new Map(markers(el).map((m) => [m.dataset.eventId, m]));
    expect(byId.get('open-end')!.classList.contains('open-end')).to.equal(true);
    expect(byId.get('open-start')!.classList.contains('open-start')).to.equal(true);
    expect(byId.get('closed')!.className).not.to.match(/open-/);
    const fade = getComputedStyle(byId.get('open-end')!, '::before');
    expect(fade.backgroundImage).to.contain('gradient');
  });

  it('rings marks whose colour is too close to the background (under 3:1), in either theme', async () => {
    const data = {
      sides: [
        { id: 'pale', label: 'Pale', color: '#f2c14e' },
        { id: 'deep', label: 'Deep', color: '#424242' },
      ],
      actors: [
        { id: 'p', name: 'P', side: 'pale' },
        { id: 'd', name: 'D', side: 'deep' },
      ],
      events: [
        { id: 'pale-event', date: '2015-05-19', title: 'pale', actors: ['p'] },
        { id: 'deep-event', date: '2015-05-20', title: 'deep', actors: ['d'] },
      ],
    };
    const ringOf = (el: ConflictTimeline, id: string) =>
      getComputedStyle(markers(el).find((m) => m.dataset.eventId === id)!).boxShadow;
    const light = await timeline(data);
    expect(ringOf(light, 'pale-event')).to.contain('rgb(85, 92, 102)'); // yellow on white
    expect(ringOf(light, 'deep-event')).not.to.contain('rgb(85, 92, 102)');
    const dark = await timeline(data, { theme: 'dark' });
    expect(ringOf(dark, 'deep-event')).to.contain('rgb(170, 177, 187)'); // near-black on near-black
    expect(ringOf(dark, 'pale-event')).not.to.contain('rgb(170, 177, 187)');
    // Every mark keeps a halo of the theme's background, ringed or not; marks are filled with their colour.
    expect(ringOf(light, 'deep-event')).to.contain('rgb(255, 255, 255)');
    expect(ringOf(light, 'pale-event')).to.contain('rgb(255, 255, 255)');
    expect(ringOf(dark, 'pale-event')).to.contain('rgb(22, 24, 28)');
    const fill = (el: ConflictTimeline, id: string) =>
      getComputedStyle(markers(el).find((m) => m.dataset.eventId === id)!).backgroundColor;
    expect(fill(light, 'pale-event')).to.equal('rgb(242, 193, 78)');
    expect(fill(dark, 'deep-event')).to.equal('rgb(66, 66, 66)');
  });

  it('writes cluster counts in black or white on the lane colour, calendar counts in the text colour', async function () {
    this.timeout(60000);
    const countColours = async (data: DatasetInput) => {
      const el = await timeline(data);
      const found = clusters(el).map((c) => ({
        calendar: c.matches('.calendar'),
        color: getComputedStyle(c.querySelector('.hit')!).color,
      }));
      return { text: getComputedStyle(el).color, found };
    };
    const sparse = await countColours(syria);
    const plain = sparse.found.filter((c) => !c.calendar);
    expect(plain.length).to.be.greaterThan(0);
    for (const { color } of plain) expect(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']).to.include(color);
    const dense = await countColours(synthetic(20_000, { lanes: 2 }));
    const calendar = dense.found.filter((c) => c.calendar);
    expect(calendar.length).to.be.greaterThan(0);
    for (const { color } of calendar) expect(color).to.equal(dense.text);
  });

  it('names no date inside a compressed gap as an edge of the window', async () => {
    const el = await timeline(syria, { lang: 'en-GB', start: '2015-03-01', end: '2022-06-30' });
    const text = el.renderRoot.querySelector('.window')!.textContent!;
    expect(text).to.contain('2015');
    expect(text).not.to.match(/202[0-3]/); // the window ends inside the 2015–2024 gap: it says where data stops
  });

  it('has its marks drawn when updateComplete resolves after the first render (the measured pass included)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('conflict-timeline');
    el.style.cssText = 'display: block; width: 1200px; --ct-height: 600px';
    el.data = syria;
    host.append(el);
    expect(await el.updateComplete).to.equal(true);
    expect(markers(el).length).to.be.greaterThan(20);
  });

  it('follows a language switcher: lang and dir set on an ancestor or on itself after it was drawn', async () => {
    const { page, el } = await syriaIn(
      html`<div lang="en">
        <conflict-timeline style="width: 1200px; --ct-height: 600px"></conflict-timeline>
      </div>`,
    );
    const zoomIn = () => el.renderRoot.querySelector('.zoom')!.getAttribute('aria-label');
    const root = () => el.renderRoot.querySelector('.root')!;
    expect(zoomIn()).to.equal('Zoom in');
    expect(root().classList.contains('rtl')).to.equal(false);
    page.setAttribute('lang', 'ar');
    page.setAttribute('dir', 'rtl');
    await settle(el);
    expect(zoomIn()).to.equal('تكبير');
    expect(root().classList.contains('rtl')).to.equal(true);
    // The axis labels too (Arabic month names, not English ones).
    expect(el.renderRoot.querySelector('.axis')!.textContent).not.to.match(/Jan|Apr|May|Jun|Nov|Dec/);
    // Its own attribute wins over the ancestor's.
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(zoomIn()).to.equal('Zoom in');
    // Moved elsewhere in the page: the new ancestor's language.
    const other = document.createElement('div');
    other.lang = 'ar';
    document.body.append(other);
    el.removeAttribute('lang');
    other.append(el);
    await settle(el);
    expect(zoomIn()).to.equal('تكبير');
    other.remove();
  });

  it('reads its direction again when it may have changed, not with every update', async () => {
    const { page, el } = await syriaIn(
      html`<div dir="ltr">
        <conflict-timeline style="width: 1200px; --ct-height: 600px"></conflict-timeline>
      </div>`,
    );
    const isRtl = () => el.renderRoot.querySelector('.root')!.classList.contains('rtl');
    const [from, to] = [Date.UTC(2015, 0, 1), Date.UTC(2015, 11, 31)];
    let step = 0;
    const zoom = async () => {
      el.start = new Date(from + ++step * 864e5);
      el.end = new Date(to);
      await settle(el);
    };
    const original = window.getComputedStyle;
    let reads = 0;
    window.getComputedStyle = (target: Element, pseudo?: string | null) => {
      if (target === el) reads++;
      return original.call(window, target, pseudo);
    };
    const outer = document.createElement('div');
    const rtl = document.createElement('div');
    try {
      // Zooming and panning: no direction read (it brought the page's style up to date every step).
      await zoom();
      await zoom();
      expect(reads).to.equal(0);
      expect(isRtl()).to.equal(false);
      // Its own dir, an ancestor's: read again, and not again while zooming after it.
      el.setAttribute('dir', 'rtl');
      await settle(el);
      expect(isRtl()).to.equal(true);
      el.removeAttribute('dir');
      await settle(el);
      expect(isRtl()).to.equal(false);
      page.setAttribute('dir', 'rtl');
      await settle(el);
      expect(isRtl()).to.equal(true);
      let before = reads;
      await zoom();
      expect(reads).to.equal(before);
      page.setAttribute('dir', 'ltr');
      await settle(el);
      expect(isRtl()).to.equal(false);
      // Moved into a right-to-left part of the page.
      rtl.dir = 'rtl';
      document.body.append(rtl);
      rtl.append(el);
      await settle(el);
      expect(isRtl()).to.equal(true);
      // Inside another component's shadow root, whose dir no observer sees: right by the next update.
      const shadow = outer.attachShadow({ mode: 'open' });
      const wrapper = document.createElement('div');
      wrapper.dir = 'ltr';
      shadow.append(wrapper);
      document.body.append(outer);
      wrapper.append(el);
      await settle(el);
      expect(isRtl()).to.equal(false);
      await zoom(); // (the move's first size report asks for a read with the next update: this one)
      wrapper.dir = 'rtl';
      el.requestUpdate(); // an update for another reason (nothing resized)
      await settle(el);
      expect(isRtl()).to.equal(true);
      before = reads;
      await zoom();
      expect(reads).to.equal(before);
      expect(reads).to.be.greaterThan(4);
    } finally {
      window.getComputedStyle = original;
      rtl.remove();
      outer.remove();
    }
  });

  it('draws its axis in a page whose lang is malformed (en_US), in the browser’s language', async () => {
    const { el } = await syriaIn(
      html`<div lang="en_US">
        <conflict-timeline style="width: 1200px; --ct-height: 600px"></conflict-timeline>
      </div>`,
    );
    expect(el.renderRoot.querySelector('[part~="message"]')).to.equal(null);
    expect(markers(el).length).to.be.greaterThan(20);
    expect(all(el, '.axis .tick').length).to.be.greaterThan(3);
    expect(all(el, '.axis .gap').length).to.be.greaterThan(0);
  });

  it('is not redrawn by lang or dir set on elements outside it, or set to the value they had', async () => {
    const { page, el } = await syriaIn(
      html`<div lang="en">
        <input />
        <conflict-timeline style="width: 1200px; --ct-height: 600px"></conflict-timeline>
      </div>`,
    );
    let updates = 0;
    const counted = el as unknown as { updated(changed: Map<string, unknown>): void };
    const updated = counted.updated.bind(el);
    counted.updated = (changed) => {
      updates++;
      updated(changed);
    };
    page.querySelector('input')!.setAttribute('dir', 'rtl'); // a comment box following the typing
    page.setAttribute('lang', 'en'); // the value it had
    await settle(el);
    expect(updates).to.equal(0);
    page.setAttribute('lang', 'ar');
    await settle(el);
    expect(updates).to.be.greaterThan(0);
  });

  it('follows its own lang inside another component’s shadow root, with the card inside it', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('conflict-timeline');
    el.style.cssText = 'display: block; width: 1200px; --ct-height: 600px';
    shadow.append(el);
    el.data = syria;
    el.selected = syria.events[0].id;
    await settle(el);
    const zoomIn = () => el.renderRoot.querySelector('.zoom')!.getAttribute('aria-label');
    const card = el.renderRoot.querySelector('event-card')!;
    const cardDate = () => card.shadowRoot!.querySelector('[part~="date"]')!.textContent!;
    expect(zoomIn()).to.equal('Zoom in');
    expect(cardDate()).to.match(/[A-Za-z]/);
    el.setAttribute('lang', 'ar');
    await settle(el);
    await card.updateComplete;
    expect(zoomIn()).to.equal('تكبير');
    expect(cardDate()).to.match(/[\u0600-\u06FF]/); // Arabic month names
  });

  it('is accessible (axe)', async () => {
    const el = await timeline(syria);
    await expect(el).to.be.accessible();
  });
});

describe('<conflict-timeline> pointer input', () => {
  const pointer = (type: string, x: number, y: number, id = 1) =>
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      pointerId: id,
      clientX: x,
      clientY: y,
      button: 0,
      isPrimary: id === 1,
    });

  it('pans by drag and zooms by pinch, firing ct-range-change', async () => {
    const el = await timeline(synthetic(300));
    el.start = '2015-01-01';
    el.end = '2016-01-01';
    await settle(el);
    const t = track(el);
    const rect = t.getBoundingClientRect();
    const y = rect.top + 40;
    let fired = 0;
    el.addEventListener('ct-range-change', () => fired++);

    const start = +el.start!;
    t.dispatchEvent(pointer('pointerdown', rect.left + 500, y));
    t.dispatchEvent(pointer('pointermove', rect.left + 450, y));
    t.dispatchEvent(pointer('pointermove', rect.left + 400, y));
    t.dispatchEvent(pointer('pointerup', rect.left + 400, y));
    await el.updateComplete;
    expect(+el.start!).to.be.greaterThan(start); // dragged left: later in time
    expect(fired).to.be.greaterThan(0);

    const span = +el.end! - +el.start!;
    t.dispatchEvent(pointer('pointerdown', rect.left + 400, y, 1));
    t.dispatchEvent(pointer('pointerdown', rect.left + 600, y, 2));
    t.dispatchEvent(pointer('pointermove', rect.left + 700, y, 2));
    t.dispatchEvent(pointer('pointerup', rect.left + 400, y, 1));
    t.dispatchEvent(pointer('pointerup', rect.left + 700, y, 2));
    await el.updateComplete;
    expect(+el.end! - +el.start!).to.be.lessThan(span);
  });

  it('moves the window with the overview’s brush', async () => {
    const el = await timeline(synthetic(300));
    el.start = '2013-01-01';
    el.end = '2014-01-01';
    await settle(el);
    const brush = el.renderRoot.querySelector<HTMLElement>('[part~="brush"]')!;
    const overview = el.renderRoot.querySelector<HTMLElement>('[part~="overview"]')!;
    const r = brush.getBoundingClientRect();
    const start = +el.start!;
    brush.dispatchEvent(pointer('pointerdown', r.left + r.width / 2, r.top + 5));
    brush.dispatchEvent(pointer('pointermove', r.left + r.width / 2 + 100, r.top + 5));
    overview.dispatchEvent(pointer('pointermove', r.left + r.width / 2 + 100, r.top + 5));
    overview.dispatchEvent(pointer('pointerup', r.left + r.width / 2 + 100, r.top + 5));
    await el.updateComplete;
    expect(+el.start!).to.be.greaterThan(start);

    brush.focus();
    const before = +el.start!;
    brush.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(+el.start!).to.be.lessThan(before);
  });
});
