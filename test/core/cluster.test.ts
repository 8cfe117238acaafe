import { expect } from '@open-wc/testing';
import { packLane, rowsNeeded, type LaneMarks } from '../../src/core/cluster.js';

/** Marks from [x0, x1] pairs; times equal to the px, for checking extents. */
const marks = (...pairs: Array<[number, number]>): LaneMarks => ({
  x0: pairs.map((p) => p[0]),
  x1: pairs.map((p) => p[1]),
  start: pairs.map((p) => p[0]),
  end: pairs.map((p) => p[1]),
});

describe('packLane', () => {
  it('keeps marks that do not overlap in one row, each on its own', () => {
    const items = packLane(marks([0, 10], [20, 30], [40, 50]), { rows: 3 });
    expect(items.map((i) => [i.row, i.count])).to.deep.equal([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
  });

  it('stacks overlapping marks into rows while there are rows', () => {
    const items = packLane(marks([0, 10], [5, 15], [8, 18], [30, 40]), { rows: 3 });
    expect(items.map((i) => i.row)).to.deep.equal([0, 1, 2, 0]);
    expect(items.every((i) => i.count === 1)).to.equal(true);
  });

  it('merges what does not fit into a cluster with a count and the time extent of its marks', () => {
    const items = packLane(marks([0, 10], [5, 15], [8, 18], [30, 40]), { rows: 2 });
    const total = items.reduce((n, i) => n + i.count, 0);
    expect(total).to.equal(4);
    const cluster = items.find((i) => i.count > 1)!;
    expect(cluster.count).to.equal(2);
    expect(cluster.start).to.equal(0);
    expect(cluster.end).to.equal(18);
    expect(cluster.x1 - cluster.x0).to.be.at.least(24);
  });

  it('puts all events on one day into one cluster when there is one row', () => {
    const same = marks(...Array.from({ length: 50 }, (): [number, number] => [100, 112]));
    const items = packLane(same, { rows: 1 });
    expect(items).to.have.length(1);
    expect(items[0].count).to.equal(50);
  });

  it('makes a row of clusters, not one, from dense marks, and every mark ends up in exactly one item', () => {
    const dense = marks(...Array.from({ length: 1000 }, (_, i): [number, number] => [i, i + 12]));
    const items = packLane(dense, { rows: 1, maxClusterWidth: 64 });
    expect(items.length).to.be.greaterThan(10);
    expect(items.reduce((n, i) => n + i.count, 0)).to.equal(1000);
    for (let i = 1; i < items.length; i++) expect(items[i].x0).to.be.at.least(items[i - 1].x1);
  });

  it('handles no marks and one mark', () => {
    expect(packLane(marks(), { rows: 2 })).to.deep.equal([]);
    expect(packLane(marks([5, 9]), { rows: 2 })).to.have.length(1);
  });
});

describe('rowsNeeded', () => {
  it('counts the rows that show every mark on its own, up to a cap', () => {
    expect(rowsNeeded(marks([0, 10], [5, 15], [8, 18], [30, 40]))).to.equal(3);
    expect(rowsNeeded(marks([0, 10], [5, 15], [8, 18]), 2)).to.equal(2);
    expect(rowsNeeded(marks())).to.equal(0);
  });
});
