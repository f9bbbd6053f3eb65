// Helpers for the parser's tests: the span of a piece of a fixture, found by its text.

import type { TextSpan } from '../../../server/src/service/model';

/** The span of the `occurrence`-th (1-based) occurrence of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, occurrence = 1): TextSpan {
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture has no occurrence ${occurrence} of ${JSON.stringify(needle)}`);
  }
  return { start, end: start + needle.length };
}

/** The text a span covers. */
export function slice(text: string, span: TextSpan | undefined): string | undefined {
  return span ? text.slice(span.start, span.end) : undefined;
}
