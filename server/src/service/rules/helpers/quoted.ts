// Stretches of a piece of text that quote or title something (“...”, "...", *...*): other
// organizations' titles keep their own spelling and punctuation, so some rules leave them alone.

import type { TextSpan } from '../../model';

const quoted = /“[^”\n]{0,2000}”|"[^"\n]{0,2000}"|\*[^*\n]{1,2000}\*/g;

/** Spans relative to the text. Unclosed quotes quote nothing. */
export function quotedSpans(text: string): TextSpan[] {
  return [...text.matchAll(quoted)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

export function insideAny(spans: readonly TextSpan[], at: number): boolean {
  return spans.some((span) => span.start < at && at < span.end);
}
