// Paragraph numbers as drafts and adopted texts really write them: half-typed ("8." alone), on a
// participle ("3. *Recalling*"), and the slips of the corpus ("6.\u200e", "3 *Calls upon*",
// "232 .*Recognizes*", "l. *Decides*"). Paragraph texts are taken from the resolutions named.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResolutionDocument } from '../../../server/src/service/model';
import { parseResolution } from '../../../server/src/service/parse';
import { slice, spanOf } from './helpers';

const formula = '*The General Assembly*,';
const recalling = '*Recalling* its resolution 73/195 of 19 December 2018,';

function resolution(...paragraphs: string[]): string {
  return [formula, recalling, ...paragraphs].join('\n\n');
}

/** The span of the number that starts `line` (its first occurrence in `text`). */
function numberOf(text: string, line: string): { start: number; end: number } {
  const start = spanOf(text, line).start;
  return { start, end: start + (/^\d+|^l/.exec(line)?.[0].length ?? 0) };
}

function numbers(model: ResolutionDocument): [string, number | undefined, string | undefined][] {
  return model.paragraphs.map((p) => [p.kind, p.kind === 'operative' ? p.number : undefined, p.opening?.text]);
}

describe('half-typed paragraphs', () => {
  it('reads "8." alone before "9. *Urges*" as paragraph 8 with no text, in every layout', () => {
    for (const gap of ['\n\n', '\n']) {
      const text = [formula, recalling, '7. *Requests* the Secretary-General to report;', '8.', '9. *Urges* Member States to ratify the Convention;'].join(gap);
      const model = parseResolution(text);
      assert.deepEqual(numbers(model), [
        ['preambular', undefined, 'Recalling'],
        ['operative', 7, 'Requests'],
        ['operative', 8, undefined],
        ['operative', 9, 'Urges'],
      ]);
      const eight = model.operative[1];
      assert.deepEqual([eight?.span, eight?.numberSpan, eight?.text], [spanOf(text, '8.'), numberOf(text, '8.'), '']);
    }
  });

  it('still joins a number alone on its line with the text on the next line', () => {
    const text = resolution('8.\n*Urges* Member States to ratify the Convention;');
    const model = parseResolution(text);
    assert.deepEqual(numbers(model), [['preambular', undefined, 'Recalling'], ['operative', 8, 'Urges']]);
    assert.equal(model.operative[0]?.text, 'Urges Member States to ratify the Convention;');
  });

  it('keeps a preambular line with only its italic opening as a paragraph of its own', () => {
    for (const gap of ['\n\n', '\n']) {
      const text = [formula, recalling, '*Noting with concern*', '*Welcoming* the report of the Secretary-General,', '1. *Decides* to remain seized of the matter.'].join(gap);
      const model = parseResolution(text);
      assert.deepEqual(numbers(model), [
        ['preambular', undefined, 'Recalling'],
        ['preambular', undefined, 'Noting with concern'],
        ['preambular', undefined, 'Welcoming'],
        ['operative', 1, 'Decides'],
      ]);
      assert.deepEqual([model.preambular[1]?.span, model.preambular[1]?.text], [spanOf(text, '*Noting with concern*'), 'Noting with concern']);
    }
  });
});

describe('a participle with a number', () => {
  it('is a preambular paragraph with a stray number in the preamble, in every layout', () => {
    const layouts = [
      resolution('3. *Recalling also* its resolution 74/177 of 18 December 2019,', '*Noting* the report of the Secretary-General,', '1. *Decides* to remain seized of the matter.'),
      [formula, recalling, '3.', '*Recalling also* its resolution 74/177 of 18 December 2019,', '*Noting* the report of the Secretary-General,', '1.', '*Decides* to remain seized of the matter.'].join('\n'),
      [formula, recalling, '3.\t*Recalling also* its resolution 74/177 of 18 December 2019,', '*Noting* the report of the Secretary-General,', '1.\t*Decides* to remain seized of the matter.'].map((line) => `\t${line}`).join('\n'),
    ];
    for (const text of layouts) {
      const model = parseResolution(text);
      assert.deepEqual(numbers(model), [
        ['preambular', undefined, 'Recalling'],
        ['preambular', undefined, 'Recalling also'],
        ['preambular', undefined, 'Noting'],
        ['operative', 1, 'Decides'],
      ]);
      const stray = model.preambular[1];
      assert.deepEqual(stray?.kind === 'preambular' ? stray.strayNumberSpan : undefined, numberOf(text, '3.'));
      assert.equal(stray?.text, 'Recalling also its resolution 74/177 of 18 December 2019,');
    }
  });

  it('is an operative paragraph with its number (and a verb in the wrong form) when it ends as one', () => {
    const text = resolution('1. *Recalling* its resolution 74/177 of 18 December 2019;', '2. *Urges* Member States to ratify the Convention.');
    const model = parseResolution(text);
    assert.deepEqual(numbers(model), [['preambular', undefined, 'Recalling'], ['operative', 1, 'Recalling'], ['operative', 2, 'Urges']]);
    assert.deepEqual(model.operative[0]?.numberSpan, numberOf(text, '1. *Recalling'));
  });

  it('is an operative paragraph with its number inside the operative part', () => {
    const text = resolution('1. *Decides* to remain seized of the matter;', '2. *Recalling* its resolution 74/177 of 18 December 2019,', '3. *Urges* Member States to ratify the Convention.');
    assert.deepEqual(numbers(parseResolution(text)).slice(1), [['operative', 1, 'Decides'], ['operative', 2, 'Recalling'], ['operative', 3, 'Urges']]);
  });
});

describe('numbers written with a slip, as in the corpus', () => {
  it('reads "6." followed by an invisible mark (A/RES/74/258)', () => {
    for (const mark of ['\u200e', '\u200b', '\ufeff']) {
      const text = resolution(`6.${mark} *Reaffirms* its decision, contained in paragraph 4 of its resolution 61/261, to establish a new, independent, transparent, professionalized, adequately resourced and decentralized system of administration of justice;`);
      const paragraph = parseResolution(text).operative[0];
      assert.deepEqual([paragraph?.number, paragraph?.numberSpan, paragraph?.opening?.text], [6, numberOf(text, '6.'), 'Reaffirms']);
      assert.equal(paragraph?.text.startsWith('Reaffirms its decision'), true);
    }
  });

  it('reads "3 *Calls upon*" without its full stop (A/RES/75/68)', () => {
    const text = resolution(
      '2. *Calls for* continued efforts to strengthen the system of arms control, disarmament and non-proliferation treaties and agreements;',
      '3 *Calls upon* all Member States to give serious consideration to the negative implications of undermining arms control, disarmament and non-proliferation treaties and agreements and their regimes for international security and stability;',
      '4. *Urges* all Member States to support efforts aimed at the resolution of non-compliance matters.',
    );
    const model = parseResolution(text);
    assert.deepEqual(numbers(model).slice(1), [['operative', 2, 'Calls for'], ['operative', 3, 'Calls upon'], ['operative', 4, 'Urges']]);
    assert.deepEqual(model.operative[1]?.numberSpan, numberOf(text, '3 *Calls'));
    assert.equal(model.operative[1]?.bodySpan.start, text.indexOf('*Calls upon*'));
  });

  it('reads "232 .*Recognizes*" (A/RES/77/248), with or without the italics', () => {
    for (const verb of ['*Recognizes*', 'Recognizes']) {
      const text = resolution('231. *Encourages* States to develop further their marine debris programmes;', `232 .${verb} the need for better understanding of the sources, amounts, pathways, distribution, trends, nature and impacts of marine debris;`);
      const model = parseResolution(text);
      assert.deepEqual(numbers(model).slice(1), [['operative', 231, 'Encourages'], ['operative', 232, 'Recognizes']]);
      assert.deepEqual([slice(text, model.operative[1]?.numberSpan), model.operative[1]?.bodySpan.start], ['232', text.indexOf(verb)]);
    }
  });

  it('reads "l." typed for "1." before an operative verb (A/RES/76/256)', () => {
    const text = resolution('l. *Decides* to designate 12 May as the International Day of Plant Health;', '2. *Invites* all Member States to observe the International Day.');
    const model = parseResolution(text);
    assert.deepEqual(numbers(model).slice(1), [['operative', 1, 'Decides'], ['operative', 2, 'Invites']]);
    assert.deepEqual(model.operative[0]?.numberSpan, numberOf(text, 'l. *Decides*'));
  });

  it('reads none of these forms where no operative verb follows', () => {
    const text = resolution(
      '1. *Decides* to adopt the following objectives:',
      '1.1 . Raise awareness of the importance of space science and technology;',
      'l. Information on ratifications;',
      '3 Ibid., vol. 1577, No. 27531.',
      '2030. *Decides* to remain seized of the matter.',
    );
    const model = parseResolution(text);
    assert.deepEqual(model.operative.map((p) => p.number), [1, undefined, undefined, undefined]);
    assert.deepEqual(model.operative.map((p) => p.text.slice(0, 6)), ['Decide', '1.1 . ', '3 Ibid', '2030. ']);
  });
});
