import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AnnouncerController } from '../../../src/components/conflict-timeline/controllers/announcer-controller.js';
import { EventOutboxController } from '../../../src/components/conflict-timeline/controllers/event-outbox-controller.js';
import { FilterController } from '../../../src/components/conflict-timeline/controllers/filter-controller.js';
import { NO_FILTER } from '../../../src/components/conflict-timeline/timeline-model.js';
import { EventFilterIndex } from '../../../src/core/filter.js';
import { parseDataset } from '../../../src/core/parse-dataset.js';

/** A host whose "model" counts the sides and actors kept, in `willUpdate` as the element's does. */
class Host extends LitElement {
  countText = '6 events';
  readonly outbox: EventOutboxController = new EventOutboxController(this, {
    shownWindow: () => undefined,
    filterDetail: () => {
      const { actors, sides, query } = this.filter.value;
      return { actors: [...actors], sides: [...sides], query, count: 0, total: 6 };
    },
  });
  readonly announcer = new AnnouncerController(this);
  readonly filter: FilterController = new FilterController(
    this,
    this.announcer,
    this.outbox,
    () => this.countText,
  );
  override willUpdate() {
    const { actors, sides, query } = this.filter.value;
    const kept = actors.size + sides.size + (query ? 1 : 0);
    this.countText = kept === 0 ? '6 events' : `${kept} of 6 events`;
  }
  override render() {
    return html`<p role="status">${this.announcer.text}</p>`;
  }
  override updated() {
    this.outbox.send();
  }
}
customElements.define('test-host-filter', Host);

/**
 * The page's `setTimeout` and `clearTimeout` on a clock of the test's own, so that the announcement
 * delay is waited out by `tick(ms)` instead of in real time. Timers due by then run in order.
 */
function installClock() {
  const real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let lastId = 0;
  window.setTimeout = ((handler: () => void, ms = 0) => {
    timers.set(++lastId, { at: now + ms, run: handler });
    return lastId;
  }) as unknown as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof window.clearTimeout;
  return {
    async tick(ms: number): Promise<void> {
      const end = now + ms;
      for (;;) {
        const [id, due] =
          [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0] ?? [];
        if (due === undefined) break;
        timers.delete(id!);
        now = due.at;
        due.run();
        await Promise.resolve();
      }
      now = end;
    },
    restore(): void {
      Object.assign(window, real);
    },
  };
}

describe('FilterController', () => {
  let host: Host;
  let changes: CustomEvent[];
  let clock: ReturnType<typeof installClock>;
  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-filter></test-host-filter>`);
    changes = [];
    host.addEventListener('ct-filter-change', (e) => changes.push(e));
    clock = installClock();
  });
  afterEach(() => clock.restore());

  it('set(filter) makes a new value from a script, requests an update, and fires and says nothing', async () => {
    const before = host.filter.value;
    host.filter.set({ actors: ['n1', 7, null], sides: 'north', query: 'port' });
    expect(host.filter.value).not.to.equal(before);
    expect([...host.filter.value.actors]).to.deep.equal(['n1']);
    expect([...host.filter.value.sides]).to.deep.equal([]);
    expect(host.filter.value.query).to.equal('port');
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    await clock.tick(800);
    expect(changes).to.have.length(0);
    expect(host.announcer.text).to.equal('');
  });

  it('set(null) and set(undefined) are no filter', () => {
    host.filter.set({ sides: ['north'] });
    host.filter.set(null);
    expect(host.filter.active).to.equal(false);
    host.filter.set({ sides: ['north'] });
    host.filter.set(undefined);
    expect(host.filter.value.sides.size).to.equal(0);
  });

  it('toggle(kind, id, pressed) makes a new value and leaves the old one as it was', () => {
    const before = host.filter.value;
    host.filter.toggle('side', 'north', true);
    const afterNorth = host.filter.value;
    host.filter.toggle('actor', 's1', true);
    host.filter.toggle('side', 'north', false);
    expect(before).to.equal(NO_FILTER);
    expect(before.sides.size).to.equal(0);
    expect([...afterNorth.sides]).to.deep.equal(['north']);
    expect(afterNorth.actors.size).to.equal(0);
    expect([...host.filter.value.sides]).to.deep.equal([]);
    expect([...host.filter.value.actors]).to.deep.equal(['s1']);
    expect(host.filter.value.actors).not.to.equal(afterNorth.actors);
  });

  it('toggle() fires one ct-filter-change after the update, with the new filters', async () => {
    host.filter.toggle('side', 'north', true);
    host.filter.toggle('side', 'south', true);
    expect(changes).to.have.length(0);
    await host.updateComplete;
    expect(changes).to.have.length(1);
    expect(changes[0].detail.sides).to.deep.equal(['north', 'south']);
  });

  it('toggle() says the count at the next update, as the model computed it for the new filters', async () => {
    host.filter.toggle('side', 'north', true);
    expect(host.announcer.text).to.equal('');
    await host.updateComplete;
    expect(host.announcer.text).to.equal('1 of 6 events');
    expect(host.renderRoot.querySelector('[role="status"]')!.textContent).to.equal('1 of 6 events');
  });

  it('query(text) makes a new value, fires ct-filter-change at the update, and says the count only after the reader stops typing', async () => {
    const before = host.filter.value;
    host.filter.query('siege');
    expect(host.filter.value).not.to.equal(before);
    expect(before.query).to.equal('');
    expect(host.filter.value.query).to.equal('siege');
    await host.updateComplete;
    expect(changes.map((e) => e.detail.query)).to.deep.equal(['siege']);
    await clock.tick(300);
    expect(host.announcer.text).to.equal('');
    await clock.tick(550);
    expect(host.announcer.text).to.equal('1 of 6 events');
  });

  it('query() typed again before the delay puts the announcement off again', async () => {
    host.filter.query('s');
    await clock.tick(450);
    host.filter.query('si');
    await clock.tick(450);
    expect(host.announcer.text).to.equal('');
    await clock.tick(400);
    expect(host.announcer.text).to.equal('1 of 6 events');
  });

  it('clear() goes back to no filter, says the count at the next update and cancels a pending query announcement', async () => {
    host.filter.toggle('actor', 'n1', true);
    await host.updateComplete;
    host.filter.query('raid');
    await host.updateComplete;
    const before = host.filter.value;
    host.filter.clear();
    expect(host.filter.active).to.equal(false);
    expect(before.query).to.equal('raid');
    expect([...before.actors]).to.deep.equal(['n1']);
    await host.updateComplete;
    expect(host.announcer.text).to.equal('6 events');
    expect(changes).to.have.length(3);
    await clock.tick(800);
    expect(host.announcer.text).to.equal('6 events');
  });

  it('active is whether any chip is pressed or the query has more than spaces', () => {
    expect(host.filter.active).to.equal(false);
    host.filter.query('   ');
    expect(host.filter.active).to.equal(false);
    host.filter.query(' port ');
    expect(host.filter.active).to.equal(true);
    host.filter.clear();
    host.filter.toggle('actor', 'n2', true);
    expect(host.filter.active).to.equal(true);
  });

  it('expand(expanded) sets chipsExpanded and requests an update, firing nothing', async () => {
    host.filter.expand(true);
    expect(host.filter.chipsExpanded).to.equal(true);
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(changes).to.have.length(0);
  });
});

/** A host with a dataset large enough to be searched in slices, and a `prepare` the test lets go. */
class LargeHost extends LitElement {
  events = LargeHost.make('e');
  /** 20,000 events, their search texts folded already (a first search folds them before anything is prepared). */
  static make(prefix: string) {
    const { dataset } = parseDataset({
      events: Array.from({ length: 20_000 }, (_, i) => ({
        id: `${prefix}${i}`,
        date: '2015-03-01',
        title: `Event ${i}`,
      })),
    });
    new EventFilterIndex(dataset).apply({ query: 'event' });
    return dataset;
  }
  readonly prepared: string[] = [];
  private _release: Array<() => void> = [];
  readonly outbox: EventOutboxController = new EventOutboxController(this, {
    shownWindow: () => undefined,
    filterDetail: () => ({ actors: [], sides: [], query: this.filter.value.query, count: 0, total: 0 }),
  });
  readonly announcer = new AnnouncerController(this);
  readonly filter: FilterController = new FilterController(
    this,
    this.announcer,
    this.outbox,
    () => '',
    () => this.events,
    (filter) => {
      this.prepared.push(filter.query);
      return new Promise<void>((resolve) => this._release.push(resolve));
    },
  );
  /** Lets the oldest `prepare` finish, once one has been asked for. */
  async release(): Promise<void> {
    await waitUntil(() => this._release.length > 0, 'a query is being prepared');
    this._release.shift()!();
  }
  override updated() {
    this.outbox.send();
  }
}
customElements.define('test-host-filter-large', LargeHost);

describe('FilterController with a large dataset', () => {
  let host: LargeHost;
  let changes: CustomEvent[];
  beforeEach(async () => {
    host = await fixture<LargeHost>(html`<test-host-filter-large></test-host-filter-large>`);
    changes = [];
    host.addEventListener('ct-filter-change', (e) => changes.push(e));
  });

  it('query(text) applies once prepared; keystrokes meanwhile change what it will be, and only the last applies', async () => {
    host.filter.query('ev');
    expect(host.filter.value.query).to.equal('');
    expect(host.filter.text).to.equal('ev');
    expect(host.filter.searching).to.be.instanceOf(Promise);
    host.filter.query('eve');
    expect(host.filter.text).to.equal('eve');
    await host.release();
    // "ev" was prepared, but "eve" was typed meanwhile: that one is prepared and applies.
    expect(host.filter.value.query).to.equal('');
    await host.release();
    await host.filter.searching;
    await host.updateComplete;
    expect(host.prepared).to.deep.equal(['ev', 'eve']);
    expect(host.filter.value.query).to.equal('eve');
    expect(host.filter.searching).to.equal(undefined);
    expect(changes.map((e) => e.detail.query)).to.deep.equal(['eve']);
  });

  it('clear() and set(filter) while a query is prepared: it never applies', async () => {
    host.filter.query('event 1');
    host.filter.clear();
    expect(host.filter.text).to.equal('');
    await host.release();
    await host.filter.searching;
    host.filter.query('event 2');
    host.filter.set({ query: 'by script' });
    await host.release();
    await host.filter.searching;
    await host.updateComplete;
    expect(host.filter.value.query).to.equal('by script');
    expect(host.prepared).to.deep.equal(['event 1', 'event 2']);
    // The one change is the reader's "clear"; a script's filter fires nothing.
    expect(changes.map((e) => e.detail.query)).to.deep.equal(['']);
  });

  it('another dataset while a query is prepared: the query is worked out again for it, and applies', async () => {
    host.filter.query('event 7');
    host.events = LargeHost.make('f');
    await host.release();
    await host.release();
    await host.filter.searching;
    await host.updateComplete;
    expect(host.prepared).to.deep.equal(['event 7', 'event 7']);
    expect(host.filter.value.query).to.equal('event 7');
    expect(host.filter.text).to.equal('event 7');
  });

  it('a chip pressed while a query is prepared: it is worked out again with the chip', async () => {
    host.filter.query('event 3');
    host.filter.toggle('actor', 'a1', true);
    await host.release();
    await host.release();
    await host.filter.searching;
    expect(host.prepared).to.deep.equal(['event 3', 'event 3']);
    expect(host.filter.value.query).to.equal('event 3');
    expect([...host.filter.value.actors]).to.deep.equal(['a1']);
  });

  it('a query emptied while one is prepared applies at once, and the prepared one does not', async () => {
    host.filter.query('event');
    host.filter.query('  ');
    expect(host.filter.value.query).to.equal('  ');
    await host.release();
    await host.filter.searching;
    expect(host.filter.value.query).to.equal('  ');
  });
});
