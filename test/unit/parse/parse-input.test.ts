import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/service/parse';
import { slice } from './helpers';

const seed = readFileSync(resolve(__dirname, '../../../corpus/A_RES_66_181.txt'), 'utf8');

describe('comments', () => {
  const text = [
    '*The General Assembly*,',
    '',
    '<!-- agreed language from 66/181 -->',
    '*Recalling* its resolution 46/152 of 18 December 1991,',
    '',
    '<!-- unres-ignore also-further-sequence citation-form -->',
    '<!-- unres-ignore -->',
    '1. *Also requests* the Secretary-General <!-- check with the Secretariat --> to report.',
  ].join('\n');
  const model = parseResolution(text);

  it('keeps comments out of paragraph text and reads the codes an ignore comment names', () => {
    assert.deepEqual(model.comments.map((c) => [slice(text, c.span), c.ignore]), [
      ['<!-- agreed language from 66/181 -->', undefined],
      ['<!-- unres-ignore also-further-sequence citation-form -->', ['also-further-sequence', 'citation-form']],
      ['<!-- unres-ignore -->', ['*']],
      ['<!-- check with the Secretariat -->', undefined],
    ]);
    assert.equal(model.operative[0]?.text, 'Also requests the Secretary-General to report.');
    assert.equal(model.citations.length, 1);
  });

  it('silences the rules an ignore comment names for the paragraph below it only', () => {
    assert.deepEqual(model.preambular[0]?.suppressed, []);
    assert.deepEqual(model.operative[0]?.suppressed, ['also-further-sequence', 'citation-form', '*']);
  });

  it('ends an unclosed comment at the end of its line, so the draft below stays', () => {
    const open = parseResolution('*The General Assembly*,\n\n<!-- unres-ignore\n1. *Requests* the Secretary-General to report.');
    assert.deepEqual(open.comments.map((c) => c.ignore), [['*']]);
    assert.equal(open.operative[0]?.text, 'Requests the Secretary-General to report.');
  });
});

describe('language and kind of text', () => {
  it('recognizes a draft in French or Spanish by its common words', () => {
    const french = "L'Assemblée générale,\n\nRappelant sa résolution 46/152 du 18 décembre 1991 sur la création d'un programme des Nations Unies pour la prévention du crime et la justice pénale,";
    const spanish = 'La Asamblea General,\n\nRecordando su resolución 46/152, de 18 de diciembre de 1991, relativa a la creación de un programa de las Naciones Unidas en materia de prevención del delito y justicia penal,';
    assert.equal(parseResolution(french).language, 'fr');
    assert.equal(parseResolution(spanish).language, 'es');
    assert.equal(parseResolution(seed).language, 'en');
    assert.equal(parseResolution('').language, 'unknown');
  });

  it('recognizes a declaration by its first person', () => {
    const declaration = [
      '*The General Assembly*',
      '',
      '*Adopts* the following political declaration:',
      '',
      'We, Heads of State and Government and representatives of States and Governments, assembled at the United Nations on 23 September 2019:',
      '',
      '1. Reaffirm the right of every human being to the enjoyment of the highest attainable standard of physical and mental health;',
    ].join('\n');
    assert.equal(parseResolution(declaration).isDeclaration, true);
    assert.equal(parseResolution(seed).isDeclaration, false);
  });

  it('recognizes the chapeau of a declaration run into the paragraph above it, as a tab-indented paste gives it (A/RES/74/2)', () => {
    const pasted = [
      '\tThe General Assembly',
      '\tAdopts the following political declaration approved by the high-level meeting on universal health coverage on 23 September 2019:',
      '\tPolitical declaration of the high-level meeting on universal health coverage',
      '\tWe, Heads of State and Government and representatives of States and Governments, assembled at the United Nations on 23 September 2019, and in this regard we:',
      '\t1.\tReaffirm the right of every human being to the enjoyment of the highest attainable standard of physical and mental health;',
    ].join('\n');
    const model = parseResolution(pasted);
    assert.equal(model.paragraphs.length, 2, 'the chapeau stays in the paragraph of "Adopts"');
    assert.equal(model.isDeclaration, true);
  });

  it('recognizes the first-person paragraphs of a declaration pasted without its chapeau (A/RES/78/1, annex)', () => {
    const excerpt = [
      '2. We reaffirm our commitment to effectively implement the 2030 Agenda and its SDGs and uphold all principles enshrined in it.',
      '',
      '3. We emphasize that eradicating poverty in all its forms and dimensions, including extreme poverty, is the greatest global challenge.',
    ].join('\n');
    assert.equal(parseResolution(excerpt).isDeclaration, true);
    assert.equal(parseResolution(excerpt.split('\n')[0] ?? '').isDeclaration, false, 'one sentence in the first person is not enough');
  });

  it('keeps the checks of a resolution whose declaration is in its annex (A/RES/78/1)', () => {
    const text = [
      '*The General Assembly*',
      '',
      '*Endorses* the political declaration adopted by the high-level political forum on sustainable development convened under the auspices of the General Assembly, which is contained in the annex to the present resolution.',
      '',
      '15th plenary meeting',
      '29 September 2023',
      '',
      'Annex',
      '',
      'Political Declaration adopted at the High-level Political Forum on Sustainable Development',
      '',
      '1. We, the Heads of State and Government and high representatives, have met at United Nations Headquarters in New York on 18 and 19 September 2023.',
      '',
      '2. We reaffirm our commitment to effectively implement the 2030 Agenda and its SDGs and uphold all principles enshrined in it.',
    ].join('\n');
    const model = parseResolution(text);
    assert.equal(model.operative.length, 1);
    assert.equal(model.annexes.length, 1);
    assert.equal(model.isDeclaration, false);
  });
});

describe('bad input', () => {
  it('gives a model, not an exception, for binary junk', () => {
    const junk = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const model = parseResolution(junk);
    assert.equal(model.text, junk);
    assert.equal(model.operative.length, 0);
    assert.equal(model.lines.lineCount > 0, true);
  });

  it('reads a paragraph of 100,000 characters on one line', () => {
    const line = `1. *Requests* the Secretary-General ${'to consider resolution 62/175, paragraph 3 above and document A/62/126, '.repeat(1400)}and to report.`;
    const model = parseResolution(`*The General Assembly*,\n\n${line}`);
    assert.ok(line.length > 100000);
    assert.equal(model.operative.length, 1);
    assert.equal(model.operative[0]?.opening?.text, 'Requests');
    assert.equal(model.citations.length, 2800);
    assert.equal(model.crossReferences.length, 1400);
  });

  it('reads one list of 100,000 characters, footnote markers, undated items and qualifiers between its items', () => {
    const list = '71/205[7], 69/196, sect. C, paras. 61–76; ES‑10/15 and 72/190 of 19 December 2017, '.repeat(1300);
    const model = parseResolution(`*The General Assembly*,\n\n*Recalling* General Assembly resolutions ${list}and 73/263,`);
    assert.ok(list.length > 100000);
    assert.equal(model.citations.length, 4 * 1300 + 1);
    assert.deepEqual(model.citations.slice(0, 4).map((c) => [c.symbol, c.date]), [
      ['A/RES/71/205', undefined],
      ['A/RES/69/196', undefined],
      ['A/RES/ES-10/15', undefined],
      ['A/RES/72/190', '2017-12-19'],
    ]);
  });

  it('reads a paste of 5 MB (the same resolution many times over)', () => {
    const big = seed.repeat(Math.ceil(5_000_000 / seed.length));
    const model = parseResolution(big);
    assert.ok(big.length >= 5_000_000);
    assert.ok(model.operative.length >= 35);
    assert.equal(model.text.length, big.length);
  });

  it('reads a half-typed draft', () => {
    const text = '*The General Assembly*,\n\n*Recalling* its resolution 46/\n\n1. *Req';
    const model = parseResolution(text);
    assert.deepEqual(model.paragraphs.map((p) => [p.kind, p.opening?.text, p.text]), [
      ['preambular', 'Recalling', 'Recalling its resolution 46/'],
      ['operative', undefined, 'Req'],
    ]);
    assert.deepEqual(model.operative[0]?.numberSpan, { start: text.lastIndexOf('1.'), end: text.lastIndexOf('1.') + 1 });
  });

  it('keeps a number alone on the last line as an operative paragraph without text', () => {
    const model = parseResolution('*The General Assembly*,\n\n1.');
    assert.deepEqual(model.operative.map((p) => [p.number, p.text]), [[1, '']]);
  });
});
