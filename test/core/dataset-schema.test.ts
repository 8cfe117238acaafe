// The JSON Schema shipped in the package (schema/dataset.schema.json) against what parseDataset reads:
// the two list the same fields, so neither can drift from the other.
import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/core/dates.js';
import { KNOWN_FIELDS, parseDataset } from '../../src/core/parse-dataset.js';
import schemaJson from '../../schema/dataset.schema.json';

interface SchemaNode {
  $ref?: string;
  description?: string;
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  pattern?: string;
}
interface Schema extends SchemaNode {
  $schema: string;
  $defs: Record<string, SchemaNode>;
}

// The import goes through JSON.parse in the bundler (invalid JSON fails the file); test/node/core.test.mjs
// parses the file as published, too.
const schema = schemaJson as unknown as Schema;

const resolve = (node: SchemaNode): SchemaNode =>
  node.$ref ? schema.$defs[node.$ref.replace('#/$defs/', '')] : node;

/** The object schema of a kind of record, as KNOWN_FIELDS names them. */
function objectSchema(kind: keyof typeof KNOWN_FIELDS): SchemaNode {
  if (kind === 'dataset') return schema;
  if (kind === 'actorRef') return schema.$defs.actorRef.oneOf!.find((s) => s.type === 'object')!;
  return schema.$defs[kind];
}

describe('schema/dataset.schema.json', () => {
  it('is JSON Schema 2020-12 with the events list required', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).to.equal('object');
    expect(schema.required).to.deep.equal(['events']);
  });

  for (const kind of Object.keys(KNOWN_FIELDS) as Array<keyof typeof KNOWN_FIELDS>) {
    it(`lists exactly the ${kind} fields parseDataset reads`, () => {
      expect(Object.keys(objectSchema(kind).properties!).sort()).to.deep.equal(
        [...KNOWN_FIELDS[kind]].sort(),
      );
    });
  }

  it('describes every field', () => {
    const undescribed: string[] = [];
    for (const kind of Object.keys(KNOWN_FIELDS) as Array<keyof typeof KNOWN_FIELDS>) {
      for (const [name, node] of Object.entries(objectSchema(kind).properties!)) {
        if (!node.description && !resolve(node).description) undescribed.push(`${kind}.${name}`);
      }
    }
    expect(undescribed).to.deep.equal([]);
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]+"/g)!;
    for (const ref of refs) {
      const name = ref.slice('"$ref":"#/$defs/'.length, -1);
      expect(schema.$defs, ref).to.have.property(name);
    }
  });

  it('requires what parseDataset requires', () => {
    expect(schema.$defs.event.required).to.have.members(['id', 'date', 'title']);
    expect(schema.$defs.side.required).to.have.members(['id', 'label']);
    expect(schema.$defs.actor.required).to.have.members(['id', 'name']);
    expect(schema.$defs.source.required).to.have.members(['id', 'publisher']);
    expect(schema.$defs.place.required).to.have.members(['name']);
  });

  it("has a date pattern that accepts the documented forms and refuses 19/05/2015's, 201505's and malformed sets' shapes", () => {
    const pattern = new RegExp(schema.$defs.date.pattern!, 'u');
    for (const text of [
      '2015',
      '2015-05',
      '2015-05-19',
      '2015-05-19T14:20Z',
      '2015-05-19T14:20:05.250+05:30',
      '2015-05-16~',
      '2015-05?',
      '2015-05%',
      '2024-11-29/2024-11-30',
      '2015-05/..',
      '../2015',
      '2015-05/',
      '-0500',
      'Y12345',
      'Y-12345~',
      'Y-20000/Y-10000',
      '[2014-03..2014-06-14]',
      '[ 2014-03~ .. 2014-06-14? ]',
      '[..2014-06]',
      '[2014-03..]',
      '[2015-05-19T14:20Z..Y12345]',
    ]) {
      expect(pattern.test(text), text).to.equal(true);
      expect(parseDate(text).ok, text).to.equal(true);
    }
    for (const text of [
      '19/05/2015',
      '2015-5-19',
      'May 2015',
      '15',
      '201505',
      '12345',
      'Y12345-05',
      '[2014]',
      '[2014,2015]',
      '[2014..2015]?',
      '[2014..2015]/2016',
      '[[2014..2015]..2016]',
      '2014..2015',
    ])
      expect(pattern.test(text), text).to.equal(false);
  });

  it('a record with every field in the schema parses with no issue and keeps every field', () => {
    const input = {
      title: 'T',
      description: 'D',
      lang: 'en',
      updated: '2026-11-21',
      sides: [{ id: 'gov', label: 'Government', color: '#b22222' }],
      actors: [
        {
          id: 'army',
          name: 'Army',
          short: 'A',
          side: 'gov',
          color: '#123456',
          aliases: ['troops'],
          description: 'Ground forces',
        },
      ],
      sources: [
        {
          id: 'afp',
          title: 'Report',
          publisher: 'AFP',
          published: '2015-05-19',
          url: 'https://example.org/',
        },
      ],
      events: [
        {
          id: 'e1',
          date: '2015-05-19',
          title: 'Title',
          summary: 'Summary',
          category: 'battle',
          actors: [{ id: 'army', role: 'attacker' }],
          place: {
            name: 'Idlib',
            admin1: 'Idlib',
            country: 'Syria',
            lat: 35.9,
            lon: 36.6,
            approximate: false,
          },
          fatalities: { count: 3, low: 2, high: 4, who: 'SOHR', claimedBy: 'Army' },
          claimedBy: 'Army',
          sources: ['afp'],
          tags: ['t'],
          importance: 2,
        },
      ],
    };
    // The fixture itself covers the schema, so a field added to one side shows up here.
    expect(Object.keys(input).sort()).to.deep.equal([...KNOWN_FIELDS.dataset].sort());
    expect(Object.keys(input.events[0]).sort()).to.deep.equal([...KNOWN_FIELDS.event].sort());
    expect(Object.keys(input.events[0].place).sort()).to.deep.equal([...KNOWN_FIELDS.place].sort());
    expect(Object.keys(input.events[0].fatalities).sort()).to.deep.equal([...KNOWN_FIELDS.fatalities].sort());

    const { dataset, issues } = parseDataset(input);
    expect(issues).to.deep.equal([]);
    const event = dataset.events[0];
    expect(Object.keys(event).sort()).to.deep.equal([...KNOWN_FIELDS.event, 'time'].sort());
    expect(Object.keys(event.place!).sort()).to.deep.equal([...KNOWN_FIELDS.place].sort());
    expect(Object.keys(event.fatalities!).sort()).to.deep.equal([...KNOWN_FIELDS.fatalities].sort());
    expect(Object.keys(dataset.actors[0]).sort()).to.deep.equal([...KNOWN_FIELDS.actor].sort());
    expect(Object.keys(dataset.sources[0]).sort()).to.deep.equal([...KNOWN_FIELDS.source].sort());
    expect(Object.keys(dataset.sides[0]).sort()).to.deep.equal([...KNOWN_FIELDS.side].sort());
  });
});
