import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseResolution } from '../../../server/src/service/parse';
import { moveParagraph, type MoveDirection } from '../../../server/src/service/format/moveParagraph';
import { applyEdits } from '../../../server/src/service/text/edits';
import { draft } from './draft';

function moved(text: string, inside: string, direction: MoveDirection): { text: string; offset: number } {
  const result = moveParagraph(parseResolution(text), text.indexOf(inside), direction);
  assert.ok('edits' in result, JSON.stringify(result));
  return { text: applyEdits(text, result.edits), offset: result.offset };
}

function operativeLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\d+\. /.test(line));
}

test('moves an operative paragraph up: numbers stay in sequence and references follow their paragraphs', () => {
  const result = moved(draft, 'Urges* Member States to implement', 'up');
  assert.deepEqual(operativeLines(result.text), [
    '1. *Takes note with appreciation* of the report of the Secretary-General;[2]',
    '2. *Reaffirms* the importance of the United Nations Convention against Transnational Organized Crime and the Protocols thereto;',
    '3. *Urges* Member States to implement subparagraph (b) of paragraph 4 above, in accordance with paragraph 5 of resolution 65/232;',
    '4. *Requests* the United Nations Office on Drugs and Crime:',
    '5. *Requests* the Secretary-General to submit a report to the General Assembly at its sixty-seventh session on the implementation of paragraphs 2 to 4 above;',
    '6. *Also requests* the Secretary-General to include in the report referred to in paragraph 5 above information on the status of ratifications.',
  ]);
  assert.match(result.text, /^4\. \*Requests\* the United Nations Office on Drugs and Crime:\n\n {4}\(a\) To continue to provide technical assistance to Member States;\n\n {4}\(b\) To strengthen the collection, analysis and dissemination of data;\n\n5\. /m);
  assert.equal(result.text.slice(result.offset, result.offset + 'Urges*'.length), 'Urges*');
});

test('the full stop goes with the last place when the last operative paragraph moves up', () => {
  const result = moved(draft, 'Also requests* the Secretary-General to include', 'up');
  assert.deepEqual(operativeLines(result.text).slice(4), [
    '5. *Also requests* the Secretary-General to include in the report referred to in paragraph 6 above information on the status of ratifications;',
    '6. *Requests* the Secretary-General to submit a report to the General Assembly at its sixty-seventh session on the implementation of paragraphs 2 to 4 above.',
  ]);
});

test('only the moved paragraphs, their numbers and the references change; the rest of the text is untouched', () => {
  const result = moveParagraph(parseResolution(draft), draft.indexOf('Reaffirms* the importance'), 'up');
  assert.ok('edits' in result);
  const first = draft.indexOf('1. *Takes note');
  const third = draft.indexOf('3. *Requests*');
  const reference = draft.indexOf('paragraphs 2 to 4 above');
  for (const edit of result.edits) {
    const inMoved = edit.span.start >= first && edit.span.end <= third;
    const inReference = edit.span.start >= reference && edit.span.end <= reference + 'paragraphs 2 to 4 above'.length;
    assert.ok(inMoved || inReference, JSON.stringify([draft.slice(edit.span.start, edit.span.end), edit.newText]));
  }
  assert.match(applyEdits(draft, result.edits), /on the implementation of paragraphs 1, 3 and 4 above;$/m);
});

test('moves a preambular paragraph down, its footnote marker with it, and renumbers the footnotes', () => {
  const text = draft.replace('*Recalling* its resolution 66/181 of 19 December 2011,', '*Recalling* its resolution 66/181 of 19 December 2011,[1]').replace('Strategy,[1]', 'Strategy,[2]').replace('Secretary-General;[2]', 'Secretary-General;[3]').replace('[2] A/66/303.', '[2] Resolution 60/288.\n[3] A/66/303.').replace('[1] Resolution 60/288.', '[1] A/RES/66/181.');
  const result = moved(text, 'Recalling* its', 'down');
  assert.match(result.text, /^\*Reaffirming\* the commitments undertaken by Member States in the United Nations Global Counter-Terrorism Strategy,\[1\]\n\n\*Recalling\* its resolution 66\/181 of 19 December 2011,\[2\]\n/m);
  assert.ok(result.text.endsWith('__________\n[1] Resolution 60/288.\n[2] A/RES/66/181.\n[3] A/66/303.\n'));
});

test('an unres-ignore comment above a paragraph moves with it', () => {
  const text = draft.replace('2. *Reaffirms*', '<!-- unres-ignore also-further-sequence -->\n2. *Reaffirms*');
  const result = moved(text, 'Reaffirms* the importance', 'up');
  assert.match(result.text, /\n\n<!-- unres-ignore also-further-sequence -->\n1\. \*Reaffirms\* the importance[^\n]*\n\n2\. \*Takes note with appreciation\*/);
});

test('a paragraph crosses a section heading into the section before it', () => {
  const text = ['*The General Assembly*,', '', 'I', '', '1. *Approves* the programme budget;', '', 'II', '', '2. *Decides* to keep the question under review.', ''].join('\n');
  const result = moved(text, 'Decides*', 'up');
  assert.equal(result.text, ['*The General Assembly*,', '', 'I', '', '1. *Approves* the programme budget;', '', '2. *Decides* to keep the question under review.', '', 'II', ''].join('\n'));
});

test('says why a paragraph cannot move', () => {
  const document = parseResolution(draft);
  assert.deepEqual(moveParagraph(document, draft.indexOf('Takes note with appreciation'), 'up'), { error: 'This is the first operative paragraph: it cannot move further up.' });
  assert.deepEqual(moveParagraph(document, draft.indexOf('Recalling*'), 'up'), { error: 'This is the first preambular paragraph: it cannot move further up.' });
  assert.deepEqual(moveParagraph(document, draft.indexOf('The General Assembly'), 'down'), { error: 'Put the cursor in a preambular or operative paragraph to move it.' });
});
