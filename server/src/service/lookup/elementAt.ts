// What lies under a position in a draft: a citation (a resolution, a decision or a document symbol), a
// footnote marker in the text, a footnote at the foot of the text, a cross-reference, or a paragraph.
// Hover, go to definition and find references all start here, so they agree on what the drafter points
// at. The most specific element wins: a citation or a cross-reference inside a paragraph or a footnote
// before the paragraph or the footnote around it.

import type { Citation, CrossReference, Footnote, FootnoteMarker, Paragraph, ResolutionDocument, TextSpan } from '../model';

export type ElementAt =
  | { readonly kind: 'citation'; readonly citation: Citation }
  | { readonly kind: 'cross-reference'; readonly reference: CrossReference }
  | { readonly kind: 'footnote-marker'; readonly marker: FootnoteMarker }
  /** A footnote at the foot of the text; `onMarker` when the position is on its number. */
  | { readonly kind: 'footnote'; readonly footnote: Footnote; readonly onMarker: boolean }
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph };

/**
 * The element at `offset`. A position just after an element (the cursor at the end of "66/181") counts
 * as on it, unless another element starts there.
 */
export function elementAt(document: ResolutionDocument, offset: number): ElementAt | undefined {
  const inside = (span: TextSpan) => span.start <= offset && offset < span.end;
  const after = (span: TextSpan) => span.end === offset;
  return inlineElement(document, inside) ?? inlineElement(document, after) ?? enclosingElement(document, offset, inside) ?? enclosingElement(document, offset, after);
}

/** Citations, cross-references and footnote markers: the words a drafter points at. */
function inlineElement(document: ResolutionDocument, at: (span: TextSpan) => boolean): ElementAt | undefined {
  const citation = document.citations.find((candidate) => at(candidate.span));
  if (citation) return { kind: 'citation', citation };
  const reference = document.crossReferences.find((candidate) => at(candidate.span));
  if (reference) return { kind: 'cross-reference', reference };
  const marker = document.footnoteMarkers.find((candidate) => at(candidate.span));
  return marker ? { kind: 'footnote-marker', marker } : undefined;
}

/** The footnote or the paragraph around the position. */
function enclosingElement(document: ResolutionDocument, offset: number, at: (span: TextSpan) => boolean): ElementAt | undefined {
  const footnote = document.footnotes.find((candidate) => at(candidate.span));
  if (footnote) return { kind: 'footnote', footnote, onMarker: offset >= footnote.markerSpan.start && offset <= footnote.markerSpan.end };
  const paragraph = document.paragraphs.find((candidate) => at(candidate.span));
  return paragraph ? { kind: 'paragraph', paragraph } : undefined;
}
