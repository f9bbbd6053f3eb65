// A preambular paragraph ends with a comma (27,588 of 27,774 in the adopted corpus; the rest are tables
// and declarations), its last sub-paragraph's comma when it introduces a list. The last preambular
// paragraph before the operative part has a rule of its own (`last-preambular-punctuation`).

import type { Paragraph, ResolutionDocument } from '../model';
import { openingLexiconFor } from '../lexicon/knownOpenings';
import { closingEnding, endingSpan, endsWith, isCloser, isMark, markFix, markName } from './helpers/punctuation';
import { opensWithKnownHead, positionOf, sameRun } from './helpers/sequence';
import type { Rule, RuleFinding } from './rule';

export const preambularPunctuation: Rule = {
  code: 'preambular-punctuation',
  defaultSeverity: 'warning',
  description: 'A preambular paragraph ends with a comma.',
  skipsDeclarations: true,
  check(document, context) {
    const lexicon = openingLexiconFor(context.corpus);
    return document.preambular.flatMap((paragraph) =>
      isLastBeforeOperative(document, paragraph) || !opensWithKnownHead(paragraph, lexicon) ? [] : commaExpected(document, paragraph, 'A preambular paragraph'),
    );
  },
};

/** Whether the next paragraph in the document is operative (no heading in between). */
export function isLastBeforeOperative(document: ResolutionDocument, paragraph: Paragraph): boolean {
  const next = document.paragraphs[positionOf(document, paragraph) + 1];
  return next !== undefined && next.kind === 'operative' && sameRun(document, paragraph, next);
}

/** A finding when the paragraph's closing mark is another mark than a comma (or missing after a quote or bracket). */
export function commaExpected(document: ResolutionDocument, paragraph: Paragraph, what: string): RuleFinding[] {
  const ending = closingEnding(paragraph);
  if (!ending || endsWith(document.text, ending, ',') || !(isMark(ending.char) || isCloser(ending.char))) return [];
  const found = isMark(ending.char) ? `not ${markName(ending.char)}` : 'and the comma is missing';
  return [{ span: endingSpan(ending), message: `${what} ends with a comma, ${found}.`, fixes: [markFix(ending, ',')] }];
}
