// The structure of a resolution: formula, numbering, sub-paragraph labels, the order of the parts.
// Paragraphs from the draft of the sixty-seventh session (examples/) and resolution 66/181.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formulaMissing } from '../../server/src/service/rules/formula-missing';
import { operativeNumbering } from '../../server/src/service/rules/operative-numbering';
import { paragraphOrder } from '../../server/src/service/rules/paragraph-order';
import { preambularNumbered } from '../../server/src/service/rules/preambular-numbered';
import { subparagraphSequence } from '../../server/src/service/rules/subparagraph-sequence';
import { applyFix, covered, draft, run } from './rulesHelpers';

const P1 = '*Reaffirming* its resolutions 46/152 of 18 December 1991 and 66/181 of 19 December 2011,';
const P2 = '*Bearing in mind* the commitments undertaken by Member States in the United Nations Global Counter-Terrorism Strategy,';
const OP = [
  '*Takes note with appreciation* of the report of the Secretary-General;',
  '*Reaffirms* the importance of the United Nations Convention against Transnational Organized Crime;',
  '*Urges* Member States that have not yet done so to consider ratifying the Convention;',
  '*Calls upon* Member States to strengthen their efforts to cooperate;',
  '*Requests* the Secretary-General to submit a report to the General Assembly at its sixty-eighth session.',
] as const;

test('a resolution without its formula gets an error on its first paragraph, with the formula as fix', () => {
  const text = ['Strengthening the United Nations crime prevention and criminal justice programme', '', P1, '', P2, '', `1. ${OP[0]}`, ''].join('\n');
  const { findings } = run(formulaMissing, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), P1);
  assert.equal(findings[0]!.message, 'The resolution has no formula: put “*The General Assembly*,” on a line of its own before the first paragraph.');
  assert.equal(applyFix(text, findings[0]!.fixes?.[0]), text.replace(P1, `*The General Assembly*,\n\n${P1}`));
  assert.deepEqual(run(formulaMissing, draft(P1, `1. ${OP[0]}`)).findings, []);
  assert.deepEqual(run(formulaMissing, `*The General Assembly,*\n\n${P1}\n`).findings, [], 'the comma may sit inside the italics');
});

test('a gap in the operative numbering is flagged where it breaks, with the renumbering (references included) as fix', () => {
  const text = draft(P1, `1. ${OP[0]}`, `2. ${OP[1]}`, `4. ${OP[2]}`, `5. ${OP[3]}`, `6. ${OP[4].replace('.', ', and to include the information referred to in paragraph 5 above.')}`);
  const { findings } = run(operativeNumbering, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '4');
  assert.equal(findings[0]!.message, 'Paragraph 4 is out of sequence (it follows paragraph 2): renumber the operative paragraphs.');
  const fixed = applyFix(text, findings[0]!.fixes?.[0]);
  assert.equal(fixed, draft(P1, `1. ${OP[0]}`, `2. ${OP[1]}`, `3. ${OP[2]}`, `4. ${OP[3]}`, `5. ${OP[4].replace('.', ', and to include the information referred to in paragraph 4 above.')}`));
});

test('a number used twice and a paragraph without number are flagged, each where the sequence breaks', () => {
  const text = draft(P1, `1. ${OP[0]}`, `2. ${OP[1]}`, `2. ${OP[2]}`, OP[3], `4. ${OP[4]}`);
  const { findings } = run(operativeNumbering, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['2', 'Paragraph 2 is numbered twice: renumber the operative paragraphs (this one is 3).'],
    ['*Calls upon*', 'This operative paragraph has no number: number it 4.'],
  ]);
  assert.equal(applyFix(text, findings[0]!.fixes?.[0]), draft(P1, `1. ${OP[0]}`, `2. ${OP[1]}`, `3. ${OP[2]}`, `4. ${OP[3]}`, `5. ${OP[4]}`));
});

test('numbering may restart after a section heading, and a section of one paragraph leaves it unnumbered', () => {
  const text = draft('I', 'Crime prevention', P1, `1. ${OP[0]}`, `2. ${OP[1]}`, 'II', 'Criminal justice', P2, `1. ${OP[2]}`, `2. ${OP[3]}`, 'III', 'Financing', OP[4]);
  assert.deepEqual(run(operativeNumbering, text).findings, []);
  const single = draft(P1, OP[4]);
  assert.deepEqual(run(operativeNumbering, single).findings, [], 'a resolution of one operative paragraph is not numbered');
});

test('a numbered preambular paragraph is an error, and the fix removes the number', () => {
  const text = draft(P1, `3. ${P2}`, `1. ${OP[0]}`);
  const { findings } = run(preambularNumbered, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '3');
  assert.equal(findings[0]!.message, 'Preambular paragraphs are not numbered: remove “3”.');
  assert.equal(applyFix(text, findings[0]!.fixes?.[0]), draft(P1, P2, `1. ${OP[0]}`));
});

test('sub-paragraph labels run in order; the fix relabels the list from the first out of place', () => {
  const text = draft(P1, `1. *Decides* that the Conference shall:\n    (a) Review the implementation of the Convention;\n    (c) Adopt a declaration;\n    (d) Report to the Assembly;`, `2. ${OP[4]}`);
  const { findings } = run(subparagraphSequence, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '(c)');
  assert.equal(findings[0]!.message, 'Sub-paragraph (c) is out of sequence: it should be (b).');
  assert.equal(applyFix(text, findings[0]!.fixes?.[0]), text.replace('(c) Adopt', '(b) Adopt').replace('(d) Report', '(c) Report'));
});

test('roman items under a letter run (i), (ii), (iii)', () => {
  const text = draft(P1, `1. *Decides* that:\n    (a) The Conference shall consider:\n        (i) The review mechanism;\n        (iii) The technical assistance;\n    (b) The Office shall report;`, `2. ${OP[4]}`);
  const { findings } = run(subparagraphSequence, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [['(iii)', 'Sub-paragraph (iii) is out of sequence: it should be (ii).']]);
});

test('a preambular paragraph among the operative ones, and an operative verb in the preamble, are out of place', () => {
  const text = draft(P1, '*Requests* the Secretary-General to submit a report,', P2, `1. ${OP[0]}`, `2. ${OP[1]}`, '*Recalling* its resolution 65/230 of 21 December 2010,', `3. ${OP[2]}`);
  const { findings } = run(paragraphOrder, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['Requests', 'An operative paragraph in the preamble: preambular paragraphs open with a participle or adjective.'],
    ['Recalling', 'A preambular paragraph among the operative paragraphs: move it into the preamble, or open it with an operative verb.'],
  ]);
});

test('the preamble of a section that restarts its numbering is in place', () => {
  const text = draft(P1, `1. ${OP[0]}`, `2. ${OP[1]}`, P2, `1. ${OP[2]}`, `2. ${OP[3]}`);
  assert.deepEqual(run(paragraphOrder, text).findings, []);
});
