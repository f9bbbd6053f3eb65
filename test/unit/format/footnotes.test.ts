import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseResolution } from '../../../server/src/service/parse';
import { insertFootnote, renumberFootnotes } from '../../../server/src/service/format/footnotes';
import { applyEdits } from '../../../server/src/service/text/edits';
import { draft } from './draft';

function inserted(text: string, after: string, note: string): string {
  const result = insertFootnote(parseResolution(text), text.indexOf(after) + after.length, note);
  assert.ok('edits' in result, JSON.stringify(result));
  return applyEdits(text, result.edits);
}

test('inserts a marker at the cursor and its note in order, renumbering the footnotes after it', () => {
  const text = `${draft.replace('thereto;', 'thereto;[3]')}[3] Resolution 55/25, annex I.\n`;
  const result = inserted(text, 'of the report', 'A/66/303/Add.1.');
  assert.match(result, /^1\. \*Takes note with appreciation\* of the report\[2\] of the Secretary-General;\[3\]$/m);
  assert.match(result, /thereto;\[4\]$/m);
  assert.ok(result.endsWith('__________\n[1] Resolution 60/288.\n[2] A/66/303/Add.1.\n[3] A/66/303.\n[4] Resolution 55/25, annex I.\n'));
});

test('an insertion touches only the new marker, the digits of the markers it renumbers and the notes', () => {
  const cursor = draft.indexOf('Global Counter-Terrorism Strategy') + 'Global'.length;
  const result = insertFootnote(parseResolution(draft), cursor, 'See resolution 60/288.');
  assert.ok('edits' in result);
  const rule = draft.indexOf('__________');
  const inText = result.edits.filter((edit) => edit.span.end < rule);
  assert.deepEqual(
    inText.map((edit) => [edit.span.start, draft.slice(edit.span.start, edit.span.end), edit.newText]),
    [
      [cursor, '', '[1]'],
      [draft.indexOf('Strategy,[1]') + 'Strategy,['.length, '1', '2'],
      [draft.indexOf('Secretary-General;[2]') + 'Secretary-General;['.length, '2', '3'],
    ],
  );
  assert.ok(result.edits.every((edit) => edit.span.end < rule || edit.span.start > rule));
  const after = applyEdits(draft, result.edits);
  assert.ok(after.endsWith('__________\n[1] See resolution 60/288.\n[2] Resolution 60/288.\n[3] A/66/303.\n'));
  assert.equal(after.slice(0, result.noteEnd).split('\n').pop(), '[1] See resolution 60/288.');
});

test('starts the footnotes after a rule of underscores when the draft has none', () => {
  const text = '*The General Assembly*,\n\n*Recalling* its resolution 66/181 of 19 December 2011,\n';
  assert.equal(
    inserted(text, '2011', 'Adopted without a vote.'),
    '*The General Assembly*,\n\n*Recalling* its resolution 66/181 of 19 December 2011[1],\n\n__________\n[1] Adopted without a vote.\n',
  );
  assert.equal(inserted('*Recalling* its resolution 66/181,', '66/181', ''), '*Recalling* its resolution 66/181[1],\n\n__________\n[1]\n');
});

test('writes the marker as a superscript in a draft that writes its markers so', () => {
  const text = '*Recalling* its resolution 60/1,¹ and its resolution 66/181,²\n\n__________\n¹ Resolution 60/1.\n² Resolution 66/181.\n';
  assert.equal(
    inserted(text, 'and its resolution', 'Resolution 65/232.'),
    '*Recalling* its resolution 60/1,¹ and its resolution² 66/181,³\n\n__________\n¹ Resolution 60/1.\n² Resolution 65/232.\n³ Resolution 66/181.\n',
  );
});

test('refuses to put a marker inside a footnote, with a message that says where it belongs', () => {
  const result = insertFootnote(parseResolution(draft), draft.indexOf('Resolution 60/288') + 3, 'x');
  assert.deepEqual(result, { error: 'Put the cursor in the text of the resolution, where the footnote marker belongs, not in a footnote.' });
});

test('renumbers markers in order of first appearance and puts the notes in that order', () => {
  const text = draft.replace('Strategy,[1]', 'Strategy,[2]').replace('Secretary-General;[2]', 'Secretary-General;[1]');
  const edits = renumberFootnotes(parseResolution(text));
  const result = applyEdits(text, edits);
  assert.match(result, /Strategy,\[1\]$/m);
  assert.match(result, /Secretary-General;\[2\]$/m);
  assert.ok(result.endsWith('__________\n[1] A/66/303.\n[2] Resolution 60/288.\n'));
  assert.deepEqual(renumberFootnotes(parseResolution(result)), []);
});
