// Reading ../shared/fixtures (real third-party data, see its README) in browser tests: the test runner
// serves the folder under /shared-fixtures/; where it is absent, the test skips with a printed reason.
import { expect } from '@open-wc/testing';

/** The text of `/shared-fixtures/<path>`, or a skip of the calling test (with the reason printed) on a 404. */
export async function sharedFixture(context: Mocha.Context, path: string): Promise<string> {
  const res = await fetch(`/shared-fixtures/${path}`);
  if (res.status === 404) {
    console.log(`skipped: ../shared/fixtures is not present (wanted ${path})`);
    context.skip();
  }
  expect(res.ok, `GET /shared-fixtures/${path}: ${res.status}`).to.equal(true);
  return res.text();
}
