import assert from 'node:assert/strict';
import { test } from 'node:test';
import { footnoteMarkerMissing } from '../../server/src/service/rules/footnote-marker-missing';
import { footnoteOrder } from '../../server/src/service/rules/footnote-order';
import { footnoteUnreferenced } from '../../server/src/service/rules/footnote-unreferenced';
import { ibidWithoutAntecedent } from '../../server/src/service/rules/ibid-without-antecedent';
import { applyFix, covered, draft, run } from './rulesHelpers';

// Paragraphs and footnotes of resolution 66/181 (United Nations), shortened.
const CONVENTIONS =
  '*Reaffirming also* its resolutions relating to the ratification and implementation of the United Nations Convention against Corruption[1] and of the Convention on the Rights of the Child,[2]';
const PROTOCOLS = '*Recognizing* that the United Nations Convention against Transnational Organized Crime[3] offers an important basis for international cooperation,';
const TAKES_NOTE = '1. *Takes note with appreciation* of the report of the Secretary-General.';
const NOTES = ['[1] United Nations, *Treaty Series*, vol. 2349, No. 42146.', '[2] Ibid., vol. 1577, No. 27531.', '[3] Ibid., vols. 2225, 2237, 2241 and 2326, No. 39574.'];

function withNotes(body: string, notes: readonly string[]): string {
  return `${body}__________\n${notes.join('\n')}\n`;
}

test('a draft whose markers and notes agree raises nothing', () => {
  const text = withNotes(draft(CONVENTIONS, PROTOCOLS, TAKES_NOTE), NOTES);
  for (const rule of [footnoteMarkerMissing, footnoteUnreferenced, footnoteOrder, ibidWithoutAntecedent]) {
    assert.deepEqual(run(rule, text).findings, [], rule.code);
  }
});

test('flags a marker without a footnote text, and its fixes add the note in order or remove the marker', () => {
  const text = withNotes(draft(CONVENTIONS, PROTOCOLS, TAKES_NOTE.replace('General.', 'General;[4]')), NOTES);
  const { findings } = run(footnoteMarkerMissing, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '[4]');
  assert.equal(findings[0]?.span.start, text.indexOf('[4]'));
  assert.equal(findings[0]?.message, 'There is no footnote 4: write its text with the footnotes, or remove the marker.');
  const [add, remove] = findings[0]?.fixes ?? [];
  const end = text.indexOf('No. 39574.') + 'No. 39574.'.length;
  assert.equal(applyFix(text, add), `${text.slice(0, end)}\n[4] ${text.slice(end)}`);
  const marker = text.indexOf('[4]');
  assert.equal(applyFix(text, remove), text.slice(0, marker) + text.slice(marker + 3));
});

test('in a draft without footnotes, the fix adds the line of underscores and the note', () => {
  const text = draft(TAKES_NOTE.replace('General.', 'General.[1]'));
  const { findings } = run(footnoteMarkerMissing, text);
  assert.equal(applyFix(text, findings[0]?.fixes?.[0]), `${text}\n__________\n[1] `);
});

test('a bare number that only looks like a marker is not reported without a note', () => {
  const text = draft('1. *Takes note* of the substantive reports of subsidiary bodies 1 and 5 of the Committee.');
  const { document, findings } = run(footnoteMarkerMissing, text);
  assert.deepEqual(document.footnoteMarkers.map((marker) => [marker.marker, marker.style]), [['1', 'spaced']]);
  assert.deepEqual(findings, []);
});

test('flags a footnote that nothing refers to, on its number', () => {
  const text = withNotes(draft(CONVENTIONS, PROTOCOLS.replace('Crime[3]', 'Crime'), TAKES_NOTE), NOTES);
  const { findings } = run(footnoteUnreferenced, text);
  assert.equal(findings.length, 1);
  assert.equal(covered(text, findings[0]), '[3]');
  assert.equal(findings[0]?.span.start, text.lastIndexOf('[3]'));
  assert.equal(findings[0]?.message, 'Footnote 3 is not referenced in the text: add the marker [3] where it belongs, or delete the footnote.');
});

test('flags markers that skip a number or come out of order', () => {
  const skipped = withNotes(draft(CONVENTIONS, PROTOCOLS.replace('[3]', '[5]'), TAKES_NOTE), [...NOTES.slice(0, 2), NOTES[2]!.replace('[3]', '[5]')]);
  const gap = run(footnoteOrder, skipped).findings;
  assert.equal(gap.length, 1);
  assert.equal(gap[0]?.span.start, skipped.indexOf('[5]'));
  assert.equal(gap[0]?.message, 'Footnote 5 follows footnote 2: number footnotes 1, 2, 3 … in the order their markers appear.');

  const swapped = withNotes(draft(CONVENTIONS.replace('[1]', '[2]').replace(',[2]', ',[1]'), PROTOCOLS, TAKES_NOTE), NOTES);
  const order = run(footnoteOrder, swapped).findings;
  assert.deepEqual(order.map((f) => [covered(swapped, f), f.message]), [
    ['[2]', 'The first footnote is numbered 2: number footnotes 1, 2, 3 … in the order their markers appear.'],
    ['[1]', 'Footnote 1 first appears after footnote 2: number footnotes in the order their markers appear.'],
  ]);
  assert.equal(order[0]?.fixes?.[0]?.title, 'Renumber the footnotes in the order of their markers');
  assert.equal(
    applyFix(swapped, order[0]?.fixes?.[0]),
    withNotes(draft(CONVENTIONS, PROTOCOLS, TAKES_NOTE), ['[1] Ibid., vol. 1577, No. 27531.', '[2] United Nations, *Treaty Series*, vol. 2349, No. 42146.', NOTES[2]!]),
  );
});

test('flags a marker used a second time and two notes with one number', () => {
  const text = withNotes(draft(CONVENTIONS, PROTOCOLS, TAKES_NOTE.replace('General.', 'General.[1]')), [...NOTES, '[3] A/66/91.']);
  const findings = run(footnoteOrder, text).findings;
  assert.deepEqual(findings.map((f) => [f.span.start, f.message]), [
    [text.indexOf('General.[1]') + 'General.'.length, 'Footnote 1 is already referenced above: give this reference a footnote of its own (“Ibid.” or a short form).'],
    [text.lastIndexOf('[3]'), 'Two footnotes are numbered 3: renumber the footnotes.'],
  ]);
});

test('flags "Ibid." in the first footnote and after a note that cites nothing', () => {
  const first = withNotes(draft(CONVENTIONS, PROTOCOLS, TAKES_NOTE), ['[1] Ibid., vol. 2349, No. 42146.', ...NOTES.slice(1)]);
  const findings = run(ibidWithoutAntecedent, first).findings;
  assert.equal(findings.length, 1);
  assert.equal(covered(first, findings[0]), 'Ibid.');
  assert.equal(findings[0]?.message, '“Ibid.” has nothing to refer to (no footnote comes before it): write the source in full.');

  const explanation = withNotes(draft(CONVENTIONS, PROTOCOLS, TAKES_NOTE), [NOTES[0]!, '[2] As adopted without a vote.', NOTES[2]!]);
  const after = run(ibidWithoutAntecedent, explanation).findings;
  assert.equal(after.length, 1);
  assert.equal(after[0]?.span.start, explanation.indexOf('Ibid.'));
  assert.equal(after[0]?.message, '“Ibid.” has nothing to refer to (footnote 2 before it cites no source): write the source in full.');
});
