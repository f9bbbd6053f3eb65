// The closing punctuation of preambular paragraphs, operative paragraphs and sub-paragraphs, with
// real paragraphs of the draft of the sixty-seventh session and of resolution 66/181.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finalPeriod } from '../../server/src/service/rules/final-period';
import { lastPreambularPunctuation } from '../../server/src/service/rules/last-preambular-punctuation';
import { operativePunctuation } from '../../server/src/service/rules/operative-punctuation';
import { preambularPunctuation } from '../../server/src/service/rules/preambular-punctuation';
import { subparagraphPunctuation } from '../../server/src/service/rules/subparagraph-punctuation';
import { applyFix, covered, draft, run } from './rulesHelpers';

const RECALLING = '*Recalling* the adoption of its resolution 65/230 of 21 December 2010 on the Twelfth United Nations Congress on Crime Prevention and Criminal Justice';
const WELCOMING = '*Welcoming* the adoption by the United Nations Office on Drugs and Crime of a regional approach to programming';
const CONCERN = '*Reiterating its concern* regarding the overall financial situation of the United Nations Office on Drugs and Crime';
const TAKES_NOTE = '1. *Takes note with appreciation* of the report of the Secretary-General prepared pursuant to resolution 66/181';
const REAFFIRMS = '2. *Reaffirms* the importance of the United Nations Convention against Transnational Organized Crime and the Protocols thereto';
const REQUESTS = '3. *Requests* the Secretary-General to submit a report to the General Assembly at its sixty-eighth session';

test('a preambular paragraph ends with a comma; the fix replaces the wrong mark', () => {
  const text = draft(`${RECALLING};`, `${WELCOMING}.`, `${CONCERN},`, `${TAKES_NOTE};`, `${REQUESTS}.`);
  const { findings } = run(preambularPunctuation, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    [';', 'A preambular paragraph ends with a comma, not a semicolon.'],
    ['.', 'A preambular paragraph ends with a comma, not a full stop.'],
  ]);
  assert.equal(applyFix(text, findings[0]!.fixes?.[0]), text.replace(`${RECALLING};`, `${RECALLING},`));
  assert.equal(findings[0]!.fixes?.[0]?.title, 'Replace “;” with “,”');
});

test('footnote markers after the mark are no part of the ending, and a missing comma after a closing quote is added', () => {
  const text = draft(`${RECALLING},[1]`, '*Recalling also* the adoption of its resolution 64/293 of 30 July 2010 entitled “United Nations Global Plan of Action to Combat Trafficking in Persons”', `${CONCERN},`, `${TAKES_NOTE}.`);
  const { findings } = run(preambularPunctuation, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '”');
  assert.equal(findings[0]!.message, 'A preambular paragraph ends with a comma, and the comma is missing.');
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes('Trafficking in Persons”,\n'));
});

test('the last preambular paragraph before the operative part ends with a comma, never a semicolon (an error)', () => {
  const text = draft(`${RECALLING},`, `${CONCERN};`, `${TAKES_NOTE};`, `${REQUESTS}.`);
  assert.deepEqual(run(preambularPunctuation, text).findings, [], 'the last one is the other rule’s');
  const { findings } = run(lastPreambularPunctuation, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [[';', 'The last preambular paragraph ends with a comma, not a semicolon.']]);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes('Drugs and Crime,\n\n1. *Takes note'));
});

test('an operative paragraph other than the last ends with a semicolon, or a colon before its sub-paragraphs', () => {
  const text = draft(`${RECALLING},`, `${TAKES_NOTE}.`, `${REAFFIRMS},`, '3. *Decides* that the Conference shall:\n    (a) Review the implementation of the Convention;\n    (b) Adopt a declaration;', '4. *Urges* Member States to consider ratifying the Convention:', `5. ${REQUESTS.slice(3)}.`);
  const { findings } = run(operativePunctuation, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['.', 'An operative paragraph other than the last ends with a semicolon, not a full stop.'],
    [',', 'An operative paragraph other than the last ends with a semicolon, not a comma.'],
  ]);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes('resolution 66/181;\n'));
});

test('the last operative paragraph (or its last sub-paragraph) ends with a full stop, also inside a closing quote', () => {
  const wrong = draft(`${RECALLING},`, `${TAKES_NOTE};`, `${REQUESTS};`);
  const { findings } = run(finalPeriod, wrong);
  assert.deepEqual(findings.map((f) => [covered(wrong, f), f.message]), [[';', 'The last operative paragraph ends with a full stop, not a semicolon.']]);
  assert.equal(applyFix(wrong, findings[0]!.fixes?.[0]), draft(`${RECALLING},`, `${TAKES_NOTE};`, `${REQUESTS}.`));
  const list = draft(`${RECALLING},`, `${TAKES_NOTE};`, '2. *Decides* that the Conference shall:\n    (a) Review the implementation of the Convention;\n    (b) Adopt a declaration;');
  assert.equal(covered(list, run(finalPeriod, list).findings[0]), ';');
  assert.equal(run(finalPeriod, list).findings[0]!.span.start, list.lastIndexOf(';'));
  const quoted = draft(`${RECALLING},`, '1. *Decides* to add a sentence: “The Office shall report annually.”');
  assert.deepEqual(run(finalPeriod, quoted).findings, []);
});

test('sub-paragraphs end with semicolons, except the one that closes the resolution; questions keep their mark', () => {
  const text = draft(
    `${RECALLING},`,
    '1. *Decides* that the Conference shall:\n    (a) Review the implementation of the Convention.\n    (b) Consider the question: how can the Office help?\n    (c) Adopt a declaration;',
    '2. *Requests* the Secretary-General:\n    (a) To submit a report;\n    (b) To include information on ratifications.',
  );
  const { findings } = run(subparagraphPunctuation, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [['.', 'Sub-paragraph (a) ends with a semicolon, not a full stop.']]);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes('(a) Review the implementation of the Convention;\n'));
});

test('the sub-items of a preambular paragraph end consistently, as the first of them does', () => {
  const text = draft('*Recalling* its resolutions on the subject, in particular:\n    (a) Resolution 65/230 of 21 December 2010;\n    (b) Resolution 64/293 of 30 July 2010,\n    (c) Resolution 66/181 of 19 December 2011,', `${TAKES_NOTE}.`);
  const { findings } = run(subparagraphPunctuation, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [[',', 'Sub-item (b) ends with a semicolon like the other sub-items of this preambular paragraph, not a comma.']]);
});
