import { expect } from '@open-wc/testing';
import { eventIdFromHash, hashWithEventId } from '../../src/core/url-hash.js';

describe('eventIdFromHash', () => {
  it('reads #event=<id> among other keys', () => {
    expect(eventIdFromHash('#event=2015-05-19-x')).to.equal('2015-05-19-x');
    expect(eventIdFromHash('#lang=ar&event=a%2Fb')).to.equal('a/b');
    expect(eventIdFromHash('')).to.equal(undefined);
  });
});

describe('hashWithEventId', () => {
  it('writes #event=<id>, keeping other keys', () => {
    expect(hashWithEventId('#lang=ar', 'a/b')).to.equal('#lang=ar&event=a%2Fb');
    expect(hashWithEventId('#event=x', undefined)).to.equal('');
    expect(eventIdFromHash(hashWithEventId('', 'id with space'))).to.equal('id with space');
  });
});
