// Every story test fails when the story's page holds more than one copy of Lit (what Lit's development
// build warns of as "Multiple versions of Lit loaded"): two copies of the renderer do not share their
// state, and a page would load Lit twice.
import { afterEach, expect } from 'vitest';

const copies = () => {
  const page = globalThis as {
    litHtmlVersions?: string[];
    litElementVersions?: string[];
    reactiveElementVersions?: string[];
  };
  return {
    'lit-html': page.litHtmlVersions ?? [],
    'lit-element': page.litElementVersions ?? [],
    '@lit/reactive-element': page.reactiveElementVersions ?? [],
  };
};

afterEach(() => {
  const loaded = copies();
  expect(
    Object.fromEntries(Object.entries(loaded).map(([name, versions]) => [name, versions.length])),
    `copies of Lit in the page: ${JSON.stringify(loaded)}`,
  ).toEqual({ 'lit-html': 1, 'lit-element': 1, '@lit/reactive-element': 1 });
});
