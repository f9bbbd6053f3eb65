// Two or more spaces between words (or after a full stop) in a paragraph or a footnote: the editors
// take them out. Indentation at the start of a line is layout, not a slip, and is left alone.

import { prosePieces, spanIn, type ProsePiece } from './helpers/prose';
import type { Rule, RuleFinding } from './rule';

const doubled = /(?<=[^\s\uFFFC]) {2,}(?=[^\s\uFFFC])/g;

export const doubleSpace: Rule = {
  code: 'double-space',
  defaultSeverity: 'warning',
  description: 'Words are separated by a single space.',
  check(document) {
    return prosePieces(document, { footnotes: true, title: true }).flatMap(inPiece);
  },
};

function inPiece(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(doubled)].map((match) => {
    const span = spanIn(piece, match.index, match[0].length);
    return {
      span,
      message: 'Use a single space between words.',
      fixes: [{ title: 'Replace with a single space', edits: [{ span, newText: ' ' }], preferred: true }],
    };
  });
}
