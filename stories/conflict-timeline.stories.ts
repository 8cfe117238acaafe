import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import syria from '../data/syria.json';
import type { ConflictTimeline } from '../src/components/conflict-timeline/conflict-timeline.js';
import type { DatasetInput } from '../src/core/types.js';
import { inlineJson, showCode, SYRIA_URL } from './snippets.js';

/**
 * The track of `<conflict-timeline>`: lanes, marks that show how precise each date is, gap
 * compression, clusters and density bands, zoom and pan (buttons, `+`/`-`, ctrl/⌘ + wheel, pinch,
 * drag, shift + wheel, the overview's brush).
 */
const meta: Meta = {
  title: 'Elements/conflict-timeline',
  component: 'conflict-timeline',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

const timelineIn = (root: HTMLElement) => root.querySelector<ConflictTimeline>('conflict-timeline')!;
const parts = (el: ConflictTimeline, part: string) => el.shadowRoot!.querySelectorAll(`[part~="${part}"]`);

/**
 * Runs the track's checks when the element drew its track; on a screen under 720 px it shows the
 * narrow layout (a chronology) instead, so a reader opening these stories on a phone sees that, and
 * the play checks the chronology came.
 */
async function onTrack(el: ConflictTimeline, checks: () => Promise<void>) {
  await waitFor(() => expect(el.shadowRoot!.querySelector('.root')).not.toBeNull());
  if (el.shadowRoot!.querySelector('.root.narrow')) {
    await waitFor(() =>
      expect(el.shadowRoot!.querySelectorAll('.chronology .entry').length).toBeGreaterThan(0),
    );
  } else await checks();
}

/** "Show code" of a story on the Syria sample: the element with `attrs`, loading the sample by URL. */
const syriaCode = (attrs = '') =>
  showCode(`<conflict-timeline ${attrs}${attrs ? ' ' : ''}src="${SYRIA_URL}"></conflict-timeline>`);

/** "Show code" of a synthetic story: the same events, made in the page by the same seeded generator. */
const syntheticCode = (n: number, attrs = '') =>
  showCode(`<conflict-timeline id="synthetic" style="--ct-height:36rem"${attrs}></conflict-timeline>
<script type="module">
  // ${n.toLocaleString('en')} one-day events over 2011–2025 among 20 armed groups (seeded random numbers)
  let seed = 20110101;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const actors = Array.from({ length: 20 }, (_, i) => ({ id: \`actor-\${i}\`, name: \`Armed group \${i + 1}\` }));
  const start = Date.UTC(2011, 0, 1);
  const events = Array.from({ length: ${n} }, (_, i) => ({
    id: \`e\${i}\`,
    date: new Date(start + Math.floor(rnd() * 5478) * 86400000).toISOString().slice(0, 10),
    title: \`Synthetic event \${i + 1}\`,
    actors: [actors[Math.floor(rnd() * actors.length)].id],
  }));
  document.getElementById('synthetic').data = { title: '${n.toLocaleString('en')} synthetic events', actors, events };
</script>`);

/** Seeded synthetic events (like the benchmark's): `n` one-day events over 2011–2025, 20 actors. */
function synthetic(n: number): DatasetInput {
  let seed = 20110101;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const actors = Array.from({ length: 20 }, (_, i) => ({ id: `actor-${i}`, name: `Armed group ${i + 1}` }));
  const start = Date.UTC(2011, 0, 1);
  const events = Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: new Date(start + Math.floor(rnd() * 5478) * 86_400_000).toISOString().slice(0, 10),
    title: `Synthetic event ${i + 1}`,
    actors: [actors[Math.floor(rnd() * actors.length)].id],
  }));
  return { title: `${n.toLocaleString('en')} synthetic events`, actors, events };
}

/** The Syria sample: three bursts years apart, each with room of its own; breaks say how long the gaps are. */
export const Syria: Story = {
  parameters: syriaCode(),
  render: () => html`<conflict-timeline .data=${syria}></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await onTrack(el, async () => {
      await waitFor(() => expect(parts(el, 'marker').length).toBeGreaterThan(20));
      await expect(parts(el, 'break').length).toBeGreaterThan(1);
    });
  },
};

/** Lanes by actor (`group-by="actor"`): the first actor of each event. */
export const ByActor: Story = {
  parameters: syriaCode('group-by="actor" style="--ct-height:34rem"'),
  render: () =>
    html`<conflict-timeline group-by="actor" style="--ct-height:34rem" .data=${syria}></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await onTrack(el, () => waitFor(() => expect(parts(el, 'lane').length).toBeGreaterThan(5)));
  },
};

/** Lanes by category (`group-by="category"`). */
export const ByCategory: Story = {
  parameters: syriaCode('group-by="category" style="--ct-height:32rem"'),
  render: () =>
    html`<conflict-timeline
      group-by="category"
      style="--ct-height:32rem"
      .data=${syria}
    ></conflict-timeline>`,
};

/** One lane for all events (`group-by="none"`). */
export const OneLane: Story = {
  parameters: syriaCode('group-by="none"'),
  render: () => html`<conflict-timeline group-by="none" .data=${syria}></conflict-timeline>`,
};

/** Gap compression off (`gaps="off"`): time is linear, so the bursts shrink to slivers. */
export const GapsOff: Story = {
  parameters: syriaCode('gaps="off"'),
  render: () => html`<conflict-timeline gaps="off" .data=${syria}></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await onTrack(el, async () => {
      await waitFor(() =>
        expect(parts(el, 'marker').length + parts(el, 'cluster').length).toBeGreaterThan(0),
      );
      await expect(parts(el, 'break').length).toBe(0);
    });
  },
};

/** A window set by attributes: April–May 2015 (`start="2015-04-20" end="2015-05-25"`). */
export const Window: Story = {
  parameters: syriaCode('start="2015-04-20" end="2015-05-25"'),
  render: () =>
    html`<conflict-timeline start="2015-04-20" end="2015-05-25" .data=${syria}></conflict-timeline>`,
};

/** 10,000 synthetic events: calendar clusters over density bands; zoom in to see single marks. */
export const Synthetic10k: Story = {
  parameters: syntheticCode(10_000),
  render: () =>
    html`<conflict-timeline style="--ct-height:36rem" .data=${synthetic(10_000)}></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(parts(timelineIn(canvasElement), 'cluster').length).toBeGreaterThan(0));
  },
};

/** 100,000 synthetic events: the DOM holds only what is in view. */
export const Synthetic100k: Story = {
  parameters: syntheticCode(100_000),
  render: () =>
    html`<conflict-timeline style="--ct-height:36rem" .data=${synthetic(100_000)}></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    const el = timelineIn(canvasElement);
    await waitFor(() => expect(parts(el, 'cluster').length).toBeGreaterThan(0), { timeout: 20000 });
    await expect(el.shadowRoot!.querySelectorAll('*').length).toBeLessThan(3000);
  },
};

/** 100,000 events, zoomed in to three weeks (`start`/`end`): single marks and small clusters. */
export const Synthetic100kZoomedIn: Story = {
  parameters: syntheticCode(100_000, ' start="2018-05-01" end="2018-05-20"'),
  render: () =>
    html`<conflict-timeline
      style="--ct-height:36rem"
      start="2018-05-01"
      end="2018-05-20"
      .data=${synthetic(100_000)}
    ></conflict-timeline>`,
};

const EMPTY: DatasetInput = { title: 'Nothing yet', events: [] };
/** JSON cut off in the middle. */
const NOT_JSON = '{"events": [1, 2';

/** A dataset without events. */
export const Empty: Story = {
  parameters: showCode(`<conflict-timeline>\n${inlineJson(EMPTY)}\n</conflict-timeline>`),
  render: () => html`<conflict-timeline .data=${EMPTY}></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(parts(timelineIn(canvasElement), 'message')[0]?.textContent).toMatch(/No events/),
    );
  },
};

/** Data that is not a dataset: an error state with the reason (and `ct-data-issues`). */
export const NotADataset: Story = {
  parameters: showCode(
    `<conflict-timeline>\n  <script type="application/json">\n  ${NOT_JSON}\n  </script>\n</conflict-timeline>`,
  ),
  render: () => html`<conflict-timeline .data=${NOT_JSON}></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(parts(timelineIn(canvasElement), 'message')[0]?.textContent).toMatch(/JSON/));
  },
};
