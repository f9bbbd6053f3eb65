// The last significant character of a paragraph or sub-paragraph, ignoring trailing footnote markers,
// italics markers and invisible marks, so that punctuation rules look at the right character.

import type { Ending, FootnoteMarker } from '../model';

export function endingBefore(masked: string, start: number, end: number, markers: readonly FootnoteMarker[]): Ending | undefined {
  let marker = lastEndingBy(markers, end);
  let i = end;
  while (i > start) {
    const candidate = markers[marker];
    if (candidate && candidate.span.end === i && candidate.span.start >= start) {
      i = candidate.span.start;
      marker--;
      continue;
    }
    const char = masked[i - 1] ?? '';
    if (!/[\s*\u200e\u200f]/.test(char)) return { char, offset: i - 1 };
    i--;
  }
  return undefined;
}

/** Index of the last marker (markers are in document order) that ends at or before `offset`, or -1. */
function lastEndingBy(markers: readonly FootnoteMarker[], offset: number): number {
  let low = 0;
  let high = markers.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((markers[mid]?.span.end ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Whether a line of running text ends a clause (`,` `;` `:` `.`), markers aside. */
export function endsClause(masked: string, start: number, end: number, markers: readonly FootnoteMarker[]): boolean {
  const ending = endingBefore(masked, start, end, markers);
  return ending !== undefined && /[,;:.]/.test(ending.char);
}
