// How the operative paragraphs of a text should be numbered, and which paragraph an internal
// cross-reference points to. Numbering runs from 1 through the operative part; it starts again with
// each part (A, B) and after a section heading where the text itself starts again at 1, as some budget
// texts do (rulebook: 32 of 1,614 parts).

import type { CrossReference, OperativeParagraph, Paragraph, ResolutionDocument } from '../model';

export interface NumberingRun {
  /** The operative paragraphs of the run, in document order. */
  readonly paragraphs: readonly OperativeParagraph[];
}

/** The runs of consecutive numbering in the document. */
export function numberingRuns(document: ResolutionDocument): NumberingRun[] {
  const runs: OperativeParagraph[][] = [];
  let previous: OperativeParagraph | undefined;
  for (const paragraph of document.operative) {
    const current = runs[runs.length - 1];
    if (!current || !previous || startsRun(paragraph, previous)) runs.push([paragraph]);
    else current.push(paragraph);
    previous = paragraph;
  }
  return runs.map((paragraphs) => ({ paragraphs }));
}

function startsRun(paragraph: OperativeParagraph, previous: OperativeParagraph): boolean {
  if (paragraph.part !== previous.part) return true;
  return paragraph.section !== previous.section && paragraph.number === 1;
}

/**
 * Whether renumbering gives this paragraph a number: numbered ones keep their place in the sequence;
 * an unnumbered one gets a number only when it opens with a verb (a table row or a stray line does not).
 */
export function takesNumber(paragraph: OperativeParagraph, document: ResolutionDocument): boolean {
  if (paragraph.number !== undefined) return true;
  return paragraph.opening !== undefined && !document.isDeclaration;
}

/** The number each operative paragraph should carry, by its index among the operative paragraphs. */
export function sequentialNumbers(document: ResolutionDocument): Map<number, number> {
  const numbers = new Map<number, number>();
  for (const run of numberingRuns(document)) {
    let next = 1;
    for (const paragraph of run.paragraphs) {
      if (takesNumber(paragraph, document)) numbers.set(paragraph.index, next++);
    }
  }
  return numbers;
}

/**
 * The operative paragraph that number `value` of a reference points to. The reference is read in
 * the run it sits in (or the run that follows, from the preamble). Where a number is carried twice,
 * the later paragraph is the one the reference was written for: a paragraph inserted by pressing Enter
 * takes the number of the paragraph that follows it.
 */
export function referredParagraph(
  document: ResolutionDocument,
  reference: CrossReference,
  value: number,
  runs: readonly NumberingRun[] = numberingRuns(document),
): OperativeParagraph | undefined {
  const within = runFor(document, reference, runs)?.paragraphs ?? document.operative;
  const found = carrying(within, value) ?? carrying(document.operative, value);
  if (!found) return implied(document, within, value);
  if (found.length < 2) return found[0];
  const at = reference.span.start;
  const directed = reference.direction === 'above' ? found.filter((p) => p.span.start <= at) : reference.direction === 'below' ? found.filter((p) => p.span.start > at) : [];
  const pool = directed.length > 0 ? directed : found;
  return pool[pool.length - 1];
}

function carrying(paragraphs: readonly OperativeParagraph[], value: number): OperativeParagraph[] | undefined {
  const found = paragraphs.filter((paragraph) => paragraph.number === value);
  return found.length > 0 ? found : undefined;
}

/**
 * The paragraph in the place of number `value` when no paragraph carries it: one typed without a
 * number, or with a slip ("1, 7, 3"), between the paragraphs numbered `value - 1` and `value + 1`.
 * A plain gap ("1, 3, 4") means the paragraph was deleted.
 */
function implied(document: ResolutionDocument, paragraphs: readonly OperativeParagraph[], value: number): OperativeParagraph | undefined {
  const numbered = paragraphs.filter((paragraph) => takesNumber(paragraph, document));
  return numbered.find((paragraph, index) => {
    const previous = index > 0 ? numbered[index - 1]?.number : 0;
    const next = numbered[index + 1];
    if (previous !== value - 1) return false;
    return paragraph.number === undefined || next?.number === value + 1;
  });
}

function runFor(document: ResolutionDocument, reference: CrossReference, runs: readonly NumberingRun[]): NumberingRun | undefined {
  const holder = paragraphAt(document.paragraphs, reference.span.start);
  if (holder?.kind === 'operative') return runs.find((run) => run.paragraphs.includes(holder));
  return runs.find((run) => (run.paragraphs[0]?.span.start ?? -1) > reference.span.start) ?? runs[runs.length - 1];
}

/** The paragraph whose span holds `offset`. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const paragraph = paragraphs[mid];
    if (!paragraph) return undefined;
    if (offset < paragraph.span.start) high = mid - 1;
    else if (offset > paragraph.span.end) low = mid + 1;
    else return paragraph;
  }
  return undefined;
}
