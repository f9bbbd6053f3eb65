// Stretches of a piece of text that quote or title something (“...”, "...", *...*): other
// organizations' titles keep their own spelling and punctuation, so some rules leave them alone. One
// pass over the text, whatever it holds (a paste of 50,000 opening quotes included).

import type { TextSpan } from '../../model';

const MAX_QUOTE = 2000;

/** The characters that open, close or cut short a quotation: the scan jumps from one to the next. */
const marks = /[“”"*\n]/g;

/** Spans relative to the text; a quotation or italics ends at the end of its line at the latest, and unclosed ones quote nothing. */
export function quotedSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let open: { readonly char: string; readonly at: number } | undefined;
  for (const mark of text.matchAll(marks)) {
    const char = mark[0];
    const i = mark.index;
    // A quotation left open for more than MAX_QUOTE characters quotes nothing; the mark that
    // finds it so may open the next.
    if (open && i - open.at > MAX_QUOTE) open = undefined;
    if (char === '\n') open = undefined;
    else if (open && closes(open.char, char)) {
      spans.push({ start: open.at, end: i + 1 });
      open = undefined;
    } else if (!open && char !== '”') open = { char, at: i };
  }
  return spans;
}

function closes(opening: string, char: string): boolean {
  return opening === '“' ? char === '”' : char === opening;
}

/** Whether `at` lies strictly inside one of the spans (sorted, as `quotedSpans` returns them). */
export function insideAny(spans: readonly TextSpan[], at: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as TextSpan;
    if (at <= span.start) high = middle - 1;
    else if (at >= span.end) low = middle + 1;
    else return true;
  }
  return false;
}
