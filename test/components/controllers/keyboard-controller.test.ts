import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { EventOutboxController } from '../../../src/components/conflict-timeline/controllers/event-outbox-controller.js';
import { KeyboardController } from '../../../src/components/conflict-timeline/controllers/keyboard-controller.js';
import {
  ViewportController,
  ZOOM_STEP,
} from '../../../src/components/conflict-timeline/controllers/viewport-controller.js';
import { TimelineModel } from '../../../src/components/conflict-timeline/timeline-model.js';
import type { TimelineState } from '../../../src/components/conflict-timeline/timeline-state.js';
import { fullView } from '../../../src/core/viewport.js';
import { smallDataset, stateFor } from './timeline-fixture.js';

class Host extends LitElement {
  static override properties = { selected: {} };
  selected?: string;
  cleared = 0;
  /** What each activation was on (an event's target goes once it has been dispatched). */
  activated: EventTarget[] = [];
  state: TimelineState = stateFor(new TimelineModel(), smallDataset());
  readonly outbox: EventOutboxController = new EventOutboxController(this, {
    shownWindow: () => this.viewport.shownWindow(),
    filterDetail: () => ({ actors: [], sides: [], query: '', count: 0, total: 0 }),
  });
  readonly viewport = new ViewportController(this, this.outbox);
  readonly keyboard = new KeyboardController(this, () => this.state, this.viewport, {
    clearSelection: () => {
      this.cleared++;
      this.selected = undefined;
    },
    activate: (event) => this.activated.push(event.target!),
  });
  override render() {
    const items = this.state.frame?.items ?? [];
    return html`<input type="search" /><button class="zoom">zoom</button>
      <ul class="items" @keydown=${this.keyboard.onListKeyDown} @focusin=${this.keyboard.onListFocusIn}>
        ${items.map(
          (item) =>
            html`<li data-key=${item.key}>
              <span class="hit" role="button" tabindex=${item.key === this.keyboard.focusKey ? 0 : -1}
                >${item.key}</span
              >
            </li>`,
        )}
      </ul>`;
  }
}
customElements.define('test-host-keyboard', Host);

/** A keydown from `target` (inside the shadow root or the host), as a key press makes it. */
function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}

describe('KeyboardController', () => {
  let host: Host;
  // In full-view px: the scale compresses gaps, so ms would not zoom in proportion.
  const span = () => host.viewport.view!.x1 - host.viewport.view!.x0;
  const fullSpan = () => host.state.scale!.width;
  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-keyboard></test-host-keyboard>`);
    const { scale } = host.state;
    host.viewport.drawn(scale, fullView(scale!, 800));
  });

  it('"+" and "=" on the host zoom in one step', () => {
    const full = fullSpan();
    const event = press(host, '+');
    expect(event.defaultPrevented).to.equal(true);
    expect(span()).to.be.closeTo(full / ZOOM_STEP, 1e-6);
    press(host, '=');
    expect(span()).to.be.closeTo(full / ZOOM_STEP ** 2, 1e-6);
  });

  it('"-" and "_" zoom out one step; "0" resets', () => {
    const full = fullSpan();
    press(host, '+');
    press(host, '+');
    press(host, '+');
    expect(press(host, '-').defaultPrevented).to.equal(true);
    expect(span()).to.be.closeTo(full / ZOOM_STEP ** 2, 1e-6);
    press(host, '_');
    expect(span()).to.be.closeTo(full / ZOOM_STEP, 1e-6);
    expect(press(host, '0').defaultPrevented).to.equal(true);
    expect(span()).to.be.closeTo(full, 1e-6);
  });

  it('zoom keys work from a control inside the shadow root', () => {
    const full = fullSpan();
    press(host.renderRoot.querySelector('button')!, '+');
    expect(span()).to.be.closeTo(full / ZOOM_STEP, 1e-6);
  });

  it('keys typed in an <input> are left alone', () => {
    const event = press(host.renderRoot.querySelector('input')!, '+');
    expect(event.defaultPrevented).to.equal(false);
    expect(host.viewport.startMs).to.equal(undefined);
  });

  it('keys with ctrl, ⌘ or alt are left to the browser (its own zoom)', () => {
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey']) {
      expect(press(host, '+', { [modifier]: true }).defaultPrevented, modifier).to.equal(false);
    }
    expect(host.viewport.startMs).to.equal(undefined);
  });

  it('Escape clears the selection through the action', () => {
    host.selected = 'e2';
    expect(press(host, 'Escape').defaultPrevented).to.equal(true);
    expect(host.cleared).to.equal(1);
  });

  it('Escape with no selection does nothing', () => {
    expect(press(host, 'Escape').defaultPrevented).to.equal(false);
    expect(host.cleared).to.equal(0);
  });

  it('the narrow layout ignores the zoom keys, not Escape', () => {
    host.state = { ...host.state, layout: 'narrow' };
    for (const key of ['+', '-', '0']) expect(press(host, key).defaultPrevented, key).to.equal(false);
    expect(host.viewport.startMs).to.equal(undefined);
    host.selected = 'e1';
    press(host, 'Escape');
    expect(host.cleared).to.equal(1);
  });

  it('other keys are not taken', () => {
    expect(press(host, 'a').defaultPrevented).to.equal(false);
  });

  it('hostDisconnected() stops listening to the host', () => {
    host.remove();
    press(host, '+');
    expect(host.viewport.startMs).to.equal(undefined);
  });

  it('onListKeyDown moves the Tab stop with the arrows, Home and End, and focuses it after the update', async () => {
    const keys = host.state.frame!.items.map((i) => i.key);
    expect(keys.length).to.be.greaterThan(2);
    const list = host.renderRoot.querySelector('.items')!;
    host.keyboard.focusKey = keys[0];
    press(list, 'ArrowRight');
    expect(host.keyboard.focusKey).to.equal(keys[1]);
    await host.updateComplete;
    await host.updateComplete;
    expect((host.renderRoot as ShadowRoot).activeElement?.closest('li')?.dataset.key).to.equal(keys[1]);
    press(list, 'End');
    expect(host.keyboard.focusKey).to.equal(keys.at(-1));
    press(list, 'ArrowDown');
    expect(host.keyboard.focusKey).to.equal(keys.at(-1));
    press(list, 'Home');
    expect(host.keyboard.focusKey).to.equal(keys[0]);
    press(list, 'ArrowLeft');
    expect(host.keyboard.focusKey).to.equal(keys[0]);
  });

  it('onListKeyDown follows what the reader sees in right to left: ArrowLeft is later', () => {
    host.state = { ...host.state, ctx: { ...host.state.ctx, rtl: true } };
    const keys = host.state.frame!.items.map((i) => i.key);
    const list = host.renderRoot.querySelector('.items')!;
    host.keyboard.focusKey = keys[1];
    press(list, 'ArrowLeft');
    expect(host.keyboard.focusKey).to.equal(keys[2]);
    press(list, 'ArrowRight');
    expect(host.keyboard.focusKey).to.equal(keys[1]);
  });

  it('onListKeyDown: Enter and Space on a mark activate it', () => {
    const hit = host.renderRoot.querySelector('.hit')!;
    expect(press(hit, 'Enter').defaultPrevented).to.equal(true);
    press(hit, ' ');
    expect(host.activated).to.have.length(2);
    expect(host.activated[0] === hit).to.equal(true);
  });

  it('onListFocusIn takes the Tab stop to the item focused', () => {
    const items = host.renderRoot.querySelectorAll<HTMLElement>('.hit');
    items[2].focus();
    expect(host.keyboard.focusKey).to.equal(host.state.frame!.items[2].key);
  });
});
