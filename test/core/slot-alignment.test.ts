import { expect } from '@open-wc/testing';
import { SlotAlignment } from '../../src/core/slot-alignment.js';

const keys = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `k${from + i}`);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('SlotAlignment', () => {
  it('packs a first frame from the first slot, and gives the same keys the same slots', () => {
    const slots = new SlotAlignment();
    expect([...slots.place(keys(0, 10))]).to.deep.equal(range(0, 10));
    expect([...slots.place(keys(0, 10))]).to.deep.equal(range(0, 10));
    expect(slots.size).to.equal(10);
  });

  it('keeps the slots of the items a pan keeps: items leave at the start, come in at the end', () => {
    const slots = new SlotAlignment();
    slots.place(keys(0, 40));
    expect([...slots.place(keys(5, 45))]).to.deep.equal(range(5, 45));
    expect(slots.size).to.equal(45);
  });

  it('moves the run back over the free slots before it when items come in at the start', () => {
    const slots = new SlotAlignment();
    slots.place(keys(0, 40));
    slots.place(keys(10, 50)); // slots 10–49
    expect([...slots.place(keys(5, 45))]).to.deep.equal(range(5, 45));
    expect(slots.size).to.equal(50);
  });

  it('starts the run where the most items keep their slot (a zoom splits a cluster)', () => {
    const slots = new SlotAlignment();
    slots.place(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    // 'a' leaves, 'c' splits in two: 'd'–'g' keep slots 3–6 (offset 0), 'b' moves on from slot 1.
    expect([...slots.place(['b', 'x', 'y', 'd', 'e', 'f', 'g'])]).to.deep.equal(range(0, 7));
    // 'x' leaves: 'y' and 'd'–'g' keep their slots at offset 1, outvoting 'b' at 0.
    expect([...slots.place(['b', 'y', 'd', 'e', 'f', 'g'])]).to.deep.equal(range(1, 7));
  });

  it('packs from the first slot when the run would pass the spare slots', () => {
    const slots = new SlotAlignment(0.5, 2); // 10 items: 15 slots at most
    slots.place(keys(0, 10));
    expect([...slots.place(keys(3, 13))]).to.deep.equal(range(3, 13));
    expect([...slots.place(keys(7, 17))]).to.deep.equal(range(0, 10)); // offset 7 would need 17
    expect(slots.size).to.equal(13);
  });

  it('starts afresh after reset', () => {
    const slots = new SlotAlignment();
    slots.place(keys(0, 10));
    slots.place(keys(4, 14));
    slots.reset();
    expect(slots.size).to.equal(0);
    expect([...slots.place(keys(4, 14))]).to.deep.equal(range(0, 10));
  });
});
