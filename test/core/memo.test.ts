import { expect } from '@open-wc/testing';
import { memoizeLast } from '../../src/core/memo.js';

/** `fn` counting its calls. */
function counted<A extends unknown[], R>(fn: (...args: A) => R) {
  const calls: A[] = [];
  const wrapped = (...args: A) => {
    calls.push(args);
    return fn(...args);
  };
  return { calls, wrapped };
}

describe('memoizeLast', () => {
  it('memoizeLast(fn) returns the last result for the same arguments, without calling fn', () => {
    const { calls, wrapped } = counted((a: number, b: { n: number }) => ({ sum: a + b.n }));
    const memo = memoizeLast(wrapped);
    const b = { n: 2 };
    const first = memo(1, b);
    expect(first).to.deep.equal({ sum: 3 });
    expect(memo(1, b)).to.equal(first);
    expect(calls).to.have.length(1);
  });

  it('memoizeLast(fn) calls fn again when an argument is a new object, even an equal one', () => {
    const { calls, wrapped } = counted((filter: { query: string }) => ({ query: filter.query }));
    const memo = memoizeLast(wrapped);
    const first = memo({ query: 'siege' });
    const second = memo({ query: 'siege' });
    expect(second).not.to.equal(first);
    expect(second).to.deep.equal(first);
    expect(calls).to.have.length(2);
  });

  it('memoizeLast(fn) calls fn again when a primitive argument changes', () => {
    const { calls, wrapped } = counted((width: number, gaps: string) => `${width}/${gaps}`);
    const memo = memoizeLast(wrapped);
    expect(memo(800, 'auto')).to.equal('800/auto');
    expect(memo(800, 'off')).to.equal('800/off');
    expect(memo(600, 'off')).to.equal('600/off');
    expect(memo(600, 'off')).to.equal('600/off');
    expect(calls).to.have.length(3);
  });

  it('memoizeLast(fn) remembers only the last arguments', () => {
    const { calls, wrapped } = counted((x: object) => ({ x }));
    const memo = memoizeLast(wrapped);
    const a = {};
    const b = {};
    const fromA = memo(a);
    memo(b);
    const again = memo(a);
    expect(again).not.to.equal(fromA);
    expect(calls).to.have.length(3);
  });

  it('memoizeLast(fn) compares arguments with Object.is: NaN is NaN, 0 is not -0', () => {
    const { calls, wrapped } = counted((x: number) => [x]);
    const memo = memoizeLast(wrapped);
    const nan = memo(NaN);
    expect(memo(NaN)).to.equal(nan);
    expect(calls).to.have.length(1);
    memo(0);
    memo(-0);
    expect(calls).to.have.length(3);
  });

  it('memoizeLast(fn) tells undefined from a missing argument by the number of arguments', () => {
    const { calls, wrapped } = counted((a: number, b?: string) => [a, b]);
    const memo = memoizeLast(wrapped);
    const short = memo(1);
    expect(memo(1)).to.equal(short);
    const long = memo(1, undefined);
    expect(long).not.to.equal(short);
    expect(calls).to.have.length(2);
  });

  it('memoizeLast(fn) remembers an undefined result too', () => {
    const { calls, wrapped } = counted((_x: string): string | undefined => undefined);
    const memo = memoizeLast(wrapped);
    expect(memo('a')).to.equal(undefined);
    expect(memo('a')).to.equal(undefined);
    expect(calls).to.have.length(1);
  });

  it('memoizeLast(fn) of a function that throws remembers nothing: the next call runs it again', () => {
    let fail = true;
    const { calls, wrapped } = counted((x: number) => {
      if (fail) throw new Error('not yet');
      return x * 2;
    });
    const memo = memoizeLast(wrapped);
    expect(() => memo(2)).to.throw('not yet');
    fail = false;
    expect(memo(2)).to.equal(4);
    expect(calls).to.have.length(2);
  });

  it('memoizeLast(fn) keeps one memory per memoised function', () => {
    const { calls, wrapped } = counted((x: object) => ({ x }));
    const one = memoizeLast(wrapped);
    const two = memoizeLast(wrapped);
    const arg = {};
    one(arg);
    two(arg);
    expect(calls).to.have.length(2);
  });
});
