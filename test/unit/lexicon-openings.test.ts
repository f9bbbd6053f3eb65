// The opening lexicon: the rulebook's tables, the corpus's phrases and the phrases built from their
// words; misspellings; verb forms.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CorpusFacts } from '../../server/src/service/corpus/facts';
import { editDistance } from '../../server/src/service/lexicon/editDistance';
import { OpeningLexicon, openingLexiconFor } from '../../server/src/service/lexicon/knownOpenings';
import { formsOf } from '../../server/src/service/lexicon/verbForms';
import { seedCorpus } from './rulesHelpers';

/** A corpus that holds only the given openings. */
function factsWith(preambular: Record<string, number>, operative: Record<string, number> = {}): CorpusFacts {
  return {
    openingCounts: (kind) => new Map(Object.entries(kind === 'preambular' ? preambular : operative)),
    resolutionFacts: () => undefined,
    sessions: () => new Set(),
    paragraphsContaining: () => 0,
  };
}

test('the rulebook tables, the corpus and the generated phrases are known; Model UN forms are not', () => {
  const lexicon = new OpeningLexicon(factsWith({ 'Proceeding from': 3 }));
  assert.equal(lexicon.isKnown('preambular', 'Recalling also'), true);
  assert.equal(lexicon.isKnown('preambular', 'Proceeding from'), true, 'from the corpus');
  assert.equal(lexicon.isKnown('preambular', 'Noting with deep   concern'), true, 'generated, spacing aside');
  assert.equal(lexicon.isKnown('preambular', 'Expressing its grave concern also'), true);
  assert.equal(lexicon.isKnown('operative', 'Reiterates its call upon'), true);
  assert.equal(lexicon.isKnown('operative', 'Considers it important'), true);
  assert.equal(lexicon.isKnown('preambular', 'Fully alarmed'), false);
  assert.equal(lexicon.isKnown('preambular', 'Viewing with appreciation'), false);
  assert.equal(lexicon.frequency('preambular', 'Recalling'), 4003);
  assert.equal(lexicon.corpusFrequency('preambular', 'Proceeding from'), 3);
});

test('a misspelling is mended only towards a frequent phrase, with the same first letter', () => {
  const lexicon = openingLexiconFor(seedCorpus());
  assert.equal(lexicon.suggestion('preambular', 'Reafirming also'), 'Reaffirming also');
  assert.equal(lexicon.suggestion('preambular', 'Noting with apreciation'), 'Noting with appreciation');
  assert.equal(lexicon.suggestion('operative', 'Strongly encourges'), 'Strongly encourages');
  assert.equal(lexicon.suggestion('operative', 'Votes'), undefined, '“Notes” starts with another letter');
  assert.equal(lexicon.suggestion('operative', 'Requests'), undefined, 'a known phrase needs no mending');
  const corpusUsesIt = new OpeningLexicon(factsWith({}, { Encourges: 1 }));
  assert.equal(corpusUsesIt.suggestion('operative', 'Encourges'), undefined, 'what the corpus uses is no misspelling');
});

test('the bare form, participle and past of a known verb stand for its third person', () => {
  const lexicon = openingLexiconFor(undefined);
  assert.deepEqual(['Request', 'requesting', 'requested', 'Recalling', 'taking', 'urging', 'regretting', 'emphasizing', 'Calls'].map((word) => lexicon.thirdPerson(word)), [
    'requests', 'requests', 'requests', 'recalls', 'takes', 'urges', 'regrets', 'emphasizes', undefined,
  ]);
  assert.equal(lexicon.participle('recalls'), 'recalling');
  assert.deepEqual(formsOf('applies').sort(), ['applied', 'apply', 'applying']);
});

test('edit distance counts a swap of neighbouring letters as one slip and gives up past its bound', () => {
  assert.equal(editDistance('recalling', 'recallnig', 2), 1);
  assert.equal(editDistance('reaffirming', 'reafirming', 2), 1);
  assert.equal(editDistance('notes', 'welcomes', 2), 3);
  assert.equal(editDistance('a'.repeat(100_000), 'b'.repeat(100_000), 2), 3);
});
