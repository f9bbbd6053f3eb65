// The corpus quotes with typographic marks: “entitled ‘...’”, “Africa’s”. A straight " or ' typed on
// a keyboard is turned into the right typographic mark by its neighbours (an opening mark after a
// space or a bracket, a closing mark or an apostrophe after a letter). With `quotes: 'straight'`
// (settings) the rule works the other way round, for offices that keep straight quotes.

import type { ResolutionDocument } from '../model';
import { prosePieces, spanIn, type ProsePiece } from './helpers/prose';
import type { Rule, RuleContext, RuleFinding } from './rule';

const straight = /["']/g;
const typographic = /[“”‘’]/g;

export const straightQuotes: Rule = {
  code: 'straight-quotes',
  defaultSeverity: 'warning',
  description: 'Quotation marks and apostrophes are typographic (“ ” ‘ ’), as in the corpus (or straight, when the settings ask for it).',
  check(document: ResolutionDocument, context: RuleContext) {
    const pieces = prosePieces(document, { footnotes: true, title: true });
    return pieces.flatMap((piece) => (context.options.quotes === 'straight' ? toStraight(piece) : toTypographic(piece)));
  },
};

function toTypographic(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(straight)].map((match) => {
    const right = typographicFor(match[0], piece.text[match.index - 1], piece.text[match.index + 1]);
    const apostrophe = right === '’' && /\w/.test(piece.text[match.index + 1] ?? '');
    return suggest(spanIn(piece, match.index, 1), match[0], right, apostrophe ? 'typographic apostrophe' : 'typographic quotation mark');
  });
}

function toStraight(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(typographic)].map((match) => {
    const right = match[0] === '“' || match[0] === '”' ? '"' : "'";
    return suggest(spanIn(piece, match.index, 1), match[0], right, 'straight quotation mark');
  });
}

/** An opening mark at the start, after a space or an opening bracket or mark; else a closing mark or apostrophe. */
function typographicFor(mark: string, before: string | undefined, after: string | undefined): string {
  const opening = before === undefined || /[\s([{“‘\uFFFC*—–-]/.test(before);
  const closingAnyway = after === undefined || /[\s,;:.)\]]/.test(after);
  if (mark === '"') return opening && !closingAnyway ? '“' : '”';
  return opening && !closingAnyway ? '‘' : '’';
}

function suggest(span: { start: number; end: number }, written: string, right: string, kind: string): RuleFinding {
  return {
    span,
    message: `Use the ${kind} ${right} instead of ${written}.`,
    fixes: [{ title: `Replace ${written} with ${right}`, edits: [{ span, newText: right }], preferred: true }],
  };
}
