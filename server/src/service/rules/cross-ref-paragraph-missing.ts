// "paragraph 40 above" in a draft of 20 operative paragraphs, or "paragraph 7 above" written in
// paragraph 3: an internal cross-reference must point to an operative paragraph that exists, in the
// direction it says; a reference without "above", "below" or "of the present resolution" may point
// into another text and is not checked. Where numbering restarts (sectioned budget texts), a number is looked for in the
// paragraph's own run of numbering first, then anywhere in the direction the reference gives.

import type { CrossReference, OperativeParagraph, Paragraph, ResolutionDocument, TextSpan } from '../model';
import { paragraphAt } from './helpers/paragraphAt';
import { numberingRuns, numberRanges, runOf } from './helpers/operativeNumbers';
import type { Rule, RuleFinding } from './rule';

export const crossRefParagraphMissing: Rule = {
  code: 'cross-ref-paragraph-missing',
  defaultSeverity: 'error',
  description: 'A cross-reference ("paragraph 5 above", "paragraphs 3 to 7 of the present resolution") points to an operative paragraph that exists, in the direction it says.',
  check(document) {
    const runs = numberingRuns(document);
    if (runs.length === 0) return [];
    return document.crossReferences.flatMap((reference) => {
      // "paragraph 63 (d)" without "above", "below" or "of the present resolution" may be another text's.
      if (reference.kind !== 'paragraph' || !reference.internal || !reference.direction || reference.targets.length === 0) return [];
      const paragraph = paragraphAt(document, reference.span.start);
      const run = paragraph ? runOf(runs, paragraph) : undefined;
      return paragraph && run ? checkReference(document, reference, paragraph, run, runs.length > 1) : [];
    });
  },
};

function checkReference(document: ResolutionDocument, reference: CrossReference, paragraph: Paragraph, run: readonly OperativeParagraph[], sectioned: boolean): RuleFinding[] {
  const missing: number[] = [];
  const wrongWay: number[] = [];
  for (const target of new Set(reference.targets)) {
    const inRun = run.filter((p) => p.number === target);
    if (inRun.some((p) => pointsRightWay(p, reference))) continue;
    if (inRun.length > 0) wrongWay.push(target);
    // Another section's paragraph, in the direction given: sectioned texts refer across sections.
    else if (!document.operative.some((p) => p.number === target && pointsRightWay(p, reference))) missing.push(target);
  }
  if (missing.length > 0) return [missingFinding(document, reference, paragraph, scopeOf(run, sectioned), missing)];
  if (wrongWay.length > 0) return directionFinding(document, reference, wrongWay);
  return [];
}

function pointsRightWay(target: OperativeParagraph, reference: CrossReference): boolean {
  // Inside paragraph 3, "paragraph 3 (b) below" points to its own sub-paragraph further down.
  const inside = target.span.start <= reference.span.start && reference.span.start < target.span.end;
  if (inside) return reference.direction !== 'below' || reference.subparagraph !== undefined;
  if (reference.direction === 'above') return target.span.start <= reference.span.start;
  if (reference.direction === 'below') return target.span.start > reference.span.start;
  return true;
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
function scopeOf(run: readonly OperativeParagraph[], sectioned: boolean): string {
  return `${sectioned ? 'this part of the text' : 'the operative part'} has paragraphs ${numberRanges(run)}`;
}
