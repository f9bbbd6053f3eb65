import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { renderHtml } from '../../../server/src/service/format/html';
import { parseResolution } from '../../../server/src/service/parse';

// A/RES/74/10 (cover, title, formula, openings, footnotes, closing), shortened.
const RESOLUTION_74_10 = [
  'United Nations',
  'A/RES/74/10',
  'General Assembly',
  'Distr.: General',
  '9 December 2019',
  'Seventy-fourth session',
  'Agenda item 35',
  'Question of Palestine',
  'Resolution adopted by the General Assembly on 3 December 2019',
  '',
  '74/10. Committee on the Exercise of the Inalienable Rights of the Palestinian People',
  '',
  '*The General Assembly*,',
  '',
  '*Recalling also* its resolution 58/292 of 6 May 2004,',
  '',
  '*Having considered* the report of the Committee on the Exercise of the Inalienable Rights of the Palestinian People,[1]',
  '',
  '1. *Expresses its appreciation* to the Committee for its efforts in performing the tasks assigned to it by the General Assembly, and takes note of its annual report;[2]',
  '',
  '2. *Requests* the Secretary-General to continue to provide the Committee with all the facilities necessary for the performance of its tasks.',
  '',
  '38th plenary meeting',
  '3 December 2019',
  '',
  '__________',
  '[1] *Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 35* (A/74/35).',
  '[2] Ibid., chap. VII.',
].join('\n');

// A/RES/74/112, operative paragraph 5 and its sub-paragraphs, shortened.
const SUBPARAGRAPHS_74_112 = [
  '*The General Assembly*,',
  '',
  '5. *Requests* the Department of Global Communications to continue its efforts in the field of decolonization and, inter alia:',
  '',
  '(a) To develop procedures to collect, prepare and disseminate, particularly to the Non-Self-Governing Territories, basic material on the issue of self-determination of the peoples of the Territories;',
  '',
  '(b) To seek the full cooperation of the administering Powers in the discharge of the tasks referred to above.',
].join('\n');

// A/RES/66/181 as the seed corpus has it: no italics markers, superscript footnote markers.
const UNMARKED_66_181 = [
  'The General Assembly,',
  '',
  'Reaffirming also its resolutions relating to the urgent need to strengthen international cooperation and technical assistance in promoting and facilitating the ratification and implementation of the United Nations Convention against Corruption² and all the international conventions and protocols against terrorism,',
  '',
  '1. Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 65/232;',
  '',
  '² *Ibid.*, vol. 2349, No. 42146.',
].join('\n');

const render = (text: string) => renderHtml(parseResolution(text)).html;

function styleOf(html: string): string {
  return /<style>([\s\S]*)<\/style>/.exec(html)?.[1] ?? '';
}

describe('HTML rendering of a resolution', () => {
  const html = render(RESOLUTION_74_10);

  it('gives the cover block, the numbered title and the formula in italics', () => {
    assert.match(
      html,
      /<div class="masthead"><div><p class="organization">United Nations<\/p><p class="organ">General Assembly<\/p><\/div>/,
    );
    assert.match(
      html,
      /<p class="symbol">A\/RES\/74\/10<\/p><p class="distribution">Distr\.: General<\/p><p class="distribution">9 December 2019<\/p>/,
    );
    assert.ok(html.includes('<p class="cover-line emphasis">Question of Palestine</p>'));
    assert.ok(
      html.includes(
        '<h1 class="title numbered"><span class="title-number">74/10.</span>Committee on the Exercise of the Inalienable Rights of the Palestinian People</h1>',
      ),
    );
    assert.ok(html.includes('<p class="formula"><em>The General Assembly</em>,</p>'));
  });

  it('italicizes exactly the opening phrase and the operative verb, not the markers or the rest', () => {
    assert.ok(
      html.includes(
        '<div class="preambular">\n<p><em class="opening">Recalling also</em> its resolution 58/292 of 6 May 2004,</p>\n</div>',
      ),
    );
    assert.ok(
      html.includes(
        '<p><span class="number">1.</span><em class="opening">Expresses its appreciation</em> to the Committee for its efforts',
      ),
    );
    assert.ok(!html.includes('*'), 'an italics marker of the draft is left in the page');
    assert.equal(html.match(/<em class="opening">/g)?.length, 4);
  });

  it('hangs the operative numbers in the margin', () => {
    assert.ok(
      html.includes(
        '<div class="operative">\n<p><span class="number">2.</span><em class="opening">Requests</em> the Secretary-General',
      ),
    );
    const style = styleOf(html);
    assert.match(style, /\.operative > p, \.subparagraph \{ padding-left: 2\.5em; text-indent: -2\.5em;/);
    assert.match(style, /\.number, \.label \{ display: inline-block; min-width: 2\.5em; text-indent: 0; \}/);
  });

  it('puts footnote markers in superscript and the footnotes at the foot, in the order of the draft', () => {
    assert.ok(html.includes('Inalienable Rights of the Palestinian People,<sup class="footnote-marker">1</sup></p>'));
    assert.ok(html.includes('takes note of its annual report;<sup class="footnote-marker">2</sup></p>'));
    const footer = html.slice(html.indexOf('<footer class="footnotes">'));
    assert.equal(
      footer,
      [
        '<footer class="footnotes">',
        '<hr>',
        '<p class="footnote"><span class="footnote-label"><sup>1</sup></span><em>Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 35</em> (A/74/35).</p>',
        '<p class="footnote"><span class="footnote-label"><sup>2</sup></span>Ibid., chap. VII.</p>',
        '</footer>',
        '</main>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
  });

  it('sets the closing meeting line and its date apart, and leaves citations as plain text', () => {
    assert.ok(html.includes('<p class="closing">38th plenary meeting<br>3 December 2019</p>'));
    assert.ok(!/<a[\s>]/.test(html));
  });

  it('indents sub-paragraphs under their operative paragraph', () => {
    const page = render(SUBPARAGRAPHS_74_112);
    assert.ok(
      page.includes(
        [
          '<p><span class="number">5.</span><em class="opening">Requests</em> the Department of Global Communications to continue its efforts in the field of decolonization and, inter alia:</p>',
          '<p class="subparagraph"><span class="label">(a)</span>To develop procedures to collect, prepare and disseminate, particularly to the Non-Self-Governing Territories, basic material on the issue of self-determination of the peoples of the Territories;</p>',
          '<p class="subparagraph"><span class="label">(b)</span>To seek the full cooperation of the administering Powers in the discharge of the tasks referred to above.</p>',
          '</div>',
        ].join('\n'),
      ),
    );
  });

  it('italicizes openings the draft typed without markers, and superscript markers', () => {
    const page = render(UNMARKED_66_181);
    assert.ok(
      page.includes('<p><em class="opening">Reaffirming also</em> its resolutions relating to the urgent need'),
    );
    assert.ok(page.includes('Convention against Corruption<sup class="footnote-marker">2</sup> and all'));
    assert.ok(
      page.includes(
        '<p><span class="number">1.</span><em class="opening">Takes note with appreciation</em> of the report',
      ),
    );
    assert.ok(
      page.includes('<span class="footnote-label"><sup>2</sup></span><em>Ibid.</em>, vol. 2349, No. 42146.</p>'),
    );
  });

  it('leaves the drafters’ comments out of the page', () => {
    const page = render(
      RESOLUTION_74_10.replace('its resolution 58/292', 'its resolution <!-- check the date --> 58/292'),
    );
    assert.ok(page.includes('<em class="opening">Recalling also</em> its resolution 58/292 of 6 May 2004,'));
    assert.ok(!page.includes('check the date'));
  });
});

describe('HTML rendering of hostile or broken drafts', () => {
  const hostile = [
    'United Nations',
    'A/80/L.1',
    '<img src=x onerror=alert(1)>: draft resolution',
    '',
    'Title <script>alert(1)</script>',
    '',
    '*The General Assembly*,',
    '',
    '*Recalling* <script>alert(1)</script> and <img src=x onerror=alert(1)> " \' & </p></div><style>body{display:none}</style>,[1]',
    '',
    '1. *Requests <b>x</b>* <iframe src="javascript:alert(1)"></iframe>.',
    '',
    '__________',
    '[1] <a href="javascript:alert(1)">click</a>',
  ].join('\n');
  const html = render(hostile);

  it('renders markup typed in the draft as text', () => {
    assert.ok(
      html.includes(
        '&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt; &quot; &#39; &amp; &lt;/p&gt;&lt;/div&gt;&lt;style&gt;',
      ),
    );
    assert.ok(html.includes('&lt;iframe src=&quot;javascript:alert(1)&quot;&gt;&lt;/iframe&gt;'));
    assert.ok(html.includes('&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;'));
    assert.ok(!/<script|<img|<iframe|<a[\s>]|<b>/i.test(html));
  });

  it('contains only the elements and attributes the renderer writes', () => {
    const elements = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1]?.toLowerCase()));
    const allowed = [
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'main',
      'header',
      'footer',
      'section',
      'div',
      'p',
      'span',
      'h1',
      'em',
      'strong',
      'sup',
      'br',
      'hr',
    ];
    assert.deepEqual(
      [...elements].filter((element) => !allowed.includes(element ?? '')),
      [],
    );
    assert.equal(html.match(/<style>/g)?.length, 1);
    const attributes = new Set(
      [...html.matchAll(/<[a-z0-9]+((?:\s+[a-z-]+="[^"]*")*)\s*>/g)].flatMap((match) =>
        [...(match[1] ?? '').matchAll(/\s([a-z-]+)="[^"]*"/g)].map((name) => name[1]),
      ),
    );
    assert.deepEqual([...attributes].sort(), ['charset', 'class', 'content', 'http-equiv', 'lang', 'name']);
  });

  it('forbids every script and load by its Content-Security-Policy, and allows exactly its own stylesheet', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(styleOf(html)).digest('base64');
    assert.equal(policy, `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
  });

  it('gives a page, never an exception, for empty, binary and half-typed text', () => {
    for (const text of [
      '',
      '\u0000\u0001\uFFFD%PDF-1.7\u0000'.repeat(500),
      '*Recalling',
      '1.',
      '[1',
      '__________\n[1]',
    ]) {
      const page = render(text);
      assert.match(page, /^<!DOCTYPE html>\n<html/);
      assert.ok(page.endsWith('</html>\n'));
    }
  });
});
