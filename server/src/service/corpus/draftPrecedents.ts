// The precedent of every paragraph of a draft, in document order: what `unres precedents` prints and
// what editor features (precedent hovers, "what is new" views) start from.

import type { Paragraph, ResolutionDocument } from '../model';
import type { Corpus } from './corpus';
import { corpusParagraphText } from './fromModel';
import type { PrecedentMatch } from './precedent';

export interface ParagraphPrecedent {
  readonly paragraph: Paragraph;
  readonly match: PrecedentMatch;
}

export function draftPrecedents(document: ResolutionDocument, corpus: Corpus): ParagraphPrecedent[] {
  return document.paragraphs.map((paragraph) => ({
    paragraph,
    match: corpus.precedent(corpusParagraphText(paragraph), paragraph.kind),
  }));
}
