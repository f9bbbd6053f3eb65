// The smallest edits that turn one text into another, line by line and then character by character
// within each changed run of lines. Compound operations (moving a paragraph, inserting a footnote)
// build the text they mean and hand the difference to the editor as edits that touch only what changed,
// so that the drafter's cursor, selections and undo history stay where they were everywhere else.

import { diffArrays, diffLines } from 'diff';
import type { TextEdit } from '../findings';

/** Beyond this, a line diff could take too long: one edit spans the changed middle of the text. */
const lineDiffLimit = 2_000_000;

export function minimalEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  if (before.length + after.length > lineDiffLimit) return trimmed(before, 0, before.length, after);
  const edits: TextEdit[] = [];
  let offset = 0;
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed.length > 0 || added.length > 0) edits.push(...withinHunk(before, offset - removed.length, offset, added));
    removed = '';
    added = '';
  };
  for (const change of diffLines(before, after)) {
    if (change.added) {
      added += change.value;
    } else if (change.removed) {
      removed += change.value;
      offset += change.value.length;
    } else {
      flush();
      offset += change.value.length;
    }
  }
  flush();
  return edits;
}

/** Beyond this, a changed run of lines is compared by its ends only. */
const tokenDiffLimit = 20_000;

/** Words, numbers, runs of spaces and single other characters: what a drafter sees change. */
const token = /\p{L}+|\p{N}+|[ \t]+|\r\n|[\s\S]/gu;

/** The edits that turn `before[start, end)` into `text`, token by token. */
function withinHunk(before: string, start: number, end: number, text: string): TextEdit[] {
  if (end - start + text.length > tokenDiffLimit) return trimmed(before, start, end, text);
  const edits: TextEdit[] = [];
  let offset = start;
  let removed = 0;
  let added = '';
  const flush = () => {
    if (removed > 0 || added.length > 0) edits.push({ span: { start: offset - removed, end: offset }, newText: added });
    removed = 0;
    added = '';
  };
  for (const change of diffArrays(before.slice(start, end).match(token) ?? [], text.match(token) ?? [])) {
    const length = change.value.join('').length;
    if (change.added) {
      added += change.value.join('');
    } else if (change.removed) {
      removed += length;
      offset += length;
    } else {
      flush();
      offset += length;
    }
  }
  flush();
  return edits.flatMap((edit) => trimmed(before, edit.span.start, edit.span.end, edit.newText));
}

/** Replaces `before[start, end)` by `text`, leaving out what both have at either end. */
function trimmed(before: string, start: number, end: number, text: string): TextEdit[] {
  let head = 0;
  const limit = Math.min(end - start, text.length);
  while (head < limit && before.charCodeAt(start + head) === text.charCodeAt(head)) head++;
  if (head > 0 && isHighSurrogate(before.charCodeAt(start + head - 1))) head--;
  let tail = 0;
  while (tail < limit - head && before.charCodeAt(end - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(end - tail))) tail--;
  const span = { start: start + head, end: end - tail };
  const newText = text.slice(head, text.length - tail);
  return span.start === span.end && newText.length === 0 ? [] : [{ span, newText }];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Where `offset` lies after `edits` (sorted, non-overlapping) are applied. */
export function offsetAfter(edits: readonly TextEdit[], offset: number): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.span.end > offset) break;
    shift += edit.newText.length - (edit.span.end - edit.span.start);
  }
  return offset + shift;
}
