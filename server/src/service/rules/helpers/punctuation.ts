// The closing punctuation of paragraphs and sub-paragraphs, and the fix that puts the right mark in
// place: replacing a wrong mark, or adding one after a closing quote or bracket.

import type { Fix } from '../../findings';
import type { Ending, Paragraph, Subparagraph, TextSpan } from '../../model';

export type Mark = ',' | ';' | '.' | ':';

const names: Record<string, string> = { ',': 'a comma', ';': 'a semicolon', '.': 'a full stop', ':': 'a colon' };

/** "a comma", "a semicolon" ... for messages. */
export function markName(mark: string): string {
  return names[mark] ?? `“${mark}”`;
}

/** A punctuation mark a drafter put at the end (as opposed to a word left unfinished). */
export function isMark(char: string): boolean {
  return /^[,;:.!?]$/.test(char);
}

/** A closing quote or bracket: the clause is complete but its own punctuation is missing. */
export function isCloser(char: string): boolean {
  return /^[)\]”’"']$/.test(char);
}

/** The sub-paragraphs without children, in document order. */
export function leaves(subparagraphs: readonly Subparagraph[]): Subparagraph[] {
  return subparagraphs.flatMap((sub) => (sub.children.length > 0 ? leaves(sub.children) : [sub]));
}

/** The ending that closes the paragraph as a whole: its last sub-paragraph's, or its own. */
export function closingEnding(paragraph: Paragraph): Ending | undefined {
  const last = leaves(paragraph.subparagraphs).pop();
  return last ? last.ending : paragraph.ending;
}

/** Whether the paragraph ends with `mark`, also where the mark sits inside a closing quote or bracket (`origin.”`). */
export function endsWith(text: string, ending: Ending, mark: string): boolean {
  if (ending.char === mark) return true;
  return isCloser(ending.char) && text[ending.offset - 1] === mark;
}

/** The span a finding about this ending covers: the mark, or the last character before the missing one. */
export function endingSpan(ending: Ending): TextSpan {
  return { start: ending.offset, end: ending.offset + 1 };
}

/** Replace the wrong mark with `mark`, or add `mark` after a closing quote or bracket. */
export function markFix(ending: Ending, mark: Mark): Fix {
  const replaces = isMark(ending.char);
  const span = replaces ? endingSpan(ending) : { start: ending.offset + 1, end: ending.offset + 1 };
  const title = replaces ? `Replace “${ending.char}” with “${mark}”` : `Add “${mark}”`;
  return { title, edits: [{ span, newText: mark }], preferred: true };
}
