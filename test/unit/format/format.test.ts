import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseResolution } from '../../../server/src/service/parse';
import { formatRange, formatResolution } from '../../../server/src/service/format/format';
import { applyEdits } from '../../../server/src/service/text/edits';
import { draft } from './draft';

const root = join(__dirname, '..', '..', '..');

function formatted(text: string): string {
  return applyEdits(text, formatResolution(parseResolution(text)));
}

/** What formatting may never change: every character but layout, `*` and the brackets of `[n]` markers. */
function substance(text: string): string {
  const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return text
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (digit) => String(superscripts.indexOf(digit)))
    .replace(/\[(\d{1,3})\]/g, '$1')
    .replace(/_{3,}/g, '')
    .replace(/[\s*]/g, '');
}

test('a draft in the canonical layout needs no edit', () => {
  assert.deepEqual(formatResolution(parseResolution(draft)), []);
  const example = readFileSync(join(root, 'examples', 'draft-resolution.unres'), 'utf8');
  assert.deepEqual(formatResolution(parseResolution(example)), []);
});

test('puts the italics markers around exactly the opening phrases, the operative verbs and the formula', () => {
  const text = [
    'The General Assembly,',
    '',
    'Reaffirming also its resolution 66/181 of 19 December 2011,',
    '',
    '1. Takes note with appreciation of the report of the Secretary-General;',
    '',
    '2. Also requests the Secretary-General to submit a report to the General Assembly at its sixty-seventh session.',
    '',
  ].join('\n');
  assert.equal(
    formatted(text),
    [
      '*The General Assembly*,',
      '',
      '*Reaffirming also* its resolution 66/181 of 19 December 2011,',
      '',
      '1. *Takes note with appreciation* of the report of the Secretary-General;',
      '',
      '2. *Also requests* the Secretary-General to submit a report to the General Assembly at its sixty-seventh session.',
      '',
    ].join('\n'),
  );
  const around = (phrase: string) => {
    const start = text.indexOf(phrase);
    return [
      { span: { start, end: start }, newText: '*' },
      { span: { start: start + phrase.length, end: start + phrase.length }, newText: '*' },
    ];
  };
  assert.deepEqual(formatResolution(parseResolution(text)), [
    ...around('The General Assembly'),
    ...around('Reaffirming also'),
    ...around('Takes note with appreciation'),
    ...around('Also requests'),
  ]);
});

test('joins the lines of a PDF extraction, one paragraph a line, with the numbers and the footnotes in the corpus form', () => {
  const text = [
    'The General Assembly,',
    'Recognizing also the need to maintain a balance in the technical cooperation',
    'capacity of the United Nations Centre for International Crime Prevention between the',
    'immediate priority of the United Nations Convention against Transnational',
    'Organized Crime1 and the protocols thereto and other priorities,',
    '1.',
    'Takes note of the report of the Secretary-General;',
    '2.  Requests the Secretary-',
    'General to report to the General Assembly at its fifty-sixth session.',
    '____________________',
    '1  Adopted by the General Assembly in its resolution 55/25 of 15 November 2000 (annex I).',
    '',
  ].join('\n');
  assert.equal(
    formatted(text),
    [
      '*The General Assembly*,',
      '',
      '*Recognizing also* the need to maintain a balance in the technical cooperation capacity of the United Nations Centre for International Crime Prevention between the immediate priority of the United Nations Convention against Transnational Organized Crime[1] and the protocols thereto and other priorities,',
      '',
      '1. *Takes note* of the report of the Secretary-General;',
      '',
      '2. *Requests* the Secretary-General to report to the General Assembly at its fifty-sixth session.',
      '',
      '__________',
      '[1] Adopted by the General Assembly in its resolution 55/25 of 15 November 2000 (annex I).',
      '',
    ].join('\n'),
  );
});

test('takes a tab-indented word-processor export to the canonical layout', () => {
  const text = [
    '\tThe General Assembly, ',
    '\tRecalling its resolution 60/1 of 16 September 2005 on the 2005 World Summit Outcome,',
    '\tReaffirming also the commitments undertaken by Member States,¹',
    '\t1.\tUrges Member States to strengthen their efforts to cooperate:',
    '\t(a)\tAt the bilateral, subregional and regional levels;',
    '\t(b)\tAt the international level.',
    '\t_______________',
    '\t¹ Resolution 60/288.',
  ].join('\n');
  assert.equal(
    formatted(text),
    [
      '*The General Assembly*,',
      '',
      '*Recalling* its resolution 60/1 of 16 September 2005 on the 2005 World Summit Outcome,',
      '',
      '*Reaffirming also* the commitments undertaken by Member States,[1]',
      '',
      '1. *Urges* Member States to strengthen their efforts to cooperate:',
      '',
      '    (a) At the bilateral, subregional and regional levels;',
      '',
      '    (b) At the international level.',
      '',
      '__________',
      '[1] Resolution 60/288.',
    ].join('\n'),
  );
});

test('indents sub-paragraphs four spaces a level, with a blank line before each', () => {
  const text = [
    '3. *Requests* the Secretary-General:',
    '(a) To continue to provide technical assistance to Member States, including:',
    '(i) Advisory services;',
    '(ii) Training;',
    '        (b) To report thereon.',
    '',
  ].join('\n');
  assert.equal(
    formatted(text),
    [
      '3. *Requests* the Secretary-General:',
      '',
      '    (a) To continue to provide technical assistance to Member States, including:',
      '',
      '        (i) Advisory services;',
      '',
      '        (ii) Training;',
      '',
      '    (b) To report thereon.',
      '',
    ].join('\n'),
  );
});

test('collapses blank lines, removes trailing spaces and keeps the draft\'s line breaks (CRLF)', () => {
  const text = '\r\n\r\n*The General Assembly*,   \r\n\r\n\r\n\r\n*Recalling* its resolution 66/181, \u00a0\r\n\r\n\r\n';
  assert.equal(formatted(text), '*The General Assembly*,\r\n\r\n*Recalling* its resolution 66/181,\r\n');
});

test('leaves comments, tables and deliberate indentation as they are', () => {
  const text = [
    '*The General Assembly*,',
    '',
    '<!-- unres-ignore also-further-sequence -->',
    '*Recalling also* its resolution 66/181,   ',
    '',
    '1. *Decides* that the scale of assessments shall be as follows:',
    '',
    '*Member State*\t*Percentage*\t',
    '',
    '\t\t',
    '',
    'Afghanistan\t0.006',
    '',
    '2. *Decides* to remain seized of the matter.',
    '',
  ].join('\n');
  assert.equal(formatted(text), text.replace('66/181,   ', '66/181,'));
});

test('formatting twice gives the text of formatting once, and keeps every character that is not layout', () => {
  for (const name of ['A_RES_55_64.txt', 'A_RES_60_175.txt', 'A_RES_62_175.txt', 'A_RES_64_179.txt', 'A_RES_66_181.txt']) {
    const text = readFileSync(join(root, 'corpus', name), 'utf8');
    const once = formatted(text);
    assert.notEqual(once, text, name);
    assert.equal(formatted(once), once, name);
    assert.equal(substance(once), substance(text), name);
  }
});

test('every edit changes layout, italics markers or the writing of a footnote marker, never a word', () => {
  const text = readFileSync(join(root, 'corpus', 'A_RES_64_179.txt'), 'utf8');
  for (const edit of formatResolution(parseResolution(text))) {
    const before = text.slice(edit.span.start, edit.span.end);
    assert.equal(substance(edit.newText), substance(before), JSON.stringify([before, edit.newText]));
  }
});

test('range formatting changes only the paragraphs the range touches, and the whole of each', () => {
  const text = ['The General Assembly,', '', 'Recalling its resolution 60/1,  ', '', 'Taking note with appreciation   of the report,  ', ''].join('\n');
  const start = text.indexOf('note with');
  const edits = formatRange(parseResolution(text), { start, end: start + 3 });
  assert.equal(applyEdits(text, edits), ['The General Assembly,', '', 'Recalling its resolution 60/1,  ', '', '*Taking note with appreciation*   of the report,', ''].join('\n'));
});

test('bad input gets a clean answer: binary, a 100,000-character line, an empty or half-typed draft', () => {
  const binary = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
  assert.equal(substance(formatted(binary)), substance(binary));
  const long = `*The General Assembly*,\n\n1. *Requests* ${'the Secretary-General to report '.repeat(3200)};\n`;
  assert.equal(formatted(long), long);
  assert.deepEqual(formatResolution(parseResolution('')), []);
  assert.equal(formatted('1. Requests the'), '1. *Requests* the');
});
