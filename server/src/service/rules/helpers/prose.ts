// The running text of a draft that the formal-slip rules read: the pieces of each paragraph (and, for
// some rules, the title, the cover lines and the footnote texts), with comments blanked out so that a directive such as
// `<!-- unres-ignore double-space -->` is never read as paragraph text. Offsets stay those of the
// source, so a match in a piece is a span in the document. A run of the rules asks for the same
// pieces many times: they are cut once per document and options.

import type { Comment, ResolutionDocument, TextSpan } from '../../model';

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

const cut = new WeakMap<ResolutionDocument, Map<string, readonly ProsePiece[]>>();

export function prosePieces(document: ResolutionDocument, options: ProseOptions): readonly ProsePiece[] {
  const key = `${options.footnotes}${options.title === true}${options.cover === true}`;
  let byOptions = cut.get(document);
  if (!byOptions) {
    byOptions = new Map();
    cut.set(document, byOptions);
  }
  let pieces = byOptions.get(key);
  if (!pieces) {
    pieces = cutPieces(document, options);
    byOptions.set(key, pieces);
  }
  return pieces;
}

function cutPieces(document: ResolutionDocument, options: ProseOptions): ProsePiece[] {
  const pieces: ProsePiece[] = [];
  if (options.cover) pieces.push(...document.cover.map((line) => piece(document, line.span, false)));
  if (options.title && document.title) pieces.push(piece(document, document.title.textSpan, false));
  for (const paragraph of document.paragraphs) for (const span of paragraph.fragments) pieces.push(piece(document, span, false));
  if (options.footnotes) pieces.push(...document.footnotes.map((footnote) => piece(document, footnote.textSpan, true)));
  return pieces;
}

function piece(document: ResolutionDocument, span: TextSpan, inFootnote: boolean): ProsePiece {
  const { comments, text } = document;
  const parts: string[] = [];
  let at = span.start;
  for (let i = firstEndingAfter(comments, span.start); i < comments.length; i++) {
    const comment = comments[i] as Comment;
    if (comment.span.start >= span.end) break;
    const from = Math.max(comment.span.start, span.start);
    const to = Math.min(comment.span.end, span.end);
    parts.push(text.slice(at, from), '\uFFFC'.repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at, span.end));
  return { start: span.start, text: parts.join(''), inFootnote };
}

/** The first comment that ends after `offset` (comments are in document order and do not overlap). */
function firstEndingAfter(comments: readonly Comment[], offset: number): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((comments[middle] as Comment).span.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The document span of a match found in a piece. */
export function spanIn(piece: ProsePiece, index: number, length: number): TextSpan {
  return { start: piece.start + index, end: piece.start + index + length };
}
