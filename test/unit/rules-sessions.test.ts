import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportSessionPast } from '../../server/src/service/rules/report-session-past';
import { sessionOrdinalForm } from '../../server/src/service/rules/session-ordinal-form';
import { applyEdits } from '../../server/src/service/text/edits';
import { applyFix, covered, draft, run } from './rulesHelpers';

const COVER = ['United Nations', 'A/C.3/67/L.10', 'General Assembly', 'Distr.: Limited', '11 October 2012', 'Original: English', 'Sixty-seventh session', 'Third Committee', 'Agenda item 103'];

function draftOfSession67(...paragraphs: string[]): string {
  return `${COVER.join('\n')}\n\n${draft(...paragraphs)}`;
}

// Operative paragraph 19 of resolution 66/181 (United Nations), as the sample draft has it.
const REPORT_TO = (ordinal: string) =>
  `19. *Requests* the Secretary-General to submit a report to the General Assembly at its ${ordinal} session on the implementation of the mandates of the United Nations crime prevention and criminal justice programme.`;

test('flags a report requested for a session before the draft’s own, with the next session as fix', () => {
  const text = draftOfSession67(REPORT_TO('sixty-sixth'));
  const { document, findings } = run(reportSessionPast, text);
  assert.equal(document.session, 67);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), 'sixty-sixth');
  assert.equal(findings[0]?.span.start, text.indexOf('sixty-sixth'));
  assert.equal(findings[0]?.message, 'The draft is for the sixty-seventh session: the sixty-sixth session is past. Request it for the sixty-seventh session or a later one.');
  assert.equal(findings[0]?.fixes?.[0]?.title, 'Change to the sixty-eighth session');
  assert.equal(applyFix(text, findings[0]?.fixes?.[0]), text.replace('sixty-sixth', 'sixty-eighth'));
});

test('the draft’s own session and later ones are fine, and a draft without a session is not checked', () => {
  assert.deepEqual(run(reportSessionPast, draftOfSession67(REPORT_TO('sixty-seventh'))).findings, []);
  assert.deepEqual(run(reportSessionPast, draftOfSession67(REPORT_TO('sixty-ninth'))).findings, []);
  assert.deepEqual(run(reportSessionPast, draft(REPORT_TO('sixty-sixth'))).findings, []);
});

test('flags "decides to include in the provisional agenda" of a past session', () => {
  const text = draftOfSession67('1. *Decides* to include in the provisional agenda of its sixty-fifth session the item entitled “Crime prevention and criminal justice”.');
  const { findings } = run(reportSessionPast, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), 'sixty-fifth');
});

test('past sessions in descriptive text, recurring requests and other bodies are not flagged', () => {
  const text = draftOfSession67(
    '1. *Takes note* of the report of the Secretary-General submitted to the General Assembly at its sixty-second session;',
    '2. *Requests* the Mechanism to submit an annual report to the General Assembly, starting at its sixty-fifth session, on the implementation of its mandate;',
    '3. *Requests* the Special Rapporteur to submit a report to the Human Rights Council at its twentieth session.',
  );
  assert.deepEqual(run(reportSessionPast, text).findings, []);
});

test('flags session ordinals in figures or misspelt, each with the spelt-out ordinal', () => {
  const text = draft(
    '1. *Requests* the Secretary-General to report to the General Assembly at its 79th session and at its seventy ninth session;',
    '2. *Decides* to consider the question at its seventy-nineth session, at its Eightieth regular session and at its Eighty-First session.',
  );
  const { findings } = run(sessionOrdinalForm, text);
  assert.deepEqual(
    findings.map((f) => [covered(text, f), f.message]),
    [
      ['79th', 'Spell the session ordinal “seventy-ninth”, not “79th”.'],
      ['seventy ninth', 'Spell the session ordinal “seventy-ninth”, not “seventy ninth”.'],
      ['seventy-nineth', 'Spell the session ordinal “seventy-ninth”, not “seventy-nineth”.'],
      ['Eighty-First', 'Spell the session ordinal “Eighty-first”, not “Eighty-First”.'],
    ],
  );
  const fixed = applyEdits(text, findings.flatMap((f) => f.fixes?.[0]?.edits ?? []));
  assert.equal(fixed, text.replace('79th', 'seventy-ninth').replace('seventy ninth', 'seventy-ninth').replace('seventy-nineth', 'seventy-ninth').replace('Eighty-First', 'Eighty-first'));
});

test('ordinals above one hundred stay in figures, and ordinary words before "session" are left alone', () => {
  const text = draft(
    '*Recalling* the adoption by the International Labour Conference, at its 103rd session, of the Protocol, and the two-month session of the Commission,',
    '*Noting* the fourth session of the Conference of the Parties, held during its twenty‑sixth session,',
  );
  assert.deepEqual(run(sessionOrdinalForm, text).findings, []);
});

test('the cover line and the title are read too', () => {
  const text = `${COVER.join('\n').replace('Sixty-seventh session', 'Sixty-seventh Session')}\n\nFollow-up to the twenty fourth special session of the General Assembly\n\n${draft('1. *Decides* to continue its consideration.')}`;
  const { findings } = run(sessionOrdinalForm, text);
  assert.deepEqual(findings.map((f) => covered(text, f)), ['twenty fourth']);
  const misspelt = text.replace('Sixty-seventh Session', 'Sixty-sevent session');
  assert.deepEqual(run(sessionOrdinalForm, misspelt).findings.map((f) => [covered(misspelt, f), f.fixes?.[0]?.edits[0]?.newText]), [
    ['Sixty-sevent', 'Sixty-seventh'],
    ['twenty fourth', 'twenty-fourth'],
  ]);
});
