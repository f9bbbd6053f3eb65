import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseResolution } from '../../../server/src/service/parse';
import { onEnter } from '../../../server/src/service/format/onEnter';
import { applyEdits } from '../../../server/src/service/text/edits';
import { draft } from './draft';

/** Types Enter where `|` stands and applies the on-type edits; `|` marks where the cursor ends up. */
function enter(textWithCursor: string): string {
  const at = textWithCursor.indexOf('|');
  const typed = `${textWithCursor.slice(0, at)}\n${textWithCursor.slice(at + 1)}`;
  const cursor = at + 1;
  const edits = onEnter(parseResolution(typed), cursor);
  // The editor moves the cursor past what an edit inserts where the cursor stands, as VS Code does.
  const shift = edits.filter((edit) => edit.span.end <= cursor).reduce((sum, edit) => sum + edit.newText.length - (edit.span.end - edit.span.start), 0);
  const result = applyEdits(typed, edits);
  return `${result.slice(0, cursor + shift)}|${result.slice(cursor + shift)}`;
}

test('Enter at the end of an operative paragraph starts the next number after a blank line', () => {
  const text = draft.replace('on the implementation of paragraphs 2 to 4 above;', 'on the implementation of paragraphs 2 to 4 above;|');
  const result = enter(text);
  assert.match(result, /paragraphs 2 to 4 above;\n\n6\. \|\n\n6\. \*Also requests\*/);
});

test('the last operative paragraph gives its full stop up for a semicolon when a paragraph follows it', () => {
  const result = enter(`${draft.trimEnd().replace(/ratifications\.$/m, 'ratifications.|')}`);
  assert.match(result, /status of ratifications;\n\n7\. \|\n\n__________/);
});

test('an operative paragraph typed without an ending gets a semicolon, a preambular one a comma', () => {
  assert.equal(enter('*The General Assembly*,\n\n1. *Requests* the Secretary-General to report|'), '*The General Assembly*,\n\n1. *Requests* the Secretary-General to report;\n\n2. |');
  assert.equal(enter('*The General Assembly*,\n\n*Recalling* its resolution 66/181|'), '*The General Assembly*,\n\n*Recalling* its resolution 66/181,\n\n|');
  assert.equal(enter('1. *Takes note* of the report of the Secretary-General[2]|'), '1. *Takes note* of the report of the Secretary-General;[2]\n\n2. |');
});

test('a paragraph ending with a colon starts its sub-paragraphs, and each sub-paragraph the next', () => {
  assert.equal(enter('3. *Requests* the United Nations Office on Drugs and Crime:|'), '3. *Requests* the United Nations Office on Drugs and Crime:\n\n    (a) |');
  assert.equal(
    enter('3. *Requests* the Office:\n\n    (a) To continue to provide technical assistance|'),
    '3. *Requests* the Office:\n\n    (a) To continue to provide technical assistance;\n\n    (b) |',
  );
  assert.equal(
    enter('3. *Requests* the Office:\n\n    (a) To provide, including:\n\n        (i) Advisory services;|'),
    '3. *Requests* the Office:\n\n    (a) To provide, including:\n\n        (i) Advisory services;\n\n        (ii) |',
  );
});

test('Enter on a line holding only a label ends the list', () => {
  assert.equal(enter('3. *Requests* the Office:\n\n    (a) To continue;\n\n    (b) |'), '3. *Requests* the Office:\n\n    (a) To continue;\n\n4. |');
  assert.equal(enter('3. *Requests* the Office to continue;\n\n4. |'), '3. *Requests* the Office to continue;\n\n|');
});

test('Enter in the middle of a paragraph or on a blank line does nothing', () => {
  assert.deepEqual(onEnter(parseResolution('1. *Requests* the\nSecretary-General to report;'), 18), []);
  assert.deepEqual(onEnter(parseResolution('1. *Requests* the report;\n\n\n'), 27), []);
});
