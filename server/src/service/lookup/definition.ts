// Go to definition: from a citation into the cited corpus resolution, from a footnote marker to its
// footnote and from the footnote back to its markers, from a cross-reference to the paragraph,
// sub-paragraph or annex it points to.

import type { Corpus } from '../corpus/corpus';
import type { CorpusResolution } from '../corpus/types';
import type { Footnote, ResolutionDocument, TextSpan } from '../model';
import { elementAt } from './elementAt';
import { crossReferenceTargets, footnoteOf, markersOf, type DraftTarget } from './targets';

export type Destination =
  /** A place in the same draft: `span` is the whole element, `selectionSpan` the words to highlight. */
  | { readonly kind: 'draft'; readonly span: TextSpan; readonly selectionSpan: TextSpan }
  /** A resolution of the corpus (the caller knows where its file is). */
  | { readonly kind: 'corpus'; readonly resolution: CorpusResolution };

export function definitionAt(document: ResolutionDocument, offset: number, corpus?: Corpus): Destination[] {
  const element = elementAt(document, offset);
  switch (element?.kind) {
    case 'citation': {
      const resolution = corpus?.resolution(element.citation.symbol);
      return resolution ? [{ kind: 'corpus', resolution }] : [];
    }
    case 'footnote-marker': {
      const footnote = footnoteOf(document, element.marker);
      return footnote ? [footnoteDestination(footnote)] : [];
    }
    case 'footnote':
      return markersOf(document, element.footnote).map((marker) => ({ kind: 'draft', span: marker.span, selectionSpan: marker.span }));
    case 'cross-reference':
      return crossReferenceTargets(document, element.reference).map(targetDestination);
    default:
      return [];
  }
}

function footnoteDestination(footnote: Footnote): Destination {
  return { kind: 'draft', span: footnote.span, selectionSpan: footnote.markerSpan };
}

/** A paragraph is selected at its number, a sub-paragraph at its label, an annex at its heading. */
export function targetDestination(target: DraftTarget): Destination {
  if (target.kind === 'annex') return { kind: 'draft', span: target.span, selectionSpan: target.selectionSpan };
  if (target.subparagraph) return { kind: 'draft', span: target.subparagraph.span, selectionSpan: target.subparagraph.labelSpan };
  const { paragraph } = target;
  return { kind: 'draft', span: paragraph.span, selectionSpan: paragraph.numberSpan ?? paragraph.opening?.span ?? paragraph.span };
}
