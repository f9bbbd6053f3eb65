import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crossReferenceTargets, referencesTo } from '../../../server/src/service/lookup/targets';
import type { CrossReference } from '../../../server/src/service/model';
import { BUDGET_DRAFT, CRIME_DRAFT, parsed, spanOf, textOf } from './drafts';

function referenceAt(text: string, written: string, occurrence = 0): CrossReference {
  const span = spanOf(text, written, occurrence);
  const reference = parsed(text).crossReferences.find((candidate) => candidate.span.start === span.start);
  assert.ok(reference, `a cross-reference at "${written}"`);
  return reference;
}

describe('what a cross-reference points to', () => {
  const crime = parsed(CRIME_DRAFT);

  it('resolves "paragraph 2 (b) above" to the sub-paragraph (b) of paragraph 2', () => {
    const [target] = crossReferenceTargets(crime, referenceAt(CRIME_DRAFT, 'paragraph 2 (b) above'));
    assert.equal(target?.kind, 'paragraph');
    assert.ok(target?.kind === 'paragraph' && target.subparagraph);
    assert.equal(textOf(CRIME_DRAFT, target.subparagraph.span), '(b) To strengthen the collection and analysis of data on crime trends, as referred to in subparagraph (a);');
  });

  it('resolves "subparagraph (a)" to a sub-paragraph of the paragraph it is written in', () => {
    const [target] = crossReferenceTargets(crime, referenceAt(CRIME_DRAFT, 'subparagraph (a)'));
    assert.ok(target?.kind === 'paragraph' && target.subparagraph);
    assert.equal(target.paragraph.number, 2);
    assert.equal(target.subparagraph.label, 'a');
  });

  it('expands a range and follows "the previous paragraph"', () => {
    const range = crossReferenceTargets(crime, referenceAt(CRIME_DRAFT, 'paragraphs 1 to 3 above'));
    assert.deepEqual(range.map((target) => target.kind === 'paragraph' && target.paragraph.number), [1, 2, 3]);
    const previous = crossReferenceTargets(crime, referenceAt(CRIME_DRAFT, 'the previous paragraph'));
    assert.deepEqual(previous.map((target) => target.kind === 'paragraph' && target.paragraph.number), [3]);
  });

  it('counts numbers within the part the reference is in when numbering restarts', () => {
    const budget = parsed(BUDGET_DRAFT);
    const inB = crossReferenceTargets(budget, referenceAt(BUDGET_DRAFT, 'paragraph 1 above', 1));
    assert.deepEqual(inB.map((target) => target.kind === 'paragraph' && textOf(BUDGET_DRAFT, target.paragraph.span)), ['1. *Takes note* of the report of the Advisory Committee;']);
    const inA = crossReferenceTargets(budget, referenceAt(BUDGET_DRAFT, 'paragraph 1 above', 0));
    assert.deepEqual(inA.map((target) => target.kind === 'paragraph' && textOf(BUDGET_DRAFT, target.paragraph.span)), ['1. *Approves* the proposals of the Secretary-General;']);
  });

  it('resolves "the annex to the present resolution" to the annex', () => {
    const budget = parsed(BUDGET_DRAFT);
    const [target] = crossReferenceTargets(budget, referenceAt(BUDGET_DRAFT, 'the annex to the present resolution'));
    assert.ok(target?.kind === 'annex');
    assert.equal(textOf(BUDGET_DRAFT, target.span), 'Annex\nProgramme of work');
    assert.equal(textOf(BUDGET_DRAFT, target.selectionSpan), 'Annex');
  });

  it('points nowhere for a paragraph the draft does not have', () => {
    const text = CRIME_DRAFT.replace('paragraph 2 (b) above', 'paragraph 9 above');
    assert.deepEqual(crossReferenceTargets(parsed(text), referenceAt(text, 'paragraph 9 above')), []);
  });

  it('lists the references to a paragraph, sub-paragraph references included', () => {
    const paragraph = crime.operative[1]!;
    assert.deepEqual(
      referencesTo(crime, paragraph).map((reference) => textOf(CRIME_DRAFT, reference.span)),
      ['subparagraph (a)', 'paragraph 2 (b) above', 'paragraphs 1 to 3 above'],
    );
    assert.deepEqual(
      referencesTo(crime, paragraph, paragraph.subparagraphs[1]).map((reference) => textOf(CRIME_DRAFT, reference.span)),
      ['paragraph 2 (b) above'],
    );
  });
});
