import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { css, LitElement, type PropertyValues } from 'lit';
import { SizeController } from '../../../src/components/conflict-timeline/controllers/size-controller.js';

/**
 * The element's wiring: the host measured before the first render, the direction read in `willUpdate`,
 * the first render's track measured and drawn with in the same update.
 */
class Host extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    .track {
      height: var(--track-height, 120px);
      margin: 0 10px;
    }
  `;
  static override properties = { showTrack: { type: Boolean } };
  showTrack = true;
  updates = 0;
  /** The host's width as `willUpdate` saw it at the first update. */
  firstHostWidth?: number;
  readonly size = new SizeController(this);
  override willUpdate() {
    if (!this.hasUpdated) {
      this.size.measure();
      this.firstHostWidth = this.size.hostWidth;
    }
    this.size.readDirection(false);
  }
  override update(changed: PropertyValues<this>) {
    super.update(changed);
    if (!this.hasUpdated && this.size.measureSizes()) super.update(changed);
  }
  override render() {
    return this.showTrack ? html`<div class="track"></div>` : html`<p>no track</p>`;
  }
  override updated() {
    this.updates++;
  }
}
customElements.define('test-host-size', Host);

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};
async function settled(host: Host) {
  await frames();
  await host.updateComplete;
  await frames();
  await host.updateComplete;
}

describe('SizeController', () => {
  let host: Host;
  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-size style="width: 400px"></test-host-size>`);
    await settled(host);
  });

  it('measure() gives the host’s width before the first render', () => {
    expect(host.firstHostWidth).to.equal(400);
  });

  it('measureSizes() gives the first render’s track in the first update, before the first paint, without asking for another', async () => {
    const fresh = document.createElement('test-host-size') as Host;
    fresh.style.width = '500px';
    document.body.append(fresh);
    try {
      await fresh.updateComplete;
      expect(fresh.size.trackWidth).to.equal(480);
      expect(fresh.size.trackHeight).to.equal(120);
      expect(fresh.isUpdatePending).to.equal(false);
      expect(fresh.updates).to.equal(1);
    } finally {
      fresh.remove();
    }
  });

  it('measure() requests an update only when a size changed', async () => {
    expect([host.size.hostWidth, host.size.trackWidth, host.size.trackHeight]).to.deep.equal([400, 380, 120]);
    host.size.measure();
    expect(host.isUpdatePending).to.equal(false);
    host.style.width = '300px';
    host.size.measure();
    expect(host.isUpdatePending).to.equal(true);
    expect(host.size.hostWidth).to.equal(300);
    expect(host.size.trackWidth).to.equal(280);
  });

  it('a resized host is measured again (ResizeObserver) with one update', async () => {
    const before = host.updates;
    host.style.width = '250px';
    await waitUntil(() => host.size.hostWidth === 250, 'the new width was not measured');
    await settled(host);
    expect(host.size.trackWidth).to.equal(230);
    expect(host.updates).to.equal(before + 1);
  });

  it('a resized track (same host width) is measured again', async () => {
    const before = host.updates;
    host.style.setProperty('--track-height', '90px');
    await waitUntil(() => host.size.trackHeight === 90, 'the new height was not measured');
    await settled(host);
    expect(host.updates).to.equal(before + 1);
  });

  it('no update follows when nothing changed size', async () => {
    const before = host.updates;
    host.style.color = 'red';
    await settled(host);
    expect(host.updates).to.equal(before);
  });

  it('a new track (back from a layout without one) is observed', async () => {
    host.showTrack = false;
    await settled(host);
    host.showTrack = true;
    await settled(host);
    host.style.setProperty('--track-height', '70px');
    await waitUntil(() => host.size.trackHeight === 70, 'the new track was not observed');
  });

  it('a reconnected host’s track is observed again', async () => {
    const parent = host.parentElement!;
    host.remove();
    parent.append(host);
    await settled(host);
    host.style.setProperty('--track-height', '60px');
    await frames(3);
    expect(host.size.trackHeight).to.equal(60);
  });

  it('readDirection() reads rtl when dir="rtl" is set on the host, and ltr again when it goes', async () => {
    expect(host.size.rtl).to.equal(false);
    host.dir = 'rtl';
    host.requestUpdate();
    await host.updateComplete;
    expect(host.size.rtl).to.equal(true);
    host.removeAttribute('dir');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.size.rtl).to.equal(false);
  });

  it('readDirection() reads a dir="rtl" around the host', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl"><test-host-size></test-host-size></div>`);
    const inner = page.querySelector<Host>('test-host-size')!;
    await inner.updateComplete;
    expect(inner.size.rtl).to.equal(true);
    page.dir = 'ltr';
    inner.requestUpdate();
    await inner.updateComplete;
    expect(inner.size.rtl).to.equal(false);
  });

  it('readDirection(false) does not read a direction set by CSS alone; readDirection(true) does', async () => {
    host.size.readDirection(false);
    host.style.direction = 'rtl';
    host.size.readDirection(false);
    expect(host.size.rtl).to.equal(false);
    host.size.readDirection(true);
    expect(host.size.rtl).to.equal(true);
  });

  it('hostDisconnected() stops watching sizes', async () => {
    const parent = host.parentElement!;
    host.remove();
    host.style.width = '200px';
    parent.append(host);
    // Reconnected: a new observer, which measures the new width.
    await waitUntil(() => host.size.hostWidth === 200, 'not measured after reconnection');
    host.remove();
    const width = host.size.hostWidth;
    host.style.width = '150px';
    await frames(3);
    expect(host.size.hostWidth).to.equal(width);
  });
});
