import { expect } from '@open-wc/testing';

describe('test environment', () => {
  it('runs in a time zone that is not whole hours from UTC (Asia/Kathmandu, UTC+5:45)', () => {
    // scripts/test.mjs pins TZ so that a date computed in local time instead of UTC shows as a failure.
    expect(new Date(Date.UTC(2015, 4, 19)).getTimezoneOffset()).to.equal(-345);
  });
});
