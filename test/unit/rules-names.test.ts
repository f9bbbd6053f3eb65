import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CorpusFacts } from '../../server/src/service/corpus/facts';
import { instrumentNameNoncanonical } from '../../server/src/service/rules/instrument-name-noncanonical';
import { secretaryGeneralForm } from '../../server/src/service/rules/secretary-general-form';
import { applyEdits } from '../../server/src/service/text/edits';
import { applyFix, covered, draft, run, seedContext } from './rulesHelpers';

// The twelfth preambular paragraph of the sample draft, after resolution 66/181 (United Nations).
const RECOGNIZING_ALSO = (name: string) =>
  `*Recognizing also* that, thanks to its broad membership and wide scope of application, the ${name}[4] offers an important basis for international cooperation,`;

test('flags a non-canonical name of an instrument with the canonical name as fix', () => {
  const text = draft(RECOGNIZING_ALSO('Convention against Transnational Crime'));
  const { findings } = run(instrumentNameNoncanonical, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), 'Convention against Transnational Crime');
  assert.equal(findings[0]?.span.start, text.indexOf('Convention against'));
  assert.equal(findings[0]?.message, 'Write the name in full: “United Nations Convention against Transnational Organized Crime”, not “Convention against Transnational Crime”.');
  assert.equal(applyFix(text, findings[0]?.fixes?.[0]), draft(RECOGNIZING_ALSO('United Nations Convention against Transnational Organized Crime')));
});

test('the canonical name, and an alias inside it, raise nothing', () => {
  const text = draft(RECOGNIZING_ALSO('United Nations Convention against Corruption'), '1. *Urges* States to ratify the United Nations Convention against Transnational Organized Crime.');
  assert.deepEqual(run(instrumentNameNoncanonical, text).findings, []);
});

test('a short form is information before the full name and fine after it', () => {
  const text = draft(
    '*Reaffirming* the 2030 Agenda, the Charter of the United Nations and the UN Charter,',
    '*Recalling* the 2030 Agenda for Sustainable Development,',
    '1. *Calls for* the implementation of the 2030 Agenda.',
  );
  const { findings } = run(instrumentNameNoncanonical, text);
  assert.deepEqual(
    findings.map((f) => [covered(text, f), f.severity ?? instrumentNameNoncanonical.defaultSeverity]),
    [
      ['2030 Agenda', 'information'],
      ['UN Charter', 'warning'],
    ],
  );
  assert.equal(findings[0]?.message, 'Give the full name at its first mention: “2030 Agenda for Sustainable Development”; “2030 Agenda” may follow.');
  assert.equal(findings[0]?.fixes?.[0]?.preferred, undefined);
  assert.equal(findings[1]?.fixes?.[0]?.preferred, true);
});

test('aliases inside another name, a quoted title or italics are left alone', () => {
  const text = draft(
    '*Welcoming* the Immunization Agenda 2030 and the report entitled “Progress towards Agenda 2030”, and the *UNESCO Science Report*,',
  );
  assert.deepEqual(run(instrumentNameNoncanonical, text).findings, []);
});

test('an alias that the corpus really uses is a variant, not a slip', () => {
  const seeds = seedContext().corpus;
  const corpus: CorpusFacts = {
    openingCounts: (kind) => seeds.openingCounts(kind),
    resolutionFacts: (symbol) => seeds.resolutionFacts(symbol),
    sessions: () => seeds.sessions(),
    paragraphsContaining: (phrase) => (phrase === 'Transnational Organized Crime Convention' ? 40 : phrase === 'United Nations Convention against Transnational Organized Crime' ? 300 : 0),
  };
  const text = draft(RECOGNIZING_ALSO('Transnational Organized Crime Convention'));
  assert.deepEqual(run(instrumentNameNoncanonical, text, { corpus, options: { quotes: 'typographic' } }).findings, []);
  assert.equal(run(instrumentNameNoncanonical, text).findings.length, 1);
});

test('flags every non-standard form of Secretary-General, and no other officer’s title', () => {
  const text = draft(
    '1. *Requests* the Secretary General and the secretary-general’s Special Representative to report;',
    '2. *Invites* the Under Secretary-General, the Deputy Secretary-General, the Assistant Secretary-General and past Secretary-Generals, and the SG, to attend, and the Secretary‑General to report.',
  );
  const { findings } = run(secretaryGeneralForm, text);
  assert.deepEqual(
    findings.map((f) => [covered(text, f), f.message]),
    [
      ['Secretary General', 'Write “Secretary-General”, not “Secretary General”.'],
      ['secretary-general', 'Write “Secretary-General”, not “secretary-general”.'],
      ['Under Secretary-General', 'Write “Under-Secretary-General”, not “Under Secretary-General”.'],
      ['Secretary-Generals', 'Write “Secretaries-General”, not “Secretary-Generals”.'],
      ['SG', 'Write “Secretary-General”, not “SG”.'],
    ],
  );
  const fixed = applyEdits(text, findings.flatMap((f) => f.fixes?.[0]?.edits ?? []));
  assert.equal(
    fixed,
    text
      .replace('Secretary General', 'Secretary-General')
      .replace('secretary-general’s', 'Secretary-General’s')
      .replace('Under Secretary-General', 'Under-Secretary-General')
      .replace('Secretary-Generals', 'Secretaries-General')
      .replace('the SG,', 'the Secretary-General,'),
  );
});
