// The last significant character of a paragraph or sub-paragraph, ignoring trailing footnote markers,
// italics markers and invisible marks, so that punctuation rules look at the right character.

import type { Ending, FootnoteMarker } from '../model';

export function endingBefore(masked: string, start: number, end: number, markers: readonly FootnoteMarker[]): Ending | undefined {
  let i = end;
  while (i > start) {
    const marker = markers.find((m) => m.span.end === i && m.span.start >= start);
    if (marker) {
      i = marker.span.start;
      continue;
    }
    const char = masked[i - 1] ?? '';
    if (!/[\s*\u200e\u200f]/.test(char)) return { char, offset: i - 1 };
    i--;
  }
  return undefined;
}

/** Whether a line of running text ends a clause (`,` `;` `:` `.`), markers aside. */
export function endsClause(masked: string, start: number, end: number, markers: readonly FootnoteMarker[]): boolean {
  const ending = endingBefore(masked, start, end, markers);
  return ending !== undefined && /[,;:.]/.test(ending.char);
}
