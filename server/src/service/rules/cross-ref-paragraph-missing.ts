// "paragraph 40 above" in a draft of 20 operative paragraphs, or "paragraph 7 above" written in
// paragraph 3: an internal cross-reference must point to an operative paragraph that exists, in the
// direction it says; a reference without "above", "below" or "of the present resolution" may point
// into another text and is not checked. Where numbering restarts (sectioned budget texts), a number is looked for in the
// paragraph's own run of numbering first, then anywhere in the direction the reference gives.

import type { CrossReference, OperativeParagraph, Paragraph, ResolutionDocument, TextSpan } from '../model';
import { paragraphAt } from './helpers/paragraphAt';
import { allOperative, numberingRuns, runOf, type NumberingRun } from './helpers/operativeNumbers';
import type { Rule, RuleFinding } from './rule';

export const crossRefParagraphMissing: Rule = {
  code: 'cross-ref-paragraph-missing',
  defaultSeverity: 'error',
  description: 'A cross-reference ("paragraph 5 above", "paragraphs 3 to 7 of the present resolution") points to an operative paragraph that exists, in the direction it says.',
  check(document) {
    const sectioned = numberingRuns(document).length > 1;
    if (numberingRuns(document).length === 0) return [];
    return document.crossReferences.flatMap((reference) => {
      // "paragraph 63 (d)" without "above", "below" or "of the present resolution" may be another text's.
      if (reference.kind !== 'paragraph' || !reference.internal || !reference.direction || reference.targets.length === 0) return [];
      const paragraph = paragraphAt(document, reference.span.start);
      const run = paragraph ? runOf(document, paragraph) : undefined;
      return paragraph && run ? checkReference(document, reference, paragraph, run, sectioned) : [];
    });
  },
};

function checkReference(document: ResolutionDocument, reference: CrossReference, paragraph: Paragraph, run: NumberingRun, sectioned: boolean): RuleFinding[] {
  const missing: number[] = [];
  const wrongWay: number[] = [];
  for (const target of new Set(reference.targets)) {
    const inRun = run.numbered(target);
    if (anyPointsRightWay(inRun, reference)) continue;
    if (inRun.length > 0) wrongWay.push(target);
    // Another section's paragraph, in the direction given: sectioned texts refer across sections.
    else if (!anyPointsRightWay(allOperative(document).numbered(target), reference)) missing.push(target);
  }
  if (missing.length > 0) return [missingFinding(document, reference, paragraph, scopeOf(run, sectioned), missing)];
  if (wrongWay.length > 0) return directionFinding(document, reference, wrongWay);
  return [];
}

/**
 * Whether one of the paragraphs of a number (in document order) lies where the reference says. Inside
 * paragraph 3, "paragraph 3 (b) below" points to its own sub-paragraph further down; "above" takes a
 * paragraph that starts before the reference, the one it is written in included.
 */
function anyPointsRightWay(targets: readonly OperativeParagraph[], reference: CrossReference): boolean {
  const first = targets[0];
  const last = targets[targets.length - 1];
  if (!first || !last) return false;
  const at = reference.span.start;
  if (reference.direction === 'above') return first.span.start <= at;
  if (reference.direction === 'below') return last.span.start > at || (reference.subparagraph !== undefined && holding(targets, at) !== undefined);
  return true;
}

/** The paragraph that holds `offset`, by binary search (paragraphs in document order). */
function holding(paragraphs: readonly OperativeParagraph[], offset: number): OperativeParagraph | undefined {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((paragraphs[middle] as OperativeParagraph).span.start <= offset) low = middle + 1;
    else high = middle;
  }
  const candidate = paragraphs[low - 1];
  return candidate && offset < candidate.span.end ? candidate : undefined;
}

function missingFinding(document: ResolutionDocument, reference: CrossReference, paragraph: Paragraph, scope: string, missing: number[]): RuleFinding {
  const which = missing.length === 1 ? `paragraph ${missing[0]}` : `paragraphs ${listed(missing)}`;
  const verb = missing.length === 1 ? 'There is no operative' : 'There are no operative';
  return {
    span: missing.length === 1 ? (numberSpan(document, reference, missing[0] as number) ?? reference.span) : reference.span,
    message: `${verb} ${which}: ${scope}${paragraph.kind === 'preambular' ? ' (after this preamble)' : ''}. Correct the reference.`,
  };
}

function numberSpan(document: ResolutionDocument, reference: CrossReference, target: number): TextSpan | undefined {
  return reference.numberSpans.find((span) => Number(document.text.slice(span.start, span.end)) === target);
}

function directionFinding(document: ResolutionDocument, reference: CrossReference, targets: number[]): RuleFinding[] {
  const word = directionWord(document, reference);
  if (!word || reference.direction === 'present-resolution' || !reference.direction) return [];
  const right = reference.direction === 'above' ? 'below' : 'above';
  const which = targets.length === 1 ? `Paragraph ${targets[0]} is` : `Paragraphs ${listed(targets)} are`;
  return [
    {
      span: word,
      message: `${which} ${right} this one, not ${reference.direction}: write “${right}”.`,
      fixes: [{ title: `Change “${reference.direction}” to “${right}”`, edits: [{ span: word, newText: right }], preferred: true }],
    },
  ];
}

/** The span of "above" or "below" at the end of the reference. */
function directionWord(document: ResolutionDocument, reference: CrossReference): TextSpan | undefined {
  const text = document.text.slice(reference.span.start, reference.span.end);
  const found = /(?:above|below)$/.exec(text);
  return found ? { start: reference.span.start + found.index, end: reference.span.end } : undefined;
}

function listed(numbers: readonly number[]): string {
  if (numbers.length < 2) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** "the operative part has paragraphs 1 to 20", or "this part of the text has ..." where numbering restarts. */
function scopeOf(run: NumberingRun, sectioned: boolean): string {
  return `${sectioned ? 'this part of the text' : 'the operative part'} has paragraphs ${run.ranges()}`;
}
