// Which paragraphs follow one another for the drafting conventions on order, numbering and
// repetition: a part letter or any heading (section I, II, a titled section of a budget text) starts a
// new run, since each section may open with its own preamble. Also tells a heading that the parser
// took for a paragraph ("Working methods" above a group of paragraphs) from a paragraph.

import type { Paragraph, ResolutionDocument } from '../../model';
import type { OpeningLexicon } from '../../lexicon/knownOpenings';
import { isMark } from './punctuation';

/** Whether two paragraphs (a before b) lie in the same part with no heading between them. */
export function sameRun(document: ResolutionDocument, a: Paragraph, b: Paragraph): boolean {
  if (a.part !== b.part || a.section !== b.section) return false;
  return !document.headings.some((heading) => heading.span.start >= a.span.end && heading.span.end <= b.span.start);
}

/**
 * The paragraph before `paragraph`, when it is of the same kind and in the same run. Lines without an
 * opening (rows and notes of a table, headings taken for paragraphs) are passed over.
 */
export function previousOfKind(document: ResolutionDocument, paragraph: Paragraph): Paragraph | undefined {
  for (let position = document.paragraphs.indexOf(paragraph) - 1; position >= 0; position--) {
    const previous = document.paragraphs[position];
    if (!previous || !sameRun(document, previous, paragraph)) return undefined;
    if (previous.opening && !looksLikeHeading(previous)) return previous.kind === paragraph.kind ? previous : undefined;
  }
  return undefined;
}

/** The paragraphs of the document split into runs (by part and heading), in order. */
export function runsOf(document: ResolutionDocument): Paragraph[][] {
  const runs: Paragraph[][] = [];
  for (const paragraph of document.paragraphs) {
    const current = runs[runs.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && sameRun(document, last, paragraph)) current.push(paragraph);
    else runs.push([paragraph]);
  }
  return runs;
}

/** A paragraph of the resolution proper: it opens with a known head (as the drafter meant it), not a table row or note. */
export function opensWithKnownHead(paragraph: Paragraph, lexicon: OpeningLexicon): boolean {
  const { opening } = paragraph;
  return opening !== undefined && !looksLikeHeading(paragraph) && lexicon.isHead(paragraph.kind, lexicon.meantHead(paragraph.kind, opening));
}

/**
 * A short line without closing punctuation, no italics and no sub-paragraphs: a section title such as
 * "Working methods" or "Ensuring adequate funding", not a paragraph of the resolution.
 */
export function looksLikeHeading(paragraph: Paragraph): boolean {
  if (paragraph.subparagraphs.length > 0 || paragraph.opening?.italic || paragraph.text.length > 160) return false;
  if (paragraph.kind === 'operative' && paragraph.number !== undefined) return false;
  return !paragraph.ending || !isMark(paragraph.ending.char);
}
