// The embed's template minifier (scripts/minify-lit-templates.mjs): it must drop only what CSS and
// HTML ignore, around interpolations too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyHtml } from '../../scripts/minify-lit-templates.mjs';

test('minifyCss drops comments and whitespace between rules and declarations', () => {
  const css = `
    /* a note */
    :host([theme='dark']) .a > .b,
    .c :focus-visible {
      color: var(--x, #fff);
      margin: 0 auto !important;
    }
  `;
  assert.deepEqual(minifyCss([css]), [
    ":host([theme='dark']) .a>.b,.c :focus-visible{color:var(--x,#fff);margin:0 auto !important}",
  ]);
});

test('minifyCss keeps strings, calc() operators and media query words as written', () => {
  const css = `.m::before { content: '?  /* not a comment */ '; }
    .w { width: calc(100% - 2px); }
    @media (prefers-color-scheme: dark) and (min-width: 30em) { .x { font: 1rem 'Noto  Sans'; } }`;
  assert.deepEqual(minifyCss([css]), [
    ".m::before{content:'?  /* not a comment */ '}.w{width:calc(100% - 2px)}" +
      "@media (prefers-color-scheme:dark) and (min-width:30em){.x{font:1rem 'Noto  Sans'}}",
  ]);
});

test('minifyCss keeps a word boundary at each interpolation', () => {
  // css`.p { min-height: calc(var(--h) - ${H}px); } :host { ${dark} } .q { margin: ${M} ${M}; }`
  const parts = [
    '.p { min-height: calc(var(--h) - ',
    'px); }\n :host {\n  ',
    '\n }\n .q { margin: ',
    ' ',
    '; }',
  ];
  assert.deepEqual(minifyCss(parts), [
    '.p{min-height:calc(var(--h) - ',
    'px)}:host{',
    '}.q{margin:',
    ' ',
    '}',
  ]);
});

test('minifyCss keeps a string that spans an interpolation, and gives up on such a comment', () => {
  assert.deepEqual(minifyCss(["a::before { content: ' ", "  '; }"]), ["a::before{content:' ", "  '}"]);
  assert.equal(minifyCss(['a { /* ', ' */ }']), null);
});

test('minifyHtml removes indentation but keeps line breaks, attribute values and comments', () => {
  const parts = [
    '<p class="a  b"\n      title="x\n   y"\n      >\n      don\'t   stop\n      <span\n        >',
    '</span\n      >\n    <!--  keep  -->\n    </p>',
  ];
  assert.deepEqual(minifyHtml(parts), [
    '<p class="a  b" title="x\n   y">\ndon\'t   stop\n<span>',
    '</span>\n<!--  keep  -->\n</p>',
  ]);
});

test('minifyHtml keeps attribute bindings and tag names that are interpolations', () => {
  const parts = ['<', ' id="t" lang=', ' class="x ', '">\n  ', '\n</', '>'];
  assert.deepEqual(minifyHtml(parts), ['<', ' id="t" lang=', ' class="x ', '">\n', '\n</', '>']);
});

test('minifyHtml leaves templates with whitespace-sensitive elements alone', () => {
  assert.equal(minifyHtml(['<pre>\n  a\n</pre>']), null);
  assert.equal(minifyHtml(['<textarea>\n  ', '</textarea>']), null);
});
