import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { BandsController } from '../../../src/components/conflict-timeline/controllers/bands-controller.js';
import { TimelineModel } from '../../../src/components/conflict-timeline/timeline-model.js';
import type { TimelineState } from '../../../src/components/conflict-timeline/timeline-state.js';
import { denseDataset, stateFor } from './timeline-fixture.js';

/** A track's canvas, with the state of one lane far too full for single marks. */
class Host extends LitElement {
  static override properties = { showCanvas: { type: Boolean } };
  showCanvas = true;
  trackWidth = 400;
  trackHeight = 100;
  readonly model = new TimelineModel();
  readonly data = denseDataset();
  state: TimelineState = this.stateAt();
  readonly bands = new BandsController(
    this,
    () => this.state,
    () => ({ width: this.trackWidth, height: this.trackHeight }),
  );
  stateAt(startMs?: number, endMs?: number): TimelineState {
    return stateFor(this.model, this.data, {
      width: this.trackWidth,
      height: this.trackHeight,
      startMs,
      endMs,
    });
  }
  override render() {
    return this.showCanvas ? html`<canvas class="bands"></canvas>` : html`<p>narrow</p>`;
  }
}
customElements.define('test-host-bands', Host);

describe('BandsController', () => {
  let host: Host;
  let painted: number;
  let canvas: HTMLCanvasElement;
  const ratio = Math.min(2, devicePixelRatio || 1);
  /** How many of the canvas's pixels are not transparent. */
  const inked = () => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
    return n;
  };
  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-bands></test-host-bands>`);
    canvas = host.renderRoot.querySelector('canvas')!;
    const context = canvas.getContext('2d')!;
    const put = context.putImageData.bind(context);
    painted = 0;
    context.putImageData = ((...args: Parameters<CanvasRenderingContext2D['putImageData']>) => {
      painted++;
      return (put as (...a: typeof args) => void)(...args);
    }) as CanvasRenderingContext2D['putImageData'];
  });

  it('hostUpdated() paints the bands of a dense frame, at the track’s size in device pixels', () => {
    expect(host.state.frame!.bandMax).to.be.greaterThan(0);
    expect([canvas.width, canvas.height]).to.deep.equal([Math.round(400 * ratio), Math.round(100 * ratio)]);
    expect(inked()).to.be.greaterThan(0);
  });

  it('hostUpdated() skips a frame it has painted already, at the same size', async () => {
    host.requestUpdate();
    await host.updateComplete;
    host.state = host.stateAt();
    host.requestUpdate();
    await host.updateComplete;
    // The model gave the same frame object again: nothing to paint.
    expect(painted).to.equal(0);
  });

  it('hostUpdated() paints a new frame', async () => {
    host.state = host.stateAt(Date.UTC(2015, 0, 1), Date.UTC(2015, 6, 1));
    host.requestUpdate();
    await host.updateComplete;
    expect(painted).to.equal(1);
  });

  it('hostUpdated() paints the same frame again on a resized track', async () => {
    host.trackWidth = 300;
    host.requestUpdate();
    await host.updateComplete;
    expect(canvas.width).to.equal(Math.round(300 * ratio));
    expect(painted).to.equal(1);
    expect(inked()).to.be.greaterThan(0);
  });

  it('hostUpdated() clears the canvas for a frame with no bands', async () => {
    // Half a day: few enough events for single marks.
    host.state = host.stateAt(Date.UTC(2015, 5, 1, 6), Date.UTC(2015, 5, 1, 18));
    expect(host.state.frame!.bandMax).to.equal(0);
    host.requestUpdate();
    await host.updateComplete;
    expect(inked()).to.equal(0);
  });

  it('hostUpdated() with no canvas (another layout) draws nothing, and a new canvas is painted', async () => {
    host.showCanvas = false;
    await host.updateComplete;
    host.showCanvas = true;
    await host.updateComplete;
    canvas = host.renderRoot.querySelector('canvas')!;
    expect(inked()).to.be.greaterThan(0);
  });
});
