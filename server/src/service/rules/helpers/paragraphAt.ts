// Which paragraph of the resolution a place in the text belongs to.

import type { Paragraph, ResolutionDocument } from '../../model';

/** The paragraph whose span holds `offset`, by binary search (paragraphs are in document order). */
export function paragraphAt(document: ResolutionDocument, offset: number): Paragraph | undefined {
  const { paragraphs } = document;
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle];
    if (!paragraph) return undefined;
    if (offset < paragraph.span.start) high = middle - 1;
    else if (offset >= paragraph.span.end) low = middle + 1;
    else return paragraph;
  }
  return undefined;
}
