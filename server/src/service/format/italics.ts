// Which phrases of a draft are in italics in the canonical text: the opening phrase of every
// preambular paragraph and the operative verb of every operative paragraph, whether or not the draft
// marks them with `*`. Formatting puts the markers around these phrases; the editor shows them in
// italics; both from this one list.

import type { Opening, Paragraph, ResolutionDocument } from '../model';

export interface ItalicOpening {
  readonly paragraph: Paragraph;
  readonly opening: Opening;
}

/** The openings to show in italics, in document order. */
export function italicOpenings(document: ResolutionDocument): ItalicOpening[] {
  return document.paragraphs.flatMap((paragraph) => {
    const opening = paragraph.opening;
    if (!opening) return [];
    return opening.italic || takesItalics(document, paragraph, opening) ? [{ paragraph, opening }] : [];
  });
}

/** Whether an opening the draft left without markers is one (a declaration's sentences have none). */
export function takesItalics(document: ResolutionDocument, paragraph: Paragraph, opening: Opening): boolean {
  if (document.isDeclaration || !isParagraphProper(paragraph)) return false;
  // "Reques*ts*": a phrase that stops inside a word is a slip of the source, not an opening.
  return !/[\p{L}\p{N}*]/u.test(document.text[opening.span.end] ?? '');
}

/**
 * A section title ("Capacity-building", "Recovering together") opens with a participle too, but it is
 * not numbered and ends no clause; a numbered paragraph is one even while it is being typed.
 */
function isParagraphProper(paragraph: Paragraph): boolean {
  if (paragraph.kind === 'operative' && paragraph.number !== undefined) return true;
  return paragraph.subparagraphs.length > 0 || /[,;:.]/.test(paragraph.ending?.char ?? '');
}
