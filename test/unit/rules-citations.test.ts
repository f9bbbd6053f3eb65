import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/service/corpus/corpus';
import { citationDateMismatch } from '../../server/src/service/rules/citation-date-mismatch';
import { citationForm } from '../../server/src/service/rules/citation-form';
import { citationTitleMismatch } from '../../server/src/service/rules/citation-title-mismatch';
import { citationUnknown } from '../../server/src/service/rules/citation-unknown';
import { applyEdits } from '../../server/src/service/text/edits';
import { FIXTURE_RESOLUTIONS } from './corpus/fixtures';
import { applyFix, covered, draft, run, seedContext } from './rulesHelpers';

// The first preambular paragraph of resolution 66/181 (United Nations), as drafts cite the series.
const REAFFIRMING = '*Reaffirming* its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005, 65/232 of 21 December 2010 and 66/181 of 19 December 2011,';

test('a citation dated as in the corpus raises nothing', () => {
  assert.deepEqual(run(citationDateMismatch, draft(REAFFIRMING)).findings, []);
});

test('flags a date that disagrees with the corpus, and the fix writes the corpus date the way the draft writes dates', () => {
  const text = draft(REAFFIRMING.replace('19 December 2011', '19\u00a0December 2010'));
  const { findings } = run(citationDateMismatch, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '19\u00a0December 2010');
  assert.equal(findings[0]?.message, 'Resolution 66/181 was adopted on 19 December 2011, not 19 December 2010: correct the date.');
  assert.equal(findings[0]?.fixes?.[0]?.title, 'Change the date to 19 December 2011');
  assert.equal(applyFix(text, findings[0]?.fixes?.[0]), text.replace('19\u00a0December 2010', '19\u00a0December 2011'));
});

test('a resolution the corpus lacks is dated by its session: 62/9 cannot date from 2005', () => {
  const text = draft('*Recalling* its resolution 62/9 of 16 December 2005,');
  const { findings } = run(citationDateMismatch, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '16 December 2005');
  assert.equal(findings[0]?.message, 'Resolution 62/9 belongs to the sixty-second session (2007–2008), so it cannot date from 2005: correct the date or the symbol.');
  assert.equal(findings[0]?.severity, 'warning');
  assert.equal(findings[0]?.fixes, undefined);
});

test('a year no body could have adopted anything in is a slip, whether or not the corpus holds the resolution', () => {
  const known = draft('*Recalling* its resolution 66/181 of 19 December 2107,');
  const [againstCorpus] = run(citationDateMismatch, known).findings;
  assert.equal(covered(known, againstCorpus), '19 December 2107');
  assert.equal(applyFix(known, againstCorpus?.fixes?.[0]), known.replace('2107', '2011'));

  const unknown = draft('*Recalling* its resolution 62/999 of 16 December 2107,');
  const [bySession] = run(citationDateMismatch, unknown).findings;
  assert.equal(bySession?.message, 'Resolution 62/999 belongs to the sixty-second session (2007–2008), so it cannot date from 2107: correct the date or the symbol.');
});

test('skips resolutions of other bodies, named just before or earlier in the clause', () => {
  const text = draft(
    '*Recalling* Human Rights Council resolution 42/9 of 26 September 2019,',
    '*Noting* the adoption by the Economic and Social Commission for Asia and the Pacific, at its seventy-second session, of resolution 72/7 of 19 May 2016,',
  );
  assert.deepEqual(run(citationDateMismatch, text).findings, []);
});

test('in a list, a date belongs to the symbol just before it', () => {
  const text = draft('*Recalling* its resolutions 60/175, and 66/181 of 19 December 2011,');
  assert.deepEqual(run(citationDateMismatch, text).findings, []);
});

test('flags a title that disagrees with the corpus and tolerates case and quotation marks', () => {
  const title = 'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity';
  const right = draft(`*Recalling* its resolution 64/179 of 18 December 2009, entitled ‘${title}’,`);
  assert.deepEqual(run(citationTitleMismatch, right).findings, []);

  const wrong = draft(`*Recalling* its resolution 64/179 of 18 December 2009, entitled “Strengthening the crime prevention programme”,`);
  const { findings } = run(citationTitleMismatch, wrong);
  assert.equal(findings.length, 1);
  assert.equal(covered(wrong, findings[0]), 'Strengthening the crime prevention programme');
  const corpusTitle = 'Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity';
  assert.equal(findings[0]?.message, `Resolution 64/179 is entitled “${corpusTitle}”: correct the title.`);
  assert.equal(applyFix(wrong, findings[0]?.fixes?.[0]), wrong.replace('Strengthening the crime prevention programme', corpusTitle));
});

test('titles of a section of a resolution are not compared with the resolution’s title', () => {
  const text = draft('*Recalling* section I of its resolution 64/179, entitled “Children without parental care”,');
  assert.deepEqual(run(citationTitleMismatch, text).findings, []);
});

test('reports a symbol the corpus lacks only when it holds the resolutions numbered around it', () => {
  const context = { corpus: Corpus.fromResolutions(FIXTURE_RESOLUTIONS), options: { quotes: 'typographic' as const } };
  const text = draft('*Recalling* its resolutions 77/137 and 75/300 of 12 December 2022, and 77/136,');
  const { findings } = run(citationUnknown, text, context);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '77/137');
  assert.equal(findings[0]?.severity, undefined);
  assert.equal(citationUnknown.defaultSeverity, 'information');
  assert.equal(findings[0]?.message, 'The corpus holds the resolutions of the seventy-seventh session numbered around 77/137, but not this one: check the symbol.');
  assert.deepEqual(run(citationUnknown, draft('*Recalling* its resolution 66/182,'), seedContext()).findings, []);
});

test('flags citation forms the Assembly never writes, each with its fix', () => {
  const text = draft(
    '*Recalling* its Resolution 66/181 of 19 December 2011 and res. 64/179,',
    '*Noting* the UNGA high-level meeting and Security Council resolution 1373 on terrorism,',
    '1. *Requests* the Secretary-General to report on the implementation of A/RES/66/181 and of its resolution A/RES/64/179.',
  );
  const { findings } = run(citationForm, text);
  assert.deepEqual(
    findings.map((f) => [covered(text, f), f.message]),
    [
      ['Resolution', 'Write “resolution” in lower case in the middle of a sentence.'],
      ['res. ', 'Write “resolution” in full.'],
      ['UNGA', 'Write “General Assembly”, not “UNGA”.'],
      ['1373', 'Give the year of Security Council resolution 1373, as in “resolution 1373 (YYYY)”.'],
      ['A/RES/66/181', 'In the text, cite the resolution as “resolution 66/181”: A/RES symbols belong in footnotes.'],
      ['A/RES/64/179', 'In the text, cite the resolution as “resolution 64/179”: A/RES symbols belong in footnotes.'],
    ],
  );
  const fixed = applyEdits(text, findings.flatMap((finding) => finding.fixes?.[0]?.edits ?? []));
  assert.equal(
    fixed,
    draft(
      '*Recalling* its resolution 66/181 of 19 December 2011 and resolution 64/179,',
      '*Noting* the General Assembly high-level meeting and Security Council resolution 1373 on terrorism,',
      '1. *Requests* the Secretary-General to report on the implementation of resolution 66/181 and of its resolution 64/179.',
    ),
  );
});

test('a footnote may open with "Resolution" and cite an A/RES symbol', () => {
  const text = `${draft('*Recalling* the Global Counter-Terrorism Strategy,[1]')}__________\n[1] Resolution 60/288; see also A/RES/60/288.\n`;
  assert.deepEqual(run(citationForm, text).findings, []);
});
