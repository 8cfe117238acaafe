import { expect } from '@open-wc/testing';
import {
  cellIsoDay,
  cellNumber,
  cellParagraphs,
  cellText,
  describeCutOff,
  normaliseColumnName,
  readCsv,
} from '../../../src/core/importers/csv.js';

const valuesOf = (text: string, column: string) => readCsv(text).rows.map((row) => row.get(column));

describe('readCsv', () => {
  it('reads a header and rows with LF line ends', () => {
    const table = readCsv('a,b\n1,2\n3,4\n');
    expect(table.header).to.deep.equal(['a', 'b']);
    expect(table.rows.map((r) => [r.get('a'), r.get('b')])).to.deep.equal([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads CRLF line ends without leaving a carriage return in the last cell', () => {
    expect(valuesOf('a,b\r\n1,2\r\n3,4\r\n', 'b')).to.deep.equal(['2', '4']);
  });

  it('reads CR-only line ends (old Mac exports)', () => {
    expect(valuesOf('a,b\r1,2\r3,4', 'a')).to.deep.equal(['1', '3']);
  });

  it('strips a byte-order mark so the first column keeps its name', () => {
    const table = readCsv('\ufeffevent_date,x\n2020-05-09,1');
    expect(table.header[0]).to.equal('event_date');
    expect(table.rows[0].get('event_date')).to.equal('2020-05-09');
  });

  it('keeps quoted commas, "" escapes and newlines inside a field, as \\n whatever the file used', () => {
    const text = 'title,description\r\n"a, b","say ""hi""\r\nnext line"\r\nc,d\r\n';
    const table = readCsv(text);
    expect(table.rows.map((r) => r.get('title'))).to.deep.equal(['a, b', 'c']);
    expect(table.rows[0].get('description')).to.equal('say "hi"\nnext line');
  });

  it('gives each row the line it starts on, counting quoted newlines', () => {
    const table = readCsv('h1,h2\n"x\ny\nz",1\n2,3\n');
    expect(table.rows.map((r) => r.line)).to.deep.equal([2, 5]);
    expect(table.rows.map((r) => r.index)).to.deep.equal([0, 1]);
  });

  it('skips blank rows but keeps counting them in lines and indexes', () => {
    const table = readCsv('a,b\n1,2\n\n,\n3,4\n');
    expect(table.rows.map((r) => r.get('a'))).to.deep.equal(['1', '3']);
    expect(table.rows.map((r) => r.line)).to.deep.equal([2, 5]);
    expect(table.rows.map((r) => r.index)).to.deep.equal([0, 3]);
  });

  it('finds columns trimmed and in any case; the first of two same-named columns wins', () => {
    const table = readCsv(' EVENT_DATE ,Actor1,actor1\n2020-05-09,A,B\n');
    expect(table.has('event_date')).to.equal(true);
    expect(table.has('Event_Date')).to.equal(true);
    expect(table.rows[0].get('event_date')).to.equal('2020-05-09');
    expect(table.rows[0].get('ACTOR1')).to.equal('A');
    expect(table.rows[0].get('missing')).to.equal('');
    expect(normaliseColumnName('  End Year ')).to.equal('end year');
  });

  it('keeps the real cell count of a short row and reads its missing cells as empty', () => {
    const table = readCsv('a,b,c\n1,2\n');
    expect(table.rows[0].cells).to.deep.equal(['1', '2']);
    expect(table.rows[0].get('c')).to.equal('');
  });

  it('reads an empty text as no header and no rows', () => {
    const table = readCsv('');
    expect(table.header).to.deep.equal([]);
    expect(table.rows).to.deep.equal([]);
  });

  it('lets an unbalanced quote run to the end without throwing', () => {
    const table = readCsv('a,b\n"open,1\n2,3\n');
    expect(table.rows).to.have.length(1);
    expect(table.rows[0].cells).to.have.length(1);
  });
});

describe('describeCutOff', () => {
  const table = readCsv(
    'id,date,actor,country,fatalities\n1,2020-01-01,A,Syria,0\n2,2020-01-01,"Civ (",,\n3,2020\n',
  );
  it('says nothing about a complete row', () => {
    expect(describeCutOff(table.rows[0], table, ['country'])).to.equal(undefined);
  });
  it('names the last filled cell when every later cell, including one always filled, is empty', () => {
    expect(describeCutOff(table.rows[1], table, ['country'])).to.equal(
      'every cell after actor ("Civ (") is empty, as if the file was cut off there',
    );
  });
  it('says nothing when only cells that may be empty are empty', () => {
    expect(describeCutOff(table.rows[1], table, ['id'])).to.equal(undefined);
  });
  it('counts the cells of a row shorter than the header', () => {
    expect(describeCutOff(table.rows[2], table, ['id'])).to.equal("the row has 2 of the header's 5 cells");
  });
});

describe('cell readers', () => {
  it('cellNumber: blank is undefined, a decimal is a number, anything else NaN', () => {
    expect(cellNumber('  ')).to.equal(undefined);
    expect(cellNumber(' 12 ')).to.equal(12);
    expect(cellNumber('-15.4166')).to.equal(-15.4166);
    expect(cellNumber('1e3')).to.equal(1000);
    expect(cellNumber('12 killed')).to.be.NaN;
    expect(cellNumber('0x10')).to.be.NaN;
  });
  it('cellText: trims and collapses whitespace, newlines included', () => {
    expect(cellText('  Daily Graphic \n ')).to.equal('Daily Graphic');
    expect(cellText('a\t\tb\nc')).to.equal('a b c');
  });
  it('cellIsoDay: a day with or without a time after it, padded; anything else undefined', () => {
    expect(cellIsoDay(' 2016-01-01 ')).to.equal('2016-01-01');
    expect(cellIsoDay('2016-1-9')).to.equal('2016-01-09');
    expect(cellIsoDay('2016-01-01 00:00:00.000')).to.equal('2016-01-01');
    expect(cellIsoDay('2016-01-01T10:30:00Z')).to.equal('2016-01-01');
    // The calendar is parseDate's to check.
    expect(cellIsoDay('2015-02-30')).to.equal('2015-02-30');
    for (const text of ['', '01/01/2016', '2016-01', '16-01-01', '2016-01-01 noon', '201601-01'])
      expect(cellIsoDay(text), text).to.equal(undefined);
  });
  it('cellParagraphs: blank lines separate paragraphs, single newlines join', () => {
    expect(cellParagraphs('one\ntwo\n\n  three  \n\n\n')).to.equal('one two\n\nthree');
  });
});
