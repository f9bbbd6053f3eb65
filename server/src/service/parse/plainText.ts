// The text of a paragraph, sub-paragraph or footnote as the model gives it: lines joined by single
// spaces (a word broken by a hyphen at the end of a line is joined without one), without italics
// markers, footnote markers or comments.

import type { TextSpan } from '../model';

/** Joins the text of `pieces` (ranges of the masked source, in order), leaving out `skip` (sorted spans). */
export function plainText(masked: string, pieces: readonly TextSpan[], skip: readonly TextSpan[]): string {
  const parts: string[] = [];
  let next = firstOverlapping(skip, pieces[0]?.start ?? 0);
  let previous = '';
  for (const piece of pieces) {
    while (next < skip.length && (skip[next]?.end ?? 0) <= piece.start) next++;
    let text = '';
    let cursor = piece.start;
    for (let i = next; i < skip.length; i++) {
      const span = skip[i];
      if (!span || span.start >= piece.end) break;
      text += masked.slice(cursor, Math.max(cursor, span.start));
      cursor = Math.max(cursor, span.end);
    }
    text += masked.slice(cursor, Math.max(cursor, piece.end));
    if (parts.length > 0) parts.push(brokenWord(previous) ? '' : ' ');
    parts.push(text);
    previous = text;
  }
  const joined = parts.join('');
  const unmarked = joined.includes('*') ? joined.replace(/\*+/g, '') : joined;
  // A lone space is left alone: replacing every gap between words would rebuild every string.
  return unmarked.replace(/[ \t\r\n\u200e\u200f]{2,}|[\t\r\n\u200e\u200f]/g, ' ').trim();
}

/** A line that ends inside a word broken with a hyphen ("policy-" before "making"). */
function brokenWord(text: string): boolean {
  const end = text.trimEnd();
  return end.endsWith('-') && /[A-Za-z]/.test(end.charAt(end.length - 2));
}

/** Index of the first span that ends after `offset` (binary search; spans are sorted). */
function firstOverlapping(spans: readonly TextSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((spans[mid]?.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
