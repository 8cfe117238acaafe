import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { EventOutboxController } from '../../../src/components/conflict-timeline/controllers/event-outbox-controller.js';
import { GestureController } from '../../../src/components/conflict-timeline/controllers/gesture-controller.js';
import { ViewportController } from '../../../src/components/conflict-timeline/controllers/viewport-controller.js';
import { createTimeScale, type TimeScale } from '../../../src/core/time-scale.js';
import { fullView } from '../../../src/core/viewport.js';

const WIDTH = 800;

/** A track with one mark, bound to the gestures as the wide layout binds them. */
class Host extends LitElement {
  static override styles = css`
    .track {
      width: ${WIDTH}px;
      height: 100px;
      position: relative;
    }
    .hit {
      display: block;
      width: 20px;
      height: 20px;
    }
  `;
  rtl = false;
  /** Clicks on the mark that were not the end of a drag. */
  activations = 0;
  readonly outbox: EventOutboxController = new EventOutboxController(this, {
    shownWindow: () => this.viewport.shownWindow(),
    filterDetail: () => ({ actors: [], sides: [], query: '', count: 0, total: 0 }),
  });
  readonly viewport = new ViewportController(this, this.outbox);
  readonly gestures = new GestureController(this, this.viewport, () => this.rtl);
  override render() {
    const g = this.gestures;
    return html`<div
      class="track"
      @pointerdown=${g.pointerDown}
      @pointermove=${g.pointerMove}
      @pointerup=${g.pointerUp}
      @pointercancel=${g.pointerUp}
      @wheel=${g.wheel}
    >
      <span
        class="hit"
        @click=${(e: Event) => {
          if (!g.endsDrag(e)) this.activations++;
        }}
      ></span>
    </div>`;
  }
  override updated() {
    this.outbox.send();
  }
}
customElements.define('test-host-gesture', Host);

const scale2015 = (): TimeScale =>
  createTimeScale(Float64Array.of(Date.UTC(2015, 0, 1)), Float64Array.of(Date.UTC(2015, 11, 31)), {
    width: WIDTH,
    gaps: 'off',
  });

describe('GestureController', () => {
  let host: Host;
  let hit: HTMLElement;
  let x0: number;
  let ranges: number;
  /** A pointer event on the mark at `dx` px right of the track's left edge (it bubbles to the track). */
  const pointer = (type: string, dx: number, init: PointerEventInit = {}) =>
    hit.dispatchEvent(
      new PointerEvent(type, {
        pointerId: 1,
        button: 0,
        clientX: x0 + dx,
        clientY: 10,
        bubbles: true,
        composed: true,
        cancelable: true,
        ...init,
      }),
    );
  /** A press on the mark, moved by `dx`, released, and the click the browser then sends. */
  const drag = (dx: number) => {
    pointer('pointerdown', 10);
    pointer('pointermove', 10 + dx / 2);
    pointer('pointermove', 10 + dx);
    pointer('pointerup', 10 + dx);
    hit.click();
  };
  const viewX0 = () => host.viewport.view!.x0;

  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-gesture></test-host-gesture>`);
    hit = host.renderRoot.querySelector('.hit')!;
    x0 = host.renderRoot.querySelector('.track')!.getBoundingClientRect().left;
    const scale = scale2015();
    host.viewport.drawn(scale, fullView(scale));
    host.viewport.zoomBy(4);
    await host.updateComplete;
    ranges = 0;
    host.addEventListener('ct-range-change', () => ranges++);
  });

  it('pointerDown/pointerMove by less than 4 px do not pan, and the click activates the mark', () => {
    const before = viewX0();
    drag(3);
    expect(viewX0()).to.equal(before);
    expect(host.activations).to.equal(1);
  });

  it('a drag over 4 px pans the window with the pointer (rightwards: earlier) and fires ct-range-change', async () => {
    const before = host.viewport.view!;
    drag(40);
    // 40 track px at a quarter of the full view: 10 full-view px.
    expect(viewX0()).to.be.closeTo(before.x0 - 10, 1e-6);
    await host.updateComplete;
    expect(ranges).to.equal(1);
  });

  it('endsDrag(click) swallows the click that ends a drag, and only that one', () => {
    let heardOutside = 0;
    host.renderRoot.addEventListener('click', () => heardOutside++);
    drag(-40);
    expect(host.activations).to.equal(0);
    expect(heardOutside).to.equal(0);
    drag(0);
    expect(host.activations).to.equal(1);
    expect(heardOutside).to.equal(1);
  });

  it('a drag in right to left pans the other way (rightwards: later)', () => {
    host.rtl = true;
    const before = viewX0();
    drag(40);
    expect(viewX0()).to.be.closeTo(before + 10, 1e-6);
  });

  it('a press with another button than the main one does not drag', () => {
    const before = viewX0();
    pointer('pointerdown', 10, { button: 2 });
    pointer('pointermove', 60, { button: 2 });
    pointer('pointerup', 60, { button: 2 });
    expect(viewX0()).to.equal(before);
  });

  it('two pointers moving apart pinch-zoom in by the ratio of their distances', () => {
    const before = host.viewport.view!;
    pointer('pointerdown', 300, { pointerId: 1 });
    pointer('pointerdown', 500, { pointerId: 2 });
    pointer('pointermove', 200, { pointerId: 1 });
    pointer('pointermove', 600, { pointerId: 2 });
    const after = host.viewport.view!;
    // The distance doubled (in two steps): half the span.
    expect(after.x1 - after.x0).to.be.closeTo((before.x1 - before.x0) / 2, 1e-6);
  });

  it('wheel with ctrl zooms around the pointer; a plain wheel is left to the page', () => {
    const track = host.renderRoot.querySelector('.track')!;
    const before = host.viewport.view!;
    const plain = new WheelEvent('wheel', {
      deltaY: -100,
      clientX: x0 + 400,
      bubbles: true,
      cancelable: true,
    });
    track.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    expect(host.viewport.view).to.equal(before);
    const zoom = new WheelEvent('wheel', {
      deltaY: -100,
      ctrlKey: true,
      clientX: x0 + 400,
      bubbles: true,
      cancelable: true,
    });
    track.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    const after = host.viewport.view!;
    expect(after.x1 - after.x0).to.be.below(before.x1 - before.x0);
  });

  it('wheel with shift pans', () => {
    const track = host.renderRoot.querySelector('.track')!;
    const before = viewX0();
    const pan = new WheelEvent('wheel', { deltaY: 80, shiftKey: true, bubbles: true, cancelable: true });
    track.dispatchEvent(pan);
    expect(pan.defaultPrevented).to.equal(true);
    expect(viewX0()).to.be.closeTo(before + 20, 1e-6);
  });

  it('hostDisconnected() forgets a drag under way', async () => {
    const before = viewX0();
    const parent = host.parentElement!;
    pointer('pointerdown', 10);
    host.remove();
    parent.append(host);
    await host.updateComplete;
    pointer('pointermove', 80);
    expect(viewX0()).to.equal(before);
  });
});
