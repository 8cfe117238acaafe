import { expect } from '@open-wc/testing';
import { csvFormatRow } from 'd3-dsv';
import { fromACLED } from '../../../src/core/index.js';
import { acledDateWithPrecision, parseAcledDate } from '../../../src/core/importers/acled.js';

// Made-up rows in ACLED's current column layout (not real ACLED data).
const COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'timestamp',
];
type Row = Partial<Record<string, string>>;
const DEFAULTS: Row = {
  event_id_cnty: 'TST1',
  event_date: '2020-05-09',
  year: '2020',
  time_precision: '1',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  actor1: 'Military Forces of Testland (2019-)',
  inter1: '1',
  actor2: 'Northern Rebels',
  inter2: '2',
  country: 'Testland',
  admin1: 'North',
  admin2: 'Hill District',
  location: 'Riverton',
  latitude: '10.5',
  longitude: '20.25',
  geo_precision: '1',
  source: 'Daily Example',
  notes: 'On 9 May 2020, clashes near Riverton.',
  fatalities: '3',
  timestamp: '1589220519',
};
const cellFor = (row: Row, column: string, i: number) =>
  row[column] ?? (column === 'event_id_cnty' ? `TST${i + 1}` : (DEFAULTS[column] ?? ''));
const csv = (rows: Row[], columns = COLUMNS, eol = '\n') =>
  [columns.join(','), ...rows.map((r, i) => csvFormatRow(columns.map((c) => cellFor(r, c, i))))].join(eol);
const one = (row: Row) => {
  const result = fromACLED(csv([row]));
  return { ...result, event: result.dataset.events[0] };
};

describe('parseAcledDate', () => {
  it('reads the three forms ACLED exports have used', () => {
    expect(parseAcledDate('2020-05-09')).to.deep.equal({ ok: true, date: '2020-05-09' });
    expect(parseAcledDate('9-May-20')).to.deep.equal({ ok: true, date: '2020-05-09' });
    expect(parseAcledDate('16 May 2025')).to.deep.equal({ ok: true, date: '2025-05-16' });
  });

  it('reads four-digit years, full and dotted month names, and day-first numbers', () => {
    expect(parseAcledDate('09-May-2020')).to.deep.equal({ ok: true, date: '2020-05-09' });
    expect(parseAcledDate('1 September 2016')).to.deep.equal({ ok: true, date: '2016-09-01' });
    expect(parseAcledDate('1 Sept. 2016')).to.deep.equal({ ok: true, date: '2016-09-01' });
    expect(parseAcledDate('09/05/2020')).to.deep.equal({ ok: true, date: '2020-05-09' });
    expect(parseAcledDate('2020-05-09 00:00:00')).to.deep.equal({ ok: true, date: '2020-05-09' });
  });

  it('reads two-digit years as POSIX does: 69–99 are 19xx, 00–68 are 20xx', () => {
    expect(parseAcledDate('1-Jan-97')).to.deep.equal({ ok: true, date: '1997-01-01' });
    expect(parseAcledDate('1-Jan-68')).to.deep.equal({ ok: true, date: '2068-01-01' });
  });

  it('says why a date cannot be read', () => {
    expect(parseAcledDate('30-Feb-20')).to.deep.equal({
      ok: false,
      reason: '"30-Feb-20": 30 February 2020 does not exist',
    });
    expect(parseAcledDate('9-Mayo-20')).to.deep.equal({
      ok: false,
      reason: '"Mayo" in "9-Mayo-20" is not an English month name',
    });
    expect(parseAcledDate('last week')).to.have.property('ok', false);
  });
});

describe('acledDateWithPrecision', () => {
  it('keeps the day for time_precision 1', () => {
    expect(acledDateWithPrecision('2020-05-09', '1')).to.deep.equal({ date: '2020-05-09', known: true });
  });
  it('makes the week centred on the date for 2 and the 31 days centred on it for 3, across months', () => {
    expect(acledDateWithPrecision('2020-05-01', '2').date).to.equal('2020-04-28/2020-05-04');
    expect(acledDateWithPrecision('2020-04-29', '3').date).to.equal('2020-04-14/2020-05-14');
    expect(acledDateWithPrecision('2020-12-31', '2').date).to.equal('2020-12-28/2021-01-03');
  });
  it('flags a precision it does not know', () => {
    expect(acledDateWithPrecision('2020-05-09', '7')).to.deep.equal({ date: '2020-05-09', known: false });
  });
});

describe('fromACLED', () => {
  it('imports a row: id, date, title, category, place, notes, fatalities who = ACLED', () => {
    const { event, issues, dataset } = one({});
    expect(issues).to.deep.equal([]);
    expect(event).to.deep.include({
      id: 'TST1',
      date: '2020-05-09',
      title: 'Armed clash in Riverton, Hill District',
      summary: 'On 9 May 2020, clashes near Riverton.',
      category: 'Battles',
      tags: ['Armed clash'],
      place: { name: 'Riverton, Hill District', admin1: 'North', country: 'Testland', lat: 10.5, lon: 20.25 },
      fatalities: { count: 3, who: 'ACLED' },
    });
    expect(dataset.updated).to.equal('2020-05-11');
  });

  it('reads the three event_date forms, in CRLF files too', () => {
    const text = csv(
      [{ event_date: '2020-05-09' }, { event_date: '9-May-20' }, { event_date: '16 May 2025' }],
      COLUMNS,
      '\r\n',
    );
    expect(fromACLED(text).dataset.events.map((e) => e.date)).to.deep.equal([
      '2020-05-09',
      '2020-05-09',
      '2025-05-16',
    ]);
  });

  it('turns time_precision 2 and 3 into week and month ranges around the date', () => {
    const { dataset } = fromACLED(
      csv([
        { time_precision: '2', event_date: '7-May-20' },
        { time_precision: '3', event_date: '29-Apr-20' },
      ]),
    );
    expect(dataset.events.map((e) => [e.id, e.date])).to.deep.equal([
      ['TST2', '2020-04-14/2020-05-14'],
      ['TST1', '2020-05-04/2020-05-10'],
    ]);
  });

  it('makes actors with roles and sides from numeric inter codes, associated actors as allies', () => {
    const { event, dataset } = one({
      assoc_actor_1: 'Popular Resistance; Tribal Militia (Testland)',
      assoc_actor_2: 'Popular Resistance',
    });
    expect(event.actors).to.deep.equal([
      { id: 'military-forces-of-testland-2019', role: 'participant' },
      { id: 'popular-resistance', role: 'ally' },
      { id: 'tribal-militia-testland', role: 'ally' },
      { id: 'northern-rebels', role: 'participant' },
    ]);
    expect(dataset.sides).to.deep.equal([
      { id: 'state-forces', label: 'State forces' },
      { id: 'rebel-groups', label: 'Rebel groups' },
    ]);
    expect(dataset.actors.map((a) => [a.name, a.side])).to.deep.equal([
      ['Military Forces of Testland (2019-)', 'state-forces'],
      ['Popular Resistance', undefined],
      ['Tribal Militia (Testland)', undefined],
      ['Northern Rebels', 'rebel-groups'],
    ]);
  });

  it('reads text inter codes (exports since 2023) like numeric ones, and one actor alone', () => {
    const { dataset } = fromACLED(
      csv([
        { inter1: 'Protesters', actor1: 'Protesters (Testland)', actor2: '', inter2: '' },
        {
          inter1: 'External/Other forces',
          actor1: 'Foreign Navy',
          inter2: 'Political militia',
          actor2: 'Militia X',
        },
      ]),
    );
    expect(dataset.actors.map((a) => [a.name, a.side])).to.deep.equal([
      ['Protesters (Testland)', 'protesters'],
      ['Foreign Navy', 'external-other-forces'],
      ['Militia X', 'political-militias'],
    ]);
    expect(dataset.events.find((e) => e.id === 'TST1')!.actors).to.deep.equal([
      { id: 'protesters-testland', role: 'participant' },
    ]);
  });

  it('warns about an inter code it does not know and keeps the actor without a side', () => {
    const { event, issues, dataset } = one({ inter2: '9' });
    expect(event.actors).to.have.length(2);
    expect(dataset.actors[1].side).to.equal(undefined);
    expect(issues).to.deep.equal([
      {
        path: '/0',
        severity: 'warning',
        message:
          'line 2 (TST1): inter2 "9" is not an ACLED actor type; this row gives Northern Rebels no side',
      },
    ]);
  });

  it('makes one source per distinct name from ;-separated sources', () => {
    const { dataset } = fromACLED(
      csv([
        { source: 'Mareb Press; Yemen Data Project' },
        { source: 'Yemen Data Project ;Mareb Press;Mareb Press ' },
      ]),
    );
    expect(dataset.sources).to.deep.equal([
      { id: 'mareb-press', publisher: 'Mareb Press' },
      { id: 'yemen-data-project', publisher: 'Yemen Data Project' },
    ]);
    expect(dataset.events.map((e) => e.sources)).to.deep.equal([
      ['mareb-press', 'yemen-data-project'],
      ['yemen-data-project', 'mareb-press'],
    ]);
  });

  it('marks coordinates of geo_precision 3 as approximate and leaves out a bad pair with a warning', () => {
    expect(one({ geo_precision: '3' }).event.place).to.include({ approximate: true });
    const { event, issues } = one({ latitude: 'north', longitude: '20' });
    expect(event.place).to.deep.equal({
      name: 'Riverton, Hill District',
      admin1: 'North',
      country: 'Testland',
    });
    expect(issues.map((i) => i.message)).to.deep.equal([
      'line 2 (TST1): latitude "north" and longitude "20" are not a pair of numbers; coordinates left out',
    ]);
  });

  it('reports a truncated row as one issue, not a crash, and keeps the rows around it', () => {
    const good = csv([{}, {}]);
    const cut =
      'TST9,27-Apr-20,2020,1,Violence against civilians,Attack,Police Forces (Testland),,1,Civilians (' +
      ','.repeat(14);
    const { dataset, issues } = fromACLED(`${good}\r\n${cut}\r\n`);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['TST1', 'TST2']);
    expect(issues).to.deep.equal([
      {
        path: '/2',
        severity: 'error',
        message:
          'line 4 (TST9): every cell after actor2 ("Civilians (") is empty, as if the file was cut off there; row dropped',
      },
    ]);
  });

  it('keeps the rows after a stray quote and reports the row with it by its line', () => {
    // Notes without commas are not quoted, so a stray quote finds no quote to close it before the end.
    const rows = [1, 2, 3, 4, 5, 6].map(() => ({ notes: 'Clashes near Riverton.' }));
    const lines = csv(rows).split('\n');
    lines[2] = lines[2].replace(',Military Forces', ',"Military Forces');
    const { dataset, issues } = fromACLED(lines.join('\n'));
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['TST1', 'TST3', 'TST4', 'TST5', 'TST6']);
    expect(issues).to.deep.equal([
      {
        path: '/1',
        severity: 'error',
        message: 'line 3: an unbalanced quote: the quoted actor1 field is never closed; row dropped',
      },
    ]);
  });

  it('drops a last row cut off inside a quoted field, as a row cut off elsewhere', () => {
    const text = `${csv([{}])}\nTST2,2020-05-10,2020,1,Battles,Armed clash,Rebels,,2,,,,Testland,North,,,Riverton,10.5,20.25,1,Daily Example,"On 10 May, clashes ne`;
    const { dataset, issues } = fromACLED(text);
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['TST1']);
    expect(issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).to.deep.equal([
      'error /1 line 3: an unbalanced quote: the file ends inside the quoted notes field, as if it was cut off there; row dropped',
    ]);
  });

  it('reports a row with fewer cells than the header, and one without a date', () => {
    const text = `${csv([{}])}\nTST2,2020-05-10,2020\n${csvFormatRow(COLUMNS.map((c) => (c === 'event_date' ? 'someday' : (DEFAULTS[c] ?? ''))))}`;
    const { dataset, issues } = fromACLED(text);
    expect(dataset.events).to.have.length(1);
    expect(issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).to.deep.equal([
      `error /1 line 3 (TST2): the row has 3 of the header's ${COLUMNS.length} cells; row dropped`,
      'error /2 line 4 (TST1): event_date "someday" is not an ACLED date (2020-05-09, 9-May-20, 16 May 2025 or 09/05/2020); row dropped',
    ]);
  });

  it('warns when event_date and the year column disagree, keeping the date', () => {
    expect(one({ year: '2019' }).issues.map((i) => i.message)).to.deep.equal([
      'line 2 (TST1): event_date 2020-05-09 is in 2020 but year says 2019; the date is kept',
    ]);
  });

  it('reads the pre-2019 layout: index column, alphabetical order, ally_actor, old event types', () => {
    const columns = [
      '',
      'actor1',
      'actor2',
      'admin1',
      'ally_actor_1',
      'country',
      'event_date',
      'event_id_cnty',
      'event_type',
      'fatalities',
      'inter1',
      'inter2',
      'latitude',
      'location',
      'longitude',
      'notes',
      'source',
      'time_precision',
      'year',
    ];
    const row = [
      '0',
      'Rebels',
      'Civilians (Testland)',
      'East',
      'Herders',
      'Testland',
      '2016-07-02',
      '8188RTA',
      'Battle-No change of territory',
      '2',
      '2',
      '7',
      '3.1',
      'Baytown',
      '43.6',
      'Line one\nline two.',
      'Agence Example ',
      '1',
      '2016',
    ];
    const { dataset, issues } = fromACLED(`${columns.join(',')}\n${csvFormatRow(row)}\n`);
    expect(issues).to.deep.equal([]);
    expect(dataset.events[0]).to.deep.include({
      id: '8188RTA',
      title: 'Battle-No change of territory in Baytown',
      summary: 'Line one line two.',
      category: 'Battle-No change of territory',
      actors: [
        { id: 'rebels', role: 'participant' },
        { id: 'herders', role: 'ally' },
        { id: 'civilians-testland', role: 'participant' },
      ],
      sources: ['agence-example'],
    });
    expect(dataset.sources[0].publisher).to.equal('Agence Example');
  });

  it('repairs windows-1252 punctuation that arrived as control characters, with one warning', () => {
    const { event, issues } = one({ notes: 'Burki\u0092s men said \u0093no\u0094.' });
    expect(event.summary).to.equal('Burki’s men said “no”.');
    expect(issues.map((i) => i.message)).to.deep.equal([
      '3 control characters (U+0080–U+009F, first on line 2) were windows-1252 punctuation decoded as Latin-1; repaired to the characters meant (’ “ ” – …)',
    ]);
  });

  it('warns about fatalities that are not a count', () => {
    const { event, issues } = one({ fatalities: 'dozens' });
    expect(event.fatalities).to.equal(undefined);
    expect(issues.map((i) => i.message)).to.deep.equal([
      'line 2 (TST1): fatalities "dozens" is not a count; left out',
    ]);
  });

  it('reports a file that is not an ACLED export, an empty file and a non-string as one issue each', () => {
    for (const [input, message] of [
      ['', 'the ACLED file is empty'],
      ['\ufeff\r\n', 'the ACLED file is empty'],
      [
        'id,date_start,side_a\n1,2016-01-01,X\n',
        'not an ACLED export: the header (id, date_start, side_a) has no event_date column',
      ],
      [null, "an ACLED export is CSV text or the ACLED API's JSON reply, not null"],
      [{}, 'not an ACLED API reply: the JSON object (with no keys) has no "data" list'],
    ] as const) {
      const { dataset, issues } = fromACLED(input);
      expect(dataset.events).to.deep.equal([]);
      expect(issues).to.deep.equal([{ path: '', severity: 'error', message }]);
    }
  });

  it('reports a repeated event_id_cnty at the line of the repeat, naming the first', () => {
    const { dataset, issues } = fromACLED(csv([{ event_id_cnty: 'DUP1' }, { event_id_cnty: 'DUP1' }]));
    expect(dataset.events).to.have.length(1);
    expect(issues.map((i) => `${i.path} ${i.message}`)).to.deep.equal([
      '/1 line 3: id: id "DUP1" is already used by line 2 (event "DUP1" dropped)',
    ]);
  });
});
