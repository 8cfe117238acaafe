import { expect } from '@open-wc/testing';
import syria from '../../data/syria.json';
import { groupIntoLanes } from '../../src/core/lanes.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import { revealEvent, windowAround } from '../../src/core/reveal.js';
import { createTimeScale } from '../../src/core/time-scale.js';
import { indexTimeline } from '../../src/core/timeline-index.js';
import { layoutFrame, layoutLanes } from '../../src/core/timeline-layout.js';
import { fullView, viewOf, windowOf } from '../../src/core/viewport.js';

const DAY = 86_400_000;
const { dataset } = parseDataset(syria);

describe('windowAround', () => {
  const starts = Float64Array.from([0, 10 * DAY, 100 * DAY]);
  const ends = Float64Array.from([DAY - 1, 11 * DAY - 1, 101 * DAY - 1]);
  const scale = createTimeScale(starts, ends, { width: 1000, gaps: 'off' });

  it('keeps a window that already shows the span', () => {
    const view = { x0: 0, x1: 500, width: 1000 };
    expect(windowAround(scale, view, 10 * DAY, 11 * DAY - 1)).to.equal(view);
  });

  it('centres a window of the same zoom on a span outside it', () => {
    const view = { x0: 0, x1: 200, width: 1000 };
    const next = windowAround(scale, view, 50 * DAY, 51 * DAY - 1);
    expect(next.x1 - next.x0).to.be.closeTo(200, 1e-6);
    const middle = (scale.scale(50 * DAY) + scale.scale(51 * DAY)) / 2;
    expect((next.x0 + next.x1) / 2).to.be.closeTo(middle, 1e-6);
  });

  it('stops at the ends of the scale', () => {
    const view = { x0: 400, x1: 600, width: 1000 };
    const next = windowAround(scale, view, 100 * DAY, 101 * DAY - 1);
    expect(next.x1).to.be.closeTo(scale.width, 1e-6);
  });

  it('widens the window for a span longer than it', () => {
    const view = { x0: 0, x1: 50, width: 1000 };
    const next = windowAround(scale, view, 0, 60 * DAY);
    const [start, end] = windowOf(scale, next);
    expect(start).to.be.at.most(0);
    expect(end).to.be.at.least(60 * DAY);
  });
});

describe('revealEvent', () => {
  const grouping = groupIntoLanes(dataset, 'side', { other: 'Other', all: 'All' });
  const index = indexTimeline(dataset.events, grouping);
  const scale = createTimeScale(index.starts, index.ends, { width: 1000 });
  const boxes = layoutLanes(index, scale, 300);
  const full = fullView(scale);
  const markerIds = (view = full) =>
    new Set(
      layoutFrame(index, scale, view, boxes).items.flatMap((i) => (i.kind === 'marker' ? [i.key] : [])),
    );

  it('keeps the full view for an event already drawn on its own', () => {
    const alone = dataset.events.find((e) => markerIds().has(e.id))!;
    expect(revealEvent(index, scale, full, boxes, alone.id)).to.deep.equal(full);
  });

  it('zooms in until an event inside a cluster is drawn on its own', () => {
    const clustered = dataset.events.filter((e) => !markerIds().has(e.id));
    expect(clustered.length, 'the full view clusters some events').to.be.greaterThan(0);
    let separated = 0;
    for (const event of clustered) {
      const view = revealEvent(index, scale, full, boxes, event.id);
      const [start, end] = windowOf(scale, view);
      expect(start, event.id).to.be.at.most(event.time.end);
      expect(end, event.id).to.be.at.least(event.time.start);
      if (markerIds(view).has(event.id)) {
        separated++;
        continue;
      }
      // Not separated: then not even a month's window around it does (more events overlap it than its
      // lane has rows), and the view is only centred, not zoomed for nothing.
      const month = viewOf(scale, event.time.start - 15 * DAY, event.time.end + 15 * DAY, 1000);
      expect(markerIds(month).has(event.id), event.id).to.equal(false);
      expect(view, event.id).to.deep.equal(full);
    }
    expect(separated).to.be.greaterThan(0);
  });

  it('leaves the view alone for an unknown id', () => {
    expect(revealEvent(index, scale, full, boxes, 'nope')).to.equal(full);
  });
});
