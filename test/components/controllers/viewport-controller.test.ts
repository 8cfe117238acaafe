import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { EventOutboxController } from '../../../src/components/conflict-timeline/controllers/event-outbox-controller.js';
import {
  toInstant,
  ViewportController,
  ZOOM_STEP,
} from '../../../src/components/conflict-timeline/controllers/viewport-controller.js';
import { createTimeScale, type TimeScale } from '../../../src/core/time-scale.js';
import { fullView, viewOf, windowOf } from '../../../src/core/viewport.js';
import { DAY } from './timeline-fixture.js';

const WIDTH = 1000;

class Host extends LitElement {
  readonly outbox: EventOutboxController = new EventOutboxController(this, {
    shownWindow: () => this.viewport.shownWindow(),
    filterDetail: () => ({ actors: [], sides: [], query: '', count: 0, total: 0 }),
  });
  readonly viewport = new ViewportController(this, this.outbox);
  override render() {
    return html`<span>${this.viewport.startMs ?? 'full'}</span>`;
  }
  override updated() {
    this.outbox.send();
  }
}
customElements.define('test-host-viewport', Host);

/** A linear scale over 2015 (no gaps), `WIDTH` px. */
const scale2015 = (): TimeScale =>
  createTimeScale(Float64Array.of(Date.UTC(2015, 0, 1)), Float64Array.of(Date.UTC(2015, 11, 31)), {
    width: WIDTH,
    gaps: 'off',
  });

const span = (host: Host) => host.viewport.endMs! - host.viewport.startMs!;

describe('ViewportController', () => {
  let host: Host;
  let scale: TimeScale;
  let ranges: CustomEvent[];
  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-viewport></test-host-viewport>`);
    scale = scale2015();
    host.viewport.drawn(scale, fullView(scale));
    ranges = [];
    host.addEventListener('ct-range-change', (e) => ranges.push(e));
  });

  it('shownWindow() is the drawn view’s window, undefined before a layout', () => {
    expect(host.viewport.shownWindow()).to.deep.equal(windowOf(scale, fullView(scale)));
    host.viewport.drawn(undefined, undefined);
    expect(host.viewport.shownWindow()).to.equal(undefined);
  });

  it('zoomBy(factor) narrows the window around its middle, requests an update and fires one ct-range-change', async () => {
    const [start, end] = host.viewport.shownWindow()!;
    host.viewport.zoomBy(2);
    expect(host.isUpdatePending).to.equal(true);
    expect(span(host)).to.be.closeTo((end - start) / 2, DAY);
    expect((host.viewport.startMs! + host.viewport.endMs!) / 2).to.be.closeTo((start + end) / 2, DAY);
    await host.updateComplete;
    expect(ranges).to.have.length(1);
    // (A `Date` holds whole ms.)
    expect(ranges[0].detail.start.getTime()).to.be.closeTo(host.viewport.startMs!, 1);
    expect(ranges[0].detail.end.getTime()).to.be.closeTo(host.viewport.endMs!, 1);
  });

  it('zoomBy() twice before an update builds on the first and fires one ct-range-change', async () => {
    const [start, end] = host.viewport.shownWindow()!;
    host.viewport.zoomBy(2);
    host.viewport.zoomBy(2);
    expect(span(host)).to.be.closeTo((end - start) / 4, DAY);
    await host.updateComplete;
    expect(ranges).to.have.length(1);
  });

  it('panBy(dx) moves the window later by dx track px', async () => {
    host.viewport.zoomBy(4);
    await host.updateComplete;
    const start = host.viewport.startMs!;
    const width = span(host);
    host.viewport.panBy(WIDTH / 10);
    expect(span(host)).to.be.closeTo(width, 1);
    expect(host.viewport.startMs! - start).to.be.closeTo(width / 10, 1000);
    await host.updateComplete;
    expect(ranges).to.have.length(2);
  });

  it('reset() goes back to the full view', async () => {
    host.viewport.zoomBy(3);
    host.viewport.panBy(200);
    host.viewport.reset();
    expect([host.viewport.startMs, host.viewport.endMs]).to.deep.equal(windowOf(scale, fullView(scale)));
    await host.updateComplete;
    expect(ranges).to.have.length(1);
  });

  it('show(view, false) moves the window quietly: an update, no ct-range-change', async () => {
    const view = viewOf(scale, Date.UTC(2015, 4, 1), Date.UTC(2015, 5, 1), WIDTH);
    host.viewport.revealed = 'e3';
    host.viewport.show(view, false);
    expect(host.viewport.startMs).to.be.closeTo(Date.UTC(2015, 4, 1), 1);
    expect(host.viewport.view).to.equal(view);
    expect(host.viewport.revealed).to.equal('e3');
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(ranges).to.have.length(0);
  });

  it('show(view) by the reader forgets the revealed selection', () => {
    host.viewport.revealed = 'e3';
    host.viewport.show(viewOf(scale, Date.UTC(2015, 4, 1), Date.UTC(2015, 5, 1), WIDTH));
    expect(host.viewport.revealed).to.equal(undefined);
  });

  it('show(view) of the window already set does nothing', async () => {
    const view = viewOf(scale, Date.UTC(2015, 4, 1), Date.UTC(2015, 5, 1), WIDTH);
    host.viewport.show(view);
    await host.updateComplete;
    host.viewport.show({ ...view });
    expect(host.isUpdatePending).to.equal(false);
    await host.updateComplete;
    expect(ranges).to.have.length(1);
  });

  it('zoomTo(start, end) shows the span with a margin either side', () => {
    const start = Date.UTC(2015, 5, 1);
    const end = Date.UTC(2015, 5, 11);
    host.viewport.zoomTo(start, end);
    const { startMs, endMs } = host.viewport;
    expect(startMs).to.be.below(start);
    expect(endMs).to.be.above(end);
    // 15 % of the span on each side.
    expect(start - startMs!).to.be.closeTo(1.5 * DAY, DAY / 10);
    expect(endMs! - end).to.be.closeTo(1.5 * DAY, DAY / 10);
  });

  it('zoomTo(start, end) never zooms out: a span wider than the view zooms in one step instead', () => {
    host.viewport.zoomBy(6);
    const before = span(host);
    host.viewport.zoomTo(Date.UTC(2015, 0, 1), Date.UTC(2015, 11, 31));
    expect(span(host)).to.be.closeTo(before / ZOOM_STEP, DAY / 10);
  });

  it('zoomBy(), panBy(), reset() and zoomTo() do nothing before a layout', async () => {
    host.viewport.drawn(undefined, undefined);
    host.viewport.zoomBy(2);
    host.viewport.panBy(10);
    host.viewport.reset();
    host.viewport.zoomTo(Date.UTC(2015, 5, 1), Date.UTC(2015, 5, 2));
    expect(host.viewport.startMs).to.equal(undefined);
    expect(host.isUpdatePending).to.equal(false);
    await host.updateComplete;
    expect(ranges).to.have.length(0);
  });

  it('revealedAt(id, view, true) moves the window to view and fires ct-range-change, without an update of its own', async () => {
    const view = viewOf(scale, Date.UTC(2015, 6, 1), Date.UTC(2015, 7, 1), WIDTH);
    host.viewport.revealedAt('e4', view, true);
    expect(host.viewport.revealed).to.equal('e4');
    expect(host.viewport.view).to.equal(view);
    expect(host.viewport.startMs).to.be.closeTo(Date.UTC(2015, 6, 1), 1);
    expect(host.viewport.endMs).to.be.closeTo(Date.UTC(2015, 7, 1), 1);
    // Called while laying out, so the outbox's request is what brings the update that sends it.
    await host.updateComplete;
    expect(ranges).to.have.length(1);
  });

  it('revealedAt(id, view, false) moves the window quietly', async () => {
    host.viewport.revealedAt('e4', viewOf(scale, Date.UTC(2015, 6, 1), Date.UTC(2015, 7, 1), WIDTH), false);
    expect(host.viewport.startMs).to.be.closeTo(Date.UTC(2015, 6, 1), 1);
    host.requestUpdate();
    await host.updateComplete;
    expect(ranges).to.have.length(0);
  });

  it('revealedAt(id, undefined, true) only records the selection: it was in view already', async () => {
    host.viewport.revealedAt('e2', undefined, true);
    expect(host.viewport.revealed).to.equal('e2');
    expect(host.viewport.startMs).to.equal(undefined);
    host.requestUpdate();
    await host.updateComplete;
    expect(ranges).to.have.length(0);
  });
});

describe('toInstant', () => {
  it('toInstant(value, edge) reads a Date, ms, or a date string to its first or last instant', () => {
    expect(toInstant(new Date(Date.UTC(2015, 4, 19)), 'start')).to.equal(Date.UTC(2015, 4, 19));
    expect(toInstant(1234, 'end')).to.equal(1234);
    expect(toInstant('2015', 'start')).to.equal(Date.UTC(2015, 0, 1));
    expect(toInstant('2015', 'end')).to.equal(Date.UTC(2016, 0, 1) - 1);
    expect(toInstant('2015-05-19T12:00Z', 'start')).to.equal(Date.UTC(2015, 4, 19, 12));
  });

  it('toInstant(value, edge) is undefined for anything else', () => {
    for (const value of ['', '  ', 'soon', NaN, Infinity, new Date(NaN), null, undefined]) {
      expect(toInstant(value, 'start'), String(value)).to.equal(undefined);
    }
  });
});
