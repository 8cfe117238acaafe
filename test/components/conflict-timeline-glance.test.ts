// What a reader gets without clicking, in the places articles put the timeline: the layout by width,
// titles on the marks, an axis labelled in every burst, clusters that open, few Tab stops.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/conflict-timeline/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import syria from '../../data/syria.json';

const { dataset: SYRIA } = parseDataset(syria);

async function settle(el: ConflictTimeline) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}
const all = (el: Element, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const one = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const box = (e: Element) => e.getBoundingClientRect();
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** A timeline `width` px wide between two buttons, given `data`, not yet settled. */
async function mount(width: number, attrs: Record<string, string> = {}, data: unknown = syria) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width:${width}px`}>
      <button id="before">before</button>
      <conflict-timeline></conflict-timeline>
      <button id="after">after</button>
    </div>`,
  );
  const el = wrapper.querySelector('conflict-timeline')!;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  return el;
}

async function at(width: number, attrs: Record<string, string> = {}, data: unknown = syria) {
  const el = await mount(width, attrs, data);
  await settle(el);
  return el;
}

describe('<conflict-timeline> at a glance: layouts by width', () => {
  for (const [width, layout] of [
    [1280, 'wide'],
    [900, 'wide'],
    [680, 'column'],
    [480, 'column'],
    [479, 'narrow'],
    [375, 'narrow'],
  ] as const) {
    it(`is ${layout} at ${width} px`, async () => {
      const el = await at(width);
      const root = one(el, '.root')!;
      expect(root.classList.contains(layout), root.className).to.equal(true);
      if (layout === 'narrow') expect(one(el, '[part~="track"]')).to.equal(null);
      else expect(one(el, '[part~="track"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<conflict-timeline> at a glance: the lane labels and the filter row in a column', () => {
  /** The lane labels whose name the lines of their lane cut short. */
  const cut = (el: ConflictTimeline) =>
    all(el, '.lane-label .text')
      // (Half a line: a glyph that reaches below its line adds a pixel or two in Firefox.)
      .filter((text) => text.scrollHeight > text.clientHeight + 7)
      .map((text) => text.textContent!.trim());

  it('gives a lane of one row room for its whole name in the wide layout (1280 px)', async () => {
    expect(cut(await at(1280))).to.deep.equal([]);
  });

  it('widens the labels in a column for names one row cannot hold, as far as a fifth of it (680 px)', async () => {
    // "Other foreign states" needs more than a fifth of 680 px on one line.
    expect(cut(await at(680))).to.deep.equal(['Other foreign states']);
  });

  it('draws the first paint at the labels’ final width: nothing moves afterwards', async () => {
    const el = await mount(1280);
    await el.updateComplete;
    const columns = one(el, '.body')!.style.gridTemplateColumns;
    const marks = all(el, '[part~="marker"]').map((m) => m.getAttribute('style'));
    await settle(el);
    expect(one(el, '.body')!.style.gridTemplateColumns).to.equal(columns);
    expect(all(el, '[part~="marker"]').map((m) => m.getAttribute('style'))).to.deep.equal(marks);
  });

  /** Whether the longest word of `text` fits on a line of its label, at the label's font. */
  const wordFits = (label: HTMLElement) => {
    const longest = label.textContent!.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
    const probe = document.createElement('span');
    probe.textContent = longest;
    probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden';
    probe.style.font = getComputedStyle(label).font;
    label.getRootNode().appendChild(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return { longest, width, room: label.getBoundingClientRect().width };
  };

  for (const width of [900, 680, 560, 480]) {
    it(`breaks no word of a lane's name at ${width} px ("Syrian government and allies")`, async () => {
      const el = await at(width);
      const labels = all(el, '.lane-label .text');
      expect(labels.length).to.be.greaterThan(2);
      const side = labels.find((l) => l.textContent === 'Syrian government and allies')!;
      const fit = wordFits(side);
      expect(fit.width, `"${fit.longest}" in ${fit.room.toFixed(1)} px`).to.be.at.most(fit.room + 0.5);
    });
  }

  it('keeps room for the search field and a whole first chip at 528 px', async () => {
    const el = await at(528);
    const input = one(el, '.search input') as HTMLInputElement;
    const chip = all(el, '.chips actor-badge')[0];
    const row = one(el, '.chips')!;
    expect(box(input).width, 'the search field').to.be.at.least(110);
    expect(box(chip).right, 'the first chip ends inside the row').to.be.at.most(box(row).right + 0.5);
    // The chips still show that more follow.
    expect(row.scrollWidth).to.be.greaterThan(row.clientWidth);
  });
});

describe('<conflict-timeline> at a glance: titles on the marks', () => {
  for (const [width, least] of [
    [1280, 15],
    [680, 8],
  ] as const) {
    it(`shows at least ${least} titles at ${width} px, none overlapping another label or a mark, none cut off`, async () => {
      const el = await at(width);
      const labels = all(el, '[part~="label"]');
      expect(labels.length).to.be.at.least(least);
      const track = box(one(el, '[part~="track"]')!);
      const marks = all(el, '[part~="marker"], [part~="cluster"]').map(box);
      const rects = labels.map(box);
      rects.forEach((r, i) => {
        expect(r.left >= track.left - 0.5 && r.right <= track.right + 0.5, `label ${i} inside`).to.equal(
          true,
        );
        for (const m of marks)
          expect(overlap(r, m), `label "${labels[i].textContent}" over a mark`).to.equal(false);
        for (let j = i + 1; j < rects.length; j++)
          expect(overlap(r, rects[j]), `labels ${i}, ${j}`).to.equal(false);
      });
    });
  }
});

describe('<conflict-timeline> at a glance: the axis', () => {
  for (const width of [320, 375, 480, 680, 768, 900, 1280]) {
    it(`labels every burst and never collides at ${width} px (layout="wide")`, async () => {
      const el = await at(width, { layout: 'wide' });
      const ticks = all(el, '.axis .tick, .axis .gap').map(box);
      for (let i = 0; i < ticks.length; i++)
        for (let j = i + 1; j < ticks.length; j++)
          expect(overlap(ticks[i], ticks[j]), `${i}, ${j}`).to.equal(false);
      // Each burst between the breaks has a tick label: a tick between each pair of breaks.
      const breaks = all(el, '[part~="break"]').map(box);
      const edges = [-Infinity, ...breaks.map((b) => (b.left + b.right) / 2), Infinity];
      const tickX = all(el, '.axis .tick').map((t) => box(t).left);
      const axis = box(one(el, '[part~="axis"]')!);
      for (let k = 0; k + 1 < edges.length; k++) {
        const [from, to] = [Math.max(edges[k], axis.left - 1), Math.min(edges[k + 1], axis.right + 1)];
        expect(
          tickX.some((x) => x >= from - 2 && x < to),
          `burst ${k}`,
        ).to.equal(true);
      }
    });
  }
});

describe('<conflict-timeline> at a glance: clusters', () => {
  const sameDay = {
    events: [
      ...Array.from({ length: 15 }, (_, i) => ({ id: `d${i}`, date: '2015-04-27', title: `Same day ${i}` })),
      { id: 'x', date: '2015-01-10', title: 'Earlier' },
      { id: 'y', date: '2015-09-10', title: 'Later' },
    ],
  };

  it('opens a same-day cluster in place as the list of its events, by click and by Enter; Escape closes it', async () => {
    const el = await at(1000, {}, sameDay);
    const cluster = one(el, '[part~="cluster"] .hit')!;
    expect(cluster, 'the events of one day are a cluster').to.not.equal(null);
    const span = +el.end! - +el.start!;
    cluster.click();
    await settle(el);
    const list = one(el, '[part~="cluster-list"]')!;
    expect(list).to.not.equal(null);
    expect(all(el, '.cluster-list .member').map((b) => b.textContent!.trim().split(': ')[1])).to.have.members(
      sameDay.events.slice(0, 15).map((e) => e.title),
    );
    expect(+el.end! - +el.start!, 'it did not zoom').to.equal(span);
    expect(el.shadowRoot!.activeElement?.classList.contains('member')).to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(one(el, '[part~="cluster-list"]')).to.equal(null);
    // Enter opens it again; a member selects its event.
    one(el, '[part~="cluster"] .hit')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    one(el, '.cluster-list .member[data-event-id="d2"]')!.click();
    await settle(el);
    expect(el.selected).to.equal('d2');
  });

  it('shows an event deep in a cluster when it is selected (a deep link, Next)', async () => {
    const el = await at(1000, { selected: 'd3' }, sameDay);
    await waitUntil(() => one(el, '[part~="cluster-list"]'), 'the cluster opened');
    const current = one(el, '.cluster-list .member[aria-current="true"]')!;
    expect(current.dataset.eventId).to.equal('d3');
  });
});

describe('<conflict-timeline> at a glance: the name of a focused mark', function () {
  this.timeout(30_000);
  /** The box of the focused mark's name (its `::after`), from its computed size and offsets. */
  const tipBox = (hit: HTMLElement) => {
    const style = getComputedStyle(hit, '::after');
    const li = hit.closest('li')!.getBoundingClientRect();
    const width = parseFloat(style.width) + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    const height = parseFloat(style.height) + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const left =
      style.left !== 'auto' ? li.left + parseFloat(style.left) : li.right - parseFloat(style.right) - width;
    const top =
      style.top !== 'auto' ? li.top + parseFloat(style.top) : li.bottom - parseFloat(style.bottom) - height;
    return { left, right: left + width, top, bottom: top + height };
  };

  for (const [width, dir] of [
    [680, 'ltr'],
    [680, 'rtl'],
    [1280, 'ltr'],
  ] as const) {
    it(`opens inside the track for the first and the last mark at ${width} px (${dir})`, async () => {
      const el = await at(width, { dir });
      const track = box(one(el, '.track')!);
      one(el, '.items .hit[tabindex="0"]')!.focus();
      for (const key of ['Home', 'End']) {
        await sendKeys({ press: key });
        await settle(el);
        const hit = el.shadowRoot!.activeElement as HTMLElement;
        expect(getComputedStyle(hit, '::after').content, 'the name shows').to.not.equal('none');
        const tip = tipBox(hit);
        expect(tip.left, `${key}: its left edge`).to.be.at.least(track.left - 1);
        expect(tip.right, `${key}: its right edge`).to.be.at.most(track.right + 1);
        expect(tip.bottom, `${key}: its bottom`).to.be.at.most(track.bottom + 1);
        expect(tip.top, `${key}: its top`).to.be.at.least(track.top - 1);
        // Above the marks drawn after it (each mark is a stacking context of its own).
        const li = hit.closest('li')!;
        const other = all(el, '.items > li:not([hidden])').find((o) => o !== li)!;
        expect(Number(getComputedStyle(li).zIndex), `${key}: in front`).to.be.greaterThan(0);
        expect(getComputedStyle(other).zIndex).to.equal('auto');
      }
      if (dir !== 'rtl') return;
      // Mirrored in right to left, a cluster's .hit holds its name: it must not clip it.
      for (let i = 0; i < 40 && !el.shadowRoot!.activeElement?.closest('li.cluster'); i++) {
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
      }
      const cluster = el.shadowRoot!.activeElement as HTMLElement;
      expect(cluster.closest('li.cluster'), 'a cluster has the focus').to.not.equal(null);
      expect(getComputedStyle(cluster).overflow).to.equal('visible');
    });
  }
});

describe('<conflict-timeline> at a glance: Tab stops', function () {
  this.timeout(30_000);
  for (const [width, layout] of [
    [1280, 'wide'],
    [680, 'column'],
    [375, 'narrow'],
  ] as const) {
    it(`takes at most 8 Tab stops to pass through, in the ${layout} layout, and the first is "Skip the timeline"`, async () => {
      const el = await at(width);
      const before = el.parentElement!.querySelector<HTMLElement>('#before')!;
      const after = el.parentElement!.querySelector<HTMLElement>('#after')!;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('skip')).to.equal(true);
      let stops = 1;
      while (document.activeElement !== after && stops < 40) {
        await sendKeys({ press: 'Tab' });
        stops++;
      }
      expect(document.activeElement).to.equal(after);
      // The stops inside the element (the button after it is not one of them).
      expect(stops - 1).to.be.at.most(8);
      // The skip link jumps past the element.
      before.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(after);
    });
  }
});

describe('<conflict-timeline> at a glance: Syria in a phone column', () => {
  it('is at most 5,000 px tall at 375 px before the reader expands anything', async () => {
    const el = await at(375);
    expect(box(el).height).to.be.at.most(5000);
    expect(SYRIA.events.length).to.equal(all(el, '[part~="entry"]').length);
  });

  for (const width of [375, 320]) {
    it(`names each entry's side whole at ${width} px, beside its date or below it`, async () => {
      const el = await at(width);
      const sides = all(el, '.open .side-label');
      expect(sides.length).to.be.greaterThan(40);
      for (const side of sides)
        expect(side.scrollWidth, side.textContent!).to.be.at.most(side.clientWidth + 1);
      // Beside the date when both fit, else below it; the title below both.
      for (const open of all(el, '.open')) {
        const [when, side, what] = ['.when', '.side', '.what'].map((s) => box(open.querySelector(s)!));
        expect(overlap(when, side), open.textContent!).to.equal(false);
        expect(what.top, open.textContent!).to.be.at.least(Math.max(when.bottom, side.bottom) - 1);
      }
    });
  }
});
