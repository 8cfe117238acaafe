// Item 5 of issue 19: pathological shapes are capped. 5,000 sides of one
// event each: the busiest lanes, then one "N more sides" lane; one event with 20,000 actors,
// selected: its card shows the first actors, then "and N more actors". Long tasks are measured
// with a PerformanceObserver where the engine has them (Chromium) and printed; the test fails only on a
// freeze (the uncapped shapes took 1.3 s and 2.5 s): the 200 ms goal is a benchmark's, since three
// engines run these tests side by side on a shared machine. Elsewhere the shapes are checked and the
// timing is skipped with a printed reason.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import '../../src/components/event-card/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import { MAX_LANES } from '../../src/core/lanes.js';
import type { DatasetInput } from '../../src/core/types.js';
import { nextFrame, settle, shadowNodeCount } from './edges-fixture.js';

const LONG_TASK_LIMIT_MS = 1000;
const hasLongTasks = () => PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;

/** The longest task (ms) while `run` and the two frames after it; `undefined` without long-task timing. */
async function longestTask(run: () => Promise<void>): Promise<number | undefined> {
  if (!hasLongTasks()) {
    await run();
    return undefined;
  }
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => durations.push(e.duration)),
  );
  observer.observe({ type: 'longtask' });
  await run();
  await nextFrame();
  await nextFrame();
  await new Promise((r) => setTimeout(r, 100));
  observer.takeRecords().forEach((e) => durations.push(e.duration));
  observer.disconnect();
  return Math.max(0, ...durations);
}

function expectNoLongTask(label: string, longest: number | undefined) {
  if (longest === undefined) {
    console.log(`${label}: long-task timing skipped: this engine has no 'longtask' performance entries`);
    return;
  }
  console.log(`${label}: longest task ${longest.toFixed(0)} ms`);
  expect(longest, `${label}: longest task`).to.be.at.most(LONG_TASK_LIMIT_MS);
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2068\u2069\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function manySides(n: number): DatasetInput {
  return {
    sides: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: `Side ${i}` })),
    actors: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, side: `s${i}` })),
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      date: `20${String(10 + (i % 10))}-0${1 + (i % 9)}-1${i % 10}`,
      title: `Event ${i}`,
      actors: [`a${i}`],
    })),
  };
}

function manyActors(n: number): DatasetInput {
  return {
    actors: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}` })),
    events: [
      {
        id: 'crowd',
        date: '2015-05-01',
        title: 'Everyone',
        actors: Array.from({ length: n }, (_, i) => `a${i}`),
      },
      { id: 'other', date: '2015-06-01', title: 'Someone', actors: ['a0'] },
    ],
  };
}

describe('pathological shapes', function () {
  this.timeout(60_000);

  it('5,000 sides of one event each: the busiest lanes, then one lane that says how many sides it holds', async () => {
    const data = manySides(5000);
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline lang="en" style="width: 1200px; --ct-height: 480px"></conflict-timeline>`,
    );
    await settle(el);
    const longest = await longestTask(async () => {
      el.data = data;
      await settle(el, 2);
    });
    const labels = Array.from(el.shadowRoot!.querySelectorAll('[part~="lane-label"]'), (l) => text(l));
    console.log(`5,000 sides: ${labels.length} lane labels, ${shadowNodeCount(el).nodes} shadow nodes`);
    expect(labels).to.have.length(MAX_LANES);
    expect(labels[MAX_LANES - 1]).to.equal(`${(5000 - MAX_LANES + 1).toLocaleString('en')} more sides`);
    expect(el.shadowRoot!.querySelectorAll('[part~="lane"]')).to.have.length(MAX_LANES);
    expectNoLongTask('5,000 sides', longest);
  });

  it('one event with 20,000 actors, selected: the first actors, then "and N more actors"', async () => {
    const data = manyActors(20_000);
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline lang="en" style="width: 1200px; --ct-height: 480px"></conflict-timeline>`,
    );
    el.data = data;
    await settle(el, 2);
    const longest = await longestTask(async () => {
      el.selected = 'crowd';
      await settle(el, 2);
    });
    const card = el.shadowRoot!.querySelector<EventCard>('[part~="detail"] event-card')!;
    await card.updateComplete;
    const badges = card.shadowRoot!.querySelectorAll('[part~="actors"] actor-badge');
    expect(badges.length).to.be.within(1, 20);
    expect(text(card.shadowRoot!.querySelector('.more-actors'))).to.equal(
      `and ${(20_000 - badges.length).toLocaleString('en')} more actors`,
    );
    expectNoLongTask('20,000 actors selected', longest);
  });

  it('<event-card> alone with that event shows the first actors and says how many more', async () => {
    const data = manyActors(20_000);
    let card!: EventCard;
    const longest = await longestTask(async () => {
      card = await fixture<EventCard>(
        html`<event-card lang="ar" .data=${data} event-id="crowd"></event-card>`,
      );
      await card.updateComplete;
    });
    const badges = card.shadowRoot!.querySelectorAll('[part~="actors"] actor-badge');
    expect(badges.length).to.be.within(1, 20);
    expect(text(card.shadowRoot!.querySelector('.more-actors'))).to.contain('وجهات فاعلة أخرى');
    expectNoLongTask('<event-card> with 20,000 actors', longest);
  });
});
