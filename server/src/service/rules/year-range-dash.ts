// Year ranges take an en dash: "2015–2030", "the period 2021–2025". A hyphen between two years is the
// slip; symbols and document numbers ("A/AC.109/2019-1", "E/2021-12") and dates in figures are left
// alone, as is "2015/16", the United Nations form for a financial period.

import { prosePieces, spanIn, type ProsePiece } from './helpers/prose';
import type { Rule, RuleFinding } from './rule';

const yearRange = /(?<![\w/.-])((?:19|20)\d\d)[-\u2010\u2011]((?:19|20)\d\d|\d\d)(?![\w/-])/g;

export const yearRangeDash: Rule = {
  code: 'year-range-dash',
  defaultSeverity: 'warning',
  description: 'Year ranges take an en dash (“2015–2030”), not a hyphen.',
  check(document) {
    return prosePieces(document, { footnotes: true, title: true }).flatMap(inPiece);
  },
};

function inPiece(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(yearRange)].flatMap((match) => {
    const [written, from = '', to = ''] = match;
    const end = to.length === 2 ? Number(from.slice(0, 2) + to) : Number(to);
    if (end <= Number(from)) return [];
    const span = spanIn(piece, match.index + from.length, 1);
    return [
      {
        span: spanIn(piece, match.index, written.length),
        message: `Join the years with an en dash: “${from}–${to}”.`,
        fixes: [{ title: 'Use an en dash', edits: [{ span, newText: '–' }], preferred: true }],
      },
    ];
  });
}
