import { expect } from '@open-wc/testing';
import {
  allocateRows,
  defaultGroupBy,
  foldLanes,
  groupIntoLanes,
  MAX_LANES,
  OTHER_LANE_COLOR,
} from '../../src/core/lanes.js';
import { colorFor } from '../../src/core/palette.js';
import { parseDataset } from '../../src/core/parse-dataset.js';
import syria from '../../data/syria.json';

const labels = { other: 'Other', all: 'All events', category: (c: string) => c.toUpperCase() };

const sample = () =>
  parseDataset({
    sides: [
      { id: 'b', label: 'Side B', color: '#123456' },
      { id: 'a', label: 'Side A' },
      { id: 'unused', label: 'Unused' },
    ],
    actors: [
      { id: 'x', name: 'Actor X', side: 'a' },
      { id: 'y', name: 'Actor Y', side: 'b', color: '#654321' },
      { id: 'z', name: 'Actor Z' },
    ],
    events: [
      { id: '1', date: '2015-01-01', title: 'one', actors: ['x'], category: 'battle' },
      { id: '2', date: '2015-01-02', title: 'two', actors: ['z', 'y'], category: 'siege' },
      { id: '3', date: '2015-01-03', title: 'three', actors: ['z'] },
      { id: '4', date: '2015-01-04', title: 'four', category: 'battle' },
    ],
  }).dataset;

describe('defaultGroupBy', () => {
  it('is side when actors have sides, else actor, else category, else none', () => {
    expect(defaultGroupBy(sample())).to.equal('side');
    expect(defaultGroupBy(parseDataset(syria).dataset)).to.equal('side');
    const noSides = parseDataset({
      actors: [{ id: 'x', name: 'X' }],
      events: [{ id: '1', date: '2015', title: 't', actors: ['x'] }],
    }).dataset;
    expect(defaultGroupBy(noSides)).to.equal('actor');
    const categories = parseDataset({
      events: [{ id: '1', date: '2015', title: 't', category: 'battle' }],
    }).dataset;
    expect(defaultGroupBy(categories)).to.equal('category');
    expect(
      defaultGroupBy(parseDataset({ events: [{ id: '1', date: '2015', title: 't' }] }).dataset),
    ).to.equal('none');
  });
});

describe('groupIntoLanes', () => {
  it('by side: the side of the first actor that has one, in the data’s order, others last', () => {
    const { lanes, laneOf } = groupIntoLanes(sample(), 'side', labels);
    expect(lanes.map((l) => l.label)).to.deep.equal(['Side B', 'Side A', 'Other']);
    expect(lanes[0].color).to.equal('#123456');
    expect(lanes[1].color).to.equal(colorFor('a'));
    expect(lanes[2].color).to.equal(OTHER_LANE_COLOR);
    expect(lanes[2].other).to.equal(true);
    // Event 2's first actor (z) has no side; its second (y) is on side b.
    expect(Array.from(laneOf)).to.deep.equal([1, 0, 2, 2]);
    expect(lanes.map((l) => l.count)).to.deep.equal([1, 1, 2]);
  });

  it('by actor: the first actor, coloured by the actor, else its side, else the palette', () => {
    const { lanes, laneOf } = groupIntoLanes(sample(), 'actor', labels);
    expect(lanes.map((l) => l.key)).to.deep.equal(['x', 'z', '']);
    expect(lanes[0].color).to.equal(colorFor('x')); // x has no colour and its side a has none either
    expect(Array.from(laneOf)).to.deep.equal([0, 1, 1, 2]);
  });

  it('by category: in order of first occurrence, with their labels', () => {
    const { lanes, laneOf } = groupIntoLanes(sample(), 'category', labels);
    expect(lanes.map((l) => l.label)).to.deep.equal(['BATTLE', 'SIEGE', 'Other']);
    expect(Array.from(laneOf)).to.deep.equal([0, 1, 2, 0]);
  });

  it('none: one lane for all', () => {
    const { lanes, laneOf } = groupIntoLanes(sample(), 'none', labels);
    expect(lanes).to.have.length(1);
    expect(lanes[0].label).to.equal('All events');
    expect(Array.from(laneOf)).to.deep.equal([0, 0, 0, 0]);
  });

  it('numbers lanes past 65,535 (one per category): no lane index wraps', () => {
    const n = 70_000;
    const { dataset } = parseDataset(
      {
        events: Array.from({ length: n }, (_, i) => ({
          id: `e${i}`,
          date: '2015',
          title: 't',
          category: `c${i}`,
        })),
      },
      { maxEvents: n },
    );
    const { lanes, laneOf } = groupIntoLanes(dataset, 'category', labels);
    expect(lanes).to.have.length(n);
    let misplaced = 0;
    for (let i = 0; i < n; i++) if (lanes[laneOf[i]].key !== dataset.events[i].category) misplaced++;
    expect(misplaced).to.equal(0);
    expect(laneOf[n - 1]).to.equal(n - 1);
  });

  it('gives the Syria sample a lane per side that has events, in the data’s order', () => {
    const { dataset } = parseDataset(syria);
    const { lanes } = groupIntoLanes(dataset, 'side', labels);
    const order = dataset.sides.map((s) => s.id);
    const keys = lanes.filter((l) => !l.other).map((l) => l.key);
    expect(keys.length).to.be.greaterThan(2);
    expect([...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b))).to.deep.equal(keys);
  });
});

describe('allocateRows', () => {
  it('meets needs when there is room, one row each at least, the largest unmet need first', () => {
    expect(allocateRows([3, 1, 2], 10)).to.deep.equal([3, 1, 2]);
    expect(allocateRows([3, 1, 2], 4)).to.deep.equal([2, 1, 1]);
    expect(allocateRows([5, 5], 1)).to.deep.equal([1, 1]);
    expect(allocateRows([], 5)).to.deep.equal([]);
  });
});

describe('foldLanes', () => {
  /** `counts[l]` events in lane `l` (of `counts.length` actors, no sides). */
  const grouped = (counts: number[]) => {
    const { dataset } = parseDataset({
      actors: counts.map((_, l) => ({ id: `a${l}`, name: `Actor ${l}` })),
      events: counts.flatMap((n, l) =>
        Array.from({ length: n }, (_, i) => ({
          id: `e${l}-${i}`,
          date: '2020-01-01',
          title: 't',
          actors: [`a${l}`],
        })),
      ),
    });
    return { dataset, grouping: groupIntoLanes(dataset, 'actor', labels) };
  };
  const more = (n: number) => `${n} more`;

  it('leaves a grouping of at most maxLanes lanes as it is', () => {
    const { grouping } = grouped([1, 2, 3]);
    expect(foldLanes(grouping, 3, more)).to.equal(grouping);
    expect(MAX_LANES).to.be.within(12, 20);
  });

  it('keeps the busiest lanes in their order and folds the rest into one last lane that says how many', () => {
    const { dataset, grouping } = grouped([1, 5, 1, 4, 2, 3]);
    const folded = foldLanes(grouping, 4, more);
    expect(folded.lanes.map((l) => l.key)).to.deep.equal(['a1', 'a3', 'a5', '']);
    const last = folded.lanes[3];
    expect(last).to.include({ label: '3 more', folded: 3, count: 4, other: true, color: OTHER_LANE_COLOR });
    for (let i = 0; i < dataset.events.length; i++) {
      const actor = dataset.events[i].actors[0].id;
      const lane = folded.lanes[folded.laneOf[i]];
      expect(
        lane.key === actor || (lane.folded !== undefined && !['a1', 'a3', 'a5'].includes(actor)),
      ).to.equal(true);
    }
  });

  it('folds 5,000 lanes of one event each into MAX_LANES, the first ones kept on a tie', () => {
    const { grouping } = grouped(Array.from({ length: 5000 }, () => 1));
    const folded = foldLanes(grouping, MAX_LANES, more);
    expect(folded.lanes).to.have.length(MAX_LANES);
    expect(folded.lanes[0].key).to.equal('a0');
    expect(folded.lanes[MAX_LANES - 1].label).to.equal(`${5000 - MAX_LANES + 1} more`);
    expect(folded.lanes.reduce((n, l) => n + l.count, 0)).to.equal(5000);
  });
});
