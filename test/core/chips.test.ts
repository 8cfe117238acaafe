import { expect } from '@open-wc/testing';
import syria from '../../data/syria.json';
import { chipKind, filterChips } from '../../src/core/chips.js';
import { parseDataset } from '../../src/core/parse-dataset.js';

const { dataset } = parseDataset(syria);

describe('chipKind', () => {
  it('offers sides when the lanes are sides or the data has sides', () => {
    expect(chipKind(dataset, 'side')).to.equal('side');
    expect(chipKind(dataset, 'category')).to.equal('side');
    expect(chipKind(dataset, 'actor')).to.equal('actor');
    const { dataset: noSides } = parseDataset({ actors: [{ id: 'a', name: 'A' }], events: [] });
    expect(chipKind(noSides, 'side')).to.equal('actor');
  });
});

describe('filterChips', () => {
  it('lists the sides with events in the data order, with counts', () => {
    const chips = filterChips(dataset, 'side');
    expect(chips.map((c) => c.id)).to.deep.equal(
      dataset.sides.map((s) => s.id).filter((id) => chips.some((c) => c.id === id)),
    );
    const government = chips.find((c) => c.id === 'government')!;
    const expected = dataset.events.filter((e) =>
      e.actors.some((r) => dataset.actorsById.get(r.id)?.side === 'government'),
    ).length;
    expect(government.count).to.equal(expected);
    expect(government.actor).to.include({ name: 'Syrian government and allies', color: '#b70702' });
  });

  it('lists actors most frequent first, with short names, side and a colour', () => {
    const chips = filterChips(dataset, 'actor');
    const counts = chips.map((c) => c.count);
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    expect(chips.every((c) => c.count > 0)).to.equal(true);
    const hts = chips.find((c) => c.id === 'hts')!;
    expect(hts.actor.short).to.equal('HTS');
    expect(hts.side).to.equal('Jihadist groups');
    expect(hts.actor.color).to.match(/^#/);
  });
});
