// Item 8 of issue 19: a large `src` loads without freezing the tab, says how far it has come, and a
// search at 200,000 events answers each keystroke quickly. The file is made by the test server
// (web-test-runner.config.mjs, /__test__/many-events: 200,000 events of about 260 bytes, 52 MB, event
// 1,234 with a date that does not exist).
//
// The limits scale with the machine (it is shared, and engines run side by side): a task may take
// 200 ms, or half of what reading the whole file at once takes here, whichever is more; a keystroke
// 50 ms, or a quarter of what folding every event's text once takes. Reading the file at once is what
// the old code did in one task, and folding every text what its first keystroke did, so a freeze
// still fails. The measured figures are printed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/conflict-timeline/define.js';
import type { ConflictTimeline } from '../../src/components/conflict-timeline/conflict-timeline.js';
import type { DataIssuesEvent } from '../../src/events/data-issues.js';
import { foldForSearch } from '../../src/core/filter.js';
import { formatNumber } from '../../src/core/format.js';
import { messagesFor } from '../../src/core/messages.js';
// The Arabic table at once, to write the expected texts with (the elements load it themselves).
import '../../src/core/messages-ar.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { parseDatasetInSlices } from '../../src/core/parse-dataset-slices.js';
import { prepareDataset } from '../../src/core/prepare-dataset.js';
import { loadProgressText } from '../../src/internal/dataset-source.js';
import { nextFrame } from './edges-fixture.js';

const EVENTS = 200_000;
const BIG = `/__test__/many-events?n=${EVENTS}&pad=160`;
const hasLongTasks = () => PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;

/**
 * Long tasks while the observer runs (Chromium may hand a new observer a task that ended before it:
 * those are left out).
 */
function observeLongTasks() {
  const durations: number[] = [];
  const since = performance.now();
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => e.startTime + e.duration > since && durations.push(e.duration)),
  );
  observer.observe({ type: 'longtask' });
  return {
    stop(): number {
      observer.takeRecords().forEach((e) => e.startTime + e.duration > since && durations.push(e.duration));
      observer.disconnect();
      return Math.max(0, ...durations);
    },
  };
}

/**
 * The longest task of a run, within `limit`: a run over it is made once more (`again`, a fresh run),
 * since a machine busy with other test runs can stop the page for a while in any task; the shorter
 * of the two is checked. `undefined`: this engine cannot time its tasks (said, not checked).
 */
async function expectLongestTaskWithin(
  what: string,
  longest: number | undefined,
  limit: number,
  again: () => Promise<number | undefined>,
): Promise<number | undefined> {
  if (longest === undefined) {
    console.log('long-task timing skipped: this engine has no longtask performance entries');
    return undefined;
  }
  if (longest > limit) {
    console.log(`${what}: longest task ${longest.toFixed(0)} ms, over ${limit.toFixed(0)}: once more`);
    longest = Math.min(longest, (await again()) ?? Infinity);
  }
  expect(longest, `${what}: the longest task (ms)`).to.be.at.most(limit);
  return longest;
}

/**
 * Resolves once the main thread has had a long idle period (the element's work in slices is done):
 * two idle callbacks with 40 ms to spare, or (WebKit has no `requestIdleCallback`) ten 20 ms timers
 * in a row that fire on time.
 */
async function idle(): Promise<void> {
  if (typeof requestIdleCallback !== 'function') {
    for (let onTime = 0; onTime < 10;) {
      const t0 = performance.now();
      await new Promise((r) => setTimeout(r, 20));
      onTime = performance.now() - t0 < 30 ? onTime + 1 : 0;
    }
    return;
  }
  for (let quiet = 0; quiet < 2;) {
    const remaining = await new Promise<number>((r) =>
      requestIdleCallback((deadline) => r(deadline.timeRemaining()), { timeout: 5000 }),
    );
    quiet = remaining >= 40 ? quiet + 1 : 0;
  }
}

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2068\u2069\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The file's size, and how long parsing it at once (JSON and check) takes on this machine. */
async function calibrate(): Promise<{ bytes: number; parseMs: number }> {
  const body = await (await fetch(BIG)).text();
  const t0 = performance.now();
  const { dataset } = parseDataset(body);
  const parseMs = performance.now() - t0;
  expect(dataset.events.length).to.equal(EVENTS - 1);
  return { bytes: body.length, parseMs };
}

describe('a large src (50 MB)', () => {
  it('loads with no long task, shows its progress in order, and every good event and the bad one', async function () {
    this.timeout(90_000);
    /** Loads the file into a new timeline: what it showed, reported and its longest task (undefined: not timed). */
    const load = async () => {
      const el = await fixture<ConflictTimeline>(
        html`<conflict-timeline lang="en" style="width: 1000px; --ct-height: 400px"></conflict-timeline>`,
      );
      const seen: string[] = [];
      const record = () => {
        const shown = text(el.shadowRoot!.querySelector('[part~="message"]'));
        if (shown && shown !== seen.at(-1)) seen.push(shown);
      };
      const mutations = new MutationObserver(record);
      mutations.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      let issues: DataIssuesEvent['detail']['issues'] | undefined;
      el.addEventListener('ct-data-issues', (e) => (issues = (e as DataIssuesEvent).detail.issues));
      const tasks = hasLongTasks() ? observeLongTasks() : undefined;
      el.src = BIG;
      await waitUntil(() => el.data !== undefined, 'the data comes', { timeout: 50_000, interval: 100 });
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      await idle(); // the search text, folded after the events are shown
      mutations.disconnect();
      return { el, seen, issues, longest: tasks?.stop() };
    };
    const { el, seen, issues, longest } = await load();

    expect(el.data!.events.length).to.equal(EVENTS - 1);
    expect(el.data!.eventsById.get('e199999')?.title).to.equal('Event 199999 in place 691');
    expect(el.data!.events.some((e) => e.id === 'e1234')).to.equal(false);
    expect(issues?.map((i) => i.path)).to.deep.equal(['/events/1234/date']);
    expect(el.shadowRoot!.querySelectorAll('[part~="marker"], [part~="cluster"]').length).to.be.greaterThan(
      0,
    );

    // After the load, so that its garbage is not collected during it.
    const { bytes, parseMs } = await calibrate();
    const limit = Math.max(200, parseMs / 2);

    // Progress: the bytes of the total, then the events read, then checked; each count growing.
    const total = (bytes / 1e6).toFixed(1);
    const phase = (line: string) =>
      line.startsWith('Loading… ')
        ? 0
        : line.startsWith('Reading events… ')
          ? 1
          : line.startsWith('Checking events… ')
            ? 2
            : -1;
    const progress = seen.filter((line) => phase(line) >= 0);
    console.log(`progress shown: ${progress.length} steps, ${progress[0]} … ${progress.at(-1)}`);
    expect(seen[0]).to.equal('Loading events…');
    expect(progress.map(phase)).to.deep.equal([...progress.map(phase)].sort());
    expect(new Set(progress.map(phase))).to.deep.equal(new Set([0, 1, 2]));
    expect(progress.filter((l) => phase(l) === 0).every((l) => l.endsWith(` of ${total} MB`))).to.equal(true);
    expect(progress.filter((l) => phase(l) === 2).every((l) => l.endsWith(' of 200,000'))).to.equal(true);
    const figures = (p: number) =>
      progress
        .filter((l) => phase(l) === p)
        .map((l) =>
          Number(
            l
              .replace(/^\D+/, '')
              .split(/ of|MB/)[0]
              .replace(/,/g, ''),
          ),
        );
    for (const p of [0, 1, 2]) expect(figures(p)).to.deep.equal([...figures(p)].sort((a, b) => a - b));

    el.remove();
    const checked = await expectLongestTaskWithin('50 MB src', longest, limit, async () => {
      const next = await load();
      next.el.remove();
      return next.longest;
    });
    if (checked !== undefined) {
      console.log(
        `50 MB src: longest task ${checked.toFixed(0)} ms (limit ${limit.toFixed(0)}; parsing at once takes ${parseMs.toFixed(0)} ms)`,
      );
    }
  });

  it('200,000 events from a script, parsed and prepared in slices: taken as they are, with no long task', async function () {
    this.timeout(60_000);
    // An engine that cannot time its tasks checks the same path with 20,000 events, which keeps its run short.
    const timed = hasLongTasks();
    const { parseMs } = timed ? await calibrate() : { parseMs: 0 };
    const limit = Math.max(200, parseMs / 2);
    const src = timed ? BIG : `/__test__/many-events?n=20000&pad=160`;
    const { dataset, issues } = await parseDatasetInSlices(await (await fetch(src)).text());
    expect(issues.map((i) => i.path)).to.deep.equal(['/events/1234/date']);
    await prepareDataset(dataset);
    /** Sets the dataset on a new timeline: the longest task until it is drawn (undefined: not timed). */
    const draw = async () => {
      const el = await fixture<ConflictTimeline>(
        html`<conflict-timeline lang="en" style="width: 1000px; --ct-height: 400px"></conflict-timeline>`,
      );
      await idle();
      let reported: DataIssuesEvent['detail']['issues'] | undefined;
      el.addEventListener('ct-data-issues', (e) => (reported = (e as DataIssuesEvent).detail.issues));
      const tasks = hasLongTasks() ? observeLongTasks() : undefined;
      el.data = dataset;
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      const longest = tasks?.stop();
      // The same object: not checked (or copied) again, so nothing to report either.
      expect(el.data).to.equal(dataset);
      expect(reported ?? []).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('[part~="marker"], [part~="cluster"]').length).to.be.greaterThan(
        0,
      );
      return longest;
    };
    const longest = await expectLongestTaskWithin('200,000 events by script', await draw(), limit, draw);
    if (longest !== undefined) {
      console.log(
        `200,000 events by script (parsed and prepared in slices): longest task ${longest.toFixed(0)} ms (limit ${limit.toFixed(0)}; parsing at once takes ${parseMs.toFixed(0)} ms)`,
      );
    }
  });

  it('says how far it has come in Arabic too', () => {
    const ar = messagesFor('ar');
    const n = (value: number, digits?: number) =>
      formatNumber(
        value,
        'ar',
        digits === undefined ? {} : { minimumFractionDigits: 1, maximumFractionDigits: 1 },
      );
    expect(loadProgressText({ phase: 'download', loaded: 12_345_678, total: 52_000_000 }, ar, 'ar')).to.equal(
      `جارٍ التحميل… ${n(12.3, 1)} ميغابايت من ${n(52, 1)} ميغابايت`,
    );
    expect(loadProgressText({ phase: 'read', events: 200_000 }, ar, 'ar')).to.equal(
      `جارٍ قراءة الأحداث… ${n(200_000)}`,
    );
    const en = messagesFor('en');
    expect(loadProgressText({ phase: 'download', loaded: 2_000_000 }, en, 'en')).to.equal('Loading… 2.0 MB');
    expect(loadProgressText({ phase: 'check', events: 1000, total: 200_000 }, en, 'en')).to.equal(
      'Checking events… 1,000 of 200,000',
    );
  });

  it('at 200,000 events, each keystroke of a search is a short task', async function () {
    this.timeout(60_000);
    const el = await fixture<ConflictTimeline>(
      html`<conflict-timeline lang="en" style="width: 1000px; --ct-height: 400px"></conflict-timeline>`,
    );
    el.src = BIG;
    await waitUntil(() => el.data !== undefined, 'the data comes', { timeout: 50_000, interval: 100 });
    await el.updateComplete;
    await idle();
    // What the old code's first keystroke did: fold the text of every event.
    const t0 = performance.now();
    let folded = 0;
    for (const event of el.data!.events)
      folded += foldForSearch(`${event.title} ${event.summary ?? ''}`).length;
    const foldMs = performance.now() - t0;
    expect(folded).to.be.greaterThan(0);
    const limit = Math.max(50, foldMs / 4);
    await idle();

    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"] input')!;
    const typed = 'event 12';
    /** Types the query a key at a time: the longest task of each keystroke. */
    const type = async () => {
      const longest: number[] = [];
      for (let i = 1; i <= typed.length; i++) {
        const tasks = observeLongTasks();
        input.value = typed.slice(0, i);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        await nextFrame();
        await new Promise((r) => setTimeout(r, 50));
        longest.push(tasks.stop());
      }
      return longest;
    };
    const longest = await type();
    const count = text(el.shadowRoot!.querySelector('[part~="count"]'));
    expect(count).to.match(/^[\d,]+ of 199,999 events$/);
    // Every word of "event 12" in an event's text (titles "Event 12…", "… in place 12…", actor "Actor 12"):
    // as many as a filter of the one-go folded text finds.
    const expected = el.data!.events.filter((e) => {
      const folded = foldForSearch(`${e.title} ${e.summary ?? ''} Actor ${e.actors[0]?.id.slice(1)}`);
      return folded.includes('event') && folded.includes('12');
    }).length;
    expect(count).to.equal(`${expected.toLocaleString('en-US')} of 199,999 events`);
    if (hasLongTasks()) {
      console.log(
        `search at 200,000 events: longest task per keystroke ${longest.map((d) => d.toFixed(0)).join(', ')} ms (limit ${limit.toFixed(0)}; folding every text takes ${foldMs.toFixed(0)} ms)`,
      );
    }
    await expectLongestTaskWithin(
      'search at 200,000 events, a keystroke',
      hasLongTasks() ? Math.max(...longest) : undefined,
      limit,
      async () => {
        // The search cleared, and typed again.
        input.value = '';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        await idle();
        return Math.max(...(await type()));
      },
    );
  });
});
