import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { DataController } from '../../../src/components/conflict-timeline/controllers/data-controller.js';
import { EventOutboxController } from '../../../src/components/conflict-timeline/controllers/event-outbox-controller.js';
import { messagesFor } from '../../../src/core/messages.js';
import { SMALL } from './timeline-fixture.js';

/** The element's wiring of the data controller: `take` in `willUpdate`, the outbox sent in `updated`. */
class Host extends LitElement {
  static override properties = { src: {} };
  src = '';
  /** What each `take` answered (whether the dataset was new). */
  taken: boolean[] = [];
  readonly outbox: EventOutboxController = new EventOutboxController(this, {
    shownWindow: () => undefined,
    filterDetail: () => ({ actors: [], sides: [], query: '', count: 0, total: 0 }),
  });
  readonly data = new DataController(this, this.outbox);
  override willUpdate(changed: PropertyValues<this>) {
    this.taken.push(this.data.take(changed.has('src')));
  }
  override render() {
    const { loading, dataset } = this.data;
    return html`<p>${loading ? 'loading' : (dataset?.title ?? dataset?.events.length ?? 'none')}</p>`;
  }
  override updated() {
    this.outbox.send();
  }
}
customElements.define('test-host-data', Host);

const messages = messagesFor('en');
const json = (value: unknown) => JSON.stringify(value);
const small = (title: string) => ({ ...SMALL, title });
const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

/** `fetch` replaced by requests the test answers (and which, unlike the browser's, ignore an abort). */
interface HeldRequest {
  url: string;
  signal?: AbortSignal | null;
  answer(body: unknown, status?: number): void;
}
let held: HeldRequest[] = [];
const browserFetch = globalThis.fetch;
function holdFetches() {
  held = [];
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve) => {
      held.push({
        url: String(input),
        signal: init?.signal,
        answer: (body, status = 200) => resolve(new Response(json(body), { status })),
      });
    })) as typeof fetch;
}

const settle = async (host: Host) => {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await host.updateComplete;
  }
};

describe('DataController', () => {
  afterEach(() => {
    globalThis.fetch = browserFetch;
  });

  it('setData(value) parses the data at the next update: take() says it is new once', async () => {
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    host.data.setData(small('Small'));
    expect(host.data.dataset).to.equal(undefined);
    expect(host.isUpdatePending).to.equal(true);
    await host.updateComplete;
    expect(host.data.dataset?.events).to.have.length(6);
    host.requestUpdate();
    await host.updateComplete;
    expect(host.taken.slice(-2)).to.deep.equal([true, false]);
  });

  it('setData(value) with problems sends ct-data-issues after the update', async () => {
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    const heard: CustomEvent[] = [];
    host.addEventListener('ct-data-issues', (e) => heard.push(e));
    host.data.setData({ ...SMALL, events: [...SMALL.events, { id: 'bad', title: 'No date' }] });
    await host.updateComplete;
    expect(heard).to.have.length(1);
    expect(heard[0].detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['/events/6/date']);
    expect(host.data.dataset?.events).to.have.length(6);
  });

  it('setData(value) of something that is no dataset gives a failure', async () => {
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    host.data.setData(42);
    await host.updateComplete;
    expect(host.data.failureText(messages)).to.match(/must be an object/);
  });

  it('src loads the file it names: loading meanwhile, then its dataset', async () => {
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    // (.txt: the test server turns .json into a JS module)
    host.src = '/test/fixtures/events-dataset.txt';
    await host.updateComplete;
    expect(host.data.loading).to.equal(true);
    expect(host.data.remote.status).to.equal('loading');
    await waitUntil(() => host.data.dataset, 'events-dataset.txt never came', { timeout: 5000 });
    await host.updateComplete;
    expect(host.data.dataset!.title).to.equal('Test events for <event-card src>');
    expect(host.data.loading).to.equal(false);
    expect(host.taken.filter(Boolean)).to.have.length(1);
  });

  it('src of a Blob URL loads too', async () => {
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    host.src = blobUrl(json(small('From a blob')));
    await waitUntil(() => host.data.dataset, 'the blob never came', { timeout: 5000 });
    expect(host.data.dataset!.title).to.equal('From a blob');
  });

  it('src that answers 404 gives failureText "the server answered 404 Not Found"', async () => {
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    host.src = '/test/fixtures/no-such-dataset.json';
    await waitUntil(() => host.data.remote.status === 'failed', 'no failure', { timeout: 5000 });
    await host.updateComplete;
    expect(host.data.failureText(messages)).to.equal(messages.httpError('404 Not Found'));
    expect(host.data.dataset).to.equal(undefined);
    expect(host.data.loading).to.equal(false);
  });

  it('src that is not JSON gives failureText invalidJson', async () => {
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    host.src = blobUrl('{"events": [');
    await waitUntil(() => host.data.remote.status === 'failed', 'no failure', { timeout: 5000 });
    expect(host.data.failureText(messages)).to.equal(messages.invalidJson);
  });

  it('a new src aborts the request in flight, and the old answer is never taken', async () => {
    holdFetches();
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    host.src = '/first.json';
    await settle(host);
    host.src = '/second.json';
    await settle(host);
    expect(held.map((r) => r.url)).to.deep.equal(['/first.json', '/second.json']);
    expect(held[0].signal?.aborted).to.equal(true);
    expect(held[1].signal?.aborted).to.equal(false);
    held[1].answer(small('Second'));
    await settle(host);
    expect(host.data.dataset?.title).to.equal('Second');
    // The first answer, late: still the second file's dataset.
    held[0].answer(small('First'));
    await settle(host);
    host.requestUpdate();
    await settle(host);
    expect(host.data.dataset?.title).to.equal('Second');
    expect(host.taken.filter(Boolean)).to.have.length(1);
  });

  it('a new src drops the old file’s dataset while the new one loads', async () => {
    holdFetches();
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    host.src = '/first.json';
    await settle(host);
    held[0].answer(small('First'));
    await settle(host);
    expect(host.data.dataset?.title).to.equal('First');
    host.src = '/second.json';
    await settle(host);
    expect(host.data.dataset).to.equal(undefined);
    expect(host.data.loading).to.equal(true);
  });

  it('a disconnect while loading aborts the request, and a reconnect makes it again', async () => {
    holdFetches();
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    const parent = host.parentElement!;
    host.src = '/data.json';
    await settle(host);
    host.remove();
    expect(held[0].signal?.aborted).to.equal(true);
    parent.append(host);
    await settle(host);
    expect(held.map((r) => r.url)).to.deep.equal(['/data.json', '/data.json']);
    held[0].answer(small('Cut off'));
    held[1].answer(small('Again'));
    await settle(host);
    expect(host.data.dataset?.title).to.equal('Again');
  });

  it('a disconnect after loading makes no new request on reconnect', async () => {
    holdFetches();
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    const parent = host.parentElement!;
    host.src = '/data.json';
    await settle(host);
    held[0].answer(small('Loaded'));
    await settle(host);
    host.remove();
    parent.append(host);
    await settle(host);
    expect(held).to.have.length(1);
    expect(host.data.dataset?.title).to.equal('Loaded');
  });

  it('data wins over src: no request is made', async () => {
    holdFetches();
    const host = document.createElement('test-host-data') as Host;
    host.src = '/data/syria.json';
    host.data.setData(small('Data'));
    await fixture(html`<div>${host}</div>`);
    await settle(host);
    expect(held).to.have.length(0);
    expect(host.data.dataset?.title).to.equal('Data');
    expect(host.data.loading).to.equal(false);
  });

  it('data set after src has loaded replaces what src gave', async () => {
    const host = await fixture<Host>(
      html`<test-host-data .src=${blobUrl(json(small('Src')))}></test-host-data>`,
    );
    await waitUntil(() => host.data.dataset, 'src never came', { timeout: 5000 });
    host.data.setData(small('Data'));
    await settle(host);
    expect(host.data.dataset?.title).to.equal('Data');
  });

  it('setData(undefined) after data gives back what src gave', async () => {
    const host = await fixture<Host>(
      html`<test-host-data .src=${blobUrl(json(small('Src')))}></test-host-data>`,
    );
    await waitUntil(() => host.data.dataset, 'src never came', { timeout: 5000 });
    host.data.setData(small('Data'));
    await settle(host);
    host.data.setData(undefined);
    await settle(host);
    expect(host.data.failureText(messages)).to.equal(undefined);
    expect(host.data.dataset?.title).to.equal('Src');
  });

  it('an inline <script type="application/json"> child is read at connection', async () => {
    const host = await fixture<Host>(
      html`<test-host-data
        ><script type="application/json">
          ${json(small('Inline'))}
        </script></test-host-data
      >`,
    );
    await settle(host);
    expect(host.data.dataset?.title).to.equal('Inline');
  });

  it('an inline JSON child that arrives after connection is read when it comes', async () => {
    const host = await fixture<Host>(html`<test-host-data></test-host-data>`);
    expect(host.data.dataset).to.equal(undefined);
    const script = document.createElement('script');
    script.type = 'application/json';
    host.append(script);
    await settle(host);
    expect(host.data.dataset).to.equal(undefined);
    // A parser streams the text in after the element.
    script.textContent = json(small('Late'));
    await settle(host);
    expect(host.data.dataset?.title).to.equal('Late');
  });

  it('src wins over an inline JSON child', async () => {
    const url = blobUrl(json(small('Src')));
    const host = await fixture<Host>(
      html`<test-host-data src=${url}
        ><script type="application/json">
          ${json(small('Inline'))}
        </script></test-host-data
      >`,
    );
    await waitUntil(() => host.data.dataset, 'src never came', { timeout: 5000 });
    await settle(host);
    expect(host.data.dataset?.title).to.equal('Src');
  });
});
