import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/core/dates.js';
import { describeFatalities, formatFatalities, formatPlace } from '../../src/core/format-event.js';
import {
  formatDate,
  formatDatePoint,
  formatItems,
  formatNumber,
  initialsOf,
  isoForTimeElement,
  isolate,
  resolveLocale,
} from '../../src/core/format.js';
import { messagesFor } from '../../src/core/messages.js';
// The Arabic table, as the package's entries load it.
import '../../src/core/messages-ar.js';
import type { ParsedDate } from '../../src/core/types.js';

function date(text: string): ParsedDate {
  const result = parseDate(text);
  if (!result.ok) throw new Error(`test date ${text}: ${result.reason}`);
  return result.date;
}

/**
 * Engines differ only in the spaces around a range dash ("16 – 17 May" in Chromium and Firefox,
 * "16–17 May" in WebKit) and in which space they use (thin, narrow no-break): compare without them.
 */
const norm = (text: string) => text.replace(/\s*–\s*/g, '–').replace(/\s/g, ' ');

/** What `Intl` itself says, in UTC, for a UTC calendar date. */
function intl(locale: string, options: Intl.DateTimeFormatOptions, y: number, m = 1, d = 1): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

describe('formatDate', () => {
  const en = (text: string) => norm(formatDate(date(text), 'en-GB'));

  it('writes a year, a month and a day as precisely as they were given', () => {
    expect(en('2015')).to.equal('2015');
    expect(en('2015-05')).to.equal('May 2015');
    expect(en('2015-05-16')).to.equal('16 May 2015');
  });

  it('uses the language: en is US order, en-GB day first', () => {
    expect(norm(formatDate(date('2015-05-16'), 'en'))).to.equal('May 16, 2015');
    expect(norm(formatDate(date('2015-05-16'), 'en-US'))).to.equal('May 16, 2015');
  });

  it('writes calendar dates in UTC, whatever the reader’s zone (tests run at UTC+5:45)', () => {
    expect(en('2015-05-01')).to.equal('1 May 2015');
    expect(en('2015-01')).to.equal('January 2015');
    expect(en('2014-12-31')).to.equal('31 December 2014');
  });

  it('marks approximate (~), uncertain (?) and both (%)', () => {
    expect(en('2015-05-16~')).to.equal('around 16 May 2015');
    expect(en('2015-05-16?')).to.equal('16 May 2015?');
    expect(en('2015-05-16%')).to.equal('around 16 May 2015?');
    expect(en('2015-05~')).to.equal('around May 2015');
  });

  it('writes a range of days or months as one phrase with Intl formatRange', () => {
    expect(en('2024-11-29/2024-11-30')).to.equal('29–30 November 2024');
    expect(en('2024-11-27/2024-12-02')).to.equal('27 November–2 December 2024');
    expect(en('2014-03/2014-06')).to.equal('March–June 2014');
    expect(en('2024-11-29~/2024-11-30~')).to.equal('around 29–30 November 2024');
  });

  it('writes ranges of years and of mixed precision as "between … and …"', () => {
    expect(en('2015/2016')).to.equal('between 2015 and 2016');
    expect(en('2015?/2016?')).to.equal('between 2015 and 2016?');
    expect(en('2014-01/2014-06-15')).to.equal('between January 2014 and 15 June 2014');
  });

  it('keeps each end’s own qualifier when the ends differ', () => {
    expect(en('2015/2016?')).to.equal('between 2015 and 2016?');
    expect(en('2015-05~/2015-06')).to.equal('between around May 2015 and June 2015');
  });

  it('writes open ranges as "from" and "until"', () => {
    expect(en('2015-05/..')).to.equal('from May 2015');
    expect(en('2015-05/')).to.equal('from May 2015');
    expect(en('../2015')).to.equal('until 2015');
    expect(en('../2015-05-16~')).to.equal('until around 16 May 2015');
  });

  it('writes a set [A..B] as "between … and …", the first end without the year both share', () => {
    expect(en('[2014-03..2014-06-14]')).to.equal('between March and 14 June 2014');
    expect(en('[2024-11-27..2024-12-02]')).to.equal('between 27 November and 2 December 2024');
    // Never Intl's range dash, which reads as a span the event lasted (compare 2024-11-27/2024-11-29).
    expect(en('[2024-11-27..2024-11-29]')).to.equal('between 27 November and 29 November 2024');
    expect(en('[2014-11..2015-02]')).to.equal('between November 2014 and February 2015');
    expect(en('[2014..2015-02]')).to.equal('between 2014 and February 2015');
    expect(en('[2014..2014-06]')).to.equal('between 2014 and June 2014');
    expect(norm(formatDate(date('[2014-03..2014-06-14]'), 'en-US'))).to.equal(
      'between March and June 14, 2014',
    );
  });

  it('qualifies a whole set when both ends share the qualifier, else each end', () => {
    expect(en('[2014-03?..2014-06-14?]')).to.equal('between March and 14 June 2014?');
    expect(en('[2014-03~..2014-06-14]')).to.equal('between around March and 14 June 2014');
    expect(en('[2014~..2015]')).to.equal('between around 2014 and 2015');
  });

  it('writes open sets as "no later than" and "no earlier than"', () => {
    expect(en('[..2014-06-14]')).to.equal('no later than 14 June 2014');
    expect(en('[2014-03..]')).to.equal('no earlier than March 2014');
    expect(en('[2014-03~..]')).to.equal('no earlier than around March 2014');
  });

  it('writes sets in Arabic with the Arabic words and Intl’s dates', () => {
    const month = intl('ar', { month: 'long' }, 2014, 3);
    expect(formatDate(date('[2014-03..2014-06-14]'), 'ar')).to.equal(
      `بين ${month} و${intl('ar', DAY, 2014, 6, 14)}`,
    );
    expect(formatDate(date('[..2014-06-14]'), 'ar')).to.equal(
      `في موعد أقصاه ${intl('ar', DAY, 2014, 6, 14)}`,
    );
    expect(formatDate(date('[2014-03..]'), 'ar')).to.equal(
      `في موعد لا يسبق ${intl('ar', { month: 'long', year: 'numeric' }, 2014, 3)}`,
    );
    expect(formatDate(date('[2014-03..2014-06-14]'), 'ar-SY')).to.contain('آذار');
  });

  it('writes years before the common era with Intl’s era (astronomical 0 is 1 BC)', () => {
    expect(en('-0500')).to.equal('501 BC');
    expect(en('0000')).to.equal('1 BC');
    expect(en('0001')).to.equal('1');
    expect(en('0050-03')).to.equal('March 50');
    expect(en('-0500/-0400')).to.equal('between 501 BC and 401 BC');
  });

  it('writes a moment at the time written, with the offset written (none when none was)', () => {
    expect(en('2015-05-19T14:20Z')).to.equal('19 May 2015 at 14:20 UTC');
    expect(en('2015-05-19T14:20')).to.equal('19 May 2015 at 14:20');
    expect(en('2015-05-19T14:20:05Z')).to.equal('19 May 2015 at 14:20:05 UTC');
    expect(en('2015-05-19T14:20+03:00')).to.equal('19 May 2015 at 14:20 UTC+03:00');
    expect(en('2015-05-19T23:30-05:30')).to.equal('19 May 2015 at 23:30 UTC-05:30');
    expect(en('2015-12-31T23:30-01:00')).to.equal('31 December 2015 at 23:30 UTC-01:00');
  });

  it('gives both ends of a range the era when one end is before the common era', () => {
    const text = en('-0001/0001');
    expect(text).to.match(/2 BC/);
    expect(text).to.match(/1 AD/);
  });

  it('writes Arabic dates exactly as Intl does for the language (digits differ between engines)', () => {
    expect(formatDate(date('2015-05-16'), 'ar')).to.equal(intl('ar', DAY, 2015, 5, 16));
    expect(formatDate(date('2015-05-16~'), 'ar')).to.equal(`نحو ${intl('ar', DAY, 2015, 5, 16)}`);
    expect(formatDate(date('2015-05?'), 'ar')).to.equal(
      `${intl('ar', { month: 'long', year: 'numeric' }, 2015, 5)}؟`,
    );
    expect(formatDate(date('2015/2016'), 'ar')).to.equal(
      `بين ${intl('ar', { year: 'numeric' }, 2015)} و${intl('ar', { year: 'numeric' }, 2016)}`,
    );
    const range = new Intl.DateTimeFormat('ar', { timeZone: 'UTC', ...DAY }).formatRange(
      new Date(Date.UTC(2024, 10, 29)),
      new Date(Date.UTC(2024, 10, 30)),
    );
    expect(formatDate(date('2024-11-29/2024-11-30'), 'ar')).to.equal(range);
  });

  it('uses Arabic-Indic digits where the locale asks for them (ar-EG) and Levantine month names (ar-SY)', () => {
    expect(formatDate(date('2015-05-16'), 'ar-EG'))
      .to.contain('١٦')
      .and.contain('٢٠١٥');
    expect(formatDate(date('2015-05-16'), 'ar-SY')).to.contain('أيار');
  });

  it('falls back to the runtime language for a malformed tag instead of throwing', () => {
    expect(formatDate(date('2015-05'), 'en_GB')).to.equal(formatDate(date('2015-05'), undefined));
  });

  it('takes the words from the messages it is given', () => {
    const messages = messagesFor('en', { approximate: (d: string) => `c. ${d}` });
    expect(norm(formatDate(date('2015-05-16~'), 'en-GB', messages))).to.equal('c. 16 May 2015');
  });
});

describe('formatDatePoint', () => {
  it('writes one end with its own qualifiers', () => {
    const { from, to } = date('2015-05~/2016?');
    expect(formatDatePoint(from!, 'en-GB')).to.equal('around May 2015');
    expect(formatDatePoint(to!, 'en-GB')).to.equal('2016?');
  });
});

describe('isoForTimeElement', () => {
  const iso = (text: string) => isoForTimeElement(date(text));

  it('gives HTML year, month and date strings', () => {
    expect(iso('2015')).to.equal('2015');
    expect(iso('2015-05')).to.equal('2015-05');
    expect(iso('2015-05-16')).to.equal('2015-05-16');
    expect(iso('0050-03')).to.equal('0050-03');
    expect(iso('Y12345')).to.equal('12345');
  });

  it('leaves qualifiers out (the visible text carries them)', () => {
    expect(iso('2015-05-16~')).to.equal('2015-05-16');
    expect(iso('2015%')).to.equal('2015');
  });

  it('gives a date and time string with the offset written, Z for UTC, none when none was written', () => {
    expect(iso('2015-05-19T14:20Z')).to.equal('2015-05-19T14:20Z');
    expect(iso('2015-05-19T14:20')).to.equal('2015-05-19T14:20'); // a local date and time, as written
    expect(iso('2015-05-19T14:20+05:30')).to.equal('2015-05-19T14:20+05:30');
    expect(iso('2015-05-19T14:20-03:00')).to.equal('2015-05-19T14:20-03:00');
    expect(iso('2015-05-19T14:20:05Z')).to.equal('2015-05-19T14:20:05Z');
    expect(iso('2015-05-19T14:20:05.25Z')).to.equal('2015-05-19T14:20:05.250Z');
  });

  it('gives the start of a range, and the end of a range open at the start', () => {
    expect(iso('2024-11-29/2024-11-30')).to.equal('2024-11-29');
    expect(iso('2014-01/2014-06-15')).to.equal('2014-01');
    expect(iso('2015-05/..')).to.equal('2015-05');
    expect(iso('../2015-05-16')).to.equal('2015-05-16');
  });

  it('gives the year, month or day that holds both ends of a set, else its start', () => {
    expect(iso('[2014-03..2014-06-14]')).to.equal('2014');
    expect(iso('[2014-06-08..2014-06-15]')).to.equal('2014-06');
    expect(iso('[2014-06-14..2014-06]')).to.equal('2014-06');
    expect(iso('[2015-05-19T10:00Z..2015-05-19T12:00Z]')).to.equal('2015-05-19');
    expect(iso('[2014-11..2015-02]')).to.equal('2014-11');
    expect(iso('[..2014-06-14]')).to.equal('2014-06-14');
    expect(iso('[2014-03..]')).to.equal('2014-03');
  });

  it('gives nothing for years before 1 (HTML dates start at year 1)', () => {
    expect(iso('-0500')).to.equal(undefined);
    expect(iso('0000')).to.equal(undefined);
  });

  it('gives values a <time> element accepts (HTML’s date and time microsyntaxes)', () => {
    const valid = /^(\d{4,}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?)?)?)$/;
    for (const text of [
      '2015',
      '2015-05',
      '2015-05-16',
      '2015-05-19T14:20+05:30',
      '2015-05-19T14:20:05.1Z',
      '[2014-03..2014-06-14]',
      '[2015-05-19T10:00Z..2015-05-19T12:00Z]',
      '[2014-11-30..2015-02]',
    ]) {
      expect(iso(text)).to.match(valid);
    }
  });
});

describe('formatNumber', () => {
  it('groups digits the language’s way', () => {
    expect(formatNumber(6000, 'en')).to.equal('6,000');
    expect(formatNumber(6000, 'de')).to.equal('6.000');
    expect(formatNumber(6000, 'ar')).to.equal(new Intl.NumberFormat('ar').format(6000));
    expect(formatNumber(73, 'ar-EG')).to.equal('٧٣');
  });
});

describe('formatFatalities', () => {
  it('writes an exact count, a lower bound, a range and an upper bound', () => {
    expect(formatFatalities({ count: 73 }, 'en')).to.equal('73');
    expect(formatFatalities({ count: 1234 }, 'en')).to.equal('1,234');
    expect(formatFatalities({ low: 73 }, 'en')).to.equal('at least 73');
    expect(formatFatalities({ low: 15, high: 20 }, 'en')).to.equal('15–20');
    expect(formatFatalities({ high: 20 }, 'en')).to.equal('up to 20');
    expect(formatFatalities({ low: 5, high: 5 }, 'en')).to.equal('5');
  });

  it('prefers the exact count to bounds', () => {
    expect(formatFatalities({ count: 12, low: 10, high: 15 }, 'en')).to.equal('12');
  });

  it('gives nothing without a usable figure', () => {
    expect(formatFatalities({}, 'en')).to.equal(undefined);
    expect(formatFatalities({ low: 20, high: 15 }, 'en')).to.equal(undefined);
    expect(formatFatalities({ count: -3 }, 'en')).to.equal(undefined);
    expect(formatFatalities({ count: Number.NaN }, 'en')).to.equal(undefined);
    expect(formatFatalities({ count: '12' as unknown as number }, 'en')).to.equal(undefined);
  });

  it('writes Arabic figures with Intl’s digits and range', () => {
    const nf = new Intl.NumberFormat('ar');
    expect(formatFatalities({ low: 73 }, 'ar')).to.equal(`ما لا يقل عن ${nf.format(73)}`);
    const withRange = nf as Intl.NumberFormat & { formatRange(a: number, b: number): string };
    expect(formatFatalities({ low: 15, high: 20 }, 'ar')).to.equal(withRange.formatRange(15, 20));
  });
});

describe('describeFatalities', () => {
  it('says how many were killed, who counted and who claims it', () => {
    expect(describeFatalities({ low: 73, who: 'the Syrian Observatory for Human Rights' }, 'en')).to.equal(
      'at least 73 killed, according to \u2068the Syrian Observatory for Human Rights\u2069',
    );
    expect(describeFatalities({ count: 40, claimedBy: 'Rebel insurgents' }, 'en')).to.equal(
      '40 killed, as claimed by \u2068Rebel insurgents\u2069',
    );
    expect(describeFatalities({ low: 15, high: 20 }, 'en')).to.equal('15–20 killed');
    expect(describeFatalities({}, 'en')).to.equal(undefined);
  });

  it('makes the Arabic noun agree with the number (3–10 plural, 11–99 accusative, 100+ singular)', () => {
    const nf = new Intl.NumberFormat('ar');
    expect(describeFatalities({ count: 5 }, 'ar')).to.equal(`${nf.format(5)} قتلى`);
    expect(describeFatalities({ count: 53 }, 'ar')).to.equal(`${nf.format(53)} قتيلًا`);
    expect(describeFatalities({ low: 300 }, 'ar')).to.equal(`ما لا يقل عن ${nf.format(300)} قتيل`);
    expect(describeFatalities({ count: 10, who: 'المرصد السوري لحقوق الإنسان' }, 'ar')).to.equal(
      `${nf.format(10)} قتلى، بحسب \u2068المرصد السوري لحقوق الإنسان\u2069`,
    );
  });
});

describe('isolate', () => {
  it('wraps text in first-strong isolate marks, so its direction cannot leak into the sentence', () => {
    expect(isolate('Rebels')).to.equal('\u2068Rebels\u2069');
  });
});

describe('formatPlace', () => {
  it('joins name, province and country, leaving out gaps and repeats', () => {
    expect(formatPlace({ name: 'Jisr al-Shughur', admin1: 'Idlib', country: 'Syria' })).to.equal(
      'Jisr al-Shughur, Idlib, Syria',
    );
    expect(formatPlace({ name: 'Idlib', admin1: 'Idlib', country: 'Syria' })).to.equal('Idlib, Syria');
    expect(formatPlace({ name: 'Kasab', country: 'Syria' })).to.equal('Kasab, Syria');
    expect(formatPlace({ name: 'Jobar, Damascus', admin1: 'Damascus', country: 'Syria' })).to.equal(
      'Jobar, Damascus, Syria',
    );
    expect(formatPlace({ name: 'Idlib province', admin1: 'Idlib' })).to.equal('Idlib province');
    expect(formatPlace({ name: 'Northern Idlibia', admin1: 'Idlib' })).to.equal('Northern Idlibia, Idlib');
    expect(formatPlace({ name: 'Kasab', admin1: ' ' })).to.equal('Kasab');
  });

  it('uses the Arabic comma in Arabic', () => {
    expect(formatPlace({ name: 'جسر الشغور', admin1: 'إدلب' }, messagesFor('ar'))).to.equal(
      'جسر الشغور، إدلب',
    );
  });
});

describe('formatItems', () => {
  it('lists short items without "and", the language’s way', () => {
    expect(formatItems(['HTS', "Hay'at Tahrir al-Sham", 'Jihadist groups'], 'en')).to.equal(
      "HTS, Hay'at Tahrir al-Sham, Jihadist groups",
    );
    expect(formatItems(['Iran', undefined, ' '], 'en')).to.equal('Iran');
    const ar = new Intl.ListFormat('ar', { type: 'unit', style: 'short' }).format(['أ', 'ب']);
    expect(formatItems(['أ', 'ب'], 'ar')).to.equal(ar);
  });

  it('builds no Intl.ListFormat for one item or none, and one for two', () => {
    const Original = Intl.ListFormat;
    let built = 0;
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.ListFormat>) {
        super(...args);
        built++;
      }
    }
    const intl = Intl as { ListFormat: typeof Intl.ListFormat };
    intl.ListFormat = Counting;
    try {
      // A language no other test formats lists in, so that no cached formatter answers.
      expect(formatItems(['Iran'], 'fi')).to.equal('Iran');
      expect(formatItems([' ', undefined], 'fi')).to.equal('');
      expect(built).to.equal(0);
      expect(formatItems(['Iran', 'Russia'], 'fi')).to.equal(
        new Original('fi', { type: 'unit', style: 'short' }).format(['Iran', 'Russia']),
      );
      expect(built).to.equal(1);
    } finally {
      intl.ListFormat = Original;
    }
  });

  it('gives one item, or none, as Intl would', () => {
    for (const locale of ['en', 'ar', 'zz-invalid-', undefined]) {
      const list = new Intl.ListFormat(locale === 'zz-invalid-' ? undefined : locale, {
        type: 'unit',
        style: 'short',
      });
      expect(formatItems([' Iran '], locale)).to.equal(list.format(['Iran']));
      expect(formatItems([undefined, ''], locale)).to.equal(list.format([]));
      expect(formatItems([], locale)).to.equal('');
    }
  });
});

describe('initialsOf', () => {
  it('keeps labels of up to three characters and takes first letters of longer ones', () => {
    expect(initialsOf('HTS')).to.equal('HTS');
    expect(initialsOf('US')).to.equal('US');
    expect(initialsOf('Syrian Army')).to.equal('SA');
    expect(initialsOf('Hezbollah')).to.equal('H');
    expect(initialsOf('J. al-Fateh')).to.equal('JA');
    expect(initialsOf('islamic state')).to.equal('IS');
  });

  it('takes one letter of an Arabic name, after the article', () => {
    expect(initialsOf('الجيش السوري')).to.equal('ج');
    expect(initialsOf('حزب الله')).to.equal('ح');
  });
});

describe('resolveLocale', () => {
  it('canonicalises good tags and refuses malformed ones', () => {
    expect(resolveLocale('EN-gb')).to.equal('en-GB');
    expect(resolveLocale('ar')).to.equal('ar');
    expect(resolveLocale('en_US')).to.equal(undefined);
    expect(resolveLocale('')).to.equal(undefined);
    expect(resolveLocale(undefined)).to.equal(undefined);
  });
});
