import { expect } from '@open-wc/testing';
import {
  decodeHtmlEntities,
  htmlToText,
  repairWindows1252Controls,
} from '../../../src/core/importers/html-text.js';

describe('htmlToText', () => {
  it('strips tags and keeps their text', () => {
    expect(htmlToText('Take <a href="https://x.org">Ada <i>Lovelace</i></a>: daughter')).to.equal(
      'Take Ada Lovelace: daughter',
    );
  });

  it('makes paragraphs of <p> and block elements, and lines of <br>', () => {
    expect(htmlToText('<p>One</p><p>Two<br>still two</p><blockquote>Three</blockquote>')).to.equal(
      'One\n\nTwo\nstill two\n\nThree',
    );
    expect(htmlToText('a<br><br>b')).to.equal('a\n\nb');
    expect(htmlToText('<ul><li>x</li><li>y</li></ul>after')).to.equal('x\ny\n\nafter');
  });

  it('collapses whitespace as a browser does, and drops it at the start and end', () => {
    expect(htmlToText('\n  <p>  Born   in\n New Jersey </p>  ')).to.equal('Born in New Jersey');
    expect(htmlToText('<td>a</td><td>b</td>')).to.equal('a b');
  });

  it('puts everything on one line with { inline: true }', () => {
    expect(htmlToText('Whitney Houston<br/> 1963 - 2012', { inline: true })).to.equal(
      'Whitney Houston 1963 - 2012',
    );
    expect(htmlToText('<p>a</p><p>b</p>', { inline: true })).to.equal('a b');
  });

  it('decodes named, decimal and hex character references', () => {
    expect(htmlToText('Tom &amp; Jerry &ndash; &eacute;t&eacute; &#8212; &#x2014; &hellip;')).to.equal(
      'Tom & Jerry – été — — …',
    );
    expect(htmlToText('&lt;b&gt;bold&lt;/b&gt; &quot;q&quot; &apos;s&apos;')).to.equal(
      '<b>bold</b> "q" \'s\'',
    );
    expect(htmlToText('&Alpha;&omega;&sigmaf; &yuml;&nbsp;&euro;')).to.equal('Αως ÿ\u00a0€');
  });

  it('reads numeric references to C1 codes as windows-1252, and bad code points as U+FFFD', () => {
    expect(htmlToText('Burki&#146;s &#147;BDB&#148;')).to.equal('Burki’s “BDB”');
    expect(htmlToText('a&#0;b&#xD800;c&#x110000;')).to.equal('a\ufffdb\ufffdc\ufffd');
  });

  it('leaves unknown names and a bare ampersand as written', () => {
    expect(htmlToText('AT&T &bogus; & co')).to.equal('AT&T &bogus; & co');
  });

  it('decodes references after removing tags, so escaped markup stays text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
  });

  it('turns hostile HTML into harmless text: no tags, no attributes, no script content', () => {
    const out = htmlToText(
      '<img src=x onerror=alert(1)>Hello<script>alert(2)</script> <style>p{}</style>' +
        '<svg onload=alert(3)><text>svg</text></svg>world<iframe src="javascript:alert(4)">x</iframe>',
    );
    expect(out).to.equal('Hello world');
    expect(out).not.to.match(/[<>]|alert|onerror/);
  });

  it('handles > inside quoted attributes, comments, CDATA and an unclosed tag at the end', () => {
    expect(htmlToText('<a title="1 > 0" href=\'b>c\'>link</a>')).to.equal('link');
    expect(htmlToText('a<!-- <p>hidden</p> -->b')).to.equal('ab');
    expect(htmlToText('x <![CDATA[y]]> z')).to.equal('x y z');
    expect(htmlToText('text <img src=x onerror=alert(1)')).to.equal('text');
  });

  it('keeps a < that does not start a tag', () => {
    expect(htmlToText('3 < 5 and 7 <= 8')).to.equal('3 < 5 and 7 <= 8');
  });

  it('gives an empty string for anything that is not a string', () => {
    expect(htmlToText(undefined)).to.equal('');
    expect(htmlToText(42)).to.equal('');
    expect(htmlToText({ toString: () => '<b>x</b>' })).to.equal('');
  });

  it('stays fast on input built to make a tag pattern backtrack', () => {
    const hostile = '<a "'.repeat(20_000) + '<b '.repeat(20_000) + "<c x='".repeat(20_000);
    const t0 = performance.now();
    htmlToText(hostile);
    expect(performance.now() - t0).to.be.below(1000);
  });

  it('trims white space, no-break spaces included, before a break, and drops breaks at the ends', () => {
    expect(htmlToText('<br>a&nbsp; <br>b&nbsp;<br><br> c <p> </p><br>')).to.equal('a\nb\n\nc');
    // Text of white space alone between two breaks is trimmed away with the first break.
    expect(htmlToText('a<br>&nbsp;<br>b')).to.equal('a\nb');
    expect(htmlToText('a <span> </span>&#32;<br>b', { inline: true })).to.equal('a b');
  });

  it('takes time in proportion to the text: 200,000 line breaks and 50,000 paragraphs', () => {
    // A complexity guard, not a benchmark: quadratic work took 31 s and 15 s here; linear takes well
    // under a second, and the bound leaves room for a loaded machine.
    const lines = 'a<br>'.repeat(200_000);
    let t0 = performance.now();
    const text = htmlToText(lines);
    expect(performance.now() - t0).to.be.below(2000);
    expect(text).to.equal(Array(200_000).fill('a').join('\n'));

    const paragraphs = '<p>Some words here.</p>'.repeat(50_000);
    t0 = performance.now();
    const out = htmlToText(paragraphs);
    expect(performance.now() - t0).to.be.below(2000);
    expect(out.split('\n\n')).to.have.length(50_000);
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes without touching tags', () => {
    expect(decodeHtmlEntities('<p>&amp;</p>')).to.equal('<p>&</p>');
  });
});

describe('repairWindows1252Controls', () => {
  it('replaces C1 control characters with the windows-1252 punctuation they stand for', () => {
    expect(repairWindows1252Controls('Burki\u0092s \u0093BDB\u0094 \u0096 ok')).to.equal(
      'Burki’s “BDB” – ok',
    );
  });
  it('drops C1 codes windows-1252 leaves undefined, and leaves other text alone', () => {
    expect(repairWindows1252Controls('a\u0081b')).to.equal('ab');
    expect(repairWindows1252Controls('Şam café')).to.equal('Şam café');
  });
});
