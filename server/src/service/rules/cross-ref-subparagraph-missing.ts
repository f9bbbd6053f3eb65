// "paragraph 5 (d)" when paragraph 5 has sub-paragraphs (a) to (c), or "subparagraph (e) above" in a
// paragraph whose list stops at (d): the sub-paragraph referred to must exist. A bare "subparagraph
// (c)" refers to the paragraph it is written in. References to other texts ("paragraph 5 (b) of
// resolution 70/1", "article 1, paragraph 2 (b), of the Agreement") are not checked, and a missing
// paragraph is cross-ref-paragraph-missing's finding.

import type { CrossReference, OperativeParagraph, Paragraph, ResolutionDocument, Subparagraph } from '../model';
import { paragraphAt } from './helpers/paragraphAt';
import { runOf } from './helpers/operativeNumbers';
import type { Rule, RuleFinding } from './rule';

export const crossRefSubparagraphMissing: Rule = {
  code: 'cross-ref-subparagraph-missing',
  defaultSeverity: 'error',
  description: 'A reference to a sub-paragraph ("paragraph 5 (b)", "subparagraph (c) above") points to one that exists.',
  check(document) {
    return document.crossReferences.flatMap((reference) => {
      const letter = reference.subparagraph;
      if (!letter || !reference.internal || reference.targets.length > 1) return [];
      const paragraph = paragraphAt(document, reference.span.start);
      if (!paragraph) return [];
      const target = referredParagraph(document, reference, paragraph);
      if (!target || (!reference.direction && mayBeExternal(document, reference, target))) return [];
      return hasLabel(target.subparagraphs, letter) ? [] : [finding(document, reference, target, letter, paragraph)];
    });
  },
};

function referredParagraph(document: ResolutionDocument, reference: CrossReference, paragraph: Paragraph): Paragraph | undefined {
  const number = reference.targets[0];
  if (number === undefined) return paragraph;
  return runOf(document, paragraph)?.numbered(number)[0];
}

/**
 * Without "above", "below" or "of the present resolution", "paragraph 2 (b), of the Agreement" or
 * "subparagraph (c)" in a paragraph without a list may well be another text's: checked only when the
 * paragraph referred to has sub-paragraphs and nothing names another text.
 */
function mayBeExternal(document: ResolutionDocument, reference: CrossReference, target: Paragraph): boolean {
  const after = document.text.slice(reference.span.end, reference.span.end + 12);
  return target.subparagraphs.length === 0 || /^,?[ \u00a0]+of[ \u00a0]/.test(after);
}

function hasLabel(subparagraphs: readonly Subparagraph[], label: string): boolean {
  return subparagraphs.some((sub) => sub.label === label || hasLabel(sub.children, label));
}

function finding(document: ResolutionDocument, reference: CrossReference, target: Paragraph, letter: string, from: Paragraph): RuleFinding {
  const name = target === from ? 'This paragraph' : `Paragraph ${(target as OperativeParagraph).number}`;
  const has = describeLabels(target.subparagraphs.map((sub) => `(${sub.label})`));
  const label = `(${letter})`;
  const at = document.text.slice(reference.span.start, reference.span.end).indexOf(label);
  const span = at >= 0 ? { start: reference.span.start + at, end: reference.span.start + at + label.length } : reference.span;
  return { span, message: `${name} ${has}: there is no sub-paragraph ${label}. Correct the reference.` };
}

function describeLabels(labels: readonly string[]): string {
  if (labels.length === 0) return 'has no sub-paragraphs';
  if (labels.length === 1) return `has only sub-paragraph ${labels[0]}`;
  return `has sub-paragraphs ${labels[0]} ${labels.length === 2 ? 'and' : 'to'} ${labels[labels.length - 1]}`;
}
