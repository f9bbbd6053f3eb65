// Sub-paragraphs of an operative paragraph end with a semicolon, (i) items too (2,392 of 2,415 inner
// items; the last of a list 445 of 457), except the very last of the resolution, which ends with the
// full stop (`final-period`). An item left on a word ("...; and") is `paragraph-unfinished`'s. Sub-items of a preambular
// paragraph end consistently, all with commas or all with semicolons (the corpus has both: 62 and 33);
// the last one is checked by the preambular punctuation rules.

import type { ResolutionDocument, Subparagraph } from '../model';
import { isFinal } from './operative-punctuation';
import { endingSpan, endsWith, isCloser, isMark, leaves, markFix, markName, type Mark } from './helpers/punctuation';
import type { Rule, RuleFinding } from './rule';

export const subparagraphPunctuation: Rule = {
  code: 'subparagraph-punctuation',
  defaultSeverity: 'warning',
  description: 'Sub-paragraphs end with a semicolon (the last one of the resolution with a full stop); preambular sub-items end consistently.',
  skipsDeclarations: true,
  check(document) {
    return document.paragraphs.flatMap((paragraph) => {
      const items = leaves(paragraph.subparagraphs);
      if (paragraph.kind === 'operative') {
        const checked = isFinal(document, paragraph) ? items.slice(0, -1) : items;
        return checked.flatMap((item) => expect(document, item, ';', `Sub-paragraph (${item.label}) ends with a semicolon`));
      }
      return preambularItems(document, items.slice(0, -1));
    });
  },
};

/** Preambular sub-items end like the first of them that ends with a comma or a semicolon. */
function preambularItems(document: ResolutionDocument, items: readonly Subparagraph[]): RuleFinding[] {
  const first = items.find((item) => item.ending?.char === ',' || item.ending?.char === ';');
  const mark: Mark = first?.ending?.char === ';' ? ';' : ',';
  return items.flatMap((item) => expect(document, item, mark, `Sub-item (${item.label}) ends with ${markName(mark)} like the other sub-items of this preambular paragraph`));
}

/** Questions ("(a) How do the policies ...?") and items that introduce lines of their own (":") keep their mark. */
function expect(document: ResolutionDocument, item: Subparagraph, mark: Mark, what: string): RuleFinding[] {
  const { ending } = item;
  if (!ending || /[?!:]/.test(ending.char) || endsWith(document.text, ending, mark) || !(isMark(ending.char) || isCloser(ending.char))) return [];
  const found = isMark(ending.char) ? `not ${markName(ending.char)}` : `and ${markName(mark)} is missing`;
  return [{ span: endingSpan(ending), message: `${what}, ${found}.`, fixes: [markFix(ending, mark)] }];
}
