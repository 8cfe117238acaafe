import { expect } from '@open-wc/testing';

describe('shared fixtures', () => {
  it('are served raw under /shared-fixtures/ when ../shared/fixtures exists', async function () {
    const res = await fetch('/shared-fixtures/vis/vis_timeline_basic.json');
    if (res.status === 404) {
      console.log('skipped: ../shared/fixtures is not present beside the project');
      this.skip();
    }
    const text = await res.text();
    expect(() => JSON.parse(text)).not.to.throw();
    expect((await fetch('/shared-fixtures/..%2f..%2fmain%2fpackage.json')).status).to.equal(404);
  });
});
