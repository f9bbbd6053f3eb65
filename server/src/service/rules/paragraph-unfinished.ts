// A paragraph left unfinished: a number or a sub-paragraph label with nothing after it, an opening
// phrase or verb and nothing else, or a text that stops on a word no sentence ends with ("and", "the",
// "to") or on an ellipsis. A paragraph that merely lacks its final punctuation is the punctuation
// rules' concern, not this one's.

import { openingLexicon } from '../lexicon';
import type { Ending, Opening, Paragraph, ResolutionDocument, Subparagraph, TextSpan } from '../model';
import type { Rule, RuleFinding } from './rule';

const danglingWords = new Set([
  'and', 'or', 'nor', 'but', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into',
  'its', 'their', 'his', 'her', 'that', 'which', 'whose', 'as', 'including', 'such', 'between', 'among', 'than',
  'under', 'upon', 'towards', 'through', 'within', 'without', 'inter', 'also',
]);

export const paragraphUnfinished: Rule = {
  code: 'paragraph-unfinished',
  defaultSeverity: 'warning',
  description: 'No paragraph is left unfinished: empty after its number, only an opening phrase, or stopping on “and”, “the” or an ellipsis.',
  check(document) {
    return document.paragraphs.flatMap((paragraph) => [...paragraphFindings(document, paragraph), ...emptySubparagraphs(paragraph.subparagraphs)]);
  },
};

function paragraphFindings(document: ResolutionDocument, paragraph: Paragraph): RuleFinding[] {
  const own = paragraph.text.trim();
  if (paragraph.subparagraphs.length === 0 && own === '') return [{ span: paragraph.span, message: `${name(paragraph)} has no text: write it, or delete it.` }];
  if (paragraph.subparagraphs.length === 0 && paragraph.opening && own === paragraph.opening.text && knownOpening(paragraph.opening)) {
    return [{ span: paragraph.opening.markedSpan, message: `${name(paragraph)} has only its opening ${paragraph.kind === 'operative' ? 'verb' : 'phrase'}: finish it.` }];
  }
  const ending = lastEnding(paragraph);
  return ending ? stopsMidSentence(document, ending) : [];
}

/** An opening typed in italics or led by a known head word: a section heading the parser took for a paragraph ("Capacity-building") is neither. */
function knownOpening(opening: Opening): boolean {
  const head = opening.head.split(' ')[0] ?? '';
  return opening.italic || openingLexicon.preambularHeads.has(head) || openingLexicon.operativeHeads.has(head);
}

/** The ending of the last thing the paragraph says: its own text, or its last (innermost) sub-paragraph. */
function lastEnding(paragraph: Paragraph): Ending | undefined {
  let subparagraphs = paragraph.subparagraphs;
  let ending = paragraph.ending;
  while (subparagraphs.length > 0) {
    const last = subparagraphs[subparagraphs.length - 1] as Subparagraph;
    ending = last.ending;
    subparagraphs = last.children;
  }
  return ending;
}

function stopsMidSentence(document: ResolutionDocument, ending: Ending): RuleFinding[] {
  if (ending.char === '…' || document.text.slice(ending.offset - 2, ending.offset + 1) === '...') {
    const start = ending.char === '…' ? ending.offset : ending.offset - 2;
    return [{ span: { start, end: ending.offset + 1 }, message: 'This paragraph ends on an ellipsis: finish it.' }];
  }
  if (!/[A-Za-z]/.test(ending.char)) return [];
  const word = lastWord(document.text, ending.offset + 1);
  if (!danglingWords.has(document.text.slice(word.start, word.end).toLowerCase())) return [];
  return [{ span: word, message: `This paragraph stops after “${document.text.slice(word.start, word.end)}”: finish the sentence.` }];
}

function lastWord(text: string, end: number): TextSpan {
  let start = end;
  while (start > 0 && start > end - 40 && /[A-Za-z]/.test(text[start - 1] ?? '')) start--;
  return { start, end };
}

function emptySubparagraphs(subparagraphs: readonly Subparagraph[]): RuleFinding[] {
  return subparagraphs.flatMap((sub) => [
    ...(sub.text.trim() === '' && sub.children.length === 0 ? [{ span: sub.labelSpan, message: `Sub-paragraph (${sub.label}) has no text: write it, or delete it.` }] : []),
    ...emptySubparagraphs(sub.children),
  ]);
}

function name(paragraph: Paragraph): string {
  if (paragraph.kind === 'operative' && paragraph.number !== undefined) return `Paragraph ${paragraph.number}`;
  return 'This paragraph';
}
