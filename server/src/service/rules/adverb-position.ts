// Where "also" and "further" stand: first in an operative paragraph ("Also requests": 4,268 against 7
// the other way), after the phrase in a preambular one ("Recalling also", "Noting with concern also";
// "Having also considered"): "Also recalling" and "Further noting" are Model UN forms (8 in the corpus).

import type { Paragraph } from '../model';
import { replaceOpening } from './helpers/openingEdits';
import { sequenceAdverb, withAdverb } from './helpers/sequenceAdverbs';
import type { Rule, RuleFinding } from './rule';

export const adverbPosition: Rule = {
  code: 'adverb-position',
  defaultSeverity: 'warning',
  description: '“Also”/“further” open an operative paragraph (“Also requests”) but follow the phrase in a preambular one (“Recalling also”).',
  skipsDeclarations: true,
  check(document) {
    return document.paragraphs.flatMap(check);
  },
};

function check(paragraph: Paragraph): RuleFinding[] {
  const { opening } = paragraph;
  const place = opening ? sequenceAdverb(opening) : undefined;
  if (!opening || !place) return [];
  const first = place.index === 0;
  if (paragraph.kind === 'operative' ? first : !first) return [];
  const meant = withAdverb(opening, paragraph.kind, place.adverb);
  const rule = paragraph.kind === 'operative' ? `an operative paragraph opens with “${capital(place.adverb)}”` : `in a preambular paragraph “${place.adverb}” follows the phrase`;
  return [{ span: opening.span, message: `${capital(rule)}: write “${meant}”.`, fixes: [replaceOpening(opening, meant)] }];
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
