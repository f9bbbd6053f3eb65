// Stretches of a piece of text that quote or title something (“...”, "...", *...*): other
// organizations' titles keep their own spelling and punctuation, so some rules leave them alone. One
// pass over the text, whatever it holds (a paste of 50,000 opening quotes included).

import type { TextSpan } from '../../model';

const MAX_QUOTE = 2000;

/** Spans relative to the text; a quotation or italics ends at the end of its line at the latest, and unclosed ones quote nothing. */
export function quotedSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let open: { readonly char: string; readonly at: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\n' || (open && i - open.at > MAX_QUOTE)) open = undefined;
    else if (open && closes(open.char, char)) {
      spans.push({ start: open.at, end: i + 1 });
      open = undefined;
    } else if (!open && (char === '“' || char === '"' || char === '*')) open = { char, at: i };
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
