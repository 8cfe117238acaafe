// The sample dataset shipped with the package (data/syria.json) is clean: parseDataset reports nothing,
// and every event says who reports it.
import { expect } from '@open-wc/testing';
import { formatIssue, parseDataset } from '../../src/core/parse-dataset.js';
import syria from '../../data/syria.json';

describe('data/syria.json', () => {
  const { dataset, issues } = parseDataset(syria);

  it('parses with zero issues', () => {
    expect(issues.map(formatIssue)).to.deep.equal([]);
  });

  it('keeps every event, side, actor and source', () => {
    expect(dataset.events).to.have.length(syria.events.length);
    expect(dataset.sides).to.have.length(syria.sides.length);
    expect(dataset.actors).to.have.length(syria.actors.length);
    expect(dataset.sources).to.have.length(syria.sources.length);
  });

  it('cites at least one source for every event', () => {
    const unsourced = dataset.events.filter((e) => e.sources.length === 0).map((e) => e.id);
    expect(unsourced).to.deep.equal([]);
  });
});
