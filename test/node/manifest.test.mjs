// custom-elements.json, as `npm run build` writes it: only the public API, and events that tools
// can type (`onCtSelect?: (e: SelectEvent) => void`, not `onundefined?` or `CustomEvent<never>`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { publicApiPlugin } from '../../custom-elements-manifest.config.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const typings = readFileSync(new URL('../../dist/index.d.ts', import.meta.url), 'utf8');

const declarations = (m) => m.modules.flatMap((mod) => mod.declarations ?? []);
const element = (m, tag) => {
  const found = declarations(m).filter((d) => d.tagName === tag);
  assert.equal(found.length, 1, `<${tag}> is described once`);
  return found[0];
};

test('no private, protected or underscore member, and no static of an element', () => {
  for (const decl of declarations(manifest)) {
    for (const member of decl.members ?? []) {
      const where = `${decl.name}.${member.name}`;
      assert.doesNotMatch(member.name, /^[_#]/, where);
      assert.ok(
        member.privacy !== 'private' && member.privacy !== 'protected',
        `${where} is ${member.privacy}`,
      );
      if (decl.customElement) assert.ok(!member.static, `${where} is static`);
      assert.notEqual(member.type?.text, 'unknown', `${where} says unknown instead of what it accepts`);
    }
  }
});

test('only the elements and the event classes are described, not the timeline’s controllers', () => {
  const names = declarations(manifest)
    .map((d) => d.name)
    .sort();
  assert.deepEqual(names, [
    'ActorBadge',
    'ActorBadgeToggleEvent',
    'ConflictTimeline',
    'DataIssuesEvent',
    'EventCard',
    'FilterChangeEvent',
    'RangeChangeEvent',
    'SelectEvent',
  ]);
  for (const name of names) assert.match(typings, new RegExp(`\\b${name}\\b`), `${name} is not exported`);
});

/** Each event once, with its class as type, a description and every `detail` field named. */
function checkEvents(decl, expected) {
  const events = decl.events ?? [];
  assert.deepEqual(events.map((e) => e.name).sort(), Object.keys(expected).sort());
  for (const event of events) {
    const className = expected[event.name];
    assert.deepEqual(event.type, { text: className }, event.name);
    const eventClass = declarations(manifest).find((d) => d.name === className);
    assert.ok(eventClass, `${className} is in the manifest`);
    assert.equal(eventClass.members.find((m) => m.name === 'eventName')?.default, `'${event.name}'`);
    assert.match(event.description, /`detail` \(`\w+Detail`\): /, `${event.name} documents its detail`);
  }
}

test('<conflict-timeline> fires its four events, each once and typed', () => {
  checkEvents(element(manifest, 'conflict-timeline'), {
    'ct-select': 'SelectEvent',
    'ct-range-change': 'RangeChangeEvent',
    'ct-filter-change': 'FilterChangeEvent',
    'ct-data-issues': 'DataIssuesEvent',
  });
  const { description } = element(manifest, 'conflict-timeline').events.find(
    (e) => e.name === 'ct-filter-change',
  );
  for (const field of ['actors', 'sides', 'query', 'count', 'total'])
    assert.match(description, new RegExp(`\`${field}: `));
});

test('<actor-badge> fires ct-actor-toggle, typed; <event-card> fires nothing', () => {
  checkEvents(element(manifest, 'actor-badge'), { 'ct-actor-toggle': 'ActorBadgeToggleEvent' });
  checkEvents(element(manifest, 'event-card'), {});
});

test('what the timeline’s properties accept: data as JSON or its text, start and end as dates or date strings', () => {
  const timeline = element(manifest, 'conflict-timeline');
  const type = (name) => timeline.members.find((m) => m.name === name)?.type?.text;
  assert.equal(type('data'), 'DatasetInput | string');
  assert.match(type('start'), /Date \| string/);
  assert.equal(type('groupBy'), "'side' | 'actor' | 'category' | 'none' | undefined");
  assert.deepEqual(timeline.attributes.find((a) => a.name === 'start')?.type, { text: 'string' });
});

test('CSS parts and custom properties of every element are described', () => {
  const timeline = element(manifest, 'conflict-timeline');
  const parts = timeline.cssParts.map((p) => p.name);
  for (const part of ['track', 'marker', 'cluster', 'axis', 'detail', 'chronology', 'entry', 'message']) {
    assert.ok(parts.includes(part), `part ${part}`);
  }
  const props = timeline.cssProperties.map((p) => p.name);
  assert.ok(props.includes('--ct-height') && props.includes('--ct-color-bg'));
  for (const tag of ['conflict-timeline', 'event-card', 'actor-badge']) {
    const decl = element(manifest, tag);
    assert.ok(decl.cssParts?.length > 0 && decl.cssProperties?.length > 0, tag);
    for (const item of [...decl.cssParts, ...decl.cssProperties])
      assert.ok(item.description, `${tag} ${item.name}`);
  }
});

// The analyzer reads `this.dispatchEvent(new SelectEvent(detail))` as an event named `detail`, and
// `new SelectEvent({ event })` as one with no name: the plugin must fold both into `ct-select`.
test('the plugin folds events found in dispatchEvent calls into the documented ones and drops privates', () => {
  const sources = {
    'src/events/select.ts': `
      export interface SelectDetail {
        /** The event. */
        event: string | undefined;
      }
      export class SelectEvent extends CustomEvent<SelectDetail> {
        static readonly eventName = 'ct-select';
        constructor(detail: SelectDetail) { super(SelectEvent.eventName, { detail }); }
      }`,
    'src/components/demo/demo-element.ts': `
      type Mode = 'a' | 'b';
      /**
       * @tagname demo-element
       * @fires ct-select - The reader selected.
       * @csspart base - The base.
       */
      export class DemoElement extends HTMLElement {
        static styles = [];
        mode: Mode = 'a';
        private _secret = 1;
        _internal = 2;
        protected helper() {}
        pick(detail: SelectDetail) {
          const lang = 'en';
          this.dispatchEvent(new SelectEvent(detail));
          this.dispatchEvent(new SelectEvent({ event: lang }));
          this.dispatchEvent(new CustomEvent(lang));
        }
      }
      customElements.define('demo-element', DemoElement);`,
    'src/components/demo/controller.ts': `export class DemoController { _x = 1; }`,
  };
  const modules = Object.entries(sources).map(([path, code]) =>
    ts.createSourceFile(path, code, ts.ScriptTarget.ES2022, true),
  );
  const warnings = [];
  const warn = console.warn;
  console.warn = (message) => warnings.push(message);
  let result;
  try {
    result = create({ modules, plugins: [publicApiPlugin()] });
  } finally {
    console.warn = warn;
  }
  const demo = element(result, 'demo-element');
  assert.deepEqual(
    demo.members.map((m) => m.name),
    ['mode', 'pick'],
  );
  assert.equal(demo.members[0].type.text, "'a' | 'b'");
  assert.equal(demo.events.length, 1);
  assert.equal(demo.events[0].name, 'ct-select');
  assert.deepEqual(demo.events[0].type, { text: 'SelectEvent' });
  assert.match(
    demo.events[0].description,
    /^The reader selected\.\n\n`detail` \(`SelectDetail`\): `event: string \| undefined`: The event$/,
  );
  assert.ok(
    warnings.some((w) => /dropped an event/.test(w) && /CustomEvent/.test(w)),
    warnings.join('\n'),
  );
  assert.deepEqual(
    result.modules.map((m) => m.path),
    ['src/events/select.ts', 'src/components/demo/demo-element.ts'],
  );
  assert.deepEqual(
    result.modules[1].declarations.map((d) => d.name),
    ['DemoElement'],
    'the local `lang` is not a declaration',
  );
});
