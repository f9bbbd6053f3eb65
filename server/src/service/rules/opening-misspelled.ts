// An opening phrase or operative verb that the corpus never uses but that is a slip or two away from a
// frequent one: "Reafirming also" for "Reaffirming also", "Encourges" for "Encourages". Only towards a
// frequent phrase, and only when the typed one occurs nowhere in the corpus, so that two real phrases
// close to each other are never taken one for the other.

import { openingLexiconFor } from '../lexicon/knownOpenings';
import { replaceOpening } from './helpers/openingEdits';
import { looksLikeHeading } from './helpers/sequence';
import type { Rule } from './rule';

export const openingMisspelled: Rule = {
  code: 'opening-misspelled',
  defaultSeverity: 'warning',
  description: 'An opening phrase or operative verb that looks like a misspelling of a frequent one, with the known phrase as fix.',
  skipsDeclarations: true,
  check(document, context) {
    const lexicon = openingLexiconFor(context.corpus);
    return document.paragraphs.flatMap((paragraph) => {
      const { opening } = paragraph;
      if (!opening || looksLikeHeading(paragraph)) return [];
      if (paragraph.kind === 'operative' && lexicon.thirdPerson(opening.head) !== undefined) return [];
      const meant = lexicon.suggestion(paragraph.kind, opening.text);
      if (!meant) return [];
      return [{ span: opening.span, message: `“${opening.text}” is not a known ${phraseName(paragraph.kind)}: did you mean “${meant}”?`, fixes: [replaceOpening(opening, meant)] }];
    });
  },
};

function phraseName(kind: 'preambular' | 'operative'): string {
  return kind === 'preambular' ? 'opening phrase' : 'operative verb';
}
