import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { EventOutboxController } from '../../../src/components/conflict-timeline/controllers/event-outbox-controller.js';
import type { FilterChangeDetail } from '../../../src/events/filter-change.js';
import type { DataIssue } from '../../../src/core/types.js';
import { smallDataset } from './timeline-fixture.js';

const EVENTS = ['ct-data-issues', 'ct-select', 'ct-range-change', 'ct-filter-change'];

/** A host whose reader gives what the test sets on it; it sends nothing by itself. */
class Host extends LitElement {
  window?: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2015, 5, 1)];
  detail: FilterChangeDetail = { actors: [], sides: ['north'], query: '', count: 2, total: 6 };
  readonly outbox = new EventOutboxController(this, {
    shownWindow: () => this.window,
    filterDetail: () => this.detail,
  });
  override render() {
    return html`<span>host</span>`;
  }
}
customElements.define('test-host-outbox', Host);

/** Every outbox event `target` hears, in order. */
function record(target: EventTarget): CustomEvent[] {
  const heard: CustomEvent[] = [];
  for (const type of EVENTS) target.addEventListener(type, (e) => heard.push(e as CustomEvent));
  return heard;
}

const issue: DataIssue = { severity: 'warning', path: '/events/0/date', message: 'repaired' };

describe('EventOutboxController', () => {
  let host: Host;
  let heard: CustomEvent[];
  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-outbox></test-host-outbox>`);
    heard = record(host);
  });

  it('send() dispatches nothing when nothing was queued', () => {
    host.outbox.send();
    expect(heard).to.have.length(0);
  });

  it('send() dispatches ct-data-issues, ct-select, ct-range-change, ct-filter-change in that order', () => {
    const [first, second] = smallDataset().events;
    // Queued in the reverse order: the order out is the outbox's, not the callers'.
    host.outbox.filterChange();
    host.outbox.rangeChange();
    host.outbox.select(first);
    host.outbox.select(undefined);
    host.outbox.select(second);
    host.outbox.dataIssues([issue]);
    host.outbox.send();
    expect(heard.map((e) => e.type)).to.deep.equal([
      'ct-data-issues',
      'ct-select',
      'ct-select',
      'ct-select',
      'ct-range-change',
      'ct-filter-change',
    ]);
    expect(heard[0].detail.issues).to.deep.equal([issue]);
    expect(heard.slice(1, 4).map((e) => e.detail.event?.id)).to.deep.equal([first.id, undefined, second.id]);
  });

  it('send() empties the queue: a second send dispatches nothing', () => {
    host.outbox.dataIssues([issue]);
    host.outbox.select(undefined);
    host.outbox.rangeChange();
    host.outbox.filterChange();
    host.outbox.send();
    const count = heard.length;
    host.outbox.send();
    expect(count).to.equal(4);
    expect(heard).to.have.length(4);
  });

  it('rangeChange() several times before send() is one ct-range-change, with the window read at send time', () => {
    host.outbox.rangeChange();
    host.outbox.rangeChange();
    host.window = [Date.UTC(2015, 2, 1), Date.UTC(2015, 3, 1)];
    host.outbox.send();
    expect(heard.map((e) => e.type)).to.deep.equal(['ct-range-change']);
    expect(heard[0].detail.start).to.be.instanceOf(Date);
    expect(heard[0].detail.start.getTime()).to.equal(Date.UTC(2015, 2, 1));
    expect(heard[0].detail.end.getTime()).to.equal(Date.UTC(2015, 3, 1));
  });

  it('rangeChange() sends nothing while there is no window on screen', () => {
    host.window = undefined;
    host.outbox.rangeChange();
    host.outbox.send();
    expect(heard).to.have.length(0);
  });

  it('filterChange() sends the reader’s filter detail at send time', () => {
    host.outbox.filterChange();
    host.outbox.filterChange();
    host.detail = { actors: ['n1'], sides: [], query: 'siege', count: 1, total: 6 };
    host.outbox.send();
    expect(heard.map((e) => e.type)).to.deep.equal(['ct-filter-change']);
    expect(heard[0].detail).to.deep.equal({ actors: ['n1'], sides: [], query: 'siege', count: 1, total: 6 });
  });

  it('dataIssues([]) sends no ct-data-issues, and replaces issues queued before', () => {
    host.outbox.dataIssues([issue]);
    host.outbox.dataIssues([]);
    host.outbox.send();
    expect(heard).to.have.length(0);
  });

  it('select(), rangeChange() and filterChange() request an update; dataIssues() does not', async () => {
    for (const queue of [
      () => host.outbox.select(undefined),
      () => host.outbox.rangeChange(),
      () => host.outbox.filterChange(),
    ]) {
      await host.updateComplete;
      queue();
      expect(host.isUpdatePending, String(queue)).to.equal(true);
    }
    await host.updateComplete;
    // Called from `willUpdate`, where the update is already under way.
    host.outbox.dataIssues([issue]);
    expect(host.isUpdatePending).to.equal(false);
  });

  it('send() dispatches events that bubble and are composed (heard outside a shadow root)', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('test-host-outbox') as Host;
    root.append(inner);
    await inner.updateComplete;
    const outside = record(outer);
    inner.outbox.dataIssues([issue]);
    inner.outbox.select(undefined);
    inner.outbox.rangeChange();
    inner.outbox.filterChange();
    inner.outbox.send();
    expect(outside.map((e) => e.type)).to.deep.equal(EVENTS);
    for (const e of outside) {
      expect(e.bubbles, e.type).to.equal(true);
      expect(e.composed, e.type).to.equal(true);
    }
  });
});
