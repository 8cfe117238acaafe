// The `conflict-timeline` command as a newsroom runs it: bin/conflict-timeline.mjs on the built core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/conflict-timeline.mjs');
const SYRIA = join(ROOT, 'data/syria.json');
const FIXTURES = join(ROOT, '../shared/fixtures');

/** Runs the command with stdout and stderr piped (not a terminal). */
const run = (args, options = {}) => {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
    ...options,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const temp = () => mkdtempSync(join(tmpdir(), 'ct-cli-'));

const HOSTILE = '</script><script>alert(1)</script><!-- "x" \'y\' & <img src=x onerror=alert(2)>';

test('--help for the command and for each subcommand', () => {
  const main = run(['--help']);
  assert.equal(main.code, 0);
  for (const command of ['import', 'check', 'embed', 'sheet']) {
    assert.match(main.stdout, new RegExp(`^  ${command} `, 'm'));
    const help = run([command, '--help']);
    assert.equal(help.code, 0, command);
    assert.match(help.stdout, new RegExp(`^Usage: conflict-timeline ${command} <file>`), command);
    assert.match(help.stdout, /--format <name>/);
  }
  assert.equal(run([]).code, 2);
});

test('usage errors: one line, exit 2', () => {
  for (const [args, message] of [
    [
      ['frobnicate', 'x'],
      /^conflict-timeline: "frobnicate" is not a command \(import, check, embed, sheet\)/,
    ],
    [
      ['import', SYRIA, '--bogus'],
      /^conflict-timeline: import: Unknown option '--bogus' \(see conflict-timeline import --help\)\n$/,
    ],
    [['import'], /^conflict-timeline: import: which file\?/],
    [['check', SYRIA, SYRIA], /takes one file, not 2/],
    [
      ['check', SYRIA, '--format', 'xlsx'],
      /--format must be one of dataset, timelinejs, acled, ucdp, sheet, not "xlsx"/,
    ],
    [['embed', SYRIA, '--src', 'javascript:alert(1)'], /--src must be an http\(s\) URL or a path/],
    [['embed', SYRIA, '--src', 'a.json', '--inline'], /--src and --inline: give one of them/],
    [['embed', SYRIA, '--lang', '"><x'], /--lang must be a language tag/],
  ]) {
    const result = run(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.equal(result.stdout, '');
  }
});

test('import writes our JSON to stdout or -o, with the issues and a summary on stderr', () => {
  const piped = run(['import', SYRIA]);
  assert.equal(piped.code, 0);
  const data = JSON.parse(piped.stdout);
  assert.equal(data.events.length, 51);
  assert.equal(data.title, 'Syria: five reports, 2014–2024');
  assert.match(
    piped.stderr,
    /^.*syria\.json: 51 events, 24 actors, 5 sources \(dataset: the JSON has an "events" list of this library's events\); 0 errors, 0 warnings\n$/,
  );
  const dir = temp();
  const out = join(dir, 'out.json');
  const written = run(['import', SYRIA, '-o', out]);
  assert.equal(written.code, 0);
  assert.equal(written.stdout, '');
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), data);
  assert.match(written.stderr, /wrote .*out\.json\n$/);
});

test(
  'import of ACLED, UCDP and TimelineJS exports, detected by content',
  { skip: !existsSync(FIXTURES) && 'skipped: ../shared/fixtures is not present' },
  () => {
    const acled = run(['import', join(FIXTURES, 'acled/acled_middle_east_2020-04-27_to_2020-05-09.csv')]);
    assert.equal(acled.code, 0);
    assert.equal(JSON.parse(acled.stdout).events.length, 1168);
    // Path, line and severity of the row that was cut off.
    assert.match(
      acled.stderr,
      /acled_middle_east_2020-04-27_to_2020-05-09\.csv: error: line 1170 \(PHL10453\): every cell after actor2/,
    );
    assert.match(acled.stderr, /1,168 events, .* \(acled: the CSV header has ACLED's columns/);
    const ucdp = run(['check', join(FIXTURES, 'ucdp/ucdp_ged_syria_2016-2019_subset.csv')]);
    assert.equal(ucdp.code, 0);
    assert.match(ucdp.stderr, /\(ucdp: /);
    assert.match(ucdp.stderr, /… and \d+ more issues \(--max-issues 0 prints all\)/);
    const tl = run(['check', join(FIXTURES, 'timelinejs/tl3_houston.json')]);
    assert.equal(tl.code, 0);
    assert.match(tl.stderr, /18 events, .*\(timelinejs: /);
    // --strict fails on the warning the TimelineJS file gives (its media are not imported).
    const strict = run(['check', join(FIXTURES, 'timelinejs/tl3_houston.json'), '--strict']);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /--strict: 1 issue, failing\n$/);
  },
);

test('exit 1 when nothing could be imported, and the file is not written', () => {
  const dir = temp();
  const input = join(dir, 'rows.json');
  writeFileSync(input, '[{"start": "2015-01-01", "content": "x"}]');
  const out = join(dir, 'out.json');
  const result = run(['import', input, '-o', out]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /rows\.json: error: not a format this library imports: a JSON list/);
  assert.match(result.stderr, /0 events, .*; nothing could be imported\n/);
  assert.match(result.stderr, /out\.json not written/);
  assert.equal(existsSync(out), false);
});

test('check reports like import and writes nothing', () => {
  const dir = temp();
  const input = join(dir, 'events.csv');
  writeFileSync(
    input,
    'date,title,lat,lon,place\n2015-05-19,Good,,,\n19/05/15,Bad date,,,\n2015-05-20,Bad lat,north,36,Idlib\n',
  );
  const result = run(['check', input]);
  assert.equal(result.code, 0);
  assert.equal(result.stdout, '');
  assert.deepEqual(readdirSync(dir), ['events.csv']);
  const lines = result.stderr.trim().split('\n');
  assert.equal(
    lines[0],
    `${input}: error: A3: "19/05/15" is not a date in a supported format (2015-05-19, 19 May 2015, May 2015, 2015-05-19 to 2015-05-21, c. 16 May 2015); row dropped`,
  );
  assert.equal(lines[1], `${input}: warning: C4: "north" is not a number; coordinates left out`);
  assert.match(lines[2], /2 events, 0 actors, 0 sources \(sheet: .*\); 1 error, 1 warning$/);
  assert.equal(run(['check', input, '--strict']).code, 1);
});

test('sheet and back: the Syria sample through the spreadsheet layout, with an edit', () => {
  const dir = temp();
  const written = run(['sheet', SYRIA, '-o', dir]);
  assert.equal(written.code, 0, written.stderr);
  assert.deepEqual(readdirSync(dir).sort(), ['about.csv', 'actors.csv', 'events.csv']);
  const original = JSON.parse(run(['import', SYRIA]).stdout);
  const back = run(['import', join(dir, 'events.csv')]);
  assert.equal(back.code, 0);
  assert.match(back.stderr, /actors sheet: .*actors\.csv/);
  assert.match(back.stderr, /0 errors, 0 warnings/);
  const bySourceId = (d) => ({ ...d, sources: [...d.sources].sort((a, b) => a.id.localeCompare(b.id)) });
  assert.deepEqual(bySourceId(JSON.parse(back.stdout)), bySourceId(original));

  // An editor retitles an event and adds a row in the forms people type.
  const events = readFileSync(join(dir, 'events.csv'), 'utf8')
    .replace('Army retakes Kasab and its border crossing', 'Army retakes Kasab')
    .concat(
      'new,c. 3 December 2024,Rebels reach Homs,,capture,Homs,Homs,Syria,,,,Syrian rebels (attacker),,,,,Hindustan Times; ; 2 Dec 2024,\n',
    );
  writeFileSync(join(dir, 'events.csv'), events);
  const edited = JSON.parse(run(['import', join(dir, 'events.csv')]).stdout);
  assert.equal(edited.events.length, 52);
  assert.equal(edited.events.find((e) => e.id === '2014-06-15-kasab-recaptured').title, 'Army retakes Kasab');
  const added = edited.events.find((e) => e.id === 'new');
  assert.equal(added.date, '2024-12-03~');
  assert.deepEqual(added.actors, [{ id: 'syrian-rebels', role: 'attacker' }]);

  // Without -o the events sheet goes to stdout, and the note says what was not written.
  const piped = run(['sheet', SYRIA]);
  assert.equal(piped.code, 0);
  assert.match(piped.stdout, /^id,date,title,summary,/);
  assert.match(piped.stderr, /the actors and about sheets were not written; give -o DIR/);
});

test('embed: script tag, inline data, and a fallback <ol> of every event', () => {
  const result = run(['embed', SYRIA]);
  assert.equal(result.code, 0);
  const html = result.stdout;
  assert.match(
    html,
    /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/conflict-timeline@0\.1\.0\/dist\/conflict-timeline\.min\.js"><\/script>\n<conflict-timeline lang="en">\n {2}<script type="application\/json">\{/,
  );
  assert.equal((html.match(/<li>/g) ?? []).length, 51);
  assert.match(
    html,
    /<li><time datetime="2014-06-15">June 15, 2014<\/time>: <strong>Army retakes Kasab and its border crossing<\/strong>\. Kasab, Latakia, Syria\. Sources: /,
  );
  const json = html.match(/<script type="application\/json">(.*)<\/script>/)[1];
  assert.equal(JSON.parse(json).events.length, 51);

  const ar = run([
    'embed',
    SYRIA,
    '--lang',
    'ar',
    '--src',
    'https://example.org/syria.json',
    '--script',
    '/assets/ct.min.js',
  ]);
  assert.equal(ar.code, 0);
  assert.match(
    ar.stdout,
    /^<script type="module" src="\/assets\/ct\.min\.js"><\/script>\n<conflict-timeline lang="ar" dir="rtl" src="https:\/\/example\.org\/syria\.json">\n {2}<ol>\n/,
  );
  assert.doesNotMatch(ar.stdout, /application\/json/);
  assert.match(ar.stdout, /المصادر/);
});

test('embed escapes hostile text in every field; only http(s) sources are links', () => {
  const dir = temp();
  const input = join(dir, 'hostile.json');
  writeFileSync(
    input,
    JSON.stringify({
      title: HOSTILE,
      description: HOSTILE,
      sides: [{ id: 's', label: HOSTILE }],
      actors: [
        { id: 'a', name: HOSTILE, short: HOSTILE, side: 's', aliases: [HOSTILE], description: HOSTILE },
      ],
      sources: [
        { id: 'js', publisher: HOSTILE, title: HOSTILE, url: 'javascript:alert(3)' },
        { id: 'data', publisher: 'D', url: 'data:text/html,<script>alert(4)</script>' },
        { id: 'ok', publisher: 'Reuters', url: 'https://example.org/?q="a"&b=<c>' },
      ],
      events: [
        {
          id: 'e1',
          date: '2015-05-19',
          title: HOSTILE,
          summary: HOSTILE,
          category: HOSTILE,
          place: { name: HOSTILE, admin1: '<!--', country: '-->' },
          actors: [{ id: 'a', role: HOSTILE }],
          fatalities: { count: 1, who: HOSTILE, claimedBy: HOSTILE },
          claimedBy: HOSTILE,
          sources: ['js', 'data', 'ok'],
          tags: [HOSTILE],
        },
      ],
    }),
  );
  for (const args of [[], ['--src', 'https://example.org/a.json?x="1"&y=<2>']]) {
    const result = run(['embed', input, ...args]);
    assert.equal(result.code, 0, result.stderr);
    const html = result.stdout;
    // The snippet's own two script tags (one with --src), and no tag, comment or handler from the data.
    assert.equal((html.match(/<script/gi) ?? []).length, args.length ? 1 : 2);
    assert.equal((html.match(/<\/script/gi) ?? []).length, args.length ? 1 : 2);
    assert.doesNotMatch(html, /<!--|<img|<b>/);
    assert.doesNotMatch(html, /javascript:|data:text/);
    assert.deepEqual(html.match(/href="[^"]*"/g), ['href="https://example.org/?q=%22a%22&amp;b=%3Cc%3E"']);
    if (args.length)
      assert.match(html, /src="https:\/\/example\.org\/a\.json\?x=&quot;1&quot;&amp;y=&lt;2&gt;"/);
    else {
      const json = JSON.parse(html.match(/<script type="application\/json">(.*)<\/script>/)[1]);
      assert.equal(json.events[0].title, HOSTILE);
      assert.equal(json.actors[0].name, HOSTILE);
    }
    assert.match(
      html,
      /<strong>&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;!-- &quot;x&quot; &#39;y&#39; &amp; &lt;img src=x onerror=alert\(2\)&gt;<\/strong>/,
    );
  }
});

test('clear one-line errors: a missing file, a directory, a binary file, an encoding that is not UTF-8', () => {
  const dir = temp();
  const cases = [
    [join(dir, 'missing.csv'), /: no such file\n$/],
    [dir, / is a directory; give a file \(for a spreadsheet, its events sheet: .*events\.csv\)\n$/],
  ];
  const xlsx = join(dir, 'sheet.xlsx');
  writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
  cases.push([
    xlsx,
    /sheet\.xlsx is not a text file \(a spreadsheet saved as \.xlsx or \.ods\?\): export it as CSV/,
  ]);
  const latin1 = join(dir, 'latin1.csv');
  writeFileSync(latin1, Buffer.from('date,title\n2015-05-19,Caf\xe9 bombed\n', 'latin1'));
  cases.push([latin1, /latin1\.csv is not UTF-8 text; save it as UTF-8 .*--encoding windows-1252\n$/]);
  for (const [path, message] of cases) {
    const result = run(['check', path]);
    assert.equal(result.code, 1, path);
    assert.match(result.stderr, /^conflict-timeline: /);
    assert.match(result.stderr, message);
    assert.equal(result.stderr.split('\n').length, 2, result.stderr);
  }
  const decoded = run(['import', latin1, '--encoding', 'windows-1252']);
  assert.equal(decoded.code, 0, decoded.stderr);
  assert.equal(JSON.parse(decoded.stdout).events[0].title, 'Café bombed');
  const utf16 = join(dir, 'utf16.csv');
  writeFileSync(
    utf16,
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('date,title\n2015,Ünïcode\n', 'utf16le')]),
  );
  assert.equal(JSON.parse(run(['import', utf16]).stdout).events[0].title, 'Ünïcode');
});

test('reads standard input with "-"', () => {
  const result = run(['import', '-', '--format', 'sheet'], {
    input: 'date,title\n19 May 2015,From a pipe\n',
  });
  assert.equal(result.code, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout).events, [
    { id: '2015-05-19-from-a-pipe', date: '2015-05-19', title: 'From a pipe' },
  ]);
  assert.match(result.stderr, /^\(stdin\): 1 event/);
});

/** ESC [ K: the terminal's "erase to the end of the line", with which progress rewrites its line. */
const CLEAR_LINE = '\u001b[K';
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

test(
  'progress on stderr only when it is a terminal',
  { skip: !hasScript && 'skipped: util-linux `script` (to give the command a terminal) is not installed' },
  () => {
    const dir = temp();
    const input = join(dir, 'big.csv');
    const rows = Array.from({ length: 20000 }, (_, i) => `2015-05-19,Event ${i},Somewhere`);
    writeFileSync(input, `date,title,place\n${rows.join('\n')}\n`);
    const piped = run(['check', input]);
    assert.equal(piped.code, 0);
    assert.doesNotMatch(piped.stderr, /reading|importing/);
    assert.ok(
      !piped.stderr.includes('\r') && !piped.stderr.includes(CLEAR_LINE),
      'no line rewriting in a pipe',
    );
    // `script` runs the command on a pseudo-terminal and copies what it wrote.
    const tty = spawnSync(
      'script',
      ['-qec', `"${process.execPath}" "${BIN}" check "${input}"`, '/dev/null'],
      {
        encoding: 'utf8',
        cwd: ROOT,
      },
    );
    assert.equal(tty.status, 0, tty.stderr);
    assert.ok(tty.stdout.includes(`\r${CLEAR_LINE}reading big.csv (0.`), tty.stdout);
    assert.ok(tty.stdout.includes(`\r${CLEAR_LINE}importing as sheet…`), tty.stdout);
    assert.match(tty.stdout, /20,000 events/);
    // --quiet keeps a terminal quiet too.
    const quiet = spawnSync(
      'script',
      ['-qec', `"${process.execPath}" "${BIN}" check "${input}" -q`, '/dev/null'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(quiet.stdout, '');
  },
);

test('the package ships the command and the templates', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.bin, { 'conflict-timeline': './bin/conflict-timeline.mjs' });
  assert.ok(pkg.files.includes('bin') && pkg.files.includes('templates'));
  assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  assert.ok(statSync(BIN).mode & 0o111, 'bin/conflict-timeline.mjs is executable');
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(packed.status, 0, packed.stderr);
  const files = JSON.parse(packed.stdout)[0].files.map((f) => f.path);
  for (const file of [
    'bin/conflict-timeline.mjs',
    'templates/conflict-timeline-sheet.csv',
    'templates/actors.csv',
    'templates/about.csv',
    'templates/README.md',
    'dist/core/index.js',
  ]) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
});

test('the template reads without an issue, and matches the Syria sample it was cut from', () => {
  const dir = temp();
  mkdirSync(join(dir, 't'));
  for (const name of ['conflict-timeline-sheet.csv', 'actors.csv', 'about.csv']) {
    writeFileSync(join(dir, 't', name), readFileSync(join(ROOT, 'templates', name)));
  }
  const result = run(['import', join(dir, 't', 'conflict-timeline-sheet.csv'), '--strict']);
  assert.equal(result.code, 0, result.stderr);
  const data = JSON.parse(result.stdout);
  const syria = JSON.parse(readFileSync(SYRIA, 'utf8'));
  assert.ok(data.events.length >= 5);
  for (const event of data.events) {
    const original = syria.events.find((e) => e.id === event.id);
    assert.ok(original, `${event.id} is a Syria event`);
    assert.equal(event.title, original.title);
  }
});
