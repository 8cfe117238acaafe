// Rollup plugin for the embed: minifies the text of Lit's `css` and `html` tagged templates in our
// own modules (after esbuild, so it reads plain JavaScript). Only the literal parts change; every
// `${…}` stays where it was. Both minifiers are conservative on purpose: they drop what CSS and HTML
// ignore and leave anything they are not sure about as it is.
// - css: comments go; a run of whitespace becomes one space, or nothing next to `{ } ; , >`, after
//   `(`, before `)` and after a property's colon; `;` before `}` goes. Strings ('…', "…") are kept.
// - html: whitespace inside a tag (between attributes) becomes one space, or nothing before `>`;
//   in text, spaces and tabs around a line break go but the line break stays, so text renders as
//   before with `white-space: normal | nowrap | pre-line`. Attribute values, comments, and whole
//   templates with <pre>, <textarea>, <script>, <style> or <title> are left as written.
import MagicString from 'magic-string';

const LIT_MODULE = /^(?:lit|lit-html|lit-element|@lit\/reactive-element)(?:\/|$)/;
const TAGS = { css: 'css', html: 'html', svg: 'html' };

export default function minifyLitTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!include.test(id) || !code.includes('`')) return null;
      const ast = this.parse(code);
      const kinds = templateTags(ast);
      if (kinds.size === 0) return null;
      const s = new MagicString(code);
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const kind = kinds.get(node.tag.name);
        if (!kind) return;
        const quasis = node.quasi.quasis;
        const raws = quasis.map((q) => code.slice(q.start, q.end));
        if (raws.some((raw, i) => raw !== quasis[i].value.raw))
          this.error(`unexpected template at ${id}:${node.start}`);
        const out = (kind === 'css' ? minifyCss : minifyHtml)(raws);
        if (!out) return;
        out.forEach((text, i) => {
          if (text !== raws[i]) {
            if (text) s.overwrite(quasis[i].start, quasis[i].end, text);
            else s.remove(quasis[i].start, quasis[i].end);
          }
        });
      });
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}

/** Local names of Lit's `css`, `html` and `svg` tags imported in a module. */
function templateTags(ast) {
  const kinds = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULE.test(node.source.value)) continue;
    for (const spec of node.specifiers) {
      const kind = spec.type === 'ImportSpecifier' && TAGS[spec.imported.name];
      if (kind) kinds.set(spec.local.name, kind);
    }
  }
  return kinds;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && key !== 'loc') walk(value, visit);
  }
}

const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const IDENT = /[\w-]/;
/** Characters that whitespace next to them never separates in CSS. */
const CSS_TIGHT_BEFORE = '{};,>)';
const CSS_TIGHT_AFTER = '{};,>(';

/**
 * Minified literal parts of one `css` template, or null to keep it as written. An interpolation
 * counts as a word: whitespace next to it stays one space unless its other side is tight.
 */
export function minifyCss(raws) {
  let quote = null;
  const out = [];
  for (let qi = 0; qi < raws.length; qi++) {
    const raw = raws[qi];
    const last = qi === raws.length - 1;
    let text = '';
    let pendingSpace = false;
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (quote) {
        text += c;
        if (c === '\\') text += raw[++i] ?? '';
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '/' && raw[i + 1] === '*') {
        const end = raw.indexOf('*/', i + 2);
        if (end < 0) return null; // a comment around an interpolation: leave the template alone
        i = end + 1;
        pendingSpace = true;
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = true;
        continue;
      }
      if (c === '\\' && isSpace(raw[i + 1] ?? '')) return null; // an escaped line break: too clever
      const prev = text.at(-1);
      if (pendingSpace) {
        const atStart = prev === undefined && qi === 0;
        const tight =
          CSS_TIGHT_AFTER.includes(prev) || CSS_TIGHT_BEFORE.includes(c) || colonOfDeclaration(text);
        if (!atStart && !tight) text += ' ';
        pendingSpace = false;
      }
      // `;` right before `}` ends nothing: drop it (only within one literal part).
      if (c === '}' && text.at(-1) === ';') text = text.slice(0, -1);
      if (c === "'" || c === '"') quote = c;
      text += c;
      if (c === '\\') text += raw[++i] ?? '';
    }
    if (pendingSpace && !last && !CSS_TIGHT_AFTER.includes(text.at(-1)) && !colonOfDeclaration(text)) {
      text += ' ';
    }
    out.push(text);
  }
  return quote ? null : out;
}

/** True when `text` ends with `property:` (a colon right after a word, as in a declaration). */
function colonOfDeclaration(text) {
  return text.at(-1) === ':' && IDENT.test(text.at(-2) ?? '');
}

const HTML_KEEP_AS_WRITTEN = /<(?:pre|textarea|script|style|title)\b/i;

/** Minified literal parts of one `html` template, or null to keep it as written. */
export function minifyHtml(raws) {
  if (raws.some((raw) => HTML_KEEP_AS_WRITTEN.test(raw))) return null;
  let mode = 'text'; // text | tag | "'" | '"' (attribute value) | comment
  const out = [];
  for (const raw of raws) {
    let text = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (c === '\\') {
        if (isSpace(raw[i + 1] ?? '')) return null;
        text += c + (raw[++i] ?? '');
        continue;
      }
      if (mode === 'comment') {
        text += c;
        if (c === '>' && text.endsWith('-->')) mode = 'text';
      } else if (mode === "'" || mode === '"') {
        text += c;
        if (c === mode) mode = 'tag';
      } else if (mode === 'tag') {
        if (isSpace(c)) {
          let j = i;
          while (j < raw.length && isSpace(raw[j])) j++;
          // Between attributes one space is enough; before the tag's end none is needed. A run at
          // the end of the literal part comes before an interpolation (an attribute's value).
          const next = raw[j];
          if (next !== '>' && !(next === '/' && raw[j + 1] === '>')) text += ' ';
          i = j - 1;
        } else {
          text += c;
          if (c === '>') mode = 'text';
          else if (c === '"' || c === "'") mode = c;
        }
      } else if (c === '<' && raw.startsWith('<!--', i)) {
        mode = 'comment';
        text += '<!--';
        i += 3;
      } else if (c === '<' && (i + 1 === raw.length || /[a-zA-Z/]/.test(raw[i + 1]))) {
        mode = 'tag';
        text += c;
      } else if (isSpace(c)) {
        let j = i;
        while (j < raw.length && isSpace(raw[j])) j++;
        const run = raw.slice(i, j);
        text += run.includes('\n') ? '\n'.repeat(run.split('\n').length - 1) : run;
        i = j - 1;
      } else text += c;
    }
    out.push(text);
  }
  return mode === 'text' ? out : null;
}
