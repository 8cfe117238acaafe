import { expect } from '@open-wc/testing';
import { fromTimelineJS } from '../../../src/core/index.js';
import {
  parseLegacyDate,
  parseSheetTime,
  timelineJSDate,
  timelineJSToInput,
} from '../../../src/core/importers/timelinejs.js';

const slide = (start_date: unknown, extra: Record<string, unknown> = {}) => ({
  start_date,
  text: { headline: 'Headline', text: '<p>Text</p>' },
  ...extra,
});
const v3 = (...events: unknown[]) => ({ events });
const datesOf = (data: unknown) => fromTimelineJS(data).dataset.events.map((e) => e.date);
const messages = (data: unknown) =>
  fromTimelineJS(data).issues.map((i) => `${i.severity} ${i.path} ${i.message}`);

describe('timelineJSDate', () => {
  it('reads years given as strings or numbers and pads them', () => {
    expect(timelineJSDate({ year: '1978' })).to.deep.equal({ ok: true, date: '1978', notes: [] });
    expect(timelineJSDate({ year: 602 })).to.deep.equal({ ok: true, date: '0602', notes: [] });
  });

  it('treats empty-string parts as absent', () => {
    const parts = { year: '1851', month: '', day: '', hour: '', minute: '', second: '', millisecond: '' };
    expect(timelineJSDate(parts)).to.deep.equal({ ok: true, date: '1851', notes: [] });
  });

  it('pads unpadded months and days', () => {
    expect(timelineJSDate({ year: '2012', month: '1', day: '3' })).to.deep.equal({
      ok: true,
      date: '2012-01-03',
      notes: [],
    });
  });

  it('writes TimelineJS year -N (shown as "N BCE") as the astronomical year -(N-1)', () => {
    expect(timelineJSDate({ year: '-258' })).to.deep.equal({ ok: true, date: '-0257', notes: [] });
    expect(timelineJSDate({ year: '-1' })).to.deep.equal({ ok: true, date: '0000', notes: [] });
    expect(timelineJSDate({ year: '-5410' })).to.deep.equal({ ok: true, date: '-5409', notes: [] });
  });

  it('keeps times down to the millisecond, reading "10" as 10 ms as TimelineJS does', () => {
    const date = (millisecond: string) =>
      timelineJSDate({
        year: '2015',
        month: '01',
        day: '01',
        hour: '01',
        minute: '01',
        second: '01',
        millisecond,
      });
    expect(date('10')).to.deep.equal({ ok: true, date: '2015-01-01T01:01:01.010', notes: [] });
    expect(date('1')).to.deep.equal({ ok: true, date: '2015-01-01T01:01:01.001', notes: [] });
    expect(timelineJSDate({ year: '2016', month: '11', day: '13', hour: '9', minute: '30' })).to.deep.equal({
      ok: true,
      date: '2016-11-13T09:30',
      notes: [],
    });
  });

  it("writes a year of more than four digits with EDTF's Y prefix, alone", () => {
    expect(timelineJSDate({ year: '12345' })).to.deep.equal({ ok: true, date: 'Y12345', notes: [] });
    expect(timelineJSDate({ year: -10001 })).to.deep.equal({ ok: true, date: 'Y-10000', notes: [] });
    // -10000 is 10,000 BCE, the astronomical year -9999: four digits.
    expect(timelineJSDate({ year: '-10000' })).to.deep.equal({ ok: true, date: '-9999', notes: [] });
    expect(timelineJSDate({ year: '-50000', month: '3', day: '1' })).to.deep.equal({
      ok: true,
      date: 'Y-49999',
      notes: ['the month, day and time of year -50000 were left out (only its year is kept)'],
    });
  });

  it('reports a year beyond what a JavaScript date can hold instead of crashing', () => {
    const result = timelineJSDate({ year: '-13800000000' });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.reason).to.equal(
      'year -13800000000 is beyond what a JavaScript date can hold (271,821 BCE to 275,759 CE)',
    );
  });

  it('rejects parts that are not whole numbers or out of range, naming them', () => {
    expect(timelineJSDate({ year: '1963', month: 'May' })).to.deep.equal({
      ok: false,
      reason: 'month "May" is not a whole number',
    });
    expect(timelineJSDate({ year: '1963', month: '13' })).to.deep.equal({
      ok: false,
      reason: 'month 13 is not between 1 and 12',
    });
    expect(timelineJSDate({ month: '5' })).to.deep.equal({ ok: false, reason: 'the date has no year' });
  });

  it('leaves out a day without a month, with a note', () => {
    expect(timelineJSDate({ year: '1900', day: '5' })).to.deep.equal({
      ok: true,
      date: '1900',
      notes: ['day 5 without a month was left out'],
    });
  });
});

describe('parseLegacyDate and parseSheetTime', () => {
  it('reads TimelineJS 2 dates', () => {
    expect(parseLegacyDate('1963,8,9')).to.deep.equal({
      year: '1963',
      month: '8',
      day: '9',
      hour: undefined,
      minute: undefined,
      second: undefined,
    });
    expect(parseLegacyDate('2011,12,10,07,02,10')).to.include({ hour: '07', minute: '02', second: '10' });
    expect(parseLegacyDate('-500')).to.include({ year: '-500' });
    expect(parseLegacyDate('8/9/1963')).to.deep.equal({ year: '1963', month: '8', day: '9' });
    expect(parseLegacyDate('1963-08-09')).to.deep.equal({ year: '1963', month: '08', day: '09' });
    expect(parseLegacyDate('August 1963')).to.have.property('error');
  });

  it('reads sheet times in 24-hour and AM/PM forms, with fractions of a second', () => {
    expect(parseSheetTime('13:45')).to.deep.equal({
      hour: 13,
      minute: '45',
      second: undefined,
      millisecond: undefined,
    });
    expect(parseSheetTime('1:45 PM')).to.include({ hour: 13, minute: '45' });
    expect(parseSheetTime('12:05 a.m.')).to.include({ hour: 0, minute: '05' });
    expect(parseSheetTime('13:45:30.25')).to.include({ second: '30', millisecond: '250' });
    expect(parseSheetTime('1345')).to.include({ hour: 13, minute: '45' });
    expect(parseSheetTime('noon')).to.have.property('error');
  });
});

describe('fromTimelineJS', () => {
  it('imports TimelineJS3 JSON given as an object or as text', () => {
    const data = {
      title: { text: { headline: 'Whitney Houston<br/> 1963 - 2012', text: '<p>Her life</p>' } },
      events: [slide({ year: '1963', month: '8', day: '9' }), slide({ year: '1978' })],
    };
    for (const input of [data, JSON.stringify(data), '\ufeff' + JSON.stringify(data)]) {
      const { dataset, issues } = fromTimelineJS(input);
      expect(issues).to.deep.equal([]);
      expect(dataset.title).to.equal('Whitney Houston 1963 - 2012');
      expect(dataset.description).to.equal('Her life');
      expect(dataset.events.map((e) => [e.date, e.title, e.summary])).to.deep.equal([
        ['1963-08-09', 'Headline', 'Text'],
        ['1978', 'Headline', 'Text'],
      ]);
    }
  });

  it('imports the { timeline: { slides } } shape', () => {
    expect(
      datesOf({ timeline: { slides: [slide({ year: '1888' }), slide({ year: '1851' })] } }),
    ).to.deep.equal(['1851', '1888']);
  });

  it('imports the legacy TimelineJS 2 format, with dates like "1963,8,9"', () => {
    const { dataset, issues } = fromTimelineJS({
      timeline: {
        headline: 'Old',
        text: 'intro',
        date: [
          { startDate: '1963,8,9', headline: 'Born', text: '<p>NJ</p>', tag: 'Life' },
          { startDate: '1992', endDate: '1995,3', headline: 'Married' },
        ],
      },
    });
    expect(issues).to.deep.equal([]);
    expect(dataset.title).to.equal('Old');
    expect(dataset.events.map((e) => [e.date, e.title, e.category])).to.deep.equal([
      ['1963-08-09', 'Born', 'Life'],
      ['1992/1995-03', 'Married', undefined],
    ]);
  });

  it('imports the sheet template as CSV: title row, end dates, times, groups', () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      ',,,,,,,,,My timeline,"<p class=""lead"">About</p>",,,,,title,,',
      '1815,12,10,,1852,11,27,,,Ada Lovelace,"<p>First <a href=""x"">programmer</a>, ""really""</p>",,,,,,Pioneers,',
      '1943,7,,,1946,,,,,ENIAC,"line one',
      'line two",,,,,,,',
      '2001,1,5,1:30 PM,,,,,,Lunch,,,,,,,,',
    ].join('\r\n');
    const { dataset, issues } = fromTimelineJS(csv);
    expect(issues).to.deep.equal([]);
    expect(dataset.title).to.equal('My timeline');
    expect(dataset.description).to.equal('About');
    expect(dataset.events.map((e) => [e.date, e.title, e.summary, e.category])).to.deep.equal([
      ['1815-12-10/1852-11-27', 'Ada Lovelace', 'First programmer, "really"', 'Pioneers'],
      ['1943-07/1946', 'ENIAC', 'line one line two', undefined],
      ['2001-01-05T13:30', 'Lunch', undefined, undefined],
    ]);
  });

  describe('a sheet cut off inside a quoted field', () => {
    const HEADER =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
    const FIRST = '2015,5,1,,,,,,,First,"<p>One</p>\n\n<p>Two, still</p>",,,,,,,';

    it('drops the last row, cut inside its text, with an error naming its line', () => {
      const { dataset, issues } = fromTimelineJS(
        `${HEADER}\n${FIRST}\n2015,6,1,,,,,,,Second,"<p>The text was cut he`,
      );
      expect(dataset.events.map((e) => [e.title, e.summary])).to.deep.equal([['First', 'One\n\nTwo, still']]);
      expect(issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).to.deep.equal([
        'error /1 line 5: an unbalanced quote: the file ends inside the quoted Text field, as if it was cut off there; dropped',
      ]);
    });

    it('drops the last row, cut inside its headline', () => {
      const { dataset, issues } = fromTimelineJS(`${HEADER}\n${FIRST}\n2015,6,1,,,,,,,"Second, cut`);
      expect(dataset.events.map((e) => e.title)).to.deep.equal(['First']);
      expect(issues.map((i) => i.message)).to.deep.equal([
        'line 5: an unbalanced quote: the file ends inside the quoted Headline field, as if it was cut off there; dropped',
      ]);
    });

    it('drops the lines of a text cut off after a line break with its row', () => {
      const { dataset, issues } = fromTimelineJS(
        `${HEADER}\r\n${FIRST}\r\n2015,6,1,,,,,,,Second,"<p>One</p>\r\n\r\n<p>Cut ""he`,
      );
      expect(dataset.events.map((e) => e.title)).to.deep.equal(['First']);
      expect(issues.map((i) => i.message)).to.deep.equal([
        'line 5: an unbalanced quote: the file ends inside the quoted Text field, as if it was cut off there (line 7, the rest of the row, with it); dropped',
      ]);
    });

    it('keeps the rows after a stray quote in a sheet', () => {
      const rows = [
        FIRST,
        '2015,6,1,,,,,,,"Second,<p>Stray</p>,,,,,,,',
        '2015,7,1,,,,,,,Third,<p>Plain</p>,,,,,,,',
        '2015,8,1,,,,,,,Fourth,"<p>Quoted, too</p>",,,,,,,',
      ];
      const { dataset, issues } = fromTimelineJS([HEADER, ...rows].join('\n'));
      expect(dataset.events.map((e) => e.title)).to.deep.equal(['First', 'Third', 'Fourth']);
      expect(issues.map((i) => i.message)).to.deep.equal([
        'line 5: an unbalanced quote: the quoted Headline field runs on to line 7 and has text after its closing quote; dropped',
      ]);
    });
  });

  it('reports a sheet whose header is not the template as one issue', () => {
    const { dataset, issues } = fromTimelineJS('title,count\na,1\n');
    expect(dataset.events).to.deep.equal([]);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ path: '', severity: 'error' });
    expect(issues[0].message).to.match(/^not a TimelineJS sheet: the header \(title, count\) lacks "Year"/);
  });

  it('keeps BCE years, in order, as 1 BCE = year 0', () => {
    expect(
      datesOf(v3(slide({ year: '-258' }), slide({ year: '-2520' }), slide({ year: '1' }))),
    ).to.deep.equal(['-2519', '-0257', '0001']);
  });

  it('reports a year of -13,800,000,000 and keeps the other events', () => {
    const result = fromTimelineJS(v3(slide({ year: '-13800000000' }), slide({ year: '1969', month: '7' })));
    expect(result.dataset.events.map((e) => e.date)).to.deep.equal(['1969-07']);
    expect(result.issues).to.deep.equal([
      {
        path: '/events/0',
        severity: 'error',
        message:
          'start date: year -13800000000 is beyond what a JavaScript date can hold (271,821 BCE to 275,759 CE); event dropped',
      },
    ]);
  });

  it('keeps prehistoric years as Y years that parseDataset reads, in order', () => {
    const result = fromTimelineJS(
      v3(
        slide({ year: '-50000' }, { end_date: { year: '-12000' } }),
        slide({ year: '-20000', month: '6' }),
        slide({ year: '1969' }),
      ),
    );
    expect(result.dataset.events.map((e) => e.date)).to.deep.equal(['Y-49999/Y-11999', 'Y-19999', '1969']);
    expect(result.issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).to.deep.equal([
      'warning /events/1 start date: the month, day and time of year -20000 were left out (only its year is kept)',
    ]);
  });

  it('orders times that differ by milliseconds', () => {
    const at = (millisecond: string) =>
      slide({ year: '2015', month: '01', day: '01', hour: '01', minute: '01', second: '01', millisecond });
    const events = fromTimelineJS(v3(at('60'), at('01'), at('10'))).dataset.events;
    expect(events.map((e) => e.time.start - events[0].time.start)).to.deep.equal([0, 9, 59]);
  });

  it('makes a range of start_date and end_date, ignoring an end_date whose parts are all empty', () => {
    expect(
      datesOf(
        v3(
          slide({ year: '1950', month: '2', day: '7' }, { end_date: { year: '1955', month: '' } }),
          slide({ year: '1960' }, { end_date: { year: '', month: '' } }),
        ),
      ),
    ).to.deep.equal(['1950-02-07/1955', '1960']);
  });

  it('keeps an event whose end is before its start as its start date alone, with a warning', () => {
    const result = fromTimelineJS(
      v3(
        slide({ year: '2015', month: '5', day: '20' }, { end_date: { year: '2015', month: '5', day: '19' } }),
        slide({ year: '2016' }, { end_date: { year: '2015', month: '12' } }),
        // Ends that overlap the start are a range: a day inside the month it ends in.
        slide({ year: '2017', month: '5', day: '19' }, { end_date: { year: '2017', month: '5' } }),
      ),
    );
    expect(result.dataset.events.map((e) => e.date)).to.deep.equal([
      '2015-05-20',
      '2016',
      '2017-05-19/2017-05',
    ]);
    expect(result.issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).to.deep.equal([
      'warning /events/0 end date 2015-05-19 is before the start, 2015-05-20; shown as a single date',
      'warning /events/1 end date 2015-12 is before the start, 2016; shown as a single date',
    ]);
  });

  it('keeps an event whose end date does not exist as its start date alone, with a warning', () => {
    const result = fromTimelineJS(
      v3(
        slide({ year: '2015', month: '2', day: '1' }, { end_date: { year: '2015', month: '2', day: '30' } }),
      ),
    );
    expect(result.dataset.events.map((e) => e.date)).to.deep.equal(['2015-02-01']);
    expect(result.issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).to.deep.equal([
      'warning /events/0 end date: 30 February 2015 does not exist; shown as a single date',
    ]);
  });

  it('keeps unique_id as the id and makes ids for the others that never collide with one', () => {
    const ids = fromTimelineJS(
      v3(
        slide({ year: '1901' }),
        slide({ year: '1902' }, { unique_id: 'event-1' }),
        slide({ year: '1903' }, { unique_id: '' }),
      ),
    ).dataset.events.map((e) => e.id);
    expect(ids).to.deep.equal(['event-1-2', 'event-1', 'event-3']);
  });

  it('reports a repeated unique_id through parseDataset, at the event it came from', () => {
    const { dataset, issues } = fromTimelineJS(
      v3(slide({ year: '1901' }, { unique_id: 'a' }), slide({ year: '1902' }, { unique_id: 'a' })),
    );
    expect(dataset.events).to.have.length(1);
    expect(issues).to.have.length(1);
    expect(issues[0].path).to.equal('/events/1');
    expect(issues[0].message).to.match(/^id: id "a" is already used by \/events\/0/);
  });

  it('turns location into the place, naming it by its coordinates when it has no name', () => {
    const events = fromTimelineJS(
      v3(
        slide(
          { year: '1835' },
          { location: { name: 'Florida, Missouri', lat: 39.49, lon: -91.79, zoom: 12 } },
        ),
        slide({ year: '1904' }, { location: { lat: '40.71', lon: '-74.0' } }),
      ),
    ).dataset.events;
    expect(events.map((e) => e.place)).to.deep.equal([
      { name: 'Florida, Missouri', lat: 39.49, lon: -91.79 },
      { name: '40.71, -74', lat: 40.71, lon: -74 },
    ]);
  });

  it('makes groups categories by default, or sides with an actor each with { groupAs: "side" }', () => {
    const data = v3(slide({ year: '1901' }, { group: 'Video' }), slide({ year: '1902' }, { group: 'Image' }));
    expect(fromTimelineJS(data).dataset.events.map((e) => e.category)).to.deep.equal(['Video', 'Image']);
    const { dataset } = fromTimelineJS(data, { groupAs: 'side' });
    expect(dataset.sides).to.deep.equal([
      { id: 'video', label: 'Video' },
      { id: 'image', label: 'Image' },
    ]);
    expect(dataset.actors.map((a) => [a.id, a.side])).to.deep.equal([
      ['video', 'video'],
      ['image', 'image'],
    ]);
    expect(dataset.events.map((e) => [e.category, e.actors])).to.deep.equal([
      [undefined, [{ id: 'video' }]],
      [undefined, [{ id: 'image' }]],
    ]);
  });

  it('reports the eras it does not import, once, by name', () => {
    const data = {
      eras: [
        { start_date: { year: '650' }, end_date: { year: '700' }, text: { headline: 'Era <b>A</b>' } },
        { start_date: { year: '600' }, end_date: { year: '650' }, text: { headline: 'Era B' } },
      ],
      events: [slide({ year: '651' })],
    };
    expect(messages(data)).to.deep.equal([
      'warning  2 eras were not imported ("Era A", "Era B"): eras are periods TimelineJS draws behind the events, and conflict-timeline has none',
    ]);
  });

  it('reports media and display dates once each', () => {
    const data = v3(
      slide({ year: '1901' }, { media: { url: 'https://youtu.be/x', caption: 'c' } }),
      slide({ year: '0', display_text: 'Now' }, { media: { url: '' } }),
    );
    expect(messages(data)).to.deep.equal([
      'warning  the media of 1 event (images, video, embeds) was not imported: conflict-timeline shows text, and links only sources',
      'warning  1 event has a display date; the timeline writes dates from the date parts instead',
    ]);
  });

  it('makes plain text of HTML in headlines and text, decoding entities', () => {
    const [event] = fromTimelineJS(
      v3({
        start_date: { year: '2012' },
        text: { headline: '&ldquo;One Moment&rdquo; &amp; more', text: '<p>A&nbsp;b</p><p>C &#8212; d</p>' },
      }),
    ).dataset.events;
    expect(event.title).to.equal('“One Moment” & more');
    expect(event.summary).to.equal('A\u00a0b\n\nC — d');
  });

  it('never lets hostile HTML through as markup', () => {
    const [event] = fromTimelineJS(
      v3({
        start_date: { year: '2012' },
        text: {
          headline: '<img src=x onerror=alert(1)>Title',
          text: 'x<script>alert(1)</script><b onclick="y">z</b>',
        },
      }),
    ).dataset.events;
    expect(event.title).to.equal('Title');
    expect(event.summary).to.equal('xz');
  });

  it('titles an event without a headline from its text, then its media caption, with a warning', () => {
    const { dataset, issues } = fromTimelineJS(
      v3(
        { start_date: { year: '1908' }, text: { text: 'Samuel Clemens was an author. He wrote.' } },
        {
          start_date: { year: '1909' },
          text: { headline: '', text: '' },
          media: { url: 'u', caption: 'a tweet' },
        },
        { start_date: { year: '1910' }, text: { headline: ' ' } },
      ),
    );
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['Samuel Clemens was an author.', 'a tweet']);
    expect(issues.map((i) => `${i.severity} ${i.path} ${i.message}`)).to.deep.equal([
      'warning /events/0 no headline: the title is the start of the text',
      'warning /events/1 no headline or text: the title is the media caption',
      'error /events/2 the event has no headline, text or media caption to show; dropped',
      'warning  the media of 1 event (images, video, embeds) was not imported: conflict-timeline shows text, and links only sources',
    ]);
  });

  it('drops an event without a start_date with one error, keeping the others', () => {
    const { dataset, issues } = fromTimelineJS(v3(slide({ year: '1900' }), { text: { headline: 'Hawaii' } }));
    expect(dataset.events.map((e) => e.date)).to.deep.equal(['1900']);
    expect(issues).to.deep.equal([
      {
        path: '/events/1',
        severity: 'error',
        message: 'the event has no start date (TimelineJS requires one); dropped',
      },
    ]);
  });

  it('reports a date parseDataset rejects at the event it came from', () => {
    const { dataset, issues } = fromTimelineJS(v3(slide({ year: '2015', month: '2', day: '30' })));
    expect(dataset.events).to.deep.equal([]);
    expect(issues).to.deep.equal([
      {
        path: '/events/0',
        severity: 'error',
        message: 'date: 30 February 2015 does not exist (event "event-1" dropped)',
      },
    ]);
  });

  it('gives one clear issue for input that is not TimelineJS data at all', () => {
    for (const [input, start] of [
      ['', 'the TimelineJS input is empty'],
      ['   \n', 'the TimelineJS input is empty'],
      ['{"events": [', 'not valid JSON:'],
      [[{ id: 1, content: 'vis item', start: '2014-04-20' }], 'not TimelineJS data: a list'],
      [null, 'not TimelineJS data: null'],
      [42, 'not TimelineJS data: the number 42'],
      [{ items: [] }, 'not TimelineJS data: no "events"'],
    ] as const) {
      const { dataset, issues } = fromTimelineJS(input);
      expect(dataset.events, String(input)).to.deep.equal([]);
      expect(issues, String(input)).to.have.length(1);
      expect(issues[0].severity).to.equal('error');
      expect(issues[0].message.startsWith(start), issues[0].message).to.equal(true);
    }
  });

  it('drops an event that is not an object and keeps the rest', () => {
    const { dataset, issues } = fromTimelineJS(v3('oops', slide({ year: '2000' })));
    expect(dataset.events).to.have.length(1);
    expect(issues).to.deep.equal([
      {
        path: '/events/0',
        severity: 'error',
        message: 'the event must be an object, not the text "oops"; dropped',
      },
    ]);
  });

  // Objects built in code, not JSON: nothing may escape, and the good slides around a bad one are kept.
  describe('hostile objects', () => {
    const revokedProxy = (): object => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    };
    const throwing = (thrown: unknown) => ({
      get() {
        throw thrown;
      },
      enumerable: true,
    });
    const good = (year: string) => slide({ year });

    it('a thrown value that is not an Error: the slide dropped, saying what was thrown', () => {
      for (const [thrown, said] of [
        [Object.create(null), 'an object was thrown'],
        ['plain text', 'plain text'],
        [undefined, 'undefined was thrown'],
      ] as const) {
        // One slide throws while it is read, one while its date parts are read.
        const text = Object.defineProperty(slide({ year: '2001' }), 'text', throwing(thrown));
        const parts = Object.defineProperty({ year: '2002' }, 'month', throwing(thrown));
        const result = fromTimelineJS(v3(good('2000'), text, slide(parts), good('2003')));
        expect(result.dataset.events.map((e) => e.date)).to.deep.equal(['2000', '2003']);
        expect(result.issues.map((i) => [i.severity, i.path, i.message])).to.deep.equal([
          ['error', '/events/1', `the event could not be read: ${said}; dropped`],
          ['error', '/events/2', `the event could not be read: ${said}; dropped`],
        ]);
      }
    });

    it('a revoked Proxy as a slide, as its date or as its text: that slide alone dropped', () => {
      const result = fromTimelineJS(
        v3(
          good('2000'),
          revokedProxy(),
          slide(revokedProxy()),
          slide({ year: '2004' }, { text: revokedProxy(), location: revokedProxy() }),
        ),
      );
      expect(result.dataset.events.map((e) => e.date)).to.deep.equal(['2000']);
      expect(result.issues.map((i) => [i.severity, i.path, i.message])).to.deep.equal([
        ['error', '/events/1', 'the event must be an object, not a revoked Proxy; dropped'],
        ['error', '/events/2', 'start date: the date is not an object of parts; event dropped'],
        ['error', '/events/3', 'the event has no headline, text or media caption to show; dropped'],
      ]);
    });

    it('a revoked Proxy or a throwing getter at the root: one error, no exception', () => {
      const { dataset, issues } = fromTimelineJS(revokedProxy());
      expect(dataset.events).to.deep.equal([]);
      expect(issues.map((i) => i.message)).to.deep.equal([
        'not TimelineJS data: a revoked Proxy, where TimelineJS has an object with "events" (or "timeline")',
      ]);
      const root = Object.defineProperty({}, 'events', throwing(Object.create(null)));
      expect(fromTimelineJS(root).issues.map((i) => i.message)).to.deep.equal([
        'the TimelineJS importer failed: an object was thrown',
      ]);
    });

    it('options that cannot be read: the defaults, every slide kept', () => {
      const data = v3(slide({ year: '2000' }, { group: 'Army' }));
      const revoked = fromTimelineJS(data, revokedProxy());
      expect(revoked.issues).to.deep.equal([]);
      expect(revoked.dataset.events[0].category).to.equal('Army');
      const throwingOptions = Object.defineProperty({}, 'groupAs', throwing(new Error('no')));
      const result = fromTimelineJS(data, throwingOptions);
      expect(result.dataset.events.map((e) => e.category)).to.deep.equal(['Army']);
      expect(result.issues).to.deep.equal([
        {
          path: '',
          severity: 'warning',
          message: 'the options could not be read: no (the defaults are used)',
        },
      ]);
    });

    it('a cyclic object and deeply nested junk: read without recursion, the slides kept', () => {
      const cyclic: Record<string, unknown> = slide({ year: '2000' });
      cyclic.self = cyclic;
      cyclic.location = cyclic;
      let deep: Record<string, unknown> = {};
      for (let i = 0; i < 100_000; i++) deep = { text: deep, headline: deep, year: deep };
      const data: Record<string, unknown> = v3(
        cyclic,
        slide({ year: '2001' }, { text: deep, media: deep, location: deep, group: deep }),
        slide(deep),
      );
      data.eras = [deep, cyclic, Object.defineProperty({}, 'text', throwing(new Error('era')))];
      const result = fromTimelineJS(data);
      expect(result.dataset.events.map((e) => e.date)).to.deep.equal(['2000']);
      expect(result.issues.map((i) => [i.severity, i.path, i.message])).to.deep.equal([
        ['error', '/events/1', 'the event has no headline, text or media caption to show; dropped'],
        ['error', '/events/2', 'start date: the date has no year; event dropped'],
        [
          'warning',
          '',
          '3 eras were not imported ("untitled", "Headline", "unreadable"): eras are periods TimelineJS draws behind the events, and conflict-timeline has none',
        ],
      ]);
    });

    it('__proto__ keys: nothing polluted, and "__proto__" works as a unique_id', () => {
      const text =
        '{"__proto__": {"polluted": 1}, "events": [{"unique_id": "__proto__", "__proto__": {"x": 1},' +
        ' "start_date": {"year": "2015", "__proto__": {"month": "5"}},' +
        ' "text": {"headline": "H", "__proto__": {"text": "injected"}}}]}';
      for (const input of [text, JSON.parse(text) as unknown]) {
        const result = fromTimelineJS(input);
        expect(result.issues).to.deep.equal([]);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        const event = result.dataset.eventsById.get('__proto__')!;
        expect([event.date, event.title, event.summary]).to.deep.equal(['2015', 'H', undefined]);
        expect(Object.getPrototypeOf(event)).to.equal(Object.prototype);
        expect(Object.getPrototypeOf(result.input.events[0])).to.equal(Object.prototype);
        expect(Object.prototype.hasOwnProperty.call(result.input.events[0], '__proto__')).to.equal(false);
      }
    });
  });

  it('returns the converted input too, as plain JSON', () => {
    const result = timelineJSToInput(v3(slide({ year: '1978' })));
    expect(JSON.parse(JSON.stringify(result.input))).to.deep.equal({
      events: [{ id: 'event-1', date: '1978', title: 'Headline', summary: 'Text' }],
    });
    expect(fromTimelineJS(v3(slide({ year: '1978' }))).input).to.deep.equal(result.input);
  });
});
