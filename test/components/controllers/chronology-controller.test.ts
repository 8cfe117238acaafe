import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ChronologyController } from '../../../src/components/conflict-timeline/controllers/chronology-controller.js';
import { ScrollTargetController } from '../../../src/components/conflict-timeline/controllers/scroll-target-controller.js';
import { TimelineModel } from '../../../src/components/conflict-timeline/timeline-model.js';
import type { TimelineState } from '../../../src/components/conflict-timeline/timeline-state.js';
import { smallDataset, stateFor } from './timeline-fixture.js';

/** The narrow layout's list: every event of the reading order as an entry. */
class Host extends LitElement {
  readonly model = new TimelineModel();
  readonly data = smallDataset();
  state: TimelineState = stateFor(this.model, this.data, { layout: 'narrow' });
  readonly scrollTarget = new ScrollTargetController(this, () => this.state);
  readonly chronology = new ChronologyController(this, () => this.state, this.model, this.scrollTarget);
  override render() {
    const { filtered, dataset } = this.state;
    return html`<ol class="chronology">
      ${[...(filtered?.order ?? [])].map((i) => {
        const event = dataset!.events[i];
        return html`<li class="entry" data-event-id=${event.id} style="height: 40px">${event.title}</li>`;
      })}
    </ol>`;
  }
}
customElements.define('test-host-chronology', Host);

const frame = () => new Promise((r) => requestAnimationFrame(r));

describe('ChronologyController', () => {
  let host: Host;
  let scrolled: string[];
  const scrollIntoView = Element.prototype.scrollIntoView;
  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-chronology></test-host-chronology>`);
    scrolled = [];
    Element.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this.dataset?.eventId ?? this.localName);
    };
  });
  afterEach(() => {
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  it('jumpTo(position) sets pageAnchor, requests an update and makes it the reading position', async () => {
    host.chronology.jumpTo(3, false);
    expect(host.chronology.pageAnchor).to.equal(3);
    expect(host.isUpdatePending).to.equal(true);
    expect(host.chronology.readingPosition()).to.equal(3);
    await host.updateComplete;
    await frame();
  });

  it('jumpTo(position) scrolls to the entry in the frame after the update', async () => {
    host.chronology.jumpTo(4, true);
    await host.updateComplete;
    expect(scrolled).to.deep.equal([]);
    await frame();
    expect(scrolled).to.deep.equal(['e5']);
    // Once only.
    host.requestUpdate();
    await host.updateComplete;
    await frame();
    expect(scrolled).to.deep.equal(['e5']);
  });

  it('jumpTo(position) past the end goes to the last event', async () => {
    host.chronology.jumpTo(99, false);
    expect(host.chronology.readingPosition()).to.equal(5);
    await host.updateComplete;
    await frame();
    expect(scrolled).to.deep.equal(['e6']);
  });

  it('jumpTo(position) with nothing to show does nothing', () => {
    host.state = { ...host.state, filtered: undefined };
    host.chronology.jumpTo(2, false);
    expect(host.chronology.pageAnchor).to.equal(0);
    expect(host.isUpdatePending).to.equal(false);
  });

  it('entries(dataset, order, from, to, locale) puts that page of the reading order under years and months, once per input', () => {
    const { dataset, filtered } = host.state;
    const page = host.chronology.entries(dataset!, filtered!.order, 1, 4, 'en');
    const ids = page.flatMap((y) => y.months.flatMap((m) => m.events.map((i) => dataset!.events[i].id)));
    expect(ids).to.deep.equal([...filtered!.order.subarray(1, 4)].map((i) => dataset!.events[i].id));
    expect(host.chronology.entries(dataset!, filtered!.order, 1, 4, 'en')).to.equal(page);
  });

  it('ScrollTargetController: scrollTo(id) in the wide layout scrolls to the element', async () => {
    host.state = { ...host.state, layout: 'wide' };
    host.scrollTarget.scrollTo('e2', false);
    host.requestUpdate();
    await host.updateComplete;
    await frame();
    expect(scrolled).to.deep.equal(['test-host-chronology']);
  });

  it('scrubHandlers.key steps entry by entry, ten by ten with Page keys, and to the ends', () => {
    const key = (k: string) => {
      const event = new KeyboardEvent('keydown', { key: k, cancelable: true });
      host.chronology.scrubHandlers.key(event);
      return event;
    };
    host.chronology.jumpTo(2, false);
    expect(key('ArrowRight').defaultPrevented).to.equal(true);
    expect(host.chronology.pageAnchor).to.equal(3);
    key('ArrowDown');
    expect(host.chronology.pageAnchor).to.equal(2);
    key('ArrowUp');
    expect(host.chronology.pageAnchor).to.equal(3);
    key('PageUp');
    expect(host.chronology.pageAnchor).to.equal(5);
    key('Home');
    expect(host.chronology.pageAnchor).to.equal(0);
    key('End');
    expect(host.chronology.pageAnchor).to.equal(5);
    expect(key('a').defaultPrevented).to.equal(false);
  });

  it('scrubHandlers.key in right to left: ArrowLeft is later', () => {
    host.state = { ...host.state, ctx: { ...host.state.ctx, rtl: true } };
    host.chronology.jumpTo(2, false);
    host.chronology.scrubHandlers.key(new KeyboardEvent('keydown', { key: 'ArrowLeft' }));
    expect(host.chronology.pageAnchor).to.equal(3);
  });
});
