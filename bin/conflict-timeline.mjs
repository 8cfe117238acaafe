#!/usr/bin/env node
// The `conflict-timeline` command: import, check, embed and sheet, on the built core (dist/core).
// Plain ESM for Node 20 with no dependency beyond the package's own.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';

const NAME = 'conflict-timeline';
const FORMATS = ['dataset', 'timelinejs', 'acled', 'ucdp', 'sheet'];
const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'];
const DEFAULT_MAX_ISSUES = 50;
/** The spreadsheet's other sheets, looked for beside the events sheet. */
const COMPANIONS = ['actors', 'about'];

/** A failure the user can act on: one line on stderr, and the exit code. */
class CliError extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

const COMMON = {
  format: { type: 'string' },
  actors: { type: 'string' },
  about: { type: 'string' },
  'date-order': { type: 'string' },
  encoding: { type: 'string' },
  strict: { type: 'boolean' },
  'max-issues': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
};

const READING_HELP = `Input:
  <file>                 our JSON, the spreadsheet layout (CSV), TimelineJS (JSON or sheet CSV),
                         ACLED (CSV or API reply), UCDP GED (CSV or API page); detected by content.
                         "-" reads standard input; an http(s) URL is fetched (a published Google Sheet).
  --format <name>        skip detection: ${FORMATS.join(', ')}
  --actors <file>        the sheet's actors sheet (default: <name>.actors.csv or actors.csv beside it)
  --about <file>         the sheet's about sheet (default: <name>.about.csv or about.csv beside it)
  --date-order <order>   how the sheet writes numeric dates: dmy (19/05/2015) or mdy (05/19/2015)
  --encoding <name>      the file's encoding when it is not UTF-8: ${ENCODINGS.slice(1).join(', ')}
  --strict               exit 1 on any issue, warnings too (for CI)
  --max-issues <n>       print at most n issues (default ${DEFAULT_MAX_ISSUES}; 0 prints all)
  -q, --quiet            print errors only, no summary or progress
  -h, --help             this help`;

const COMMANDS = {
  import: {
    summary: 'convert any supported input to conflict-timeline JSON',
    usage: `${NAME} import <file> [-o out.json] [options]`,
    options: { ...COMMON, output: { type: 'string', short: 'o' } },
    help: `Writes the data as conflict-timeline JSON (to standard output without -o) and prints its
issues (file, line or JSON pointer, severity) and a one-line summary on standard error. Exit code 1
when nothing could be imported (or, with --strict, on any issue), 0 otherwise.

  -o, --output <file>    where to write the JSON (not written when the exit code is 1)

${READING_HELP}`,
    run: runImport,
  },
  check: {
    summary: 'report the issues of an input without writing anything',
    usage: `${NAME} check <file> [options]`,
    options: COMMON,
    help: `Prints the issues and the summary of "import" and writes nothing. Exit codes as for import.

${READING_HELP}`,
    run: runCheck,
  },
  embed: {
    summary: 'print the HTML to paste into a CMS, with a no-JavaScript fallback',
    usage: `${NAME} embed <file> [--lang ar] [--src URL | --inline] [--script URL] [-o out.html] [options]`,
    options: {
      ...COMMON,
      lang: { type: 'string' },
      src: { type: 'string' },
      inline: { type: 'boolean' },
      script: { type: 'string' },
      output: { type: 'string', short: 'o' },
    },
    help: `Prints the script tag, the <conflict-timeline> element with the data inline (the default) or by
URL, and a fallback <ol> of every event (date as the card writes it, title, place, sources linked
when http or https) for readers without JavaScript, crawlers and print. Everything from the data
is escaped.

  --lang <tag>           language of the element and the fallback (default: the data's, else en)
  --src <url>            the element loads the data from this URL (give it the JSON "import" wrote)
  --inline               the data goes inside the element (the default)
  --script <url>         the embed script's URL (default: jsDelivr, this package's version)
  -o, --output <file>    write the HTML to a file instead of standard output

${READING_HELP}`,
    run: runEmbed,
  },
  sheet: {
    summary: 'write the spreadsheet layout from any input (the way back to a spreadsheet)',
    usage: `${NAME} sheet <file> [-o DIR | -o events.csv] [options]`,
    options: { ...COMMON, output: { type: 'string', short: 'o' } },
    help: `Writes the data in the spreadsheet layout of templates/README.md: the events sheet, the actors
sheet (actors.csv) and the about sheet (about.csv). Import them into one spreadsheet as three tabs.

  -o, --output <path>    a directory (writes events.csv, actors.csv, about.csv in it) or a .csv
                         file (the events sheet; actors.csv and about.csv beside it). Without -o
                         the events sheet goes to standard output and the others are not written.

${READING_HELP}`,
    run: runSheet,
  },
};

const MAIN_HELP = `Usage: ${NAME} <command> <file> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join('\n')}

"${NAME} <command> --help" tells more. Docs: README.md, "From a spreadsheet to an article in three steps".`;

/** The built core; a checkout that was never built gets a clear message. */
async function loadCore() {
  try {
    return await import('../dist/core/index.js');
  } catch (e) {
    throw new CliError(
      `cannot load the built library (dist/core/index.js): ${e.message}; run "npm run build"`,
    );
  }
}

function packageVersion() {
  try {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return 'latest';
  }
}

/** Progress on stderr, on a terminal only: one line, rewritten, cleared at the end. */
class Progress {
  constructor(enabled) {
    this.enabled = enabled;
    this.shown = false;
  }
  show(text) {
    if (!this.enabled) return;
    process.stderr.write(`\r\x1b[K${text}`);
    this.shown = true;
  }
  clear() {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}

const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

function decode(bytes, encoding, name) {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) encoding ??= 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) encoding ??= 'utf-16be';
  if (!encoding) {
    // A NUL in the first bytes of text that is not UTF-16 is a binary file (an .xlsx is a zip).
    if (bytes.subarray(0, 8192).includes(0)) {
      throw new CliError(
        `${name} is not a text file (a spreadsheet saved as .xlsx or .ods?): export it as CSV, or the data as JSON`,
      );
    }
  }
  try {
    return new TextDecoder(encoding ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(
      `${name} is not ${encoding ?? 'UTF-8'} text; save it as UTF-8 (in a spreadsheet: "CSV UTF-8"), or give its encoding with --encoding ${encoding ? ENCODINGS.join('|') : 'windows-1252'}`,
    );
  }
}

/** A file's text (or standard input's, or a URL's), with a clear one-line error when it has none. */
async function readText(path, encoding, progress) {
  if (path === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return decode(Buffer.concat(chunks), encoding, 'standard input');
  }
  if (/^https?:\/\//i.test(path)) {
    progress.show(`fetching ${path}…`);
    let response;
    try {
      response = await fetch(path);
    } catch (e) {
      throw new CliError(`cannot fetch ${path}: ${e.cause?.message ?? e.message}`);
    }
    if (!response.ok)
      throw new CliError(`cannot fetch ${path}: HTTP ${response.status} ${response.statusText}`);
    return decode(new Uint8Array(await response.arrayBuffer()), encoding, path);
  }
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    if (e.code === 'ENOENT') throw new CliError(`${path}: no such file`);
    if (e.code === 'EACCES') throw new CliError(`${path}: permission denied`);
    throw new CliError(`${path}: ${e.message}`);
  }
  if (stat.isDirectory()) {
    throw new CliError(
      `${path} is a directory; give a file (for a spreadsheet, its events sheet: ${join(path, 'events.csv')})`,
    );
  }
  progress.show(`reading ${basename(path)} (${megabytes(stat.size)})…`);
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new CliError(`${path}: ${e.code === 'EACCES' ? 'permission denied' : e.message}`);
  }
  return decode(bytes, encoding, path);
}

/** The actors and about sheets beside an events sheet: `<name>.actors.csv`, else `actors.csv`. */
function companionPath(eventsPath, which) {
  if (eventsPath === '-' || /^https?:/i.test(eventsPath)) return undefined;
  const dir = dirname(eventsPath);
  const stem = basename(eventsPath, extname(eventsPath));
  for (const candidate of [join(dir, `${stem}.${which}.csv`), join(dir, `${which}.csv`)]) {
    if (candidate === eventsPath) continue;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not there
    }
  }
  return undefined;
}

function checkChoice(value, allowed, option) {
  if (value !== undefined && !allowed.includes(value)) {
    throw new CliError(`--${option} must be one of ${allowed.join(', ')}, not "${value}"`, 2);
  }
}

/** Reads and imports the input as the options say; notes go to `note` (stderr unless --quiet). */
async function load(core, file, values, progress, note) {
  checkChoice(values.format, FORMATS, 'format');
  const dateOrder = values['date-order'];
  checkChoice(dateOrder, ['dmy', 'mdy'], 'date-order');
  const encoding = values.encoding?.toLowerCase();
  checkChoice(encoding, ENCODINGS, 'encoding');
  const max = values['max-issues'];
  if (max !== undefined && !/^\d+$/.test(max))
    throw new CliError(`--max-issues must be a number, not "${max}"`, 2);
  const text = await readText(file, encoding, progress);
  const filename = file === '-' ? undefined : basename(file.replace(/[?#].*$/, ''));
  const format = values.format ?? core.detectFormat(text, { filename }).format;
  const sheet = { dateOrder };
  if (format === 'sheet') {
    for (const which of COMPANIONS) {
      const path = values[which] ?? companionPath(file, which);
      if (path === undefined) continue;
      sheet[which] = await readText(path, encoding, progress);
      if (!values[which]) note(`${NAME}: ${which} sheet: ${path}`);
    }
  } else {
    for (const which of COMPANIONS)
      if (values[which]) note(`${NAME}: --${which} is for the spreadsheet layout; ignored`);
  }
  const lines = text.length > 1e6 ? (text.match(/\n/g) ?? []).length : 0;
  progress.show(`importing ${lines ? `${plural(lines, 'line')} ` : ''}as ${format ?? 'an unknown format'}…`);
  const result = core.importAny(text, { filename, format: values.format, sheet });
  progress.clear();
  return { ...result, text, isJson: /^\s*[[{]/.test(text) };
}

/** Prints the issues and the summary; returns the exit code. */
function report(file, result, values) {
  const { dataset, issues, format, reason } = result;
  const name = file === '-' ? '(stdin)' : file;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const shown = values.quiet ? issues.filter((i) => i.severity === 'error') : issues;
  const max = values['max-issues'] === undefined ? DEFAULT_MAX_ISSUES : Number(values['max-issues']);
  const limit = max === 0 ? shown.length : max;
  for (const issue of shown.slice(0, limit)) {
    // CSV messages start with their line or cell; a JSON issue's pointer says where it is.
    const where = result.isJson && issue.path ? ` ${issue.path}` : '';
    process.stderr.write(`${name}${where}: ${issue.severity}: ${issue.message}\n`);
  }
  if (shown.length > limit) {
    process.stderr.write(
      `${name}: … and ${plural(shown.length - limit, 'more issue')} (--max-issues 0 prints all)\n`,
    );
  }
  const imported = dataset.events.length > 0;
  if (!values.quiet) {
    const counts = [
      plural(dataset.events.length, 'event'),
      plural(dataset.actors.length, 'actor'),
      plural(dataset.sources.length, 'source'),
    ].join(', ');
    // An input of no known format has no format to name: its reason says what it is.
    const unknown = issues.some((i) => i.message.startsWith('not a format this library imports'));
    process.stderr.write(
      `${name}: ${counts} (${unknown ? reason : `${format}: ${reason}`}); ${plural(errors, 'error')}, ${plural(warnings, 'warning')}` +
        `${imported ? '' : '; nothing could be imported'}\n`,
    );
  }
  if (!imported) return 1;
  if (values.strict && issues.length) {
    process.stderr.write(`${name}: --strict: ${plural(issues.length, 'issue')}, failing\n`);
    return 1;
  }
  return 0;
}

function writeOutput(path, text) {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${e.code === 'EISDIR' ? 'it is a directory' : e.message}`);
  }
}

function oneFile(positionals, command) {
  if (positionals.length === 0) throw new CliError(`${command}: which file? (${COMMANDS[command].usage})`, 2);
  if (positionals.length > 1) {
    throw new CliError(`${command} takes one file, not ${positionals.length} (${positionals.join(' ')})`, 2);
  }
  return positionals[0];
}

async function runImport(core, file, values, context) {
  const result = await load(core, file, values, context.progress, context.note);
  const code = report(file, result, values);
  if (code !== 0) {
    if (values.output) context.note(`${NAME}: ${values.output} not written`);
    return code;
  }
  context.progress.show(`writing ${plural(result.dataset.events.length, 'event')}…`);
  const json = `${JSON.stringify(core.toDatasetInput(result.dataset), null, 2)}\n`;
  context.progress.clear();
  if (values.output) {
    writeOutput(values.output, json);
    context.note(`${NAME}: wrote ${values.output}`);
  } else process.stdout.write(json);
  return 0;
}

async function runCheck(core, file, values, context) {
  return report(file, await load(core, file, values, context.progress, context.note), values);
}

/** A URL for `src`: http(s) or relative to the page; `javascript:` and other schemes are refused. */
function checkSrc(src) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^https?:/i.test(src)) {
    throw new CliError(`--src must be an http(s) URL or a path relative to the page, not "${src}"`, 2);
  }
  return src;
}

async function runEmbed(core, file, values, context) {
  if (values.src !== undefined && values.inline)
    throw new CliError('--src and --inline: give one of them', 2);
  if (values.lang !== undefined && !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(values.lang)) {
    throw new CliError(`--lang must be a language tag such as en or ar, not "${values.lang}"`, 2);
  }
  const src = values.src === undefined ? undefined : checkSrc(values.src);
  const result = await load(core, file, values, context.progress, context.note);
  const code = report(file, result, values);
  if (code !== 0) return code;
  const html = core.embedSnippet(result.dataset, {
    scriptSrc:
      values.script ??
      `https://cdn.jsdelivr.net/npm/conflict-timeline@${packageVersion()}/dist/conflict-timeline.min.js`,
    src,
    lang: values.lang,
  });
  if (values.output) {
    writeOutput(values.output, html);
    context.note(`${NAME}: wrote ${values.output}`);
  } else process.stdout.write(html);
  return 0;
}

const hasRows = (csv) => csv.trim().split('\n').length > 1;

async function runSheet(core, file, values, context) {
  const result = await load(core, file, values, context.progress, context.note);
  const code = report(file, result, values);
  if (code !== 0) return code;
  const files = core.toSheet(result.dataset);
  const out = values.output;
  if (!out) {
    process.stdout.write(files.events);
    const left = COMPANIONS.filter((which) => hasRows(files[which]));
    if (left.length) {
      context.note(
        `${NAME}: the ${left.join(' and ')} sheet${left.length > 1 ? 's were' : ' was'} not written; give -o DIR to write all three`,
      );
    }
    return 0;
  }
  let isDir;
  try {
    isDir = statSync(out).isDirectory();
  } catch {
    isDir = false;
    if (!/\.csv$/i.test(out))
      throw new CliError(`-o ${out}: no such directory (give an existing directory or a .csv file)`);
  }
  const eventsPath = isDir ? join(out, 'events.csv') : out;
  const written = [eventsPath];
  writeOutput(eventsPath, files.events);
  for (const which of COMPANIONS) {
    if (!hasRows(files[which])) continue;
    const path = join(dirname(eventsPath), `${which}.csv`);
    writeOutput(path, files[which]);
    written.push(path);
  }
  context.note(`${NAME}: wrote ${written.join(', ')}`);
  return 0;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${MAIN_HELP}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const spec = COMMANDS[command];
  if (!spec)
    throw new CliError(
      `"${command}" is not a command (${Object.keys(COMMANDS).join(', ')}); see ${NAME} --help`,
      2,
    );
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: spec.options, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's message goes on about positionals after "--"; its first sentence is the point.
    throw new CliError(`${command}: ${e.message.split(/\.\s|\n/)[0]} (see ${NAME} ${command} --help)`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`Usage: ${spec.usage}\n\n${spec.help}\n`);
    return 0;
  }
  const file = oneFile(positionals, command);
  const core = await loadCore();
  const context = {
    progress: new Progress(Boolean(process.stderr.isTTY) && !values.quiet),
    note: (text) => {
      if (!values.quiet) process.stderr.write(`${text}\n`);
    },
  };
  return spec.run(core, file, values, context);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    if (e instanceof CliError) {
      process.stderr.write(`${NAME}: ${e.message}\n`);
      process.exitCode = e.code;
    } else {
      process.stderr.write(`${NAME}: unexpected failure: ${e?.stack ?? e}\n`);
      process.exitCode = 70;
    }
  },
);
