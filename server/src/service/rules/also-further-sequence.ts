// "Also V" and "V also" follow a paragraph of the same kind whose head is V; "Further V" follows
// "Also V" (or another "Further V"). Adopted texts hold to it: operative "Also" 3,447 of 3,457, "Further"
// 810 of 818; preambular 99.7 % and 99.2 %. Heads are compared, not whole phrases ("Reaffirms its
// commitment", then "Also reaffirms"). A heading starts a new run.

import type { Paragraph, ResolutionDocument } from '../model';
import { openingLexiconFor, type OpeningLexicon } from '../lexicon/knownOpenings';
import { previousOfKind } from './helpers/sequence';
import { replaceOpening } from './helpers/openingEdits';
import { sequenceAdverb, withAdverb, withoutAdverb } from './helpers/sequenceAdverbs';
import type { Rule, RuleFinding } from './rule';

export const alsoFurtherSequence: Rule = {
  code: 'also-further-sequence',
  defaultSeverity: 'error',
  description: 'An “also” or “further” paragraph follows a paragraph of the same kind with the same head verb or phrase.',
  skipsDeclarations: true,
  check(document, context) {
    const lexicon = openingLexiconFor(context.corpus);
    return document.paragraphs.flatMap((paragraph) => check(document, paragraph, lexicon));
  },
};

function check(document: ResolutionDocument, paragraph: Paragraph, lexicon: OpeningLexicon): RuleFinding[] {
  const { opening } = paragraph;
  const place = opening ? sequenceAdverb(opening) : undefined;
  if (!opening || !place) return [];
  const previous = previousOfKind(document, paragraph);
  if (previous && !previous.opening) return [];
  const before = previous?.opening;
  // A misspelt head ("Reafirming also") is compared as the drafter meant it; `opening-misspelled` names the slip.
  const sameHead = before !== undefined && lexicon.meantHead(previous?.kind ?? paragraph.kind, before) === lexicon.meantHead(paragraph.kind, opening);
  const previousAdverb = before ? sequenceAdverb(before)?.adverb : undefined;
  if (sameHead && (place.adverb === 'also' || previousAdverb !== undefined)) return [];
  if (sameHead) {
    const meant = withAdverb(opening, paragraph.kind, 'also');
    return [{ span: opening.span, message: `“further” follows an “also” paragraph, and “${before?.text}” has none: write “${meant}”.`, fixes: [replaceOpening(opening, meant)] }];
  }
  const bare = withoutAdverb(opening);
  return [
    {
      span: opening.span,
      message: `“${place.adverb}” needs a paragraph just before it that opens with “${headName(opening.head)}”: write “${bare}”, or move the paragraph after one that does.`,
      fixes: [replaceOpening(opening, bare, `Remove “${place.adverb}”`)],
    },
  ];
}

function headName(head: string): string {
  return head.charAt(0).toUpperCase() + head.slice(1);
}
