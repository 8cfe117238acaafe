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

  it('registers the three elements', async () => {
    const { win, errors } = await loadPage(
      `<script type="module">import '${EMBED}'; window.done = 1;</script>`,
    );
    expect(errors).to.deep.equal([]);
    for (const tag of ['conflict-timeline', 'event-card', 'actor-badge']) {
      expect(win.customElements.get(tag), tag).to.be.a('function');
    }
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
