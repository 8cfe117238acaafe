import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { AnnouncerController } from '../../../src/components/conflict-timeline/controllers/announcer-controller.js';
import { ScrollTargetController } from '../../../src/components/conflict-timeline/controllers/scroll-target-controller.js';
import { EventOutboxController } from '../../../src/components/conflict-timeline/controllers/event-outbox-controller.js';
import { KeyboardController } from '../../../src/components/conflict-timeline/controllers/keyboard-controller.js';
import { SelectionController } from '../../../src/components/conflict-timeline/controllers/selection-controller.js';
import { ViewportController } from '../../../src/components/conflict-timeline/controllers/viewport-controller.js';
import { TimelineModel } from '../../../src/components/conflict-timeline/timeline-model.js';
import type { TimelineState } from '../../../src/components/conflict-timeline/timeline-state.js';
import { formatDate } from '../../../src/core/format.js';
import { messagesFor } from '../../../src/core/messages.js';
import { fullView } from '../../../src/core/viewport.js';
import { smallDataset, stateFor } from './timeline-fixture.js';

/** The element's wiring of the selection, with the state derived in `willUpdate` from the real model. */
class Host extends LitElement {
  static override properties = {
    selected: { reflect: true },
    linkHash: { type: Boolean, attribute: 'link-hash' },
  };
  selected?: string;
  linkHash = false;
  readonly model = new TimelineModel();
  readonly data = smallDataset();
  state: TimelineState = stateFor(this.model, this.data);
  readonly outbox: EventOutboxController = new EventOutboxController(this, {
    shownWindow: () => this.viewport.shownWindow(),
    filterDetail: () => ({ actors: [], sides: [], query: '', count: 0, total: 0 }),
  });
  readonly announcer = new AnnouncerController(this);
  readonly viewport = new ViewportController(this, this.outbox);
  readonly keyboard: KeyboardController = new KeyboardController(this, () => this.state, this.viewport, {
    clearSelection: () => this.selection.select(undefined),
    activate: (event) => this.selection.activate(event),
  });
  readonly scrollTarget = new ScrollTargetController(this, () => this.state);
  readonly selection: SelectionController = new SelectionController(this, () => this.state, {
    outbox: this.outbox,
    announcer: this.announcer,
    keyboard: () => this.keyboard,
    scroll: this.scrollTarget,
    viewport: this.viewport,
  });
  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('selected')) this.selection.selectedByScript(this.selected);
    this.state = stateFor(this.model, this.data, { selected: this.selected });
    this.viewport.drawn(this.state.scale, fullView(this.state.scale!, 800));
  }
  override render() {
    const items = this.state.frame?.items ?? [];
    return html`<ul>
        ${items.map((item) => html`<li data-key=${item.key}><span class="hit">${item.key}</span></li>`)}
      </ul>
      <p role="status">${this.announcer.text}</p>`;
  }
  override updated() {
    this.outbox.send();
  }
}
customElements.define('test-host-selection', Host);

describe('SelectionController', () => {
  let host: Host;
  let selects: CustomEvent[];
  const url = `${location.pathname}${location.search}`;
  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-selection></test-host-selection>`);
    selects = [];
    host.addEventListener('ct-select', (e) => selects.push(e));
  });
  afterEach(() => history.replaceState(history.state, '', url));

  it('select(id) sets host.selected, asks the layout to reveal it and queues ct-select with the event', async () => {
    host.selection.select('e2');
    expect(host.selected).to.equal('e2');
    expect(host.selection.reveal).to.deep.equal({ id: 'e2', byReader: true });
    expect(selects).to.have.length(0);
    await host.updateComplete;
    expect(selects).to.have.length(1);
    expect(selects[0].detail.event).to.equal(host.data.eventsById.get('e2'));
    expect(host.getAttribute('selected')).to.equal('e2');
  });

  it('select(id) reads the selection out at the update: its position, date and title', async () => {
    host.selection.select('e2');
    await host.updateComplete;
    const date = formatDate(host.data.eventsById.get('e2')!.time, 'en', messagesFor('en'));
    expect(date).to.match(/2015/);
    expect(host.announcer.text).to.equal(`Selected 2 of 6: ${date}, Siege of the port`);
  });

  it('select(id) of the event already selected does nothing', async () => {
    host.selection.select('e3');
    await host.updateComplete;
    host.selection.select('e3');
    expect(host.isUpdatePending).to.equal(false);
    await host.updateComplete;
    expect(selects).to.have.length(1);
  });

  it('select(undefined) clears the selection: ct-select with no event, "Selection cleared"', async () => {
    host.selection.select('e4');
    await host.updateComplete;
    host.selection.select(undefined);
    expect(host.selected).to.equal(undefined);
    expect(host.selection.reveal).to.equal(undefined);
    await host.updateComplete;
    expect(selects.map((e) => e.detail.event?.id)).to.deep.equal(['e4', undefined]);
    expect(host.announcer.text).to.equal('Selection cleared');
  });

  it('step(direction) selects the neighbour in time order, and nothing past the ends', async () => {
    host.selection.select('e5');
    await host.updateComplete;
    host.selection.step('next');
    await host.updateComplete;
    expect(host.selected).to.equal('e6');
    host.selection.step('next');
    await host.updateComplete;
    expect(host.selected).to.equal('e6');
    host.selection.step('previous');
    await host.updateComplete;
    expect(host.selected).to.equal('e5');
    expect(selects.map((e) => e.detail.event?.id)).to.deep.equal(['e5', 'e6', 'e5']);
  });

  it('selected set by a script is revealed quietly: no ct-select, nothing read out', async () => {
    host.selected = 'e3';
    await host.updateComplete;
    expect(host.selection.reveal).to.deep.equal({ id: 'e3', byReader: false });
    expect(selects).to.have.length(0);
    expect(host.announcer.text).to.equal('');
  });

  it('activate(event) on a mark selects its event', async () => {
    const hit = host.renderRoot.querySelector<HTMLElement>('li[data-key="e4"] .hit')!;
    hit.addEventListener('click', host.selection.activate);
    hit.click();
    expect(host.selected).to.equal('e4');
    expect(host.keyboard.focusKey).to.equal('e4');
    await host.updateComplete;
    expect(selects).to.have.length(1);
  });

  it('select(id) with link-hash puts #event=id in the URL; without, the URL stays', async () => {
    host.selection.select('e1');
    expect(location.hash).to.equal('');
    host.linkHash = true;
    await host.updateComplete;
    host.selection.select('e2');
    expect(location.hash).to.equal('#event=e2');
  });

  it('Back to a #event= of its data (link-hash) selects that event as the reader’s selection', async () => {
    host.linkHash = true;
    host.selection.select('e2');
    await host.updateComplete;
    history.pushState(null, '', '#event=e5');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(host.selected).to.equal('e5');
    await host.updateComplete;
    expect(selects.map((e) => e.detail.event?.id)).to.deep.equal(['e2', 'e5']);
    // Another timeline's event: left alone.
    history.pushState(null, '', '#event=elsewhere');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(host.selected).to.equal('e5');
  });
});
