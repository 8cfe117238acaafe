import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { detectFormat, importAny, type ImportFormat } from '../../../src/core/index.js';

// Made-up inputs in each format's shape (not real data).
const ACLED_CSV =
  'event_id_cnty,event_date,event_type,actor1,inter1,country,fatalities\n' +
  'TST1,2020-05-09,Battles,Testland Army,1,Testland,3\n';
const UCDP_CSV =
  'id,date_start,date_end,side_a,side_b,best,country\n' +
  '7,2016-01-02,2016-01-02,Government of Testland,IS,4,Testland\n';
const SHEET_CSV = 'Year,Month,Day,Headline,Text\n2011,5,5,Rally in the square,Thousands gathered.\n';
const TL3 = { events: [{ start_date: { year: '2011' }, text: { headline: 'One' } }] };
const TL2 = { timeline: { headline: 'T', date: [{ startDate: '2011,5,5', headline: 'One' }] } };
const DATASET = { events: [{ id: 'a', date: '2011-05-05', title: 'One' }] };
const ACLED_API = {
  status: 200,
  success: true,
  count: 1,
  data: [{ event_id_cnty: 'TST1', event_date: '2020-05-09', event_type: 'Battles', actor1: 'Testland Army' }],
};
const UCDP_API = {
  TotalCount: 1,
  TotalPages: 1,
  PreviousPageUrl: '',
  NextPageUrl: '',
  Result: [{ id: 7, date_start: '2016-01-02T00:00:00', side_a: 'Government of Testland' }],
};

describe('detectFormat', () => {
  const cases: Array<[string, unknown, ImportFormat, RegExp]> = [
    ['ACLED CSV', ACLED_CSV, 'acled', /ACLED's columns event_date and event_id_cnty/],
    ['UCDP GED CSV', UCDP_CSV, 'ucdp', /UCDP GED's columns date_start and side_a/],
    ['TimelineJS sheet CSV', SHEET_CSV, 'timelinejs', /TimelineJS sheet's columns Year and Headline/],
    ['TimelineJS3 JSON text', JSON.stringify(TL3), 'timelinejs', /start_date/],
    ['TimelineJS3 object', TL3, 'timelinejs', /start_date/],
    ['TimelineJS 2 JSON', TL2, 'timelinejs', /timeline\.date/],
    ['our dataset JSON', DATASET, 'dataset', /this library's events/],
    ['our dataset JSON text with a BOM', `\ufeff${JSON.stringify(DATASET)}`, 'dataset', /"events"/],
    ['ACLED API reply', ACLED_API, 'acled', /ACLED API reply/],
    ['ACLED API reply as text', JSON.stringify(ACLED_API), 'acled', /ACLED API reply/],
    ['UCDP API page', UCDP_API, 'ucdp', /UCDP API page/],
    ['a bare list of ACLED rows', ACLED_API.data, 'acled', /JSON list of rows has ACLED's columns/],
    [
      'the spreadsheet layout',
      'date,title\n2011-05-05,One\n',
      'sheet',
      /spreadsheet template's columns date and title/,
    ],
    ['a table of no known export', 'when,what\n2011-05-05,One\n', 'sheet', /spreadsheet of events/],
  ];
  for (const [name, input, format, reason] of cases) {
    it(`${name} → ${format}`, () => {
      const detected = detectFormat(input);
      expect(detected.format).to.equal(format);
      expect(detected.reason).to.match(reason);
    });
  }

  it('a file name breaks a tie the content leaves open', () => {
    expect(detectFormat('when,what\n2011,One\n', { filename: '2024-acled-export.csv' })).to.deep.equal({
      format: 'acled',
      reason: 'the CSV header matches no format, but the file name "2024-acled-export.csv" names acled',
    });
  });

  it('the content wins over the file name', () => {
    expect(detectFormat(UCDP_CSV, { filename: 'acled.csv' }).format).to.equal('ucdp');
  });

  it('says why when no format fits', () => {
    expect(detectFormat('')).to.deep.equal({ format: undefined, reason: 'the input is empty' });
    expect(detectFormat('{"events": [').reason).to.match(/^the text looks like JSON but is not valid JSON: /);
    expect(detectFormat({ rows: [] }).reason).to.equal(
      'the JSON object (with "rows") has none of "events", "timeline", "data" (ACLED) or "Result" (UCDP)',
    );
    expect(detectFormat(42)).to.deep.equal({
      format: undefined,
      reason: 'the number 42 is none of the known formats',
    });
    expect(detectFormat('just one line of prose').format).to.equal(undefined);
  });
});

describe('importAny', () => {
  it('imports each format with the importer it detects, saying which', () => {
    for (const input of [ACLED_CSV, UCDP_CSV, SHEET_CSV, TL3, JSON.stringify(TL2), DATASET]) {
      const result = importAny(input);
      expect(result.dataset.events, result.reason).to.have.length(1);
      expect(result.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
      expect(result.reason).to.equal(detectFormat(input).reason);
    }
    expect(importAny(ACLED_CSV).format).to.equal('acled');
    expect(importAny(DATASET).input).to.equal(DATASET);
  });

  it('a given format skips detection', () => {
    const result = importAny(JSON.stringify(DATASET), { format: 'timelinejs' });
    expect(result.format).to.equal('timelinejs');
    expect(result.reason).to.equal('the format "timelinejs" was given');
    expect(result.dataset.events).to.have.length(0);
  });

  it('a format that is not one is detected instead, with a note', () => {
    const result = importAny(ACLED_CSV, { format: 'xlsx' as ImportFormat });
    expect(result.format).to.equal('acled');
    expect(result.reason).to.match(
      /^the text "xlsx" is not a format \(dataset, timelinejs, acled, ucdp, sheet\), so it was detected: /,
    );
  });

  it('no known format: an empty dataset and one error saying what the input is', () => {
    const result = importAny('{"rows": []}');
    expect(result.dataset.events).to.deep.equal([]);
    expect(result.issues).to.deep.equal([
      {
        path: '',
        severity: 'error',
        message:
          'not a format this library imports: the JSON object (with "rows") has none of "events", "timeline", "data" (ACLED) or "Result" (UCDP)',
      },
    ]);
  });

  it('sheet: fromSheet, with the actors sheet from options.sheet', () => {
    const result = importAny('date,title,actors\n2011-05-05,One,Army\n', {
      sheet: { actors: 'name,side\nArmy,Government\n' },
    });
    expect(result.format).to.equal('sheet');
    expect(result.issues).to.deep.equal([]);
    expect(result.dataset.events.map((e) => e.title)).to.deep.equal(['One']);
    expect(result.dataset.actors).to.deep.equal([{ id: 'army', name: 'Army', side: 'government' }]);
  });

  it("sheet: a CSV of no known layout gets the sheet importer's reason", () => {
    const result = importAny('when,what\n2011-05-05,One\n');
    expect(result.format).to.equal('sheet');
    expect(result.issues.map((i) => i.message)).to.deep.equal([
      'not a conflict-timeline sheet: the header (when, what) has no date or title column (see templates/README.md)',
    ]);
  });

  it('never throws, whatever the input and options', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        has() {
          throw new Error('no');
        },
      },
    );
    for (const input of [hostile, null, undefined, Symbol('s'), [], [null], { events: hostile }]) {
      expect(() => importAny(input)).not.to.throw();
      expect(() => detectFormat(input, hostile as never)).not.to.throw();
    }
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue()), (input) => {
        const result = importAny(input);
        expect(result.dataset.events).to.be.an('array');
        expect(result.reason).to.be.a('string');
      }),
      { numRuns: 200 },
    );
  });
});
