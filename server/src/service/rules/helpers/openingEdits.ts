// Edits on an opening phrase: italicizing it, and replacing its words while keeping its markers.

import type { Fix, TextEdit } from '../../findings';
import type { Opening } from '../../model';

/** `*...*` around an opening typed without italics. */
export function italicEdits(opening: Opening): TextEdit[] {
  return [
    { span: { start: opening.span.start, end: opening.span.start }, newText: '*' },
    { span: { start: opening.span.end, end: opening.span.end }, newText: '*' },
  ];
}

export function italicFix(opening: Opening): Fix {
  return { title: `Italicize “${opening.text}”`, edits: italicEdits(opening), preferred: true };
}

/** Replace the phrase inside the markers with `phrase`. */
export function replaceOpening(opening: Opening, phrase: string, title = `Change to “${phrase}”`): Fix {
  return { title, edits: [{ span: opening.span, newText: phrase }], preferred: true };
}

/** The words of the phrase with their offsets in the document. */
export function openingWords(text: string, opening: Opening): { text: string; start: number; end: number }[] {
  const found: { text: string; start: number; end: number }[] = [];
  const phrase = text.slice(opening.span.start, opening.span.end);
  for (const match of phrase.matchAll(/[^\s\u00a0]+/g)) {
    const start = opening.span.start + (match.index ?? 0);
    found.push({ text: match[0], start, end: start + match[0].length });
  }
  return found;
}

/** "Requests" with the first letter as in `model` ("request" -> "Request" after "Request"). */
export function withCaseOf(model: string, word: string): string {
  return /^[A-Z]/.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
