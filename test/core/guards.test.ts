import { expect } from '@open-wc/testing';
import { describeValue, errorMessage, isRecord, quoteText } from '../../src/core/guards.js';

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A Proxy on which every operation that has a trap throws. */
function trappedProxy(target: object = {}): object {
  const fail = () => {
    throw new Error('trap');
  };
  return new Proxy(target, {
    get: fail,
    has: fail,
    ownKeys: fail,
    getPrototypeOf: fail,
    getOwnPropertyDescriptor: fail,
  });
}

describe('errorMessage', () => {
  it("gives an Error's message, and its name when the message is empty", () => {
    expect(errorMessage(new Error('boom'))).to.equal('boom');
    expect(errorMessage(new RangeError(''))).to.equal('RangeError');
    expect(errorMessage({ message: 'from another realm' })).to.equal('from another realm');
  });

  it('says what was thrown when it is not an Error, and never throws itself', () => {
    const throwingMessage = Object.defineProperty(new Error('x'), 'message', {
      get() {
        throw new Error('again');
      },
    });
    for (const [thrown, message] of [
      [Object.create(null), 'an object was thrown'],
      ['plain text', 'plain text'],
      ['', 'an empty text was thrown'],
      [undefined, 'undefined was thrown'],
      [null, 'null was thrown'],
      [42, 'the number 42 was thrown'],
      [Symbol('s'), 'a symbol was thrown'],
      [[1, 2], 'a list was thrown'],
      [revokedProxy(), 'a revoked Proxy was thrown'],
      [trappedProxy(), 'an object was thrown'],
      [throwingMessage, 'an object was thrown'],
    ] as const) {
      expect(errorMessage(thrown)).to.equal(message);
    }
  });

  it('cuts a huge message', () => {
    const message = errorMessage(new Error('x'.repeat(1_000_000)));
    expect(message).to.have.length(500);
    expect(message.endsWith('…')).to.equal(true);
  });
});

describe('isRecord', () => {
  it('is true for objects that are not lists, and never throws', () => {
    expect(isRecord({})).to.equal(true);
    expect(isRecord(Object.create(null))).to.equal(true);
    expect(isRecord(trappedProxy())).to.equal(true);
    for (const value of [null, undefined, [], 'x', 3, () => 1, revokedProxy(), trappedProxy([])])
      expect(isRecord(value), describeValue(value)).to.equal(false);
  });
});

describe('describeValue', () => {
  it('names each kind of value for a message', () => {
    expect(
      [null, undefined, [], {}, 'x', 3, 10n, true, Symbol('s'), () => 1, revokedProxy()].map(describeValue),
    ).to.deep.equal([
      'null',
      'undefined',
      'a list',
      'an object',
      'the text "x"',
      'the number 3',
      'the number 10',
      'true',
      'a symbol',
      'a function',
      'a revoked Proxy',
    ]);
  });

  it('quotes text as JSON and shortens it', () => {
    expect(quoteText('a "b"\n')).to.equal('"a \\"b\\"\\n"');
    expect(quoteText('x'.repeat(100))).to.equal(JSON.stringify('x'.repeat(59) + '…'));
  });
});
