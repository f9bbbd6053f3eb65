// "Also" and "further": the sequence, the missing adverb, and where the adverb stands. Openings of
// resolution 66/181 and of the draft of the sixty-seventh session.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adverbPosition } from '../../server/src/service/rules/adverb-position';
import { alsoFurtherSequence } from '../../server/src/service/rules/also-further-sequence';
import { alsoMissing } from '../../server/src/service/rules/also-missing';
import { applyFix, covered, draft, run } from './rulesHelpers';

const R1 = 'its resolution 65/229 of 21 December 2010 on the United Nations Rules for the Treatment of Women Prisoners,';
const R2 = 'the adoption of its resolution 65/230 of 21 December 2010 on the Twelfth United Nations Congress,';
const R3 = 'its resolution 64/293 of 30 July 2010 on the Global Plan of Action to Combat Trafficking in Persons,';
const LAST = '1. *Takes note with appreciation* of the report of the Secretary-General.';

test('an “also” paragraph after one with another head is an error; the fix removes the adverb', () => {
  const text = draft(`*Recalling* ${R1}`, `*Welcoming also* ${R2}`, LAST);
  const { findings } = run(alsoFurtherSequence, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['Welcoming also', '“also” needs a paragraph just before it that opens with “Welcoming”: write “Welcoming”, or move the paragraph after one that does.'],
  ]);
  assert.equal(applyFix(text, findings[0]!.fixes?.[0]), draft(`*Recalling* ${R1}`, `*Welcoming* ${R2}`, LAST));
});

test('heads are compared, not phrases; “further” after “also” is right; a heading starts a new run', () => {
  const right = draft(`*Reaffirming its commitment* ${R1}`, `*Reaffirming also* ${R2}`, `*Reaffirming further* ${R3}`, '1. *Reaffirms* the importance of the Convention;', '2. *Also reaffirms* its commitment.');
  assert.deepEqual(run(alsoFurtherSequence, right).findings, []);
  const afterHeading = draft(`*Recalling* ${R1}`, '1. *Requests* the Secretary-General to report;', 'II', 'Financing', '2. *Also requests* the Office to continue its work.');
  assert.deepEqual(run(alsoFurtherSequence, afterHeading).findings.map((f) => covered(afterHeading, f)), ['Also requests']);
});

test('“further” straight after a bare paragraph with the same verb becomes “also”', () => {
  const text = draft(`*Recalling* ${R1}`, '1. *Requests* the Secretary-General to report;', '2. *Further requests* the Office to continue its work.');
  const { findings } = run(alsoFurtherSequence, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [['Further requests', '“further” follows an “also” paragraph, and “Requests” has none: write “Also requests”.']]);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes('2. *Also requests* the Office'));
});

test('a misspelt head is compared as it was meant, so the misspelling is the only slip', () => {
  const text = draft(`*Reaffirming* ${R1}`, `*Reafirming also* ${R2}`, LAST);
  assert.deepEqual(run(alsoFurtherSequence, text).findings, []);
});

test('a repeated preambular opening without “also” is a warning, the third without “further” too', () => {
  const text = draft(`*Recalling* ${R1}`, `*Recalling* ${R2}`, `*Recalling also* ${R3}`, `*Recalling* its resolution 66/181 of 19 December 2011,`, LAST);
  const { findings } = run(alsoMissing, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.severity, f.message]), [
    ['Recalling', 'warning', 'A second paragraph in a row opening with “Recalling” takes “also”: write “Recalling also”.'],
    ['Recalling', 'warning', 'A third paragraph in a row opening with “Recalling” takes “further”: write “Recalling further”.'],
  ]);
  assert.equal(findings[0]!.span.start, text.indexOf(`*Recalling* ${R2}`) + 1);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes(`*Recalling also* ${R2}`));
  assert.ok(applyFix(text, findings[1]!.fixes?.[0]).includes('*Recalling further* its resolution 66/181'));
});

test('in the operative part a repeated verb without “also” is only information; a different phrase is no repetition', () => {
  const text = draft(`*Noting with concern* ${R1}`, `*Noting* ${R2}`, '1. *Requests* the Secretary-General to report;', '2. *Requests* the Office to continue its work;', '3. *Decides* to remain seized of the matter.');
  const { findings } = run(alsoMissing, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.severity]), [['Requests', 'information']]);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes('2. *Also requests* the Office'));
});

test('a perfect participle takes the adverb inside', () => {
  const text = draft('*Having considered* the report of the Secretary-General,', '*Having considered* the report of the Advisory Committee,', LAST);
  const { findings } = run(alsoMissing, text);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes('*Having also considered* the report of the Advisory Committee'));
});

test('“Also” opens an operative paragraph but follows the phrase in a preambular one', () => {
  const text = draft(`*Recalling* ${R1}`, `*Also recalling* ${R2}`, `*Noting with concern* ${R3}`, '*Noting also with concern* the growing degree of penetration of criminal organizations,', '1. *Requests* the Secretary-General to report;', '2. *Requests also* the Office to continue its work.');
  const { findings } = run(adverbPosition, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['Also recalling', 'In a preambular paragraph “also” follows the phrase: write “Recalling also”.'],
    ['Requests also', 'An operative paragraph opens with “Also”: write “Also requests”.'],
  ]);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes(`*Recalling also* ${R2}`));
  assert.ok(applyFix(text, findings[1]!.fixes?.[0]).includes('2. *Also requests* the Office'));
});
