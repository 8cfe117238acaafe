// The importers over the real third-party files in ../shared/fixtures (see its README), served by the
// test runner under /shared-fixtures/. Each file's records in, events out and issues are asserted from
// what the README says about it; when the folder is absent the cases skip with a printed reason.
import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import {
  fromACLED,
  fromTimelineJS,
  fromUCDP,
  type DataIssue,
  type ImportResult,
} from '../../../src/core/index.js';
import { sharedFixture as fixture } from '../../shared-fixtures.js';

/** One expected issue: severity, path, and a pattern its message matches. */
type ExpectedIssue = [DataIssue['severity'], string, RegExp];

function expectIssues(issues: DataIssue[], expected: ExpectedIssue[]): void {
  expect(
    issues.map((i) => `${i.severity} ${i.path} ${i.message}`),
    'issues',
  ).to.have.length(expected.length);
  expected.forEach(([severity, path, pattern], n) => {
    const issue = issues[n];
    expect([issue.severity, issue.path], issue.message).to.deep.equal([severity, path]);
    expect(issue.message).to.match(pattern);
  });
}

/** Records in a TimelineJS JSON file: its events, slides or (v2) dates. */
function timelineJSRecords(text: string): number {
  if (text.trim() === '') return 0;
  const data = JSON.parse(text);
  return (data.events ?? data.timeline?.slides ?? data.timeline?.date ?? []).length;
}

const countBy = <T>(items: readonly T[], key: (item: T) => string | undefined) => {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) ?? '(none)';
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
};

/** No title or summary holds anything that looks like markup or an undecoded entity. */
function expectPlainText(result: ImportResult): void {
  for (const e of result.dataset.events) {
    for (const text of [e.title, e.summary ?? '']) {
      expect(text, e.id).not.to.match(/<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+);/i);
    }
  }
}

const MEDIA = (n: number) =>
  new RegExp(`^the media of ${n} events? \\(images, video, embeds\\) was not imported`);
const TOO_OLD =
  /^start date: year -\d+ is beyond what a JavaScript date can hold \(271,821 BCE to 275,759 CE\); event dropped$/;

describe('importers over the shared fixtures', () => {
  describe('TimelineJS', () => {
    const cases: Array<{
      file: string;
      recordsIn: number;
      eventsOut: number;
      issues: ExpectedIssue[];
      check?: (result: ImportResult) => void;
    }> = [
      {
        file: 'tl3_houston.json',
        recordsIn: 18,
        eventsOut: 18,
        issues: [['warning', '', MEDIA(15)]],
        check: (r) => expect(r.dataset.title).to.equal('Whitney Houston 1963 - 2012'),
      },
      { file: 'tl2_houston_legacy.json', recordsIn: 18, eventsOut: 18, issues: [['warning', '', MEDIA(15)]] },
      {
        file: 'tl3_republican_2012.json',
        recordsIn: 13,
        eventsOut: 13,
        issues: [['warning', '', MEDIA(12)]],
        check: (r) => {
          expect(r.dataset.events[0].date).to.equal('2012-01-03'); // "month": "1", "day": "3"
          expectPlainText(r);
        },
      },
      {
        file: 'tl3_eras.json',
        recordsIn: 20,
        eventsOut: 20,
        issues: [
          [
            'warning',
            '',
            /^3 eras were not imported \("Era Test 650-700", "Era Test 600-650", "Era Test 700-720"\)/,
          ],
          ['warning', '', MEDIA(19)],
        ],
        check: (r) => {
          const events = r.dataset.events;
          expect(events.filter((e) => e.time.isRange).map((e) => e.date)).to.deep.equal([
            '0602/0629',
            '0604/0609',
            '0622-08-09/0622-08-23',
            '0633/0634',
            '0674/0678',
          ]);
          expect([events[0].time.from!.year, events[events.length - 1].time.from!.year]).to.deep.equal([
            602, 698,
          ]);
        },
      },
      {
        file: 'tl3_all_media_types.json',
        recordsIn: 41,
        eventsOut: 41,
        issues: [['warning', '', MEDIA(41)]],
        check: (r) => {
          expect(countBy(r.dataset.events, (e) => e.category)).to.deep.equal({
            Video: 7,
            Image: 11,
            Audio: 5,
            HTML: 3,
            'Social Media': 2,
            '(none)': 13,
          });
          expect(r.dataset.events.filter((e) => e.time.precision === 'month')).to.have.length(8);
          for (const id of ['wistia', 'wikipedia-images', 'wikipedia-commons', 'wikipedia-image-error']) {
            expect(r.dataset.eventsById.has(id), id).to.equal(true);
          }
        },
      },
      {
        file: 'tl3_welcome_groups.json',
        recordsIn: 26,
        eventsOut: 26,
        issues: [['warning', '', MEDIA(24)]],
        check: (r) => {
          expect(countBy(r.dataset.events, (e) => e.category)).to.deep.equal({
            Hello: 3,
            Goodbye: 4,
            Yo: 1,
            '(none)': 18,
          });
          expect(r.dataset.events.find((e) => e.date === '1905-01-05T06:45:56/1907-01-05T06:45:56')).to.exist;
        },
      },
      {
        file: 'tl3_group_sample.json',
        recordsIn: 7,
        eventsOut: 7,
        issues: [],
        check: (r) => {
          expect(r.dataset.events[0].category).to.equal(
            'Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment',
          );
          expect(new Set(r.dataset.events.map((e) => e.category)).size).to.equal(4);
        },
      },
      {
        file: 'tl3_years_bce.json',
        recordsIn: 5,
        eventsOut: 5,
        issues: [['warning', '', MEDIA(5)]],
        // TimelineJS shows -2520 as "2520 BCE", the astronomical year -2519.
        check: (r) =>
          expect(r.dataset.events.map((e) => e.date)).to.deep.equal([
            '-5409',
            '-2519',
            '-2009',
            '-1449',
            '-0257',
          ]),
      },
      {
        file: 'tl3_cosmological.json',
        recordsIn: 6,
        eventsOut: 1,
        issues: [
          ['error', '/events/0', TOO_OLD],
          ['error', '/events/1', TOO_OLD],
          ['error', '/events/2', TOO_OLD],
          ['error', '/events/3', TOO_OLD],
          ['error', '/events/4', TOO_OLD],
          ['warning', '', /^1 event has a display date/],
        ],
      },
      {
        file: 'tl3_cosmo_mixed.json',
        recordsIn: 11,
        eventsOut: 7,
        issues: [
          ['error', '/events/0', /^start date: year -13800000000 is beyond/],
          ['error', '/events/1', TOO_OLD],
          ['error', '/events/2', TOO_OLD],
          ['error', '/events/3', /^start date: year -300000 is beyond/],
          ['warning', '', MEDIA(7)],
        ],
        check: (r) => expect(r.dataset.events[0].time.from!.year).to.equal(-3499),
      },
      {
        file: 'tl3_milliseconds.json',
        recordsIn: 5,
        eventsOut: 5,
        issues: [],
        check: (r) => {
          const starts = r.dataset.events.map((e) => e.time.start - r.dataset.events[0].time.start);
          expect(starts).to.deep.equal([0, 9, 29, 49, 59]);
          expect(r.dataset.events[0].time.precision).to.equal('millisecond');
        },
      },
      {
        file: 'tl3_marktwain_location.json',
        recordsIn: 17,
        eventsOut: 17,
        issues: [
          ['warning', '/events/0', /^no headline: the title is the start of the text$/],
          ['warning', '/events/3', /^no headline or text: the title is the media caption$/],
          ['warning', '/events/4', /^no headline or text: the title is the media caption$/],
          ['warning', '/events/5', /^no headline or text: the title is the media caption$/],
          ['warning', '', MEDIA(16)],
        ],
        check: (r) => {
          const placed = r.dataset.events.filter((e) => e.place?.lat !== undefined);
          expect(placed.length).to.be.greaterThan(0);
          expect(r.dataset.events.find((e) => e.title === 'Florida, Missouri')!.place).to.deep.equal({
            name: 'Florida, Missouri',
            lat: 39.491711,
            lon: -91.79326,
          });
        },
      },
      {
        file: 'tl3_error_missing_start_date.json',
        recordsIn: 17,
        eventsOut: 16,
        issues: [
          ['warning', '/events/3', /title is the media caption/],
          ['warning', '/events/4', /title is the media caption/],
          ['warning', '/events/5', /title is the media caption/],
          ['error', '/events/9', /^the event has no start date \(TimelineJS requires one\); dropped$/],
          ['warning', '', MEDIA(15)],
        ],
        check: (r) => expect(r.dataset.events.some((e) => e.title === 'Hawaii')).to.equal(false),
      },
      {
        file: 'tl_welcome_slides_variant.json',
        recordsIn: 17,
        eventsOut: 17,
        issues: [['warning', '', MEDIA(15)]],
      },
      {
        file: 'tl2_republican_EMPTY.json',
        recordsIn: 0,
        eventsOut: 0,
        issues: [['error', '', /^the TimelineJS input is empty$/]],
      },
    ];

    for (const c of cases) {
      it(`${c.file}: ${c.recordsIn} in, ${c.eventsOut} out, ${c.issues.length} issues`, async function () {
        const text = await fixture(this, `timelinejs/${c.file}`);
        expect(timelineJSRecords(text), 'records in the file').to.equal(c.recordsIn);
        const result = fromTimelineJS(text);
        expect(result.dataset.events, 'events out').to.have.length(c.eventsOut);
        expectIssues(result.issues, c.issues);
        c.check?.(result);
      });
    }

    it('tl_sheet_women_in_computing.csv: 11 rows (a title row and 10 events) in, 10 out, 1 issue', async function () {
      const text = await fixture(this, 'timelinejs/tl_sheet_women_in_computing.csv');
      expect(csvParse(text), 'rows in the file').to.have.length(11);
      const result = fromTimelineJS(text);
      expect(result.dataset.events).to.have.length(10);
      expectIssues(result.issues, [['warning', '', MEDIA(10)]]);
      expect(result.dataset.title).to.equal('Women in Computing');
      expect(result.dataset.events[0]).to.include({ date: '1815-12-10/1852-11-27', title: 'Ada Lovelace' });
      expect(result.dataset.events.map((e) => e.title)).to.include('Rózsa Péter writes recursion');
      expectPlainText(result);
    });

    it('tl_parser_test.csv: 3 rows of a CSV that is not a TimelineJS sheet give one issue', async function () {
      const text = await fixture(this, 'timelinejs/tl_parser_test.csv');
      const rows = csvParse(text);
      expect(rows).to.have.length(3);
      expect(rows[0].description).to.contain('\n'); // the quoted newline the file is about
      const result = fromTimelineJS(text);
      expect(result.dataset.events).to.have.length(0);
      expectIssues(result.issues, [
        ['error', '', /^not a TimelineJS sheet: the header \(title, count, description\)/],
      ]);
    });

    it('the Houston timeline gives the same events from its v3 JSON and its v2 file', async function () {
      const [v3, v2] = await Promise.all([
        fixture(this, 'timelinejs/tl3_houston.json'),
        fixture(this, 'timelinejs/tl2_houston_legacy.json'),
      ]);
      const events = (text: string) =>
        fromTimelineJS(text).dataset.events.map((e) => [e.date, e.title, e.summary]);
      expect(events(v3)).to.have.length(18);
      expect(events(v2)).to.deep.equal(events(v3));
      expect(fromTimelineJS(v2).dataset.title).to.equal(fromTimelineJS(v3).dataset.title);
    });
  });

  describe('ACLED', () => {
    it('acled_middle_east_…csv: 1,169 rows in, 1,168 out, the truncated last row one issue', async function () {
      const text = await fixture(this, 'acled/acled_middle_east_2020-04-27_to_2020-05-09.csv');
      expect(csvParse(text), 'rows in the file').to.have.length(1169);
      const result = fromACLED(text);
      const events = result.dataset.events;
      expect(events).to.have.length(1168);
      expectIssues(result.issues, [
        [
          'error',
          '/1168',
          /^line 1170 \(PHL10453\): every cell after actor2 \("Civilians \("\) is empty, as if the file was cut off there; row dropped$/,
        ],
        [
          'warning',
          '',
          /^6 actors are coded as different actor types \(inter1, inter2\) in different rows; each is put on the side of most of its rows: .*Military Forces of Turkey \(2016-\) \(External\/Other forces in 58 rows, State forces in 8 rows\)/,
        ],
      ]);
      const byCountry = countBy(events, (e) => e.place?.country);
      expect([
        byCountry.Yemen,
        byCountry.Syria,
        byCountry.Lebanon,
        byCountry.Turkey,
        byCountry.Iraq,
      ]).to.deep.equal([379, 313, 175, 94, 91]);
      // time_precision 2 (32 rows) and 3 (5 rows): 7- and 31-day ranges around event_date.
      const days = (e: (typeof events)[number]) => Math.round((e.time.end - e.time.start + 1) / 86_400_000);
      expect(
        countBy(
          events.filter((e) => e.time.isRange),
          (e) => String(days(e)),
        ),
      ).to.deep.equal({ 7: 32, 31: 5 });
      expect(result.dataset.sides).to.have.length(8);
      expect(events.some((e) => e.sources.length > 1)).to.equal(true);
      expect(
        result.dataset.sources.every((s) => !s.publisher.includes(';') && s.publisher === s.publisher.trim()),
      ).to.equal(true);
      expect(result.dataset.eventsById.get('YEM52360')).to.deep.include({
        date: '2020-05-09',
        category: 'Battles',
      });
    });

    it('acled_legacy_api_2016_africa_500rows.csv: 500 rows in, 500 out, one repair reported', async function () {
      const text = await fixture(this, 'acled/acled_legacy_api_2016_africa_500rows.csv');
      expect(csvParse(text), 'rows in the file').to.have.length(500);
      const result = fromACLED(text);
      expect(result.dataset.events).to.have.length(500);
      expectIssues(result.issues, [
        [
          'warning',
          '',
          /^3 actors are coded as different actor types .*Military Forces of Kenya \(2013-\) \(External\/Other forces in 6 rows, State forces in 2 rows\)$/,
        ],
        [
          'warning',
          '',
          /^45 control characters \(U\+0080–U\+009F, first on line \d+\) were windows-1252 punctuation/,
        ],
      ]);
      const events = result.dataset.events;
      expect(countBy(events, (e) => e.category)['Battle-No change of territory']).to.equal(106);
      expect(events.some((e) => /[\u0080-\u009f]/.test(`${e.title} ${e.summary}`))).to.equal(false);
      expect(result.dataset.sources.every((s) => s.publisher === s.publisher.trim())).to.equal(true);
      expect(result.dataset.actors.some((a) => a.name === 'Misratah Communal Militia (Libya)')).to.equal(
        true,
      );
    });
  });

  describe('UCDP', () => {
    it('ucdp_ged_syria_2016-2019_subset.csv: 1,149 rows in, 1,149 out, 101 best-outside-range warnings', async function () {
      const text = await fixture(this, 'ucdp/ucdp_ged_syria_2016-2019_subset.csv');
      expect(csvParse(text), 'rows in the file').to.have.length(1149);
      const result = fromUCDP(text);
      const events = result.dataset.events;
      expect(events).to.have.length(1149);
      expect(result.issues).to.have.length(101);
      for (const issue of result.issues) {
        expect(issue.severity).to.equal('warning');
        expect(issue.message).to.match(
          /^line \d+ \(id \d+\): deaths best \d+ is outside low \d+ – high \d+; kept best/,
        );
      }
      expect(result.issues[0].message).to.contain(
        '(id 219459): deaths best 142 is outside low 177 – high 177',
      );
      expect(events.filter((e) => e.time.isRange)).to.have.length(296);
      const centroid = events.filter((e) => e.place?.lat === 35 && e.place.lon === 38);
      expect(centroid).to.have.length(254);
      expect(centroid.every((e) => e.place!.approximate === true)).to.equal(true);
      expect(events.some((e) => (e.fatalities?.count ?? 0) >= 500)).to.equal(true);
      // A newline inside source_article, and three articles in one cell.
      expect(result.dataset.eventsById.get('244976')!.sources).to.have.length(3);
    });
  });

  describe('vis-timeline (no importer: issue 7 does not ask for one)', () => {
    for (const [file, items] of [
      ['vis_timeline_basic.json', 6],
      ['vis_timeline_wk2014.json', 15],
    ] as const) {
      it(`${file}: ${items} items given to fromTimelineJS are refused with one clear issue`, async function () {
        const text = await fixture(this, `vis/${file}`);
        expect(JSON.parse(text)).to.have.length(items);
        const result = fromTimelineJS(text);
        expect(result.dataset.events).to.have.length(0);
        expectIssues(result.issues, [['error', '', /^not TimelineJS data: a list/]]);
      });
    }
  });
});
