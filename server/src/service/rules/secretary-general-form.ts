// "Secretary-General": hyphenated and capitalized, in every title built on it ("Under-Secretary-
// General", "Deputy Secretary-General", "Secretaries-General"), and for other organizations' officers
// as well ("the Secretary-General of the Organization of Islamic Cooperation"), as the corpus writes it.

import { prosePieces, spanIn, type ProsePiece } from './helpers/prose';
import type { Rule, RuleFinding } from './rule';

const title = /\b(?:([Uu]nder)([ \u00a0]+|[-\u2010\u2011]))?([Ss]ecretar(?:y|ies))([ \u00a0]+|[-\u2010\u2011])([Gg]eneral)(s?)\b/g;
const acronym = /(?<![\w/.-])(?:UN)?SG(?![\w/-])/g;

export const secretaryGeneralForm: Rule = {
  code: 'secretary-general-form',
  defaultSeverity: 'warning',
  description: '“Secretary-General” is hyphenated and capitalized (“Under-Secretary-General”, “Secretaries-General”), never “Secretary General” or “SG”.',
  check(document) {
    return prosePieces(document, { footnotes: true, title: true }).flatMap((piece) => [...titles(piece), ...acronyms(piece)]);
  },
};

function titles(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(title)].flatMap((match) => {
    const [written, under, , secretary = '', , , plural] = match;
    const right = `${under ? 'Under-' : ''}${plural || secretary.endsWith('ies') ? 'Secretaries' : 'Secretary'}-General`;
    if (written.replace(/[\u2010\u2011]/g, '-') === right) return [];
    return [suggest(spanIn(piece, match.index, written.length), written, right)];
  });
}

function acronyms(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(acronym)].map((match) => suggest(spanIn(piece, match.index, match[0].length), match[0], 'Secretary-General'));
}

function suggest(span: { start: number; end: number }, written: string, right: string): RuleFinding {
  return {
    span,
    message: `Write “${right}”, not “${written.replace(/\u00a0/g, ' ')}”.`,
    fixes: [{ title: `Write “${right}”`, edits: [{ span, newText: right }], preferred: true }],
  };
}
