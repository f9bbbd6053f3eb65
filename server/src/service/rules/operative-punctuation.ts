// An operative paragraph other than the last ends with a semicolon (35,073 of 35,253 in the adopted
// corpus), or with a colon when sub-paragraphs follow. The last one is `final-period`'s.

import type { OperativeParagraph, ResolutionDocument } from '../model';
import { openingLexiconFor } from '../lexicon/knownOpenings';
import { endingSpan, endsWith, isCloser, isMark, markFix, markName } from './helpers/punctuation';
import { opensWithKnownHead } from './helpers/sequence';
import type { Rule, RuleFinding } from './rule';

export const operativePunctuation: Rule = {
  code: 'operative-punctuation',
  defaultSeverity: 'warning',
  description: 'An operative paragraph other than the last ends with a semicolon (or a colon before its sub-paragraphs).',
  skipsDeclarations: true,
  check(document, context) {
    const lexicon = openingLexiconFor(context.corpus);
    return document.operative.flatMap((paragraph) => (isFinal(document, paragraph) || !opensWithKnownHead(paragraph, lexicon) ? [] : check(document, paragraph)));
  },
};

/** The last operative paragraph of the text, or of its part in a text whose parts carry their own formula. */
export function isFinal(document: ResolutionDocument, paragraph: OperativeParagraph): boolean {
  const later = document.operative[paragraph.index + 1];
  if (later === undefined) return true;
  return later.part !== paragraph.part && document.formulas.some((formula) => formula.part === later.part);
}

function check(document: ResolutionDocument, paragraph: OperativeParagraph): RuleFinding[] {
  const { ending } = paragraph;
  if (!ending || !(isMark(ending.char) || isCloser(ending.char))) return [];
  const hasList = paragraph.subparagraphs.length > 0;
  // A colon may also introduce a quotation or an unlabelled list that follows the paragraph.
  if (endsWith(document.text, ending, ';') || endsWith(document.text, ending, ':')) return [];
  const wanted = hasList ? ':' : ';';
  const found = isMark(ending.char) ? `not ${markName(ending.char)}` : `and the ${wanted === ';' ? 'semicolon' : 'colon'} is missing`;
  const what = hasList ? 'An operative paragraph that introduces sub-paragraphs ends with a colon' : 'An operative paragraph other than the last ends with a semicolon';
  return [{ span: endingSpan(ending), message: `${what}, ${found}.`, fixes: [markFix(ending, wanted)] }];
}
