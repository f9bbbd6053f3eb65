// What a cross-reference or a footnote marker points to inside the draft, and what points to a
// paragraph or a footnote: the two directions of go to definition and find all references.
//
// Operative numbering restarts in some multi-part and sectioned texts (rulebook, operative-numbering),
// so "paragraph 5 above" means paragraph 5 of the numbering run the reference sits in, and of another
// run only when its own has none.

import type {
  CrossReference,
  Footnote,
  FootnoteMarker,
  OperativeParagraph,
  Paragraph,
  ResolutionDocument,
  Subparagraph,
  TextSpan,
} from '../model';
import { excerptBefore } from './words';

/** A place in the draft a reference leads to. */
export type DraftTarget =
  | { readonly kind: 'paragraph'; readonly paragraph: OperativeParagraph; readonly subparagraph?: Subparagraph }
  /** An annex: all of it, and its heading (or its first line) to select. */
  | { readonly kind: 'annex'; readonly label: string; readonly span: TextSpan; readonly selectionSpan: TextSpan };

/** What an internal cross-reference points to; empty when it points nowhere (or outside the draft). */
export function crossReferenceTargets(document: ResolutionDocument, reference: CrossReference): DraftTarget[] {
  if (!reference.internal) return [];
  if (reference.kind === 'annex') return annexTargets(document, reference.annex);
  if (reference.kind === 'present-resolution') return [];
  const numbers = reference.kind === 'subparagraph' && reference.targets.length === 0 ? undefined : reference.targets;
  const paragraphs = numbers
    ? numbers.flatMap((number) => operativeNumbered(document, number, reference.span.start) ?? [])
    : enclosingOperative(document, reference.span.start);
  return paragraphs.flatMap((paragraph) => paragraphTarget(paragraph, reference.subparagraph));
}

function paragraphTarget(paragraph: OperativeParagraph, label: string | undefined): DraftTarget[] {
  if (label === undefined) return [{ kind: 'paragraph', paragraph }];
  const subparagraph = findSubparagraph(paragraph.subparagraphs, label);
  return subparagraph ? [{ kind: 'paragraph', paragraph, subparagraph }] : [];
}

function findSubparagraph(list: readonly Subparagraph[], label: string): Subparagraph | undefined {
  return list.find((subparagraph) => subparagraph.label === label);
}

function enclosingOperative(document: ResolutionDocument, offset: number): OperativeParagraph[] {
  const paragraph = document.operative.find((candidate) => candidate.span.start <= offset && offset < candidate.span.end);
  return paragraph ? [paragraph] : [];
}

/** The operative paragraph numbered `number`, preferably in the numbering run that holds `offset`. */
export function operativeNumbered(document: ResolutionDocument, number: number, offset: number): OperativeParagraph | undefined {
  const runs = numberingRuns(document.operative);
  const own = runs.findLast((run) => (run[0]?.span.start ?? Infinity) <= offset) ?? runs[0] ?? [];
  return own.find((paragraph) => paragraph.number === number) ?? document.operative.find((paragraph) => paragraph.number === number);
}

/** Operative paragraphs split where the numbering starts again (a new part, or a number not above the last). */
function numberingRuns(paragraphs: readonly OperativeParagraph[]): OperativeParagraph[][] {
  const runs: OperativeParagraph[][] = [];
  let last: OperativeParagraph | undefined;
  for (const paragraph of paragraphs) {
    const restarts = !last || paragraph.part !== last.part || (paragraph.number !== undefined && last.number !== undefined && paragraph.number <= last.number);
    if (restarts) runs.push([]);
    runs[runs.length - 1]!.push(paragraph);
    last = paragraph;
  }
  return runs;
}

function annexTargets(document: ResolutionDocument, numeral: string | undefined): DraftTarget[] {
  const headings = document.headings.filter((heading) => heading.kind === 'annex');
  const heading = numeral ? headings.find((candidate) => candidate.label === `Annex ${numeral}`) : headings[0];
  if (numeral && !heading) return [];
  const region = heading ? document.annexes.find((annex) => annex.start <= heading.span.start && heading.span.start < annex.end) : document.annexes[0];
  if (!heading && !region) return [];
  const span = region ?? heading!.span;
  const selectionSpan = heading?.span ?? firstLine(document.text, span);
  return [{ kind: 'annex', label: heading?.label ?? 'Annex', span, selectionSpan }];
}

function firstLine(text: string, span: TextSpan): TextSpan {
  const end = text.slice(span.start, span.end).search(/\r?\n|\r/);
  return { start: span.start, end: end < 0 ? span.end : span.start + end };
}

/** The cross-references that point to `paragraph` (to a sub-paragraph of it when `subparagraph` is given). */
export function referencesTo(document: ResolutionDocument, paragraph: OperativeParagraph, subparagraph?: Subparagraph): CrossReference[] {
  return document.crossReferences.filter((reference) =>
    crossReferenceTargets(document, reference).some(
      (target) => target.kind === 'paragraph' && target.paragraph === paragraph && (!subparagraph || target.subparagraph === subparagraph),
    ),
  );
}

/** The footnote a marker in the text refers to. */
export function footnoteOf(document: ResolutionDocument, marker: FootnoteMarker): Footnote | undefined {
  return document.footnotes.find((footnote) => footnote.marker === marker.marker);
}

/** The markers in the text that refer to a footnote. */
export function markersOf(document: ResolutionDocument, footnote: Footnote): FootnoteMarker[] {
  return document.footnoteMarkers.filter((marker) => marker.marker === footnote.marker);
}

/** The paragraph that holds an offset (a marker, a reference), if any. */
export function paragraphAt(document: ResolutionDocument, offset: number): Paragraph | undefined {
  return document.paragraphs.find((paragraph) => paragraph.span.start <= offset && offset < paragraph.span.end);
}

/** Where a marker sits: its paragraph, and the words of that paragraph it follows (italics markers dropped). */
export function markerContext(document: ResolutionDocument, marker: FootnoteMarker, limit: number): { paragraph?: Paragraph; before: string } {
  const paragraph = paragraphAt(document, marker.span.start);
  const from = paragraph ? paragraph.bodySpan.start : Math.max(0, marker.span.start - limit);
  const before = excerptBefore(document.text.slice(from, marker.span.start).replace(/\*/g, ''), limit);
  return { ...(paragraph ? { paragraph } : {}), before };
}
