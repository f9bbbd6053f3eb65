// The text of a paragraph, sub-paragraph or footnote as the model gives it: lines joined by single
// spaces, without italics markers, footnote markers or comments.

import type { TextSpan } from '../model';

/** Joins the text of `pieces` (ranges of the masked source), leaving out `skip` (footnote markers). */
export function plainText(masked: string, pieces: readonly TextSpan[], skip: readonly TextSpan[]): string {
  let result = '';
  for (const piece of pieces) {
    if (result.length > 0) result += result.endsWith('-') && /[A-Za-z]-$/.test(result) ? '' : ' ';
    result += withoutSpans(masked, piece, skip);
  }
  return result.replace(/\*+/g, '').replace(/[ \t\r\n\u200e\u200f]+/g, ' ').trim();
}

function withoutSpans(masked: string, piece: TextSpan, skip: readonly TextSpan[]): string {
  let text = '';
  let cursor = piece.start;
  for (const span of skip) {
    if (span.end <= piece.start || span.start >= piece.end) continue;
    text += masked.slice(cursor, Math.max(cursor, span.start));
    cursor = Math.max(cursor, span.end);
  }
  return text + masked.slice(cursor, piece.end);
}
