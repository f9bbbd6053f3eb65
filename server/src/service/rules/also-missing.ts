// The second consecutive paragraph with the same opening takes "also", the third "further", and after
// "further" the cycle starts again bare (rulebook: preambular 98 % and 97.6 %; operative only 66 % and
// 54 %). Whole phrases are compared, without the adverb: "Noting with concern" then "Noting" is no
// repetition. A warning in the preamble, where adopted texts nearly always do it; information in the
// operative part, where they often do not.

import type { Paragraph, ResolutionDocument } from '../model';
import { replaceOpening } from './helpers/openingEdits';
import { previousOfKind } from './helpers/sequence';
import { barePhrase, sequenceAdverb, withAdverb, type SequenceAdverb } from './helpers/sequenceAdverbs';
import type { Rule, RuleFinding } from './rule';

export const alsoMissing: Rule = {
  code: 'also-missing',
  defaultSeverity: 'warning',
  description: 'A paragraph that repeats the opening of the one before takes “also” (the third “further”): a warning in the preamble, information in the operative part.',
  skipsDeclarations: true,
  check(document) {
    return document.paragraphs.flatMap((paragraph) => check(document, paragraph));
  },
};

function check(document: ResolutionDocument, paragraph: Paragraph): RuleFinding[] {
  const { opening } = paragraph;
  const previous = previousOfKind(document, paragraph);
  const before = previous?.opening;
  if (!opening || !before || sequenceAdverb(opening) || barePhrase(before) !== barePhrase(opening)) return [];
  const wanted = expectedAdverb(sequenceAdverb(before)?.adverb);
  if (!wanted) return [];
  const meant = withAdverb(opening, paragraph.kind, wanted);
  const position = wanted === 'also' ? 'A second' : 'A third';
  return [
    {
      span: opening.span,
      message: `${position} paragraph in a row opening with “${opening.text}” takes “${wanted}”: write “${meant}”.`,
      severity: paragraph.kind === 'preambular' ? 'warning' : 'information',
      fixes: [replaceOpening(opening, meant, `Add “${wanted}”`)],
    },
  ];
}

/** After a bare paragraph, "also"; after "also", "further"; after "further" the cycle starts again. */
function expectedAdverb(previous: SequenceAdverb | undefined): SequenceAdverb | undefined {
  if (previous === undefined) return 'also';
  return previous === 'also' ? 'further' : undefined;
}
