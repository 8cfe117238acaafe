// A stray `"` in one row of a CSV file: every other row survives, and the row with it is either read
// (the quote was harmless, as inside `5" gun`) or dropped with an error naming its line. Property tests
// (fast-check) over made-up tables, and every place in a row of the real exports in ../shared/fixtures.
import { expect } from '@open-wc/testing';
import { csvFormatRow, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { fromACLED, fromTimelineJS, fromUCDP, type ImportResult } from '../../../src/core/index.js';
import { readCsv } from '../../../src/core/importers/csv.js';
import { sharedFixture } from '../../shared-fixtures.js';

// Modest: these run in three browsers.
const runs = { numRuns: 250 };

/**
 * Cell text with what CSV quoting is about: commas, quotes, line breaks (blank lines too), spaces. Not
 * starting with a space, comma, quote or line break: a stray quote at a field's start in the row before
 * such a quoted cell is closed cleanly by that cell's opening quote (`a,"` then `",b`), and the text
 * then reads as well with the stray quote in the next row, so one of the two rows is lost whichever
 * reading is taken. Real exports' quoted cells start with text.
 */
const cellArb = fc
  .string({ unit: fc.constantFrom('a', 'b', 'é', ' ', ',', ',', '"', '\n', '\n'), maxLength: 12 })
  .map((text) => text.replace(/^[\s,"]+/, ''));

/** Where each row starts, 1-based, when the rows are written one after the other below the header. */
function rowLines(header: string, rows: readonly string[]): number[] {
  let line = header.split('\n').length + 1;
  return rows.map((row) => {
    const at = line;
    line += row.split('\n').length;
    return at;
  });
}

interface StrayCase {
  /** The file, with the stray quote. */
  text: string;
  /** Line of each row of the file; rows[bad] has the stray quote. */
  lines: number[];
  bad: number;
  /** Lines the row with the stray quote spans as written. */
  badLines: number[];
}

/** Rows (already written as CSV lines) with a `"` put at `at` (0 to 1) of row `bad`'s text. */
function strayCase(
  header: string,
  written: readonly string[],
  bad: number,
  at: number,
  eol = '\n',
): StrayCase {
  const row = written[bad];
  const p = Math.floor(at * (row.length + 1));
  const rows = written.slice();
  rows[bad] = `${row.slice(0, p)}"${row.slice(p)}`;
  const lines = rowLines(header, written);
  const badLines = Array.from({ length: row.split('\n').length }, (_, i) => lines[bad] + i);
  return { text: [header, ...rows].join('\n').replace(/\n/g, eol), lines, bad, badLines };
}

const strayTableArb = fc
  .record({
    width: fc.integer({ min: 2, max: 7 }),
    rowCount: fc.integer({ min: 2, max: 25 }),
  })
  .chain(({ width, rowCount }) =>
    fc.record({
      idColumn: fc.integer({ min: 0, max: width - 1 }),
      cells: fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), {
        minLength: rowCount,
        maxLength: rowCount,
      }),
      bad: fc.integer({ min: 0, max: rowCount - 1 }),
      at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      eol: fc.constantFrom('\n', '\r\n'),
      finalEol: fc.boolean(),
    }),
  )
  .map(({ idColumn, cells, bad, at, eol, finalEol }) => {
    const width = cells[0].length;
    // Each row has an id, so that no good row is blank (blank rows are skipped, not rows).
    const rows = cells.map((row, i) => row.map((cell, c) => (c === idColumn ? `r${i}${cell}` : cell)));
    const header = Array.from({ length: width }, (_, i) => `c${i}`).join(',');
    const written = rows.map((row) => csvFormatRow(row));
    const stray = strayCase(header, written, bad, at, eol);
    return { ...stray, rows, text: stray.text + (finalEol ? eol : '') };
  });

describe('a stray quote (property)', () => {
  it('readCsv keeps every other row as written and reads or drops the row with it, by its line', () => {
    fc.assert(
      fc.property(strayTableArb, ({ text, rows, lines, bad, badLines }) => {
        const table = readCsv(text);
        const byLine = new Map(table.rows.map((row) => [row.line, row.cells]));
        rows.forEach((cells, i) => {
          if (i !== bad) expect(byLine.get(lines[i]), `row ${i} (line ${lines[i]})`).to.deep.equal(cells);
        });
        // No row read but the rows of the file, or a piece of the row with the stray quote (a line of it
        // can read as a row; the importers check it as any other).
        const rowStarts = new Set(lines);
        for (const row of table.rows) {
          if (!rowStarts.has(row.line)) expect(badLines, `a row at line ${row.line}`).to.include(row.line);
        }
        // The row with the stray quote is read (as a row of the header's width, or shorter, which the
        // importers report as cut short), or dropped, or read from a later line of it (its first line
        // can read as blank).
        const kept = byLine.get(lines[bad]);
        if (kept) expect(kept.length, 'the row with the stray quote, read').to.be.at.most(rows[bad].length);
        const seen = table.dropped.length > 0 || table.rows.some((row) => badLines.includes(row.line));
        expect(seen, 'the row with the stray quote, read or dropped').to.equal(true);
        // Nothing is said about another row.
        for (const d of table.dropped) {
          expect(badLines, `dropped line ${d.line}`).to.include(d.line);
          expect(d.problem).to.match(/^an unbalanced quote/);
        }
      }),
      runs,
    );
  });

  it('readCsv reads a table without stray quotes as d3-dsv does, line breaks in cells included', () => {
    fc.assert(
      fc.property(strayTableArb, ({ rows }) => {
        const header = rows[0].map((_, i) => `c${i}`);
        const text = [header.join(','), ...rows.map((row) => csvFormatRow(row))].join('\n');
        const table = readCsv(text);
        expect(table.dropped).to.deep.equal([]);
        expect(table.rows.map((row) => row.cells)).to.deep.equal(csvParseRows(text).slice(1));
      }),
      runs,
    );
  });

  /** An importer's made-up rows: the columns, a row's cells from its id and free text, the event's id. */
  interface Format {
    name: string;
    header: string[];
    row(id: number, text: string): string[];
    eventId(id: number): string;
    run(text: string): ImportResult;
  }
  const FORMATS: Format[] = [
    {
      name: 'fromACLED',
      header: [
        'event_id_cnty',
        'event_date',
        'event_type',
        'actor1',
        'country',
        'location',
        'notes',
        'fatalities',
      ],
      row: (id, text) => [`TST${id}`, '2020-05-09', 'Battles', `Rebels ${text}`, 'Testland', text, text, '1'],
      eventId: (id) => `TST${id}`,
      run: fromACLED,
    },
    {
      name: 'fromUCDP',
      header: ['id', 'date_start', 'date_end', 'side_a', 'side_b', 'source_article', 'country', 'best'],
      row: (id, text) => [
        `${id}`,
        '2016-01-01',
        '2016-01-02',
        `Government ${text}`,
        'Rebels',
        text,
        'Testland',
        '2',
      ],
      eventId: (id) => `${id}`,
      run: fromUCDP,
    },
    {
      name: 'fromTimelineJS',
      header: ['Year', 'Month', 'Day', 'Headline', 'Text', 'Group', 'Unique Id'],
      row: (id, text) => ['2015', '6', `${(id % 28) + 1}`, `Event ${text}`, `<p>${text}</p>`, text, `e${id}`],
      eventId: (id) => `e${id}`,
      run: fromTimelineJS,
    },
  ];

  for (const format of FORMATS) {
    it(`${format.name} keeps every other row and reads or reports the row with it, by its line`, () => {
      const caseArb = fc.record({
        texts: fc.array(cellArb, { minLength: 2, maxLength: 20 }),
        bad: fc.nat(),
        at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      });
      fc.assert(
        fc.property(caseArb, ({ texts, bad: anyBad, at }) => {
          const bad = anyBad % texts.length;
          const header = format.header.join(',');
          const written = texts.map((text, i) => csvFormatRow(format.row(i, text)));
          const { text, lines, badLines } = strayCase(header, written, bad, at);
          const result = format.run(text);
          const ids = new Set(result.dataset.events.map((e) => e.id));
          texts.forEach((_, i) => {
            if (i !== bad) expect(ids.has(format.eventId(i)), `row ${i} (line ${lines[i]})`).to.equal(true);
          });
          // Every error names a line of the row with the stray quote, and there is one if it was dropped.
          const errors = result.issues.filter((i) => i.severity === 'error').map((i) => i.message);
          for (const message of errors) {
            expect(badLines, message).to.include(Number(/^line (\d+)\b/.exec(message)?.[1]));
          }
          if (result.dataset.events.length < texts.length) {
            expect(errors.length, `an error for the row with the stray quote`).to.be.greaterThan(0);
          }
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe('a stray quote in a row of a real export, at every place in it', () => {
  const FILES = [
    {
      file: 'acled/acled_middle_east_2020-04-27_to_2020-05-09.csv',
      id: 'event_id_cnty',
      run: fromACLED,
    },
    // The window is around the file's first cell with a line break in it.
    { file: 'ucdp/ucdp_ged_syria_2016-2019_subset.csv', id: 'id', run: fromUCDP },
  ];
  for (const { file, id, run } of FILES) {
    it(`${file}: 30 rows and one with a stray quote, every good row kept`, async function () {
      this.timeout(20_000);
      const all = csvParseRows((await sharedFixture(this, file)).replace(/\r\n?/g, '\n'));
      const multiLine = all.findIndex((row, i) => i > 0 && row.some((cell) => cell.includes('\n')));
      const start = multiLine > 0 ? Math.max(1, multiLine - 10) : 1;
      const rows = all.slice(start, start + 31);
      const header = csvFormatRow(all[0]);
      const written = rows.map((row) => csvFormatRow(row));
      const idColumn = all[0].indexOf(id);
      const bad = 15;
      const baseline = new Set(run([header, ...written].join('\n')).dataset.events.map((e) => e.id));
      const good = rows.filter((_, i) => i !== bad).map((row) => row[idColumn]);
      expect(
        good.every((g) => baseline.has(g)),
        'every row an event without the stray quote',
      ).to.equal(true);
      let lost = 0;
      let reported = 0;
      for (let p = 0; p <= written[bad].length; p++) {
        const { text, lines } = strayCase(header, written, bad, p / (written[bad].length + 1));
        const result = run(text);
        const ids = new Set(result.dataset.events.map((e) => e.id));
        lost += good.filter((g) => !ids.has(g)).length;
        if (result.dataset.events.length < baseline.size) {
          const named = result.issues.some(
            (i) => i.severity === 'error' && new RegExp(`^line ${lines[bad]}\\b`).test(i.message),
          );
          expect(named, `place ${p}: an error naming line ${lines[bad]}`).to.equal(true);
          reported++;
        }
      }
      expect(lost, 'good rows lost over all places').to.equal(0);
      expect(reported, 'places where the row was dropped, with an error').to.be.greaterThan(0);
    });
  }
});
