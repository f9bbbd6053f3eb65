// Footnote texts: `[n] text` after the rule, or the page-break blocks of pasted text.

import type { Footnote, TextSpan } from '../model';
import { plainText } from './plainText';
import { contentEnd, contentStart, type Source } from './source';
import type { FootnoteLines } from './structure';

export function buildFootnotes(source: Source, found: readonly FootnoteLines[]): Footnote[] {
  return found.flatMap((footnote) => {
    const [first, ...rest] = footnote.lines;
    if (!first) return [];
    const markerSpan = { start: first.start + footnote.start.markerStart, end: first.start + footnote.start.markerEnd };
    const firstPiece = { start: Math.min(first.start + footnote.start.textStart, contentEnd(first)), end: contentEnd(first) };
    const pieces: TextSpan[] = [firstPiece, ...rest.map((line) => ({ start: contentStart(line), end: contentEnd(line) }))];
    const last = pieces[pieces.length - 1] ?? firstPiece;
    const textSpan = { start: firstPiece.start, end: last.end };
    return [
      {
        marker: String(footnote.start.marker),
        markerSpan,
        span: { start: markerSpan.start, end: textSpan.end },
        text: plainText(source.masked, pieces, []),
        textSpan,
      },
    ];
  });
}
