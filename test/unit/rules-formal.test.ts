import assert from 'node:assert/strict';
import { test } from 'node:test';
import { doubleSpace } from '../../server/src/service/rules/double-space';
import { paragraphUnfinished } from '../../server/src/service/rules/paragraph-unfinished';
import { straightQuotes } from '../../server/src/service/rules/straight-quotes';
import { unSpelling } from '../../server/src/service/rules/un-spelling';
import { yearRangeDash } from '../../server/src/service/rules/year-range-dash';
import { applyEdits } from '../../server/src/service/text/edits';
import { covered, draft, run, seedContext } from './rulesHelpers';

function fixAll(text: string, findings: readonly { fixes?: readonly { edits: readonly { span: { start: number; end: number }; newText: string }[] }[] }[]): string {
  return applyEdits(text, findings.flatMap((finding) => finding.fixes?.[0]?.edits ?? []));
}

// Operative paragraphs of resolution 66/181 (United Nations).
const CALLS_UPON =
  '7. *Calls upon* Member States to strengthen their efforts to cooperate, as appropriate, at the bilateral, subregional, regional and international levels to counter transnational organized crime effectively;';

test('flags runs of spaces between words, not the indentation of a sub-paragraph, and leaves comments alone', () => {
  const text = draft(
    CALLS_UPON.replace('to strengthen', 'to  strengthen').replace('effectively;', 'effectively.   <!-- unres-ignore  also-missing -->'),
    '8. *Requests* the Secretary-General:\n\n    (a) To report;\n\n    (b) To  include the data.',
  );
  const { findings } = run(doubleSpace, text);
  assert.deepEqual(findings.map((f) => [f.span.start, covered(text, f)]), [
    [text.indexOf('to  strengthen') + 2, '  '],
    [text.indexOf('To  include') + 2, '  '],
  ]);
  assert.equal(findings[0]?.message, 'Use a single space between words.');
  assert.equal(fixAll(text, findings), text.replace('to  strengthen', 'to strengthen').replace('To  include', 'To include'));
});

test('turns straight quotes into typographic ones by their neighbours', () => {
  const text = draft(`*Recalling* its resolution 64/293 entitled "United Nations Global Plan of Action", the Secretary-General's report and the 'Bangkok Rules',`);
  const { findings } = run(straightQuotes, text);
  assert.deepEqual(findings.map((f) => f.message), [
    'Use the typographic quotation mark “ instead of ".',
    'Use the typographic quotation mark ” instead of ".',
    'Use the typographic apostrophe ’ instead of \'.',
    'Use the typographic quotation mark ‘ instead of \'.',
    'Use the typographic quotation mark ’ instead of \'.',
  ]);
  assert.equal(
    fixAll(text, findings),
    draft('*Recalling* its resolution 64/293 entitled “United Nations Global Plan of Action”, the Secretary-General’s report and the ‘Bangkok Rules’,'),
  );
});

test('with quotes set to straight, typographic marks are the slip', () => {
  const text = draft('*Recalling* its resolution 64/293 entitled “United Nations Global Plan of Action”,');
  const { findings } = run(straightQuotes, text, { ...seedContext(), options: { quotes: 'straight' } });
  assert.deepEqual(findings.map((f) => covered(text, f)), ['“', '”']);
  assert.equal(findings[0]?.message, 'Use the straight quotation mark " instead of “.');
  assert.equal(fixAll(text, findings), text.replace('“', '"').replace('”', '"'));
});

test('flags a paragraph left empty after its number and one that is only its verb', () => {
  const empty = draft(CALLS_UPON, '8.');
  assert.deepEqual(run(paragraphUnfinished, empty).findings.map((f) => [covered(empty, f), f.message]), [['8.', 'Paragraph 8 has no text: write it, or delete it.']]);
  const verbOnly = draft(CALLS_UPON, '8. *Requests*');
  assert.deepEqual(run(paragraphUnfinished, verbOnly).findings.map((f) => [covered(verbOnly, f), f.message]), [['*Requests*', 'Paragraph 8 has only its opening verb: finish it.']]);
});

test('flags a paragraph that stops after "and" or on an ellipsis, and an empty sub-paragraph', () => {
  const text = draft(
    CALLS_UPON.replace('effectively;', 'effectively and'),
    '8. *Requests* the Secretary-General:\n\n    (a) To report;\n\n    (b)\n\n    (c) To include the data …',
  );
  const { findings } = run(paragraphUnfinished, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['and', 'This paragraph stops after “and”: finish the sentence.'],
    ['…', 'This paragraph ends on an ellipsis: finish it.'],
    ['(b)', 'Sub-paragraph (b) has no text: write it, or delete it.'],
  ]);
  assert.equal(findings[0]?.span.start, text.indexOf('effectively and') + 'effectively '.length);
});

test('a paragraph that only lacks its final punctuation is not unfinished', () => {
  assert.deepEqual(run(paragraphUnfinished, draft(CALLS_UPON.replace('effectively;', 'effectively'))).findings, []);
});

test('flags American spellings and "-ise" verbs with the United Nations spelling as fix', () => {
  const text = draft(
    '*Recognizing* the need to prioritise the program of work towards the centre, and to analyze the labor market and the organisation of the defense sector,',
  );
  const { findings } = run(unSpelling, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['prioritise', 'United Nations spelling: “prioritize”, not “prioritise”.'],
    ['program', 'United Nations spelling: “programme”, not “program”.'],
    ['analyze', 'United Nations spelling: “analyse”, not “analyze”.'],
    ['labor', 'United Nations spelling: “labour”, not “labor”.'],
    ['organisation', 'United Nations spelling: “organization”, not “organisation”.'],
    ['defense', 'United Nations spelling: “defence”, not “defense”.'],
  ]);
  assert.equal(
    fixAll(text, findings),
    draft('*Recognizing* the need to prioritize the programme of work towards the centre, and to analyse the labour market and the organization of the defence sector,'),
  );
});

test('a verb that merely ends like a legitimate word ("summarise", "arise") is still flagged', () => {
  const text = draft('*Requests* the Secretary-General to summarise and categorise the disenfranchised voters’ submissions;');
  assert.deepEqual(run(unSpelling, text).findings.map((f) => covered(text, f)), ['summarise', 'categorise']);
});

test('leaves legitimate "-ise" words, names, quotations and computer programs alone', () => {
  const text = draft(
    '*Noting* the exercise of expertise by enterprises, otherwise compromised, to advertise, revise and supervise, the surprise of the Organisation for Economic Co-operation and Development, the “Understanding regarding the aerosolised use” and a computer program,',
  );
  assert.deepEqual(run(unSpelling, text).findings, []);
});

test('flags a hyphen between two years, not in symbols, dates or financial periods', () => {
  const text = draft(
    '*Recalling* the Sendai Framework for Disaster Risk Reduction 2015-2030 and the period 2021-25, document A/AC.109/2019-2020, the date 2019-10-10 and the period 2015/16,',
  );
  const { findings } = run(yearRangeDash, text);
  assert.deepEqual(findings.map((f) => [covered(text, f), f.message]), [
    ['2015-2030', 'Join the years with an en dash: “2015–2030”.'],
    ['2021-25', 'Join the years with an en dash: “2021–25”.'],
  ]);
  assert.equal(fixAll(text, findings), text.replace('2015-2030', '2015–2030').replace('2021-25', '2021–25'));
});
