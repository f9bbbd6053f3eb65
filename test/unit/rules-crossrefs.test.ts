import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crossRefAnnexMissing } from '../../server/src/service/rules/cross-ref-annex-missing';
import { crossRefParagraphMissing } from '../../server/src/service/rules/cross-ref-paragraph-missing';
import { crossRefSubparagraphMissing } from '../../server/src/service/rules/cross-ref-subparagraph-missing';
import { applyFix, covered, draft, run } from './rulesHelpers';

// Operative paragraphs of resolution 66/181 (United Nations), shortened.
const REPORT = '1. *Takes note with appreciation* of the report of the Secretary-General;';
const CALLS = '2. *Calls upon* Member States to strengthen their efforts to cooperate, as appropriate, at the bilateral, subregional, regional and international levels to counter transnational organized crime effectively;';
const REQUESTS_REPORT =
  '3. *Requests* the Secretary-General to submit to the General Assembly at its sixty-seventh session a report on the implementation of the present resolution;';

function lastParagraph(reference: string): string {
  return `4. *Also requests* the Secretary-General to include in the report referred to in ${reference} information on the status of ratifications.`;
}

test('flags a paragraph number beyond the operative part, on the number, with the range that exists', () => {
  const text = draft(REPORT, CALLS, REQUESTS_REPORT, lastParagraph('paragraph 40 above'));
  const { findings } = run(crossRefParagraphMissing, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '40');
  assert.equal(findings[0]?.span.start, text.indexOf('40 above'));
  assert.equal(findings[0]?.message, 'There is no operative paragraph 40: the operative part has paragraphs 1 to 4. Correct the reference.');
});

test('accepts references above and below that exist, and "paragraph N (a) above" inside paragraph N', () => {
  const own = '3. *Requests* the Secretary-General:\n\n    (a) To submit a report on the implementation of paragraph 3 (b) below;\n\n    (b) To include in the report referred to in paragraph 3 (a) above an account of the trust fund;';
  const text = draft(REPORT, CALLS.replace('effectively;', 'effectively, as set out in paragraph 4 below;'), own, lastParagraph('paragraph 3 above'));
  assert.deepEqual(run(crossRefParagraphMissing, text).findings, []);
  assert.deepEqual(run(crossRefSubparagraphMissing, text).findings, []);
});

test('flags a reference in the wrong direction and fixes the direction word only', () => {
  const text = draft(REPORT, CALLS.replace('effectively;', 'effectively, as set out in paragraph 3 above;'), REQUESTS_REPORT, lastParagraph('paragraph 3 above'));
  const { findings } = run(crossRefParagraphMissing, text);
  assert.equal(findings.length, 1);
  const at = text.indexOf('paragraph 3 above;') + 'paragraph 3 '.length;
  assert.deepEqual(findings[0]?.span, { start: at, end: at + 'above'.length });
  assert.equal(findings[0]?.message, 'Paragraph 3 is below this one, not above: write “below”.');
  assert.equal(applyFix(text, findings[0]?.fixes?.[0]), text.slice(0, at) + 'below' + text.slice(at + 'above'.length));
});

test('checks every number of "paragraphs 3 to 7 of the present resolution"', () => {
  const text = draft(REPORT, CALLS, REQUESTS_REPORT, lastParagraph('paragraphs 2 to 6 of the present resolution'));
  const { findings } = run(crossRefParagraphMissing, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), 'paragraphs 2 to 6 of the present resolution');
  assert.equal(findings[0]?.message, 'There are no operative paragraphs 5 and 6: the operative part has paragraphs 1 to 4. Correct the reference.');
});

test('leaves references into other texts alone', () => {
  const text = draft(
    REPORT,
    '2. *Recalls* paragraph 63 (d), of the Final Document of the Tenth Special Session of the General Assembly, and paragraph 12 of resolution 66/181;',
  );
  assert.deepEqual(run(crossRefParagraphMissing, text).findings, []);
  assert.deepEqual(run(crossRefSubparagraphMissing, text).findings, []);
});

test('in a sectioned text, numbers restart: "paragraph 2 above" in section II finds its own paragraph 2', () => {
  const text = [
    '*The General Assembly*,',
    'I',
    'Crime prevention',
    '1. *Takes note* of the report of the Secretary-General;',
    '2. *Requests* the Secretary-General to report;',
    'II',
    'Criminal justice',
    '1. *Welcomes* the work of the Commission;',
    '2. *Invites* Member States to contribute to the trust fund;',
    '3. *Requests* the Secretary-General to include in the report referred to in paragraph 2 above the contributions, and notes paragraph 5 above.',
  ].join('\n\n');
  const { findings } = run(crossRefParagraphMissing, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '5');
  assert.equal(findings[0]?.message, 'There is no operative paragraph 5: this part of the text has paragraphs 1 to 3. Correct the reference.');
});

test('flags a sub-paragraph that the paragraph referred to does not have', () => {
  const list = '3. *Requests* the Secretary-General:\n\n    (a) To submit a report on the implementation of the present resolution;\n\n    (b) To include in it an account of the trust fund;';
  const text = draft(REPORT, CALLS, list, lastParagraph('paragraph 3 (c) above'));
  const { findings } = run(crossRefSubparagraphMissing, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '(c)');
  assert.equal(findings[0]?.span.start, text.indexOf('(c) above'));
  assert.equal(findings[0]?.message, 'Paragraph 3 has sub-paragraphs (a) and (b): there is no sub-paragraph (c). Correct the reference.');
});

test('a bare "subparagraph (c) above" refers to the paragraph it is written in', () => {
  const list =
    '3. *Requests* the Secretary-General:\n\n    (a) To submit a report on the implementation of the present resolution;\n\n    (b) To include in the report referred to in subparagraph (c) above an account of the trust fund;';
  const text = draft(REPORT, CALLS, list);
  const { findings } = run(crossRefSubparagraphMissing, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '(c)');
  assert.equal(findings[0]?.message, 'This paragraph has sub-paragraphs (a) and (b): there is no sub-paragraph (c). Correct the reference.');
});

const ADOPTS = (where: string) => `1. *Adopts* the Model Strategies and Practical Measures contained in ${where} to the present resolution;`;
const DISSEMINATE = '2. *Requests* the Secretary-General to disseminate them widely.';

test('a reference to an annex that the text has raises nothing', () => {
  const text = draft(ADOPTS('annex II'), DISSEMINATE, 'Annex I', 'Model Strategies', '1. States should cooperate.', 'Annex II', 'Practical Measures', '1. States should report.');
  assert.deepEqual(run(crossRefAnnexMissing, text).findings, []);
});

test('flags a reference to an annex that the text lacks, or to an annex numeral it does not have', () => {
  const none = draft(ADOPTS('the annex'), DISSEMINATE);
  const [missing] = run(crossRefAnnexMissing, none).findings;
  assert.equal(covered(none, missing), 'the annex to the present resolution');
  assert.equal(missing?.message, 'The text has no annex: add it after the operative part, or correct the reference.');

  const one = draft(ADOPTS('annex III'), DISSEMINATE, 'Annex I', 'Model Strategies', '1. States should cooperate.', 'Annex II', 'Practical Measures', '1. States should report.');
  const findings = run(crossRefAnnexMissing, one).findings;
  assert.deepEqual(findings.map((f) => [covered(one, f), f.message]), [
    ['annex III to the present resolution', 'There is no annex III: the text has annexes I and II. Add it, or correct the reference.'],
  ]);
});
