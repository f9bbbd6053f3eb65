// Opening phrases of text pasted without italics: the parser's phrase must end where the adopted text's
// italics end. Each paragraph below opens as in the resolution named, with the markers removed.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/service/parse';

type Case = readonly [symbol: string, paragraph: string, italicized: string];

const preambular: readonly Case[] = [
  ['A/RES/74/18', 'Welcoming in this regard the outcome document of the United Nations Conference on Sustainable Development,', 'Welcoming in this regard'],
  ['A/RES/74/18', 'Noting in this regard the concern about the potential effects of genetically engineered aquatic fish species,', 'Noting in this regard'],
  ['A/RES/74/147', 'Reaffirming also its commitment to the United Nations Global Counter-Terrorism Strategy and its four pillars,', 'Reaffirming also'],
  ['A/RES/74/219', 'Noting also with concern the findings contained in the special report of the Intergovernmental Panel,', 'Noting also with concern'],
  ['A/RES/74/79', 'Bearing in mind its call upon all States parties to the Convention to participate in the implementation,', 'Bearing in mind'],
  ['A/RES/74/175', 'Stressing again the need to strengthen international, regional and subregional cooperation,', 'Stressing again'],
  ['A/RES/74/54', 'Sharing the deep concern at the catastrophic humanitarian consequences of any use of nuclear weapons,', 'Sharing the deep concern'],
  ['A/RES/74/61', 'Believing it necessary to do the utmost to contribute in an efficient and coordinated manner,', 'Believing it necessary'],
  ['A/RES/74/75', 'Expressing regret and concern that the conference was not convened in 2012 as mandated,', 'Expressing regret and concern'],
  ['A/RES/74/178', 'Reaffirming equally that reducing drug abuse requires efforts to reduce demand,', 'Reaffirming equally'],
  ['A/RES/75/128', 'Giving due consideration to the destruction caused on the northern islands of Vanuatu in early April 2020,', 'Giving due consideration'],
];

const operative: readonly Case[] = [
  ['A/RES/78/238', 'Decides also that the newly established open-ended working group will operate by consensus;', 'Decides also'],
  ['A/RES/74/124', 'Encourages further collaboration between the Department of Economic and Social Affairs and the regional commissions;', 'Encourages'],
  ['A/RES/75/325', 'Welcomes again the ongoing efforts of the Secretary-General towards achieving equal and fair distribution;', 'Welcomes'],
  ['A/RES/74/186', 'Expresses the hope that the International Law Seminar will continue to be held;', 'Expresses the hope'],
  ['A/RES/74/112', 'Considers it important to continue and expand its efforts to ensure the widest possible dissemination of information;', 'Considers it important'],
  ['A/RES/74/62', 'Reiterates its invitation and encouragement to all States parties, interested States and the United Nations;', 'Reiterates its invitation and encouragement'],
  ['A/RES/74/194', 'Notes with appreciation and satisfaction that, consistent with the call contained in paragraphs 14 and 15, progress was made;', 'Notes with appreciation and satisfaction'],
  ['A/RES/74/169', 'Deplores and strongly condemns the terrorist acts and violence committed against civilians;', 'Deplores and strongly condemns'],
  ['A/RES/75/264', 'Welcomes and continues to encourage the close cooperation between the two organizations;', 'Welcomes and continues to encourage'],
  ['A/RES/76/143', 'Welcomes and calls upon States, the Office of the High Commissioner and other stakeholders to promote gender equality;', 'Welcomes'],
  ['A/RES/74/146', 'Continues to express particular concern about systemic and structural discrimination, violence and harassment;', 'Continues to express particular concern'],
  ['A/RES/74/201', 'Recommits firmly to promoting a universal, rules-based, open, transparent, predictable, inclusive trading system;', 'Recommits firmly'],
];

function pasted(): string {
  const lines = ['The General Assembly,', '', ...preambular.flatMap(([, paragraph]) => [paragraph, ''])];
  operative.forEach(([, paragraph], index) => lines.push(`${index + 1}. ${paragraph}`, ''));
  return lines.join('\n');
}

describe('opening phrases without italics end where the adopted texts end their italics', () => {
  const text = pasted();
  const model = parseResolution(text);

  it('reads every paragraph of the paste, of its kind', () => {
    assert.equal(model.preambular.length, preambular.length);
    assert.equal(model.operative.length, operative.length);
    assert.equal(model.usesItalics, false);
  });

  for (const [kind, cases] of [['preambular', preambular], ['operative', operative]] as const) {
    cases.forEach(([symbol, paragraph, italicized], index) => {
      it(`${kind}: “${italicized}” (${symbol})`, () => {
        const found = model[kind][index];
        const start = text.indexOf(paragraph);
        assert.equal(found?.opening?.text, italicized);
        assert.deepEqual(found?.opening?.span, { start, end: start + italicized.length });
        assert.equal(found?.opening?.italic, false);
      });
    });
  }

  it('gives the head and the sequence adverb of the longer phrases', () => {
    const brief = (index: number, kind: 'preambular' | 'operative') => {
      const opening = model[kind][index]?.opening;
      return [opening?.head, opening?.sequenceAdverb];
    };
    assert.deepEqual(brief(2, 'preambular'), ['reaffirming', 'also']);
    assert.deepEqual(brief(3, 'preambular'), ['noting', 'also']);
    assert.deepEqual(brief(0, 'operative'), ['decides', 'also']);
    assert.deepEqual(brief(1, 'operative'), ['encourages', undefined]);
    assert.deepEqual(brief(8, 'operative'), ['welcomes', undefined]);
  });

  it('keeps the italics of a marked draft, whatever the lexicon would read', () => {
    const marked = parseResolution('*The General Assembly*,\n\n*Welcoming* in this regard the outcome document,\n\n1. *Reaffirms its commitment* to the Strategy;');
    assert.deepEqual(marked.paragraphs.map((p) => p.opening?.text), ['Welcoming', 'Reaffirms its commitment']);
  });
});
