import { expect } from '@open-wc/testing';
import {
  cellIsoDay,
  cellNumber,
  cellParagraphs,
  cellText,
  describeCutOff,
  isDroppedRow,
  normaliseColumnName,
  readCsv,
  rowsInOrder,
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

  it('keeps quoted line breaks, blank lines and "" escapes in a field, whatever column it is in', () => {
    const text = [
      'Year,Headline,Text',
      '2015,First,"<p>One, ""two""</p>',
      '',
      '<p>Three, four, five</p>"',
      '"Line one',
      'b, c',
      'line three",x,y',
      '2016,Last,z',
    ].join('\n');
    const table = readCsv(text);
    expect(table.rows.map((r) => [r.line, ...r.cells])).to.deep.equal([
      [2, '2015', 'First', '<p>One, "two"</p>\n\n<p>Three, four, five</p>'],
      [5, 'Line one\nb, c\nline three', 'x', 'y'],
      [8, '2016', 'Last', 'z'],
    ]);
    expect(table.dropped).to.deep.equal([]);
  });

  it('drops a row whose quote is never closed and reads the rows after it', () => {
    const table = readCsv('a,b\n"open,1\n2,3\n4,5\n');
    expect(table.rows.map((r) => [r.line, r.index, ...r.cells])).to.deep.equal([
      [3, 1, '2', '3'],
      [4, 2, '4', '5'],
    ]);
    expect(table.dropped).to.deep.equal([
      {
        index: 0,
        line: 2,
        path: '/0',
        label: 'line 2',
        problem: 'an unbalanced quote: the quoted a field is never closed',
      },
    ]);
  });

  it('reads again the rows a stray quote swallowed, up to a quote with text after it', () => {
    const table = readCsv('id,name,notes\n1,a,x\n2,"b,y\n3,c,z\n4,d,"w, v"\n5,e,f\n');
    expect(table.rows.map((r) => r.cells)).to.deep.equal([
      ['1', 'a', 'x'],
      ['3', 'c', 'z'],
      ['4', 'd', 'w, v'],
      ['5', 'e', 'f'],
    ]);
    expect(table.rows.map((r) => r.line)).to.deep.equal([2, 4, 5, 6]);
    expect(table.dropped.map((d) => `${d.label} ${d.path}: ${d.problem}`)).to.deep.equal([
      'line 3 /1: an unbalanced quote: the quoted name field runs on to line 5 and has text after its closing quote',
    ]);
  });

  it('reads again the rows a stray quote swallowed when a later quote closes it cleanly', () => {
    // The stray quote opens a field that the quote of `",z"` closes: a record of the header's width.
    const table = readCsv('id,name,notes\n1,"a,x\n2,b,y\n\n3,b,",z"\n4,d,e\n');
    expect(table.rows.map((r) => [r.line, ...r.cells])).to.deep.equal([
      [3, '2', 'b', 'y'],
      [5, '3', 'b', ',z'],
      [6, '4', 'd', 'e'],
    ]);
    expect(table.dropped.map((d) => `${d.label}: ${d.problem}`)).to.deep.equal([
      'line 2: an unbalanced quote: the quoted name field runs on over lines 3–5, which read as rows of their own',
    ]);
  });

  it('reads again the rows a stray quote swallowed when it makes a row of another width', () => {
    const table = readCsv('id,name,notes\n1,"a,x\n2,b,y\n3,c,"z"\n');
    expect(table.rows.map((r) => r.cells)).to.deep.equal([
      ['2', 'b', 'y'],
      ['3', 'c', 'z'],
    ]);
    expect(table.dropped.map((d) => `${d.label}: ${d.problem}`)).to.deep.equal([
      'line 2: an unbalanced quote: the quoted name field runs on to line 4 and has text after its closing quote',
    ]);
    // A row with a quote inside a cell (`5"`) is a row when it has the header's width.
    const narrow = readCsv('id,name,notes\n1,"a,x\n2,b,5"\n');
    expect(narrow.rows.map((r) => r.cells)).to.deep.equal([['2', 'b', '5"']]);
    expect(narrow.dropped.map((d) => `${d.label}: ${d.problem}`)).to.deep.equal([
      "line 2: an unbalanced quote: the quoted name field runs over a line break, making lines 2–3 one row of 2 of the header's 3 cells",
    ]);
  });

  it('says the file was cut off when it ends inside a quoted field, with the lines of the row', () => {
    const table = readCsv('Year,Headline,Text\n2015,First,"<p>One</p>"\n2015,Second,"<p>Cut\n\nhe');
    expect(table.rows.map((r) => r.get('headline'))).to.deep.equal(['First']);
    expect(table.dropped.map((d) => `${d.label}: ${d.problem}`)).to.deep.equal([
      'line 3: an unbalanced quote: the file ends inside the quoted Text field, as if it was cut off there (line 5, the rest of the row, with it)',
    ]);
  });

  it("drops a row with text after a closing quote, or with a quote in a cell and a width not the header's", () => {
    const table = readCsv('a,b\n"ab"c,d\n"ab"  ,d\n5" gun,x\n5" gun\n"x", y",z\n');
    expect(table.rows.map((r) => [r.line, ...r.cells])).to.deep.equal([
      [3, 'ab', 'd'],
      [4, '5" gun', 'x'],
    ]);
    expect(table.dropped.map((d) => `${d.label}: ${d.problem}`)).to.deep.equal([
      'line 2: an unbalanced quote: the quoted a field has text after its closing quote',
      "line 5: an unbalanced quote in a, in a row of 1 of the header's 2 cells",
      "line 6: an unbalanced quote in b, in a row of 3 of the header's 2 cells",
    ]);
  });

  it('drops a row a stray quote made wider than the header, blank cells too, and keeps trailing blank cells without quotes', () => {
    // Each written for a row of three: `"a,a",r0,`, `r1,"aa,a","a,aaa⏎aa"`, `r5,,"aaaa,⏎"`.
    const table = readCsv('c0,c1,c2\n"a",a",r0,\nr1,"aa,a","a",aaa\naa"\nr5,,"aaaa",\n"\nr6,,\nr7,x,y,\n');
    expect(table.rows.map((r) => [r.line, ...r.cells])).to.deep.equal([
      [7, 'r6', '', ''],
      [8, 'r7', 'x', 'y', ''],
    ]);
    expect(table.dropped.map((d) => `${d.label}: ${d.problem}`)).to.deep.equal([
      "line 2: an unbalanced quote in c1, in a row of 4 of the header's 3 cells",
      "line 3: an unbalanced quote around the quoted c1 field, in a row of 4 of the header's 3 cells",
      "line 4: an unbalanced quote in c0, in a row of 1 of the header's 3 cells",
      "line 5: an unbalanced quote around the quoted c2 field, in a row of 4 of the header's 3 cells",
      'line 6: an unbalanced quote: the quoted c0 field is never closed',
    ]);
  });

  it('rowsInOrder gives the rows and the dropped rows in the order of the text', () => {
    const table = readCsv('a,b\n1,2\n"x\n3,4\n');
    expect(
      rowsInOrder(table).map((r) => (isDroppedRow(r) ? `dropped ${r.line}` : `row ${r.line}`)),
    ).to.deep.equal(['row 2', 'dropped 3', 'row 4']);
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
