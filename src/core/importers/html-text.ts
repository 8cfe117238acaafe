/**
 * HTML to plain text without a DOM (core runs in Node): TimelineJS text and headlines are HTML, and
 * this library shows data only as text. Tags are dropped (never interpreted: `<img onerror=…>` is just
 * removed), the contents of `<script>`, `<style>` and similar are dropped, character references are
 * decoded (after tags are removed, so `&lt;b&gt;` stays the text `<b>`), whitespace collapses as a
 * browser collapses it, and block structure survives as line breaks: `<br>` ends a line, `<p>`,
 * `<div>`, headings, lists and quotes make paragraphs separated by a blank line.
 */

export interface HtmlToTextOptions {
  /** One line: line and paragraph breaks become single spaces (for titles). Default false. */
  inline?: boolean;
}

/** Elements whose content is not text for a reader. */
const SKIPPED_CONTENT = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'noembed',
  'noframes',
  'svg',
  'math',
]);

/** Elements that start and end a paragraph. */
const PARAGRAPH_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dl',
  'div',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
]);

/** Elements that start a new line. */
const LINE_ELEMENTS = new Set(['li', 'dt', 'dd', 'tr', 'caption']);

/** Elements whose boundaries separate words. */
const SPACE_ELEMENTS = new Set(['td', 'th']);

// Latin-1 names for U+00A0..U+00FF, in code point order.
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml';

// Greek capitals U+0391..U+03A9 (no U+03A2) and small letters U+03B1..U+03C9.
const GREEK_NAMES =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon ' +
  'Phi Chi Psi Omega';

/** Named character references: Latin-1, Greek, and the punctuation and symbols that newsroom text uses. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = (() => {
  const table = new Map<string, string>(
    Object.entries({
      quot: 34,
      amp: 38,
      apos: 39,
      lt: 60,
      gt: 62,
      OElig: 0x152,
      oelig: 0x153,
      Scaron: 0x160,
      scaron: 0x161,
      Yuml: 0x178,
      fnof: 0x192,
      circ: 0x2c6,
      tilde: 0x2dc,
      thetasym: 0x3d1,
      ensp: 0x2002,
      emsp: 0x2003,
      thinsp: 0x2009,
      zwnj: 0x200c,
      zwj: 0x200d,
      lrm: 0x200e,
      rlm: 0x200f,
      ndash: 0x2013,
      mdash: 0x2014,
      lsquo: 0x2018,
      rsquo: 0x2019,
      sbquo: 0x201a,
      ldquo: 0x201c,
      rdquo: 0x201d,
      bdquo: 0x201e,
      dagger: 0x2020,
      Dagger: 0x2021,
      bull: 0x2022,
      hellip: 0x2026,
      permil: 0x2030,
      prime: 0x2032,
      Prime: 0x2033,
      lsaquo: 0x2039,
      rsaquo: 0x203a,
      oline: 0x203e,
      frasl: 0x2044,
      euro: 0x20ac,
      trade: 0x2122,
      larr: 0x2190,
      uarr: 0x2191,
      rarr: 0x2192,
      darr: 0x2193,
      harr: 0x2194,
      minus: 0x2212,
      asymp: 0x2248,
      ne: 0x2260,
      le: 0x2264,
      ge: 0x2265,
      infin: 0x221e,
      deg: 0xb0,
    }).map(([name, code]) => [name, String.fromCodePoint(code)]),
  );
  LATIN1_NAMES.split(' ').forEach((name, i) => table.set(name, String.fromCodePoint(0xa0 + i)));
  GREEK_NAMES.split(' ').forEach((name, i) => {
    const capital = 0x391 + i + (i >= 17 ? 1 : 0); // U+03A2 is unassigned
    table.set(name, String.fromCodePoint(capital));
    table.set(name.toLowerCase(), String.fromCodePoint(capital + 0x20));
  });
  table.set('sigmaf', '\u03c2');
  return table;
})();

/** What HTML makes of numeric references to C1 control codes: the windows-1252 characters. */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x2c6,
  0x89: 0x2030,
  0x8a: 0x160,
  0x8b: 0x2039,
  0x8c: 0x152,
  0x8e: 0x17d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x2dc,
  0x99: 0x2122,
  0x9a: 0x161,
  0x9b: 0x203a,
  0x9c: 0x153,
  0x9e: 0x17e,
  0x9f: 0x178,
};

const C1_CONTROLS = /[\u0080-\u009f]/g;

/**
 * Replaces C1 control characters (U+0080–U+009F, never text) with the windows-1252 characters they
 * stand for in text that was decoded as Latin-1 (`Burki\u0092s` → `Burki’s`). Returns the text unchanged
 * when it has none.
 */
export function repairWindows1252Controls(text: string): string {
  return text.replace(C1_CONTROLS, (c) => {
    const mapped = WINDOWS_1252[c.charCodeAt(0)];
    return mapped === undefined ? '' : String.fromCodePoint(mapped);
  });
}

function decodeCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  const mapped = WINDOWS_1252[code];
  if (mapped !== undefined) return String.fromCodePoint(mapped);
  // Other control characters are not text.
  if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code < 0xa0)) return '';
  return String.fromCodePoint(code);
}

const CHARACTER_REFERENCE = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,8});?|([A-Za-z][A-Za-z0-9]{1,31});)/g;

/** Decodes character references (`&amp;`, `&#8212;`, `&#x2014;`); unknown names stay as written. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(CHARACTER_REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return decodeCodePoint(Number(decimal));
    if (hex !== undefined) return decodeCodePoint(parseInt(hex, 16));
    return NAMED_ENTITIES.get(name!) ?? whole;
  });
}

// A comment, a CDATA section, a declaration or processing instruction, or a start/end tag; each may run
// to the end of the text unclosed (as a browser's tokenizer would swallow it). Attribute values in quotes
// may hold `>`. Every alternative consumes one way only, so no input makes the pattern backtrack.
const MARKUP =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[!?][^>]*(?:>|$)|<(\/?)([A-Za-z][A-Za-z0-9:-]*)(?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*(?:>|$)/g;

const HTML_SPACE = /[ \t\n\f\r]+/g;

/**
 * Turns HTML into plain text: see this module's description. Never throws; anything that is not a
 * string gives `''`.
 */
export function htmlToText(html: unknown, options: HtmlToTextOptions = {}): string {
  if (typeof html !== 'string' || html === '') return '';
  // The text so far, as pieces joined at the end: appending to one growing string and trimming it at
  // every break was quadratic (200,000 `<br>`s took half a minute). No piece is empty.
  const pieces: string[] = [];
  // Breaks wanted before the next text: 1 a line break, 2 a blank line; a space is wanted when
  // `space` is set. Breaks at the very start or end are dropped.
  let pendingBreak = 0;
  let pendingSpace = false;
  let skipUntil: string | undefined;

  /** Drops white space at the end of the text, piece by piece from the last. */
  const trimEnd = () => {
    while (pieces.length > 0) {
      const last = pieces[pieces.length - 1];
      const trimmed = last.trimEnd();
      if (trimmed === last) return;
      if (trimmed === '') pieces.pop();
      else {
        pieces[pieces.length - 1] = trimmed;
        return;
      }
    }
  };
  const endsWithSpaceOrBreak = () => {
    const last = pieces[pieces.length - 1];
    const end = last[last.length - 1];
    return end === ' ' || end === '\n';
  };

  const appendText = (raw: string) => {
    const text = decodeHtmlEntities(raw.replace(HTML_SPACE, ' '));
    if (text === '') return;
    const startsWithSpace = text.startsWith(' ');
    const body = startsWithSpace ? text.slice(1) : text;
    if (pieces.length === 0) {
      pendingBreak = 0;
      pendingSpace = false;
    } else if (pendingBreak > 0) {
      trimEnd();
      pieces.push(options.inline ? ' ' : pendingBreak > 1 ? '\n\n' : '\n');
      pendingBreak = 0;
      pendingSpace = false;
    } else if ((pendingSpace || startsWithSpace) && !endsWithSpaceOrBreak()) {
      pieces.push(' ');
    }
    pendingSpace = false;
    if (body === '') {
      pendingSpace = pieces.length > 0;
      return;
    }
    pieces.push(body);
  };

  let last = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(html); m; m = MARKUP.exec(html)) {
    const [whole, cdata, slash, rawName] = m;
    if (skipUntil === undefined && m.index > last) appendText(html.slice(last, m.index));
    last = m.index + whole.length;
    if (whole === '') {
      MARKUP.lastIndex++; // `$` alternatives can match empty at the end
      continue;
    }
    const name = rawName?.toLowerCase();
    if (skipUntil !== undefined) {
      if (slash && name === skipUntil) skipUntil = undefined;
      continue;
    }
    if (cdata !== undefined) {
      appendText(cdata);
      continue;
    }
    if (name === undefined) continue; // comment, declaration, processing instruction
    if (!slash && SKIPPED_CONTENT.has(name) && !whole.endsWith('/>')) {
      skipUntil = name;
    } else if (name === 'br') {
      pendingBreak = Math.min(2, pendingBreak + 1);
    } else if (PARAGRAPH_ELEMENTS.has(name)) {
      pendingBreak = 2;
    } else if (LINE_ELEMENTS.has(name)) {
      pendingBreak = Math.max(pendingBreak, 1);
    } else if (SPACE_ELEMENTS.has(name)) {
      pendingSpace = true;
    }
  }
  if (skipUntil === undefined && last < html.length) appendText(html.slice(last));
  trimEnd();
  return pieces.join('');
}
