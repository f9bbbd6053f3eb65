// Where the text around a citation starts: its paragraph, or its footnote, so that looking back from
// a citation never reads the title or the paragraph before.

import type { Citation, ResolutionDocument } from '../../model';
import { paragraphAt } from './paragraphAt';

export function regionStart(document: ResolutionDocument, citation: Citation): number {
  const paragraph = paragraphAt(document, citation.span.start);
  if (paragraph) return paragraph.span.start;
  const footnote = document.footnotes.find((note) => note.textSpan.start <= citation.span.start && citation.span.start < note.textSpan.end);
  return footnote?.textSpan.start ?? citation.span.start;
}
