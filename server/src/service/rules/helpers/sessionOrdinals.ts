// The session ordinals as a pattern, generated from `sessionOrdinal` (never listed by hand): the
// longest first, so that "seventy-ninth" is preferred to "seventy".

import { sessionOrdinal } from '../../lexicon';

export const ordinalWords: readonly string[] = Array.from({ length: 100 }, (_, i) => sessionOrdinal(i + 1) ?? '').sort(
  (a, b) => b.length - a.length,
);

/** An alternation of the ordinal words, to put inside a group of a larger pattern. */
export const ordinalAlternation = ordinalWords.map((word) => word.replace(/ /g, '[ \\u00a0]')).join('|');
