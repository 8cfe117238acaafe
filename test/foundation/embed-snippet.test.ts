// The snippet `conflict-timeline embed` prints, pasted into a page: with JavaScript the timeline draws
// from the inline data; without it, the reader sees the fallback list of every event.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { embedSnippet, escapeHtml, jsonForScript, parseDataset } from '../../src/core/index.js';
import type { ConflictTimeline } from '../../src/index.js';
import syria from '../../data/syria.json';

// The snippets' script tags load nothing: the elements come from the import above, or not at all.
const NO_SCRIPT = 'data:text/javascript,';
const HOSTILE = '</script><script>alert(1)</script><!-- "quoted" \'single\' & <b>bold</b>';

const hostileDataset = () =>
  parseDataset({
    title: HOSTILE,
    sources: [
      { id: 'js', publisher: HOSTILE, title: HOSTILE, url: 'javascript:alert(1)' },
      { id: 'ok', publisher: 'Reuters', url: 'https://example.org/a?b=1&c="2"' },
    ],
    actors: [{ id: 'a', name: HOSTILE }],
    events: [
      {
        id: 'e1',
        date: '2015-05-19',
        title: HOSTILE,
        summary: HOSTILE,
        category: HOSTILE,
        place: { name: HOSTILE, admin1: '<!--', country: '-->' },
        claimedBy: HOSTILE,
        actors: ['a'],
        sources: ['js', 'ok'],
        tags: [HOSTILE],
      },
    ],
  }).dataset;

/** A page that has never run a script: a sandboxed frame without allow-scripts. */
async function noScriptPage(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width:800px;height:600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html><body>${html}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('embedSnippet', () => {
  let host: HTMLElement;
  afterEach(() => {
    host?.remove();
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('renders the timeline from the inline data when pasted into a page', async () => {
    const { dataset } = parseDataset(syria);
    host = document.createElement('div');
    host.style.width = '900px';
    host.innerHTML = embedSnippet(dataset, { scriptSrc: NO_SCRIPT });
    document.body.append(host);
    const el = host.querySelector<ConflictTimeline>('conflict-timeline')!;
    expect(el.getAttribute('lang')).to.equal('en');
    await el.updateComplete;
    const root = el.renderRoot;
    for (let i = 0; i < 100 && !root.querySelector('[part~="marker"]'); i++) {
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
    }
    const drawn = [...root.querySelectorAll<HTMLElement>('[part~="marker"], [part~="cluster"]')];
    expect(drawn.length).to.be.greaterThan(3);
    // Once the element runs, the fallback list is not shown.
    expect(host.querySelector('ol')!.getClientRects().length).to.equal(0);
  });

  it('gives a reader without JavaScript every event: date as the card writes it, title, place, sources', async () => {
    const { dataset } = parseDataset(syria);
    const doc = await noScriptPage(embedSnippet(dataset, { scriptSrc: NO_SCRIPT }));
    const items = [...doc.querySelectorAll('conflict-timeline > ol > li')];
    expect(items).to.have.length(syria.events.length);
    expect(items.map((li) => li.querySelector('strong')!.textContent)).to.deep.equal(
      dataset.events.map((e) => e.title),
    );
    const visible = doc.body.innerText;
    // The data's JSON is not shown; the list is.
    expect(visible).not.to.contain('"events"');
    const kasab = dataset.events.find((e) => e.id === '2014-06-15-kasab-recaptured')!;
    const li = items[dataset.events.indexOf(kasab)] as HTMLElement;
    expect(li.innerText).to.equal(
      'June 15, 2014: Army retakes Kasab and its border crossing. Kasab, Latakia, Syria. ' +
        "Sources: Unnamed wire report (republished on a blog), [Untitled wire report on the army's recapture of Kasab and air strikes on ISIS]",
    );
    expect(li.querySelector('time')!.getAttribute('datetime')).to.equal('2014-06-15');
    const range = items[dataset.events.findIndex((e) => e.date === '2024-11-27/2024-12-02')] as HTMLElement;
    expect(range.querySelector('time')!.textContent).to.equal('November 27 – December 2, 2024');
  });

  it('writes dates and words in the language asked for, right to left for Arabic', async () => {
    const { dataset } = parseDataset(syria);
    const html = embedSnippet(dataset, { scriptSrc: NO_SCRIPT, lang: 'ar' });
    const doc = await noScriptPage(html);
    const el = doc.querySelector('conflict-timeline')!;
    expect(el.getAttribute('lang')).to.equal('ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(doc.querySelector('li')!.textContent).to.contain('المصادر');
    expect(doc.querySelector('li time')!.textContent).to.match(/[\u0600-\u06ff]/);
  });

  it('links the data by URL with src, and then has no inline data', async () => {
    const { dataset } = parseDataset(syria);
    const doc = await noScriptPage(
      embedSnippet(dataset, { scriptSrc: NO_SCRIPT, src: 'https://example.org/e.json?a=1&b="2"' }),
    );
    const el = doc.querySelector('conflict-timeline')!;
    expect(el.getAttribute('src')).to.equal('https://example.org/e.json?a=1&b="2"');
    expect(el.querySelector('script')).to.equal(null);
    expect(el.querySelectorAll('li')).to.have.length(syria.events.length);
  });

  it('keeps hostile text as text in every field: no element, comment or link it did not ask for', async () => {
    const dataset = hostileDataset();
    const html = embedSnippet(dataset, { scriptSrc: 'data:text/javascript,//"b"&c=<d>', src: undefined });
    const doc = await noScriptPage(html);
    // Exactly the two scripts of the snippet, and no <b> from the data.
    expect([...doc.querySelectorAll('script')].map((s) => s.type)).to.deep.equal([
      'module',
      'application/json',
    ]);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal('data:text/javascript,//"b"&c=<d>');
    expect(doc.querySelector('b')).to.equal(null);
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
    expect(walker.nextNode()).to.equal(null);
    // The inline JSON is intact and is the data.
    const json = JSON.parse(doc.querySelector('script[type="application/json"]')!.textContent!);
    expect(json.events[0].title).to.equal(HOSTILE);
    expect(json.sources[0].url).to.equal(undefined); // parseDataset removed the javascript: URL
    // Only the http(s) source is a link.
    const links = [...doc.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a?b=1&c=%222%22']);
    const li = doc.querySelector('li')!;
    expect(li.querySelector('strong')!.textContent).to.equal(HOSTILE);
    expect(li.textContent).to.contain(`${HOSTILE}, <!--, -->`);
  });

  it('does not link a javascript: URL even when it reaches the dataset', async () => {
    const { dataset } = parseDataset({
      sources: [{ id: 's', publisher: 'P' }],
      events: [{ id: 'e', date: '2015', title: 'T', sources: ['s'] }],
    });
    (dataset.sources[0] as { url?: string }).url = 'javascript:alert(1)';
    const doc = await noScriptPage(embedSnippet(dataset, { scriptSrc: NO_SCRIPT }));
    expect(doc.querySelectorAll('a')).to.have.length(0);
    expect(doc.querySelector('li')!.textContent).to.contain('Sources: P');
  });
});

describe('escapeHtml and jsonForScript', () => {
  it('escape what HTML and script elements would read as markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).to.equal(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const json = jsonForScript({ t: '</script><!--\u2028&' });
    expect(json).to.equal('{"t":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
    expect(JSON.parse(json)).to.deep.equal({ t: '</script><!--\u2028&' });
  });
});
