// Opening phrases and operative verbs: italics, known phrases, misspellings, verb form, capitals.
// Paragraphs from the draft of the sixty-seventh session (examples/) and resolution 66/181.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capitalizationPhrase } from '../../server/src/service/rules/capitalization-phrase';
import { italicsMissing } from '../../server/src/service/rules/italics-missing';
import { openingMisspelled } from '../../server/src/service/rules/opening-misspelled';
import { operativeVerbForm } from '../../server/src/service/rules/operative-verb-form';
import { operativeVerbNotItalic } from '../../server/src/service/rules/operative-verb-not-italic';
import { operativeVerbUnknown } from '../../server/src/service/rules/operative-verb-unknown';
import { preambularNotItalic } from '../../server/src/service/rules/preambular-not-italic';
import { preambularPhraseUnknown } from '../../server/src/service/rules/preambular-phrase-unknown';
import { applyFix, covered, draft, run } from './rulesHelpers';

const RECALLING = 'Recalling its resolution 65/230 of 21 December 2010 on the Twelfth United Nations Congress on Crime Prevention and Criminal Justice,';
const NOTING = 'Noting with appreciation the efforts of the Secretary-General to develop within the United Nations system an effective and comprehensive approach to transnational organized crime and drug trafficking,';
const URGES = 'Urges Member States that have not yet done so to consider ratifying or acceding to the United Nations Convention against Transnational Organized Crime and the Protocols thereto;';
const REQUESTS = 'the United Nations Office on Drugs and Crime to enhance its efforts, within existing resources and within its mandate, in providing technical assistance and advisory services.';

test('a draft without any italics gets one information for the document, whose fix italicizes every opening', () => {
  const text = ['The General Assembly,', '', RECALLING, '', NOTING, '', `1. ${URGES}`, '', `2. Requests ${REQUESTS}`, ''].join('\n');
  const { findings } = run(italicsMissing, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), 'Recalling');
  assert.equal(findings[0]!.message, 'This draft marks no opening phrase or operative verb in italics: Format Document adds the italics.');
  const fixed = applyFix(text, findings[0]!.fixes?.[0]);
  assert.equal(fixed, ['The General Assembly,', '', `*${RECALLING.replace('Recalling', 'Recalling*')}`, '', `*Noting with appreciation*${NOTING.slice('Noting with appreciation'.length)}`, '', `1. *Urges*${URGES.slice(5)}`, '', `2. *Requests* ${REQUESTS}`, ''].join('\n'));
  assert.deepEqual(run(preambularNotItalic, text).findings, [], 'the per-paragraph rules stay silent');
  assert.deepEqual(run(operativeVerbNotItalic, text).findings, []);
});

test('in a draft that uses italics, a preambular phrase and an operative verb without them are flagged with the fix', () => {
  const text = draft(`*${RECALLING.replace('Recalling', 'Recalling*')}`, NOTING, `1. *Urges*${URGES.slice(5)}`, `2. Requests ${REQUESTS}`);
  const preambular = run(preambularNotItalic, text).findings;
  assert.equal(preambular.length, 1);
  assert.equal(covered(text, preambular[0]), 'Noting with appreciation');
  assert.equal(preambular[0]!.message, 'The opening phrase “Noting with appreciation” is not in italics: write “*Noting with appreciation*”.');
  assert.ok(applyFix(text, preambular[0]!.fixes?.[0]).includes(`\n*Noting with appreciation* the efforts`));
  const operative = run(operativeVerbNotItalic, text).findings;
  assert.equal(operative.length, 1);
  assert.equal(covered(text, operative[0]), 'Requests');
  assert.equal(operative[0]!.message, 'The operative verb “Requests” is not in italics: write “*Requests*”.');
  assert.ok(applyFix(text, operative[0]!.fixes?.[0]).includes(`2. *Requests* the United Nations Office`));
  assert.deepEqual(run(italicsMissing, text).findings, []);
});

test('a misspelt opening phrase gets a “did you mean” with the frequent phrase as fix', () => {
  const text = draft('*Reaffirming* its resolutions 46/152 of 18 December 1991 and 66/181 of 19 December 2011,', '*Reafirming also* its resolutions relating to the urgent need to strengthen international cooperation,', `1. *Encourges* Member States to support the Office;`);
  const { findings } = run(openingMisspelled, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['Reafirming also', '“Reafirming also” is not a known opening phrase: did you mean “Reaffirming also”?'],
    ['Encourges', '“Encourges” is not a known operative verb: did you mean “Encourages”?'],
  ]);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes('\n*Reaffirming also* its resolutions relating'));
  assert.ok(applyFix(text, findings[1]!.fixes?.[0]).includes('1. *Encourages* Member States'));
  assert.deepEqual(run(preambularPhraseUnknown, text).findings, [], 'a misspelling is not also reported as unknown');
});

test('two real verbs a letter apart are never taken one for the other, and a corpus phrase is never a misspelling', () => {
  const text = draft(RECALLING.replace('Recalling', '*Recalling*'), '1. *Votes* to defer the item;', '2. *Notes* the report;');
  assert.deepEqual(run(openingMisspelled, text).findings, []);
});

test('an unknown phrase is information, and a Model UN form is named as such', () => {
  const text = draft('*Viewing with appreciation* the work of the Office,', '*Fully alarmed* by the increase in trafficking in persons,', '1. *Emphatically urges* all States to ratify the Convention.');
  const pre = run(preambularPhraseUnknown, text).findings;
  assert.deepEqual(pre.map((f) => [covered(text, f), f.message]), [
    ['Viewing with appreciation', '“Viewing with appreciation” is Model UN usage that adopted resolutions never use: choose an opening of the General Assembly.'],
    ['Fully alarmed', '“Fully alarmed” is Model UN usage that adopted resolutions never use: choose an opening of the General Assembly.'],
  ]);
  const op = run(operativeVerbUnknown, text).findings;
  assert.deepEqual(op.map((f) => [covered(text, f), f.message]), [['Emphatically urges', '“Emphatically urges” opens no paragraph of the adopted resolutions in the corpus: check the operative verb against agreed language.']]);
});

test('phrases built from known words are known: degree adverbs, modifiers, also/further, periphrases', () => {
  const text = draft(
    '*Deeply concerned also* about the connections between some forms of transnational organized crime and terrorism,',
    '*Noting with grave concern* the increase in piracy,',
    '*Having also considered* the report of the Secretary-General,',
    '*Remaining deeply concerned* by the financial situation of the Office,',
    '1. *Strongly encourages* Member States to support the Office;',
    '2. *Continues to encourage* Member States to contribute;',
    '3. *Calls once again upon* Member States to ratify the Convention.',
  );
  assert.deepEqual(run(preambularPhraseUnknown, text).findings, []);
  assert.deepEqual(run(operativeVerbUnknown, text).findings, []);
  assert.deepEqual(run(openingMisspelled, text).findings, []);
});

test('an operative verb that is not in the third person singular is an error with the fix', () => {
  const text = draft(RECALLING.replace('Recalling', '*Recalling*'), `1. *Request* ${REQUESTS.replace('.', ';')}`, '2. *Also request* the Secretary-General to report;', '3. *Recalling* its resolution 65/230;', '4. *Call upon* Member States to act;', '5. *Decided* to remain seized of the matter.');
  const { findings } = run(operativeVerbForm, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['Request', 'The operative verb is in the third person singular: write “Requests”, not “Request”.'],
    ['request', 'The operative verb is in the third person singular: write “requests”, not “request”.'],
    ['Recalling', 'The operative verb is in the third person singular: write “Recalls”, not “Recalling”.'],
    ['Call', 'The operative verb is in the third person singular: write “Calls”, not “Call”.'],
    ['Decided', 'The operative verb is in the third person singular: write “Decides”, not “Decided”.'],
  ]);
  assert.ok(applyFix(text, findings[1]!.fixes?.[0]).includes('2. *Also requests* the Secretary-General'));
  assert.ok(applyFix(text, findings[2]!.fixes?.[0]).includes('3. *Recalls* its resolution 65/230;'));
  assert.ok(applyFix(text, findings[3]!.fixes?.[0]).includes('4. *Calls upon* Member States'));
  assert.deepEqual(run(operativeVerbUnknown, text).findings, [], 'a wrong form is not also an unknown verb');
});

test('only the first word of an opening is capitalized, names aside', () => {
  const text = draft('*Taking Note With Appreciation* of the report of the Secretary-General,', '*Welcoming* the work of the Office,', '1. *requests* the Secretary-General to report;', '2. *Also Requests* the Office to continue its work.');
  const { findings } = run(capitalizationPhrase, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['Taking Note With Appreciation', 'Capitalize only the first word of “Taking Note With Appreciation”: write “Taking note with appreciation”.'],
    ['requests', 'Capitalize only the first word of “requests”: write “Requests”.'],
    ['Also Requests', 'Capitalize only the first word of “Also Requests”: write “Also requests”.'],
  ]);
  assert.ok(applyFix(text, findings[0]!.fixes?.[0]).includes('*Taking note with appreciation* of the report'));
  assert.ok(applyFix(text, findings[1]!.fixes?.[0]).includes('1. *Requests* the Secretary-General'));
});
