import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AnnouncerController } from '../../../src/components/conflict-timeline/controllers/announcer-controller.js';

class Host extends LitElement {
  readonly announcer = new AnnouncerController(this);
  override render() {
    return html`<p role="status">${this.announcer.text}</p>`;
  }
}
customElements.define('test-host-announcer', Host);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const region = (host: Host) => host.renderRoot.querySelector('[role="status"]')!.textContent;

describe('AnnouncerController', () => {
  let host: Host;
  beforeEach(async () => {
    host = await fixture<Host>(html`<test-host-announcer></test-host-announcer>`);
  });

  it('say(text) sets the text and requests an update that draws it', async () => {
    host.announcer.say('Selected 1 of 6');
    expect(host.announcer.text).to.equal('Selected 1 of 6');
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(region(host)).to.equal('Selected 1 of 6');
  });

  it('say(text) with the same words twice still changes the text (so it is read out again)', async () => {
    host.announcer.say('3 of 6 events');
    await host.updateComplete;
    const first = host.announcer.text;
    host.announcer.say('3 of 6 events');
    const second = host.announcer.text;
    host.announcer.say('3 of 6 events');
    const third = host.announcer.text;
    expect(second).not.to.equal(first);
    expect(third).not.to.equal(second);
    for (const text of [first, second, third]) expect(text.trim()).to.equal('3 of 6 events');
    await host.updateComplete;
    expect(region(host)).to.equal(third);
  });

  it('sayLater(text, delay) waits for the delay, and reads text() only then', async () => {
    let count = '5 of 6 events';
    host.announcer.sayLater(() => count, 150);
    count = '4 of 6 events';
    await wait(60);
    expect(host.announcer.text).to.equal('');
    await wait(150);
    expect(host.announcer.text).to.equal('4 of 6 events');
    await host.updateComplete;
    expect(region(host)).to.equal('4 of 6 events');
  });

  it('sayLater() again starts the wait over: only the last is said', async () => {
    const said: string[] = [];
    host.announcer.sayLater(() => (said.push('first'), 'first'), 100);
    await wait(60);
    host.announcer.sayLater(() => (said.push('second'), 'second'), 100);
    await wait(60);
    expect(host.announcer.text).to.equal('');
    await wait(100);
    expect(said).to.deep.equal(['second']);
    expect(host.announcer.text).to.equal('second');
  });

  it('say() cancels what sayLater() was waiting to say', async () => {
    host.announcer.sayLater(() => 'later', 50);
    host.announcer.say('now');
    await wait(120);
    expect(host.announcer.text).to.equal('now');
  });

  it('cancel() stops a pending sayLater()', async () => {
    host.announcer.sayLater(() => 'later', 50);
    host.announcer.cancel();
    await wait(120);
    expect(host.announcer.text).to.equal('');
  });

  it('hostDisconnected() stops a pending sayLater()', async () => {
    host.announcer.sayLater(() => 'later', 50);
    host.remove();
    await wait(120);
    expect(host.announcer.text).to.equal('');
  });
});
