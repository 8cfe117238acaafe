// The files people really download (issue 17): R and pandas exports, API replies, header-only files,
// reduced extracts, older citations, zero-length TimelineJS ranges, actors coded differently per row.
// Inputs are written here or are the constructed files in test/fixtures/importers/ (see its README).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromACLED, fromTimelineJS, fromUCDP, importAny } from '../../../src/core/index.js';
import { ucdpFreeTextArticle } from '../../../src/core/importers/ucdp.js';
import type { Dataset } from '../../../src/core/types.js';
import ACLED_API_REPLY from '../../fixtures/importers/acled-api-reply.json';
import UCDP_API_PAGE from '../../fixtures/importers/ucdp-api-page.json';

/** A constructed CSV file of test/fixtures/importers/ (JSON ones are imported: the test server makes .json modules). */
async function fixture(name: string): Promise<string> {
  const res = await fetch(`/test/fixtures/importers/${name}`);
  expect(res.ok, `GET ${name}: ${res.status}`).to.equal(true);
  return res.text();
}

/** The names of an event's actors (with roles when asked), in order. */
const actorNames = (dataset: Dataset, eventId: string, withRoles = false) =>
  dataset.eventsById
    .get(eventId)!
    .actors.map((a) => `${dataset.actorsById.get(a.id)!.name}${withRoles ? ` ${a.role}` : ''}`);

const messages = (result: { issues: Array<{ severity: string; path: string; message: string }> }) =>
  result.issues.map((i) => `${i.severity} ${i.path} ${i.message}`);

const BENIN =
  'event_id_cnty,event_date,actor1,assoc_actor_1,actor2,admin3,location,admin2,country\n' +
  'BEN892,28 December 2022,Civilians (Benin),Refugees/IDPs (Benin),NA,NA,Mamassi-Gourma,Karimama,Benin\n';

const UCDP_HEADER = 'id,date_start,date_end,date_prec,side_a,side_b,best,low,high,country,source_article\n';

describe('fromACLED: missing-value literals (NA, NaN, NULL, N/A, <NA>)', () => {
  it("the issue's Benin row: no actor called NA, no NA in the place, one warning", () => {
    const result = fromACLED(BENIN);
    const [event] = result.dataset.events;
    expect(result.dataset.actors.map((a) => a.name)).to.deep.equal([
      'Civilians (Benin)',
      'Refugees/IDPs (Benin)',
    ]);
    expect(event.place).to.deep.equal({ name: 'Mamassi-Gourma, Karimama', country: 'Benin' });
    expect(messages(result)).to.deep.equal([
      'warning  2 cells (first line 2, actor2 "NA") held missing-value marks (NA, NaN, NULL, N/A, <NA>), as R and pandas write empty cells; read as empty',
    ]);
  });

  it('every literal, in any column, is read as empty; "Na" and a name containing NA are kept', () => {
    const header = 'event_id_cnty,event_date,event_type,actor1,actor2,location,fatalities,notes\n';
    const rows = ['NA', 'NaN', 'NULL', 'N/A', '<NA>', ' null ', '#N/A'].map(
      (mark, i) => `T${i},2020-05-0${i + 1},Battles,Army,${mark},${mark},${mark},${mark}\n`,
    );
    const result = fromACLED(header + rows.join('') + 'T9,2020-05-09,Battles,Army,Na,NA Town,1,NAN\n');
    const events = result.dataset.events;
    expect(events).to.have.length(8);
    for (const event of events.slice(0, 7)) {
      expect(actorNames(result.dataset, event.id), event.id).to.deep.equal(['Army']);
      expect(event.place, event.id).to.equal(undefined);
      expect(event.fatalities, event.id).to.equal(undefined);
      expect(event.summary, event.id).to.equal(undefined);
    }
    const last = events[7];
    expect(actorNames(result.dataset, last.id)).to.deep.equal(['Army', 'Na']);
    expect(last.place?.name).to.equal('NA Town');
    expect(last.summary).to.equal(undefined);
    expect(messages(result)).to.deep.equal([
      'warning  29 cells (first line 2, actor2 "NA") held missing-value marks (NA, NaN, NULL, N/A, <NA>), as R and pandas write empty cells; read as empty',
    ]);
  });

  it('fromUCDP reads them as empty too', () => {
    const result = fromUCDP(
      `${UCDP_HEADER}7,2016-01-02,NA,NA,Government of Testland,NA,4,NA,NA,Testland,NA\n`,
    );
    const [event] = result.dataset.events;
    expect(event).to.deep.include({ date: '2016-01-02', title: 'Organised violence in Testland' });
    expect(actorNames(result.dataset, event.id)).to.deep.equal(['Government of Testland']);
    expect(event.fatalities).to.deep.equal({ count: 4, who: 'UCDP GED' });
    expect(messages(result)).to.deep.equal([
      'warning  6 cells (first line 2, date_end "NA") held missing-value marks (NA, NaN, NULL, N/A, <NA>), as R and pandas write empty cells; read as empty',
    ]);
  });

  it('the TimelineJS sheet: in the date, media and group columns, not in the headline or text', () => {
    const result = fromTimelineJS(
      'Year,Month,Day,End Year,End Month,End Day,Headline,Text,Media,Group\n' +
        '2011,5,5,NA,NA,NA,N/A,NA,NA,NA\n',
    );
    const [event] = result.dataset.events;
    expect(event).to.deep.include({ date: '2011-05-05', title: 'N/A', summary: 'NA' });
    expect(event.category).to.equal(undefined);
    expect(messages(result)).to.deep.equal([
      'warning  5 cells (first line 2, End Year "NA") held missing-value marks (NA, NaN, NULL, N/A, <NA>), as R and pandas write empty cells; read as empty',
    ]);
  });
});

describe('API replies: the ACLED API reply and the UCDP API page, as text or parsed', () => {
  it('the ACLED API reply gives the events its CSV would, numbers as numbers', async () => {
    const text = JSON.stringify(ACLED_API_REPLY);
    const result = fromACLED(text);
    // SUD31503 is dated within a week (time_precision 2): 1–7 March sorts first.
    expect(result.dataset.events.map((e) => e.id)).to.deep.equal([
      'SUD31503',
      'SUD31502',
      'SUD31504',
      'SUD31505',
    ]);
    expect(result.dataset.eventsById.get('SUD31503')).to.deep.include({
      date: '2024-03-01/2024-03-07',
      title: 'Attack in Wad Al Nura, Al Hasahisa',
      category: 'Violence against civilians',
    });
    expect(result.dataset.eventsById.get('SUD31503')!.fatalities).to.deep.equal({ count: 17, who: 'ACLED' });
    expect(result.dataset.eventsById.get('SUD31502')!.place).to.deep.equal({
      name: 'Omdurman, Um Durman',
      admin1: 'Khartoum',
      country: 'Sudan',
      lat: 15.6445,
      lon: 32.4777,
    });
    expect(result.dataset.updated).to.equal('2024-03-19');
    expect(messages(fromACLED(JSON.parse(text)))).to.deep.equal(messages(result));
    expect(fromACLED(JSON.parse(text)).input).to.deep.equal(result.input);
  });

  it('an ACLED API error reply and JSON of another shape are said to be so', () => {
    expect(
      messages(fromACLED('{"status":403,"success":false,"error":{"message":"Access denied"}}')),
    ).to.deep.equal(['error  the ACLED API reply is an error (status 403): Access denied']);
    expect(messages(fromACLED('{"events": []}'))).to.deep.equal([
      'error  not an ACLED API reply: the JSON object (with "events") has no "data" list',
    ]);
    expect(messages(fromACLED('{"data": [ {"event_date": '))[0]).to.match(
      /^error {2}the text is JSON, not a CSV table, but not valid JSON: .* \(an ACLED export is CSV text or the ACLED API's JSON reply\)$/,
    );
    expect(
      messages(fromACLED({ data: [42, { event_date: '2020-05-09', actor1: 'Protesters' }] })),
    ).to.deep.equal(['error /data/0 the row must be an object, not the number 42; dropped']);
  });

  it('the UCDP API page: its rows, and a warning that there are more pages', async () => {
    const text = JSON.stringify(UCDP_API_PAGE);
    const result = fromUCDP(text);
    expect(result.dataset.events.map((e) => [e.id, e.date, e.title])).to.deep.equal([
      ['15201', '1989-05-16', 'Government of Angola vs UNITA in Huambo province'],
      ['15202', '1989-06-01', 'Government of Angola vs UNITA in Cuito'],
      ['244657', '2016-01-22', 'Government of Syria vs Syrian insurgents in Idlib town'],
    ]);
    expect(result.dataset.eventsById.get('15202')!.fatalities).to.deep.equal({
      count: 13,
      high: 15,
      who: 'UCDP GED',
    });
    expect(messages(result)).to.deep.equal([
      'warning  this is one page of 2 (6 events in all); the next is at https://ucdpapi.pcr.uu.se/api/gedevents/24.1?pagesize=3&page=1',
      'warning  1 free-text citation in source_article (first /Result/1: "Angolan radio report") had no publisher and date to split off; kept whole as the publisher',
    ]);
    expect(fromUCDP(JSON.parse(text)).input).to.deep.equal(result.input);
  });

  it('JSON text that is not a UCDP page is said to be JSON, not read as a CSV header', () => {
    expect(messages(fromUCDP('{"TotalCount": 0}'))).to.deep.equal([
      'error  not a UCDP API page: the JSON object (with "TotalCount") has no "Result" list',
    ]);
    expect(messages(fromUCDP('[{"id": 1}]'))).to.deep.equal([
      "error  not a UCDP GED export: the rows' fields (id) have no date_start or side_a column",
    ]);
  });
});

describe('an export with a header and no rows', () => {
  it('says so in all three importers', () => {
    const said = ['warning  the file has a header but no rows'];
    expect(messages(fromACLED('event_id_cnty,event_date,event_type,actor1\r\n'))).to.deep.equal(said);
    expect(messages(fromUCDP(UCDP_HEADER))).to.deep.equal(said);
    expect(messages(fromTimelineJS('Year,Month,Day,Headline,Text\n\n'))).to.deep.equal(said);
  });

  it('an API reply with no rows says so too', () => {
    expect(messages(fromACLED({ status: 200, success: true, count: 0, data: [] }))).to.deep.equal([
      'warning  the reply has no rows',
    ]);
    expect(messages(fromUCDP({ TotalCount: 0, TotalPages: 0, Result: [] }))).to.deep.equal([
      'warning  the reply has no rows',
    ]);
  });

  it('a header of the wrong format with no rows is still the wrong format', () => {
    expect(messages(fromACLED('id,date_start,side_a\n'))).to.deep.equal([
      'error  not an ACLED export: the header (id, date_start, side_a) has no event_date column',
    ]);
  });
});

describe('fromACLED: reduced-column extracts (no actor columns)', () => {
  it('imports every row it can date and title, warns once that the actors are missing', async () => {
    const result = fromACLED(await fixture('acled-reduced-extract.csv'));
    expect(result.dataset.events.map((e) => [e.id, e.date, e.title, e.fatalities?.count])).to.deep.equal([
      ['acled-line-2', '2023-08-14', 'Battles in Kidal', 2],
      ['acled-line-3', '2023-08-15', 'Explosions/Remote violence in Gao', 0],
    ]);
    expect(result.dataset.events.every((e) => e.actors.length === 0)).to.equal(true);
    expect(messages(result)).to.deep.equal([
      'warning  the file has no actor columns (actor1, actor2, assoc_actor_1, assoc_actor_2, inter1, inter2): the events have no actors',
      'error /2 line 4: nothing to title the event by (event_type, sub_event_type, location and actor1 are empty or absent); row dropped',
      'error /3 line 5: event_date "not a date" is not an ACLED date (2020-05-09, 9-May-20, 16 May 2025 or 09/05/2020); row dropped',
    ]);
  });

  it('an extract with actor2 but not actor1 keeps actor2', () => {
    const result = fromACLED('event_date,event_type,actor2,inter2\n2023-08-14,Battles,Rebels,2\n');
    expect(result.dataset.events[0].title).to.equal('Battles');
    expect(result.dataset.actors).to.deep.equal([{ id: 'rebels', name: 'Rebels', side: 'rebel-groups' }]);
    expect(messages(result)).to.deep.equal([
      'warning  the file has no actor1, assoc_actor_1, assoc_actor_2, inter1 columns: the events have only the other actors',
    ]);
  });

  it('a full export still drops a row whose actor1 is empty', () => {
    const result = fromACLED('event_date,event_type,actor1,location\n2023-08-14,Battles,,Kidal\n');
    expect(messages(result)).to.deep.equal(['error /0 line 2: actor1 is empty; row dropped']);
  });
});

describe('fromUCDP: older free-text citations (source_article before 2013)', () => {
  it('ucdpFreeTextArticle splits publisher, date and title where it can', () => {
    expect(ucdpFreeTextArticle('Reuters 1989-05-17 "ANGOLAN UNITA REBELS BLOW UP POWER LINES')).to.deep.equal(
      {
        article: {
          publisher: 'Reuters',
          published: '1989-05-17',
          title: 'ANGOLAN UNITA REBELS BLOW UP POWER LINES',
        },
        split: true,
      },
    );
    expect(ucdpFreeTextArticle('Xinhua General News Service, 1994-03, "Fighting in Kuito"')).to.deep.equal({
      article: { publisher: 'Xinhua General News Service', published: '1994-03', title: 'Fighting in Kuito' },
      split: true,
    });
    expect(ucdpFreeTextArticle('BBC Monitoring 3 Feb 2001')).to.deep.equal({
      article: { publisher: 'BBC Monitoring', published: '2001-02-03' },
      split: true,
    });
    expect(ucdpFreeTextArticle('Amnesty International Report 1999')).to.deep.equal({
      article: { publisher: 'Amnesty International Report', published: '1999' },
      split: true,
    });
    expect(ucdpFreeTextArticle(' "Angolan radio report" ')).to.deep.equal({
      article: { publisher: 'Angolan radio report' },
      split: false,
    });
    expect(ucdpFreeTextArticle('   ')).to.equal(undefined);
  });

  it('keeps each as a source and warns once about what could not be split', () => {
    const row = (id: number, article: string) =>
      `${id},1989-05-16,1989-05-16,1,Government of Angola,UNITA,0,0,0,Angola,"${article.replace(/"/g, '""')}"\n`;
    const result = fromUCDP(
      UCDP_HEADER +
        row(1, 'Reuters 1989-05-17 "ANGOLAN UNITA REBELS BLOW UP POWER LINES') +
        row(2, 'Reuters 1989-05-17 "ANGOLAN UNITA REBELS BLOW UP POWER LINES; Local radio') +
        row(3, '"SOHR,2016-01-23,Aerial bombardment"'),
    );
    expect(
      result.dataset.events.map((e) =>
        e.sources
          .map((id) => result.dataset.sourcesById.get(id)!)
          .map((s) => [s.publisher, s.published, s.title]),
      ),
    ).to.deep.equal([
      [['Reuters', '1989-05-17', 'ANGOLAN UNITA REBELS BLOW UP POWER LINES']],
      [
        ['Reuters', '1989-05-17', 'ANGOLAN UNITA REBELS BLOW UP POWER LINES'],
        ['Local radio', undefined, undefined],
      ],
      [['SOHR', '2016-01-23', 'Aerial bombardment']],
    ]);
    expect(messages(result)).to.deep.equal([
      'warning  1 free-text citation in source_article (first line 3: "Local radio") had no publisher and date to split off; kept whole as the publisher',
    ]);
  });
});

describe('fromTimelineJS: end date equal to the start', () => {
  it('a sheet row whose end repeats the start is one date, not a zero-length range', () => {
    const result = fromTimelineJS(
      'Year,Month,Day,End Year,End Month,End Day,Headline\n2011,5,5,2011,5,5,Same day\n2011,5,5,2011,5,6,Two days\n',
    );
    expect(result.dataset.events.map((e) => [e.date, e.time.isRange])).to.deep.equal([
      ['2011-05-05', false],
      ['2011-05-05/2011-05-06', true],
    ]);
    expect(result.issues).to.deep.equal([]);
  });

  it('the same in v2 JSON (startDate = endDate) and v3 JSON', () => {
    const v2 = fromTimelineJS({
      timeline: { date: [{ startDate: '2011,5,5', endDate: '2011,5,5', headline: 'Same day' }] },
    });
    const v3 = fromTimelineJS({
      events: [{ start_date: { year: 2011 }, end_date: { year: '2011' }, text: { headline: 'Same year' } }],
    });
    expect(v2.dataset.events[0].date).to.equal('2011-05-05');
    expect(v3.dataset.events[0].date).to.equal('2011');
  });
});

describe('fromACLED: sides coded per event (inter1/inter2)', () => {
  const header = 'event_id_cnty,event_date,event_type,actor1,inter1,actor2,inter2,location\n';

  it("an actor's side is the code of most of its rows, with one warning naming those coded differently", () => {
    const result = fromACLED(
      header +
        'T1,2020-05-01,Battles,Army,8,Rebels,2,A\n' +
        'T2,2020-05-02,Battles,Army,1,Rebels,2,B\n' +
        'T3,2020-05-03,Battles,Rebels,2,Army,1,C\n' +
        'T4,2020-05-04,Battles,Militia,3,Rebels,4,D\n',
    );
    expect(result.dataset.actors.map((a) => [a.name, a.side])).to.deep.equal([
      ['Army', 'state-forces'],
      ['Rebels', 'rebel-groups'],
      ['Militia', 'political-militias'],
    ]);
    expect(result.dataset.sides.map((s) => s.id)).to.deep.equal([
      'state-forces',
      'rebel-groups',
      'political-militias',
    ]);
    expect(messages(result)).to.deep.equal([
      'warning  2 actors are coded as different actor types (inter1, inter2) in different rows; each is put on the side of most of its rows: ' +
        'Army (State forces in 2 rows, External/Other forces in 1 row); Rebels (Rebel groups in 3 rows, Identity militias in 1 row)',
    ]);
  });

  it('a tie goes to the code seen first', () => {
    const result = fromACLED(header + 'T1,2020-05-01,Battles,Army,8,,,A\nT2,2020-05-02,Battles,Army,1,,,B\n');
    expect(result.dataset.actors[0].side).to.equal('external-other-forces');
  });

  it('an actor on both sides of a row (a clash within one group) keeps both roles', () => {
    const result = fromACLED(
      'event_id_cnty,event_date,event_type,actor1,inter1,assoc_actor_1,actor2,inter2,assoc_actor_2,location\n' +
        'T1,2020-05-01,Battles,Fulani Militia,4,,Fulani Militia,4,,A\n' +
        'T2,2020-05-02,Battles,Army,1,Tribe,Rebels,2,Tribe,B\n' +
        'T3,2020-05-03,Battles,Army,1,Rebels,Rebels,2,,C\n',
    );
    const refs = (id: string) => actorNames(result.dataset, id, true);
    expect(refs('T1')).to.deep.equal(['Fulani Militia participant', 'Fulani Militia participant']);
    expect(refs('T2')).to.deep.equal(['Army participant', 'Tribe ally', 'Rebels participant']);
    expect(refs('T3')).to.deep.equal(['Army participant', 'Rebels ally', 'Rebels participant']);
    expect(result.issues).to.deep.equal([]);
  });
});

describe('importAny on the constructed R-written ACLED CSV and ACLED API reply', () => {
  it('the R-written CSV (quoted, row names, NA): 7 events, NA read as empty', async () => {
    const result = importAny(await fixture('acled-r-write.csv'), { filename: 'acled-r-write.csv' });
    expect(result.format).to.equal('acled');
    expect(result.reason).to.equal("the CSV header has ACLED's columns event_date and event_id_cnty");
    expect(result.dataset.events).to.have.length(7);
    expect(result.dataset.actors.some((a) => a.name === 'NA')).to.equal(false);
    expect(result.dataset.events.some((e) => e.place?.name.includes('NA'))).to.equal(false);
    expect(result.dataset.eventsById.get('BEN892')).to.deep.include({
      date: '2022-12-28',
      title: 'Attack in Mamassi-Gourma, Karimama',
    });
    expect(actorNames(result.dataset, 'BEN894')).to.deep.equal([
      'Fulani Ethnic Militia (Benin)',
      'Fulani Ethnic Militia (Benin)',
    ]);
    expect(result.dataset.actors.find((a) => a.name === 'Military Forces of Benin (2016-)')!.side).to.equal(
      'state-forces',
    );
    expect(messages(result)).to.deep.equal([
      'warning  1 actor is coded as different actor types (inter1, inter2) in different rows; each is put on the side of most of its rows: ' +
        'Military Forces of Benin (2016-) (State forces in 3 rows, External/Other forces in 1 row)',
      'warning  33 cells (first line 2, assoc_actor_1 "NA") held missing-value marks (NA, NaN, NULL, N/A, <NA>), as R and pandas write empty cells; read as empty',
    ]);
  });

  it('the API reply: 4 events, each field as in the CSV', async () => {
    const result = importAny(JSON.stringify(ACLED_API_REPLY), { filename: 'acled-api-reply.json' });
    expect(result.format).to.equal('acled');
    expect(result.reason).to.equal(
      'the JSON has the ACLED API reply\'s "data" list with "status" or "count"',
    );
    expect(result.dataset.events).to.have.length(4);
    expect(actorNames(result.dataset, 'SUD31504', true)).to.deep.equal([
      'Rapid Support Forces participant',
      'Rapid Support Forces participant',
    ]);
    expect(result.issues).to.deep.equal([]);
  });
});

describe('importers never throw (property)', () => {
  const COLUMNS = [
    'event_id_cnty',
    'event_date',
    'time_precision',
    'event_type',
    'actor1',
    'inter1',
    'actor2',
    'inter2',
    'id',
    'date_start',
    'date_end',
    'side_a',
    'side_b',
    'best',
    'source_article',
    'Year',
    'End Year',
    'Headline',
  ];
  const cell = fc.oneof(
    fc.constantFrom('', 'NA', 'NaN', 'NULL', '<NA>', '1', '2020-05-09', '1989-05-17', '"', ';', '{'),
    fc.string({ maxLength: 12 }),
  );
  const table = fc
    .tuple(
      fc.subarray(COLUMNS, { minLength: 1 }),
      fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 6 }),
    )
    .map(([header, rows]) => [header.join(','), ...rows.map((r) => r.join(','))].join('\n'));
  const records = fc.array(fc.dictionary(fc.constantFrom(...COLUMNS), fc.oneof(cell, fc.jsonValue())), {
    maxLength: 5,
  });
  const input = fc.oneof(
    table,
    fc.string(),
    fc.jsonValue(),
    records.map((data) => ({ status: 200, success: true, count: data.length, data })),
    records.map((Result) => ({ TotalCount: Result.length, Result })),
    records.map((data) => JSON.stringify({ data, count: 1 })),
  );

  it('fromACLED, fromUCDP, fromTimelineJS and importAny return a result for any input', () => {
    fc.assert(
      fc.property(input, (value) => {
        for (const result of [fromACLED(value), fromUCDP(value), fromTimelineJS(value), importAny(value)]) {
          expect(result.dataset.events).to.be.an('array');
          expect(result.issues.every((i) => typeof i.message === 'string')).to.equal(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
