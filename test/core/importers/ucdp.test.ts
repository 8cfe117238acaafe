import { expect } from '@open-wc/testing';
import { csvFormatRow } from 'd3-dsv';
import { fromUCDP } from '../../../src/core/index.js';
import { ucdpDate } from '../../../src/core/importers/ucdp.js';

// Made-up rows in the GED column layout (not real UCDP data).
const COLUMNS = [
  'id',
  'type_of_violence',
  'conflict_name',
  'side_a',
  'side_b',
  'source_article',
  'source_office',
  'source_date',
  'source_headline',
  'where_prec',
  'where_coordinates',
  'adm_1',
  'adm_2',
  'latitude',
  'longitude',
  'country',
  'event_clarity',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'low',
  'best',
  'high',
];
type Row = Partial<Record<string, string>>;
const DEFAULTS: Row = {
  type_of_violence: '1',
  conflict_name: 'Testland: Government',
  side_a: 'Government of Testland',
  side_b: 'Testland insurgents',
  source_article: '"Example Monitor,2016-01-01,Clashes near Riverton, say locals"',
  source_office: 'Example Monitor',
  source_date: '2016-01-01',
  source_headline: 'Clashes near Riverton, say locals',
  where_prec: '1',
  where_coordinates: 'Riverton town',
  adm_1: 'North Governorate',
  adm_2: 'Hill district',
  latitude: '34.8',
  longitude: '36.7',
  country: 'Testland',
  event_clarity: '1',
  date_prec: '1',
  date_start: '2016-01-01',
  date_end: '2016-01-01',
  deaths_a: '2',
  deaths_b: '1',
  deaths_civilians: '0',
  deaths_unknown: '0',
  low: '3',
  best: '3',
  high: '3',
};
const cellFor = (row: Row, column: string, i: number) =>
  row[column] ?? (column === 'id' ? String(1000 + i) : (DEFAULTS[column] ?? ''));
const csv = (rows: Row[], columns = COLUMNS) =>
  [columns.join(','), ...rows.map((r, i) => csvFormatRow(columns.map((c) => cellFor(r, c, i))))].join('\n');
const one = (row: Row) => {
  const result = fromUCDP(csv([row]));
  return { ...result, event: result.dataset.events[0] };
};

describe('ucdpDate', () => {
  it('makes a range of different start and end days, whatever the precision', () => {
    expect(ucdpDate('2016-01-11', '2016-01-25', '4')).to.equal('2016-01-11/2016-01-25');
  });
  it('honours date_prec on a single day: exact, approximate, its month, its year', () => {
    expect(ucdpDate('2016-03-05', '2016-03-05', '1')).to.equal('2016-03-05');
    expect(ucdpDate('2016-03-05', '2016-03-05', '2')).to.equal('2016-03-05~');
    expect(ucdpDate('2016-03-05', '2016-03-05', '3')).to.equal('2016-03-05~');
    expect(ucdpDate('2016-03-05', '2016-03-05', '4')).to.equal('2016-03');
    expect(ucdpDate('2016-03-05', '2016-03-05', '5')).to.equal('2016');
  });
});

describe('fromUCDP', () => {
  it('imports a row: id, date, title from the sides and place, actors, category, deaths', () => {
    const { event, issues } = one({});
    expect(issues).to.deep.equal([]);
    expect(event).to.deep.include({
      id: '1000',
      date: '2016-01-01',
      title: 'Government of Testland vs Testland insurgents in Riverton town',
      summary: 'Deaths by party: Government of Testland 2, Testland insurgents 1.',
      category: 'State-based conflict',
      tags: ['Testland: Government'],
      actors: [
        { id: 'government-of-testland', role: 'participant' },
        { id: 'testland-insurgents', role: 'participant' },
      ],
      place: {
        name: 'Riverton town',
        admin1: 'North Governorate',
        country: 'Testland',
        lat: 34.8,
        lon: 36.7,
      },
      fatalities: { count: 3, who: 'UCDP GED' },
    });
  });

  it('keeps date_start..date_end as a range and honours date_prec', () => {
    const { dataset } = fromUCDP(
      csv([
        { date_start: '2016-01-06', date_end: '2016-01-08', date_prec: '2' },
        { date_start: '2016-05-01 00:00:00.000', date_end: '2016-05-01 00:00:00.000', date_prec: '4' },
        { date_start: '2016-07-01', date_end: '2016-07-01', date_prec: '5' },
      ]),
    );
    expect(dataset.events.map((e) => [e.id, e.date])).to.deep.equal([
      ['1002', '2016'],
      ['1000', '2016-01-06/2016-01-08'],
      ['1001', '2016-05'],
    ]);
  });

  it('keeps low and high when the best estimate lies between them', () => {
    expect(one({ low: '2', best: '4', high: '9' }).event.fatalities).to.deep.equal({
      who: 'UCDP GED',
      count: 4,
      low: 2,
      high: 9,
    });
  });

  it('reports a best estimate outside low–high, keeping best alone rather than fixing the range', () => {
    const { event, issues } = one({ low: '177', best: '142', high: '177' });
    expect(event.fatalities).to.deep.equal({ who: 'UCDP GED', count: 142 });
    expect(issues).to.deep.equal([
      {
        path: '/0',
        severity: 'warning',
        message:
          'line 2 (id 1000): deaths best 142 is outside low 177 – high 177; kept best (142) as the count and left out low and high',
      },
    ]);
  });

  it('reports low above high the same way', () => {
    const { event, issues } = one({ low: '5', best: '4', high: '3' });
    expect(event.fatalities).to.deep.equal({ who: 'UCDP GED', count: 4 });
    expect(issues).to.have.length(1);
    expect(issues[0].message).to.contain('deaths best 4 is outside low 5 – high 3');
  });

  it('marks where_prec 6 (a country centroid) and other area centroids as approximate places', () => {
    const { dataset } = fromUCDP(
      csv([
        {
          where_prec: '6',
          where_coordinates: 'Testland',
          adm_1: '',
          adm_2: '',
          latitude: '35',
          longitude: '38',
        },
        { where_prec: '1' },
        { where_prec: '2' },
        { where_prec: '4' },
      ]),
    );
    expect(dataset.events.map((e) => [e.id, e.place?.approximate])).to.deep.equal([
      ['1000', true],
      ['1001', undefined],
      ['1002', undefined],
      ['1003', true],
    ]);
    expect(dataset.events[0].place).to.deep.equal({
      name: 'Testland',
      country: 'Testland',
      lat: 35,
      lon: 38,
      approximate: true,
    });
  });

  it('makes sources of each article in source_article, with publisher, date and headline', () => {
    const { event, dataset } = one({
      source_article:
        '"Example Monitor,2016-01-23,Raids on the countryside; 28 killed";"Agence Example,2016-02-08,Daily attacks\nAU \tA. Writer"',
    });
    expect(dataset.sources).to.deep.equal([
      {
        id: 'example-monitor-2016-01-23',
        publisher: 'Example Monitor',
        published: '2016-01-23',
        title: 'Raids on the countryside; 28 killed',
      },
      {
        id: 'agence-example-2016-02-08',
        publisher: 'Agence Example',
        published: '2016-02-08',
        title: 'Daily attacks AU A. Writer',
      },
    ]);
    expect(event.sources).to.deep.equal(['example-monitor-2016-01-23', 'agence-example-2016-02-08']);
  });

  it('pairs source_office, source_date and source_headline when source_article cannot be read', () => {
    const { dataset } = one({
      source_article: '',
      source_office: 'Monitor A;Monitor B',
      source_date: '2016-01-02 00:00:00.000;2016-1-3',
      source_headline: 'First;Second',
    });
    // Dates as database exports write them become days (they were kept as written, then refused).
    expect(dataset.sources.map((s) => [s.publisher, s.published, s.title])).to.deep.equal([
      ['Monitor A', '2016-01-02', 'First'],
      ['Monitor B', '2016-01-03', 'Second'],
    ]);
  });

  it('shares one source between events citing the same article', () => {
    const { dataset } = fromUCDP(csv([{}, {}]));
    expect(dataset.sources).to.have.length(1);
    expect(dataset.events.map((e) => e.sources)).to.deep.equal([
      ['example-monitor-2016-01-01'],
      ['example-monitor-2016-01-01'],
    ]);
  });

  it('titles one-sided violence as an attack on civilians, with attacker and target roles', () => {
    const { event } = one({
      type_of_violence: '3',
      side_a: 'Armed Group X',
      side_b: 'Civilians',
      deaths_a: '0',
      deaths_b: '0',
      deaths_civilians: '3',
      event_clarity: '2',
    });
    expect(event.title).to.equal('Armed Group X against civilians in Riverton town');
    expect(event.category).to.equal('One-sided violence');
    expect(event.actors).to.deep.equal([
      { id: 'armed-group-x', role: 'attacker' },
      { id: 'civilians', role: 'target' },
    ]);
    expect(event.summary).to.equal(
      'Deaths by party: civilians 3. The sources give a total for several incidents.',
    );
  });

  it('reads the older best_est, low_est and high_est columns', () => {
    const columns = COLUMNS.map((c) => (['best', 'low', 'high'].includes(c) ? `${c}_est` : c));
    const { dataset } = fromUCDP(csv([{ low_est: '1', best_est: '2', high_est: '5' }], columns));
    expect(dataset.events[0].fatalities).to.deep.equal({ who: 'UCDP GED', count: 2, low: 1, high: 5 });
  });

  it('drops a row without a readable date_start, and one whose range ends before it starts', () => {
    const { dataset, issues } = fromUCDP(
      csv([{ date_start: 'Jan 2016' }, { date_start: '2016-02-01', date_end: '2016-01-01' }, {}]),
    );
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['1002']);
    expect(issues.map((i) => `${i.path} ${i.message}`)).to.deep.equal([
      '/0 line 2 (id 1000): date_start "Jan 2016" is not a date (YYYY-MM-DD); row dropped',
      '/1 line 3 (id 1001): date_start 2016-02-01 to date_end 2016-01-01: the range 2016-02-01/2016-01-01 ends before it starts: 2016-02-01 is after 2016-01-01; row dropped',
    ]);
  });

  it('keeps the rows after a stray quote and reports the row with it by its line', () => {
    // Without commas no cell is quoted: the stray quote runs on to the quoted cells of row 4.
    const rows = [1, 2, 3, 4, 5].map(() => ({
      source_article: 'Example Monitor 2016-01-01',
      source_headline: 'Clashes near Riverton',
    }));
    rows[3] = { source_article: 'Example Monitor, 2016-01-01', source_headline: 'Two lines,\nof headline' };
    const lines = csv(rows).split('\n');
    lines[2] = lines[2].replace(',Government of Testland,', ',"Government of Testland,');
    const { dataset, issues } = fromUCDP(lines.join('\n'));
    expect(dataset.events.map((e) => e.id)).to.deep.equal(['1000', '1002', '1003', '1004']);
    expect(dataset.events[2].sources?.[0]).to.exist;
    expect(issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).to.deep.equal([
      'error /1 line 3: an unbalanced quote: the quoted side_a field runs on to line 5 and has text after its closing quote; row dropped',
    ]);
  });

  it('reports a row cut short as one issue', () => {
    const text = `${csv([{}])}\r\n1001,1,Testland: Government,Government of Testland\r\n`;
    const { dataset, issues } = fromUCDP(text);
    expect(dataset.events).to.have.length(1);
    expect(issues.map((i) => i.message)).to.deep.equal([
      `line 3 (id 1001): the row has 4 of the header's ${COLUMNS.length} cells; row dropped`,
    ]);
  });

  it('reports a file that is not a GED export, an empty file and a non-string as one issue each', () => {
    for (const [input, message] of [
      ['', 'the UCDP file is empty'],
      [
        'event_date,actor1\n2020-05-09,X\n',
        'not a UCDP GED export: the header (event_date, actor1) has no date_start or side_a column',
      ],
      [undefined, "a UCDP GED export is CSV text or a page of the UCDP API's JSON, not undefined"],
    ] as const) {
      const { dataset, issues } = fromUCDP(input);
      expect(dataset.events).to.deep.equal([]);
      expect(issues).to.deep.equal([{ path: '', severity: 'error', message }]);
    }
  });
});
