import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseResolution } from '../../../server/src/service/parse';
import { numberList, renumberOperativeParagraphs } from '../../../server/src/service/format/renumber';
import { applyEdits } from '../../../server/src/service/text/edits';
import type { TextEdit } from '../../../server/src/service/findings';
import { draft } from './draft';

/** Each edit as [the text it replaces, its replacement], in order: exact and readable. */
function described(text: string, edits: readonly TextEdit[]): [string, string][] {
  return edits.map((edit) => [text.slice(edit.span.start, edit.span.end), edit.newText]);
}

function renumbered(text: string): { edits: TextEdit[]; result: string } {
  const edits = renumberOperativeParagraphs(parseResolution(text));
  return { edits, result: applyEdits(text, edits) };
}

test('a correctly numbered draft needs no edit', () => {
  assert.deepEqual(renumberOperativeParagraphs(parseResolution(draft)), []);
});

test('closes a gap left by a deleted paragraph and follows the references to their paragraphs', () => {
  const text = draft.replace(/2\. \*Reaffirms\*[^\n]*\n\n/, '');
  const { edits, result } = renumbered(text);
  assert.deepEqual(described(text, edits), [
    ['3', '2'],
    ['4', '3'],
    ['3', '2'],
    ['5', '4'],
    ['2 to 4', '2 and 3'],
    ['6', '5'],
    ['5', '4'],
  ]);
  assert.match(result, /^3\. \*Urges\* Member States to implement subparagraph \(b\) of paragraph 2 above, in accordance with paragraph 5 of resolution 65\/232;$/m);
  assert.match(result, /^4\. \*Requests\* the Secretary-General .* on the implementation of paragraphs 2 and 3 above;$/m);
  assert.match(result, /^5\. \*Also requests\* .* referred to in paragraph 4 above /m);
});

test('every edit replaces only the digits it renumbers', () => {
  const text = draft.replace(/2\. \*Reaffirms\*[^\n]*\n\n/, '');
  const edits = renumberOperativeParagraphs(parseResolution(text));
  for (const edit of edits.filter((e) => e.newText.length <= 2)) {
    assert.match(text.slice(edit.span.start, edit.span.end), /^\d+$/);
  }
});

test('a paragraph inserted with the number of the next one takes that number, and the references keep pointing to the old one', () => {
  const inserted = '3. *Encourages* all States to have national and local action plans for crime prevention;\n\n';
  const text = draft.replace('3. *Requests*', `${inserted}3. *Requests*`);
  const { result } = renumbered(text);
  assert.match(result, /^3\. \*Encourages\* all States/m);
  assert.match(result, /^4\. \*Requests\* the United Nations Office on Drugs and Crime:$/m);
  assert.match(result, /^5\. \*Urges\* Member States to implement subparagraph \(b\) of paragraph 4 above, in accordance with paragraph 5 of resolution 65\/232;$/m);
  // The range meant the old paragraphs 2, 3 and 4; the new paragraph 3 was not among them.
  assert.match(result, /the implementation of paragraphs 2, 4 and 5 above;$/m);
  assert.match(result, /^7\. \*Also requests\* .* referred to in paragraph 6 above /m);
});

test('a paragraph typed without a number is given one', () => {
  const text = draft.replace('2. *Reaffirms*', '*Reaffirms*');
  const { edits } = renumbered(text);
  const at = text.indexOf('*Reaffirms* the importance');
  assert.deepEqual(edits, [{ span: { start: at, end: at }, newText: '2. ' }]);
});

test('a number typed wrong is read as the place it stands in', () => {
  const text = draft.replace('2. *Reaffirms*', '7. *Reaffirms*');
  const { edits, result } = renumbered(text);
  assert.deepEqual(described(text, edits), [['7', '2']]);
  assert.equal(result, draft);
});

test('a range split by a move is written out in full', () => {
  // Paragraph 3 moved to the end: 1, 2, 4, 5, 6, 3.
  const lines = draft.split('\n\n');
  const third = lines.findIndex((block) => block.startsWith('3. '));
  const moved = [...lines.slice(0, third), ...lines.slice(third + 3, third + 6), ...lines.slice(third, third + 3), ...lines.slice(third + 6)];
  const text = moved.join('\n\n');
  const { result } = renumbered(text);
  assert.match(result, /^6\. \*Requests\* the United Nations Office on Drugs and Crime:$/m);
  assert.match(result, /^3\. \*Urges\* Member States to implement subparagraph \(b\) of paragraph 6 above,/m);
  assert.match(result, /the implementation of paragraphs 2, 3 and 6 above;$/m);
});

test('numbering starts again after a section heading where the text starts again at 1', () => {
  const text = [
    '*The General Assembly*,',
    '',
    'I',
    '',
    'Programme budget',
    '',
    '1. *Approves* the programme budget;',
    '',
    '3. *Decides* to appropriate the amounts;',
    '',
    'II',
    '',
    'Special subjects',
    '',
    '1. *Requests* the Secretary-General to report on paragraph 2 above.',
    '',
    '2. *Decides* to keep the question under review.',
    '',
  ].join('\n');
  const { edits } = renumbered(text);
  assert.deepEqual(described(text, edits), [['3', '2']]);
});

test('lists of paragraph numbers read as ranges where they run on', () => {
  assert.equal(numberList([3, 4, 5, 9]), '3 to 5 and 9');
  assert.equal(numberList([3, 4]), '3 and 4');
  assert.equal(numberList([2, 3, 6]), '2, 3 and 6');
  assert.equal(numberList([7]), '7');
});
