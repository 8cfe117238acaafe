import { expect } from '@open-wc/testing';

// The embed as a news page loads it: dist/conflict-timeline.min.js (npm test builds it first).
const EMBED = '/dist/conflict-timeline.min.js';

/** Loads a page with the given body into an iframe and collects every error it reports. */
async function loadPage(body: string): Promise<{ win: Window; errors: string[] }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow!;
  const errors: string[] = [];
  win.addEventListener('error', (e) => errors.push(String(e.error ?? e.message)));
  win.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html><head>${body}</head><body></body></html>`;
  await loaded;
  // module scripts run after parsing: wait until both copies have evaluated
  for (let i = 0; i < 100 && !(win as unknown as { done?: number }).done; i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  return { win: frame.contentWindow!, errors };
}

describe('the embed bundle', () => {
  before(async () => {
    const res = await fetch(EMBED, { method: 'HEAD' });
    if (!res.ok) throw new Error(`${EMBED} is missing: run \`npm run build\` first (npm test does)`);
  });

  it('registers the timeline and the badge at once, and <event-card> when the page first has one', async () => {
    const { win, errors } = await loadPage(
      `<script type="module">import '${EMBED}'; window.done = 1;</script>`,
    );
    expect(errors).to.deep.equal([]);
    for (const tag of ['conflict-timeline', 'actor-badge']) {
      expect(typeof win.customElements.get(tag), tag).to.equal('function');
    }
    expect(typeof win.customElements.get('event-card'), 'not before it is used').to.equal('undefined');
    const section = win.document.createElement('section');
    section.innerHTML = '<event-card></event-card>';
    win.document.body.append(section);
    await win.customElements.whenDefined('event-card');
    expect(typeof win.customElements.get('event-card')).to.equal('function');
    expect(errors).to.deep.equal([]);
  });

  it('draws, selects by click and by Enter, and zooms, as built (minified, private names shortened)', async () => {
    const events = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      date: `2015-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
      title: `Event ${i}`,
      actors: [i % 2 ? 'a' : 'b'],
    }));
    events.push({ id: 'dense', date: '2016-01-01', title: 'Dense day', actors: ['a'] });
    const data = {
      actors: [
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Beta' },
      ],
      events,
    };
    const { win, errors } = await loadPage(
      `<script type="module">import '${EMBED}'; window.done = 1;</script>`,
    );
    const el = win.document.createElement('conflict-timeline') as HTMLElement & {
      data: unknown;
      updateComplete: Promise<boolean>;
      start?: Date;
      end?: Date;
    };
    el.style.cssText = 'display:block;width:900px;--ct-height:500px';
    win.document.body.append(el);
    el.data = data;
    const root = el.shadowRoot!;
    for (let i = 0; i < 100 && !root.querySelector('[part~="marker"]'); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const marks = [...root.querySelectorAll<HTMLElement>('[part~="marker"]')];
    expect(marks.length).to.be.greaterThan(10);
    expect(marks.every((m) => m.dataset.eventId)).to.equal(true);

    const selected: string[] = [];
    el.addEventListener('ct-select', (e) => selected.push((e as CustomEvent).detail.event?.id));
    marks[0].querySelector<HTMLElement>('.hit')!.click();
    await el.updateComplete;
    const hit = marks[1].querySelector<HTMLElement>('.hit')!;
    hit.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(selected).to.deep.equal([marks[0].dataset.eventId, marks[1].dataset.eventId]);

    const span = +el.end! - +el.start!;
    root.querySelector<HTMLElement>('[part~="toolbar"] button.zoom')!.click(); // the first: zoom in
    await el.updateComplete;
    expect(+el.end! - +el.start!).to.be.lessThan(span);
    expect(errors).to.deep.equal([]);
  });

  it('loads twice in one page without an error (two embeds, or two versions)', async () => {
    // Different URLs make the browser evaluate the module twice, as two copies on one page would.
    const { win, errors } = await loadPage(
      `<script type="module" src="${EMBED}?copy=1"></script>
       <script type="module" src="${EMBED}?copy=2"></script>
       <script type="module">await import('${EMBED}?copy=3'); window.done = 1;</script>`,
    );
    expect(errors).to.deep.equal([]);
    const first = win.customElements.get('conflict-timeline');
    expect(first).to.be.a('function');
    // the first registration wins; the elements still work
    const el = win.document.createElement('conflict-timeline');
    win.document.body.append(el);
    expect(el).to.be.instanceOf(first!);
  });
});
