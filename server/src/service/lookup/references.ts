// Find all references: of an operative paragraph (or one of its sub-paragraphs), every internal
// cross-reference that points to it; of a footnote, every marker of it; of a cited resolution or
// document, every citation of the same symbol. Asked on a cross-reference or a marker, the answer is
// that of what it points to.

import type { Footnote, OperativeParagraph, ResolutionDocument, Subparagraph, TextSpan } from '../model';
import { elementAt } from './elementAt';
import { crossReferenceTargets, footnoteOf, markersOf, referencesTo } from './targets';

export function referencesAt(document: ResolutionDocument, offset: number, includeDeclaration: boolean): TextSpan[] {
  const element = elementAt(document, offset);
  switch (element?.kind) {
    case 'citation':
      return document.citations.filter((citation) => citation.symbol === element.citation.symbol).map((citation) => citation.span);
    case 'footnote-marker': {
      const footnote = footnoteOf(document, element.marker);
      return footnote ? footnoteReferences(document, footnote, includeDeclaration) : markerSpans(document, element.marker.marker);
    }
    case 'footnote':
      return footnoteReferences(document, element.footnote, includeDeclaration);
    case 'cross-reference': {
      const target = crossReferenceTargets(document, element.reference).find((candidate) => candidate.kind === 'paragraph');
      return target?.kind === 'paragraph' ? paragraphReferences(document, target.paragraph, target.subparagraph, includeDeclaration) : [element.reference.span];
    }
    case 'paragraph':
      return element.paragraph.kind === 'operative'
        ? paragraphReferences(document, element.paragraph, subparagraphAt(element.paragraph.subparagraphs, offset), includeDeclaration)
        : [];
    default:
      return [];
  }
}

function footnoteReferences(document: ResolutionDocument, footnote: Footnote, includeDeclaration: boolean): TextSpan[] {
  return sorted([...markersOf(document, footnote).map((marker) => marker.span), ...(includeDeclaration ? [footnote.markerSpan] : [])]);
}

function markerSpans(document: ResolutionDocument, marker: string): TextSpan[] {
  return document.footnoteMarkers.filter((candidate) => candidate.marker === marker).map((candidate) => candidate.span);
}

function paragraphReferences(document: ResolutionDocument, paragraph: OperativeParagraph, subparagraph: Subparagraph | undefined, includeDeclaration: boolean): TextSpan[] {
  const declaration = subparagraph?.labelSpan ?? paragraph.numberSpan;
  const references = referencesTo(document, paragraph, subparagraph).map((reference) => reference.span);
  return sorted([...references, ...(includeDeclaration && declaration ? [declaration] : [])]);
}

/** The sub-paragraph whose label the position is on (references of "(b)" are those of paragraph N (b)). */
function subparagraphAt(subparagraphs: readonly Subparagraph[], offset: number): Subparagraph | undefined {
  return subparagraphs.find((subparagraph) => subparagraph.labelSpan.start <= offset && offset <= subparagraph.labelSpan.end);
}

function sorted(spans: TextSpan[]): TextSpan[] {
  return spans.sort((a, b) => a.start - b.start);
}
