import { expect } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import { fromSheet, parseDataset, parseSheetDate, toDatasetInput, toSheet } from '../../../src/core/index.js';
import { columnLetter, parseFatalities, splitList } from '../../../src/core/importers/sheet.js';
import syria from '../../../data/syria.json';

const HEADER = ['id', 'date', 'title', 'place', 'country', 'lat', 'lon', 'actors', 'fatalities', 'sources'];
/** An events sheet with HEADER's columns; each row gives some of them. */
const sheet = (...rows: Array<Partial<Record<string, string>>>) =>
  csvFormatRows([HEADER, ...rows.map((r) => HEADER.map((c) => r[c] ?? ''))]);

const messages = (issues: Array<{ message: string }>) => issues.map((i) => i.message);

describe('parseSheetDate', () => {
  it('passes EDTF through as written', () => {
    for (const text of [
      '2015-05-19',
      '2015-05',
      '2015',
      '2015-05-16~',
      '2014-03/2014-06-14',
      '[2014-03..2014-06-14]',
      '2015-05/..',
      '-0500',
    ])
      expect(parseSheetDate(text)).to.deep.equal({ ok: true, date: text });
  });

  it('reads the forms people type', () => {
    const cases: Array<[string, string]> = [
      ['19 May 2015', '2015-05-19'],
      ['19th May, 2015', '2015-05-19'],
      ['May 19, 2015', '2015-05-19'],
      ['Sept. 3 2015', '2015-09-03'],
      ['May 2015', '2015-05'],
      ['2015-5-9', '2015-05-09'],
      ['2015-05-19 to 2015-05-21', '2015-05-19/2015-05-21'],
      ['19 May 2015 – 2 June 2015', '2015-05-19/2015-06-02'],
      ['19–21 May 2015', '2015-05-19/2015-05-21'],
      ['c. 16 May 2015', '2015-05-16~'],
      ['circa May 2015', '2015-05~'],
      ['16 May 2015?', '2015-05-16?'],
      ['c. 16 May 2015?', '2015-05-16%'],
      ['19/05/2015', '2015-05-19'],
      ['05/19/2015', '2015-05-19'],
      ['05/05/2015', '2015-05-05'],
    ];
    for (const [text, date] of cases) expect(parseSheetDate(text), text).to.deep.equal({ ok: true, date });
  });

  it('needs the order for numeric dates that could be either', () => {
    const ambiguous = parseSheetDate('05/06/2015');
    expect(ambiguous.ok).to.equal(false);
    expect(!ambiguous.ok && ambiguous.reason)
      .to.contain('ambiguous')
      .and.contain('5 June or 6 May 2015');
    expect(parseSheetDate('05/06/2015', 'dmy')).to.deep.equal({ ok: true, date: '2015-06-05' });
    expect(parseSheetDate('05/06/2015', 'mdy')).to.deep.equal({ ok: true, date: '2015-05-06' });
    expect(parseSheetDate('19/05/2015', 'mdy').ok).to.equal(false);
  });

  it('says why a date is not one', () => {
    const reason = (text: string) => {
      const r = parseSheetDate(text);
      return r.ok ? `accepted as ${r.date}` : r.reason;
    };
    expect(reason('19/05/15')).to.equal(
      '"19/05/15" is not a date in a supported format (2015-05-19, 19 May 2015, May 2015, 2015-05-19 to 2015-05-21, c. 16 May 2015)',
    );
    expect(reason('2015-02-30')).to.contain('30 February 2015 does not exist');
    expect(reason('30 February 2015')).to.contain('30 February 2015 does not exist');
    expect(reason('19 Mayo 2015')).to.contain('"Mayo"').and.contain('not an English month');
    expect(reason('')).to.equal('the date is empty');
  });
});

describe('parseFatalities', () => {
  it('reads counts, ranges and bounds', () => {
    expect(parseFatalities('73')).to.deep.equal({ count: 73 });
    expect(parseFatalities('6,000')).to.deep.equal({ count: 6000 });
    expect(parseFatalities('15–20')).to.deep.equal({ low: 15, high: 20 });
    expect(parseFatalities('15 - 20')).to.deep.equal({ low: 15, high: 20 });
    expect(parseFatalities('at least 73')).to.deep.equal({ low: 73 });
    expect(parseFatalities('73+')).to.deep.equal({ low: 73 });
    expect(parseFatalities('up to 20')).to.deep.equal({ high: 20 });
    expect(parseFatalities('73 (60–80)')).to.deep.equal({ count: 73, low: 60, high: 80 });
    expect(parseFatalities('')).to.equal(undefined);
    expect(parseFatalities('dozens')).to.equal(null);
  });
});

describe('splitList and columnLetter', () => {
  it('splits at unescaped separators', () => {
    expect(splitList('a; b\\; c ;; d', ';')).to.deep.equal(['a', 'b; c', '', 'd']);
    expect(splitList('a \\| b | c\\;d', '|', true)).to.deep.equal(['a \\| b', 'c\\;d']);
  });
  it('names columns like a spreadsheet', () => {
    expect([0, 2, 25, 26, 27, 701, 702].map(columnLetter)).to.deep.equal([
      'A',
      'C',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('fromSheet', () => {
  it('reads a row into an event with place, actors, toll and sources', () => {
    const csv = sheet({
      id: 'e1',
      date: '19 May 2015',
      title: 'Rebels seize al-Mastouma base',
      place: 'Al-Mastouma base',
      country: 'Syria',
      lat: '35.87',
      lon: '36.62',
      actors: 'Jaysh al-Fateh (attacker); Syrian Army (target)',
      fatalities: 'at least 73',
      sources: 'Reuters; Rebels seize base; 2015-05-19; https://example.org/a | AFP',
    });
    const { dataset, issues } = fromSheet(csv);
    expect(issues).to.deep.equal([]);
    const [event] = dataset.events;
    expect(event.id).to.equal('e1');
    expect(event.date).to.equal('2015-05-19');
    expect(event.place).to.deep.equal({ name: 'Al-Mastouma base', country: 'Syria', lat: 35.87, lon: 36.62 });
    expect(event.actors).to.deep.equal([
      { id: 'jaysh-al-fateh', role: 'attacker' },
      { id: 'syrian-army', role: 'target' },
    ]);
    expect(event.fatalities).to.deep.equal({ low: 73 });
    expect(dataset.sources).to.deep.equal([
      {
        id: 'reuters-2015-05-19',
        publisher: 'Reuters',
        title: 'Rebels seize base',
        published: '2015-05-19',
        url: 'https://example.org/a',
      },
      { id: 'afp', publisher: 'AFP' },
    ]);
    expect(event.sources).to.deep.equal(['reuters-2015-05-19', 'afp']);
  });

  it('gives each unreadable cell its address and keeps the rest of the row', () => {
    const csv = sheet(
      { date: '2015-05-19', title: 'Good' },
      { date: '19/05/15', title: 'Bad date' },
      {
        date: '2015-05-20',
        title: 'Bad figures',
        lat: 'north',
        lon: '36',
        fatalities: 'dozens',
        place: 'Idlib',
      },
      { date: '2015-05-21', title: '' },
    );
    const { dataset, issues } = fromSheet(csv);
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['Good', 'Bad figures']);
    expect(dataset.events[1].place).to.deep.equal({ name: 'Idlib' });
    expect(issues).to.deep.equal([
      {
        path: '/1/date',
        message:
          'B3: "19/05/15" is not a date in a supported format (2015-05-19, 19 May 2015, May 2015, 2015-05-19 to 2015-05-21, c. 16 May 2015); row dropped',
        severity: 'error',
      },
      { path: '/2/lat', message: 'F4: "north" is not a number; coordinates left out', severity: 'warning' },
      {
        path: '/2/fatalities',
        message: 'I4: "dozens" is not a death toll (73, 15–20, at least 73, up to 20); left out',
        severity: 'warning',
      },
      { path: '/3/title', message: 'C5: the title is empty; row dropped', severity: 'error' },
    ]);
  });

  it('reads importance as a number, and leaves out one that is not, with its address', () => {
    const csv = csvFormatRows([
      ['date', 'title', 'importance'],
      ['2015-05-19', 'Lead', '4'],
      ['2015-05-20', 'Minor', '-0.5'],
      ['2015-05-21', 'Plain', ''],
      ['2015-05-22', 'Words', 'high'],
    ]);
    const { dataset, issues } = fromSheet(csv);
    expect(dataset.events.map((e) => e.importance)).to.deep.equal([4, -0.5, undefined, undefined]);
    expect(issues).to.deep.equal([
      {
        path: '/3/importance',
        message: 'C5: "high" is not a number (3, 0.5, -1); left out',
        severity: 'warning',
      },
    ]);
  });

  it('makes a stable id from date and title when the id is empty', () => {
    const csv = sheet(
      { date: '19 May 2015', title: 'Rebels seize al-Mastouma base' },
      { date: '19 May 2015', title: 'Rebels seize al-Mastouma base' },
    );
    const ids = fromSheet(csv).dataset.events.map((e) => e.id);
    expect(ids).to.deep.equal([
      '2015-05-19-rebels-seize-al-mastouma-base',
      '2015-05-19-rebels-seize-al-mastouma-base-2',
    ]);
    expect(fromSheet(csv).dataset.events.map((e) => e.id)).to.deep.equal(ids);
  });

  it('takes the date order from the column name or the about sheet', () => {
    const header = (name: string) =>
      csvFormatRows([
        ['title', name],
        ['A', '05/06/2015'],
      ]);
    expect(fromSheet(header('date (dd/mm/yyyy)')).dataset.events[0].date).to.equal('2015-06-05');
    expect(fromSheet(header('Date (mm/dd/yyyy)')).dataset.events[0].date).to.equal('2015-05-06');
    expect(
      fromSheet(header('date'), { about: 'field,value\ndate order,mm/dd/yyyy\n' }).dataset.events[0].date,
    ).to.equal('2015-05-06');
    const { dataset, issues } = fromSheet(header('date'));
    expect(dataset.events).to.have.length(0);
    expect(messages(issues)[0]).to.match(/^B2: "05\/06\/2015" is ambiguous/);
  });

  it('takes actors, sides and colours from the actors sheet', () => {
    const actors = csvFormatRows([
      ['name', 'short', 'side', 'colour', 'aliases', 'side colour'],
      ['Syrian Army', 'SAA', 'Government', '', 'regime forces; army', '#b22222'],
      ['Islamic State (ISIS)', 'ISIS', 'Jihadists', '', '', ''],
    ]);
    const csv = sheet({
      date: '2015',
      title: 'X',
      actors: 'regime forces (attacker); Islamic State (ISIS); Free Syrian Army (FSA)',
    });
    const { dataset, issues } = fromSheet(csv, { actors });
    expect(issues).to.deep.equal([]);
    expect(dataset.sides).to.deep.equal([
      { id: 'government', label: 'Government', color: '#b22222' },
      { id: 'jihadists', label: 'Jihadists' },
    ]);
    expect(dataset.events[0].actors).to.deep.equal([
      { id: 'syrian-army', role: 'attacker' },
      { id: 'islamic-state-isis' },
      { id: 'free-syrian-army-fsa' },
    ]);
    expect(dataset.actorsById.get('free-syrian-army-fsa')?.name).to.equal('Free Syrian Army (FSA)');
  });

  it('reports what it cannot use in the header and actors sheet', () => {
    const csv = csvFormatRows([
      ['date', 'title', 'colour'],
      ['2015', 'X', 'red'],
    ]);
    const actors = csvFormatRows([
      ['name', 'short'],
      ['', 'SAA'],
    ]);
    expect(messages(fromSheet(csv, { actors }).issues)).to.deep.equal([
      'C1: column "colour" is not part of the sheet layout (see templates/README.md); ignored',
      'actors.csv A2: the actor has no name; row ignored',
    ]);
  });

  it('takes one source written with its date in two forms as one source', () => {
    const csv = sheet(
      { date: '2015', title: 'A', sources: 'Reuters; Base falls; 2015-05-19' },
      { date: '2016', title: 'B', sources: 'Reuters; Base falls; 19 May 2015' },
    );
    const { dataset, issues } = fromSheet(csv);
    expect(issues).to.deep.equal([]);
    expect(dataset.sources.map((s) => s.id)).to.deep.equal(['reuters-2015-05-19']);
    expect(dataset.events.map((e) => e.sources)).to.deep.equal([
      ['reuters-2015-05-19'],
      ['reuters-2015-05-19'],
    ]);
  });

  it('reads numbered source columns', () => {
    const csv = csvFormatRows([
      ['date', 'title', 'source 2', 'source 1'],
      ['2015', 'X', 'AFP', 'Reuters; ; 2015-05-19'],
    ]);
    expect(fromSheet(csv).dataset.events[0].sources).to.deep.equal(['reuters-2015-05-19', 'afp']);
  });

  it('is not fooled by input that is not a sheet', () => {
    for (const input of [undefined, 42, '', 'a,b\n1,2\n']) {
      const { dataset, issues } = fromSheet(input);
      expect(dataset.events).to.have.length(0);
      expect(issues).to.have.length(1);
      expect(issues[0].severity).to.equal('error');
    }
    expect(fromSheet('a,b\n1,2\n').issues[0].message).to.contain('has no date or title column');
  });
});

describe('toSheet', () => {
  it('round-trips the Syria sample with nothing lost', () => {
    const original = parseDataset(syria);
    expect(original.issues).to.deep.equal([]);
    const files = toSheet(original.dataset);
    const back = fromSheet(files.events, { actors: files.actors, about: files.about });
    expect(back.issues).to.deep.equal([]);
    // The sources list comes back in the order events first cite them.
    const bySourceId = (d: ReturnType<typeof toDatasetInput>) => ({
      ...d,
      sources: [...(d.sources ?? [])].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(bySourceId(toDatasetInput(back.dataset))).to.deep.equal(
      bySourceId(toDatasetInput(original.dataset)),
    );
    expect(back.dataset.sides.map((s) => s.id)).to.deep.equal(original.dataset.sides.map((s) => s.id));
  });

  it('round-trips awkward text: separators, formulas, paragraphs, uncited sources, odd ids', () => {
    const input = {
      title: '=HYPERLINK("http://evil")',
      description: 'One.\n\nTwo.',
      lang: 'ar',
      sides: [
        { id: 'b', label: 'Second' },
        { id: 'a', label: 'First', color: '#112233' },
      ],
      actors: [
        { id: 'x1', name: 'A; B | C', short: '+AB', side: 'a', aliases: ['a\\b', '@alias'] },
        { id: 'iran', name: 'Iran' },
      ],
      sources: [
        {
          id: 's1',
          publisher: 'P | Q',
          title: 'T; U',
          published: '2015-05-19',
          url: 'https://example.org/?a=1;b',
        },
        { id: 'unused', publisher: 'Nobody' },
      ],
      events: [
        {
          id: '-1',
          date: '-0500~',
          title: '-5 degrees',
          summary: 'First paragraph.\n\nSecond, with "quotes", commas.',
          actors: [{ id: 'x1', role: 'attacker' }, 'iran'],
          place: { name: 'Here', lat: -33.5, lon: 151, approximate: true },
          fatalities: { count: 3, low: 1, high: 5, who: 'W', claimedBy: 'C' },
          claimedBy: '@someone',
          sources: ['s1'],
          tags: ['t;1', 't2'],
        },
        { id: 'set', date: '[2014-03..2014-06-14]', title: 'Some day between', importance: -1.5 },
      ],
    };
    const original = parseDataset(input);
    expect(original.issues).to.deep.equal([]);
    const files = toSheet(original.dataset);
    expect(files.events).to.contain("'-5 degrees").and.contain("'@someone");
    expect(files.about).to.contain(`"'=HYPERLINK(""http://evil"")"`);
    const back = fromSheet(files.events, { actors: files.actors, about: files.about });
    expect(back.issues).to.deep.equal([]);
    expect(toDatasetInput(back.dataset)).to.deep.equal(toDatasetInput(original.dataset));
  });

  it('writes JSON input too', () => {
    const files = toSheet({ events: [{ id: 'a', date: '2015', title: 'T' }] });
    expect(files.events.split('\n')[1]).to.equal('a,2015,T,,,,,,,,,,,,,,,,');
  });
});
