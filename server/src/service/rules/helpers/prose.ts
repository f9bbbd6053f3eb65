// The running text of a draft that the formal-slip rules read: the pieces of each paragraph (and, for
// some rules, the title, the cover lines and the footnote texts), with comments blanked out so that a directive such as
// `<!-- unres-ignore double-space -->` is never read as paragraph text. Offsets stay those of the
// source, so a match in a piece is a span in the document.

import type { ResolutionDocument, TextSpan } from '../../model';

export interface ProsePiece {
  readonly start: number;
  /** The source text of the piece, comments replaced by U+FFFC, the object replacement character (not a space, not a letter). */
  readonly text: string;
  readonly inFootnote: boolean;
}

export interface ProseOptions {
  readonly footnotes: boolean;
  /** The draft's title ("Strengthening the United Nations crime prevention ..."). */
  readonly title?: boolean;
  /** The lines above the title ("Seventy-ninth session", "Agenda item 103"). */
  readonly cover?: boolean;
}

export function prosePieces(document: ResolutionDocument, options: ProseOptions): ProsePiece[] {
  const pieces: ProsePiece[] = [];
  if (options.cover) pieces.push(...document.cover.map((line) => piece(document, line.span, false)));
  if (options.title && document.title) pieces.push(piece(document, document.title.textSpan, false));
  pieces.push(...document.paragraphs.flatMap((paragraph) => paragraph.fragments.map((span) => piece(document, span, false))));
  if (options.footnotes) pieces.push(...document.footnotes.map((footnote) => piece(document, footnote.textSpan, true)));
  return pieces;
}

function piece(document: ResolutionDocument, span: TextSpan, inFootnote: boolean): ProsePiece {
  let text = document.text.slice(span.start, span.end);
  for (const comment of document.comments) {
    if (comment.span.end <= span.start || comment.span.start >= span.end) continue;
    const from = Math.max(comment.span.start, span.start) - span.start;
    const to = Math.min(comment.span.end, span.end) - span.start;
    text = text.slice(0, from) + '\uFFFC'.repeat(to - from) + text.slice(to);
  }
  return { start: span.start, text, inFootnote };
}

/** The document span of a match found in a piece. */
export function spanIn(piece: ProsePiece, index: number, length: number): TextSpan {
  return { start: piece.start + index, end: piece.start + index + length };
}
