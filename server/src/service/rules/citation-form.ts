// Citations written the way the General Assembly writes them: "resolution 74/1" in running text
// ("Resolution" only at the start of a sentence or footnote, never "res." or an A/RES symbol), "the
// General Assembly" rather than "UNGA", and a Security Council resolution with its year,
// "resolution 2334 (2016)". The adopted corpus has none of these slips.

import type { TextEdit } from '../findings';
import { prosePieces, spanIn, type ProsePiece } from './helpers/prose';
import type { Rule, RuleFinding } from './rule';

const S = '[ \\u00a0]';
const capitalized = new RegExp(`(?<=\\b[a-z]+${S})Resolution(?=${S}\\d)`, 'g');
const abbreviated = new RegExp(`(?<![/\\w])[Rr]es\\.${S}?(?=\\d)`, 'g');
const unga = /\bUNGA\b/g;
const securityCouncil = new RegExp(`Security${S}Council${S}resolutions?${S}(\\d{3,4})(?![\\d/]|${S}?\\()`, 'g');
const symbolInText = new RegExp(`(?<![/\\w])A/RES/((?:ES-\\d{1,2}/|S-\\d{1,2}/)?\\d{1,3}/\\d{1,3})\\b`, 'g');
const resolutionBefore = new RegExp(`\\bresolutions?${S}$`);

export const citationForm: Rule = {
  code: 'citation-form',
  defaultSeverity: 'warning',
  description: 'Resolutions are cited as “resolution 74/1” (Security Council: “resolution 2334 (2016)”), not “Resolution 74/1” mid-sentence, “res. 74/1”, an A/RES symbol in the text or “UNGA”.',
  check(document) {
    return prosePieces(document, { footnotes: true }).flatMap((piece) => [
      ...replaceAll(piece, capitalized, () => 'resolution', 'Write “resolution” in lower case in the middle of a sentence.'),
      ...replaceAll(piece, abbreviated, () => 'resolution ', 'Write “resolution” in full.'),
      ...replaceAll(piece, unga, () => 'General Assembly', 'Write “General Assembly”, not “UNGA”.'),
      ...securityCouncilYears(piece),
      ...(piece.inFootnote ? [] : symbolsInText(piece)),
    ]);
  },
};

function replaceAll(piece: ProsePiece, pattern: RegExp, replacement: (found: string) => string, message: string): RuleFinding[] {
  return [...piece.text.matchAll(pattern)].map((match) => {
    const span = spanIn(piece, match.index, match[0].length);
    const newText = replacement(match[0]);
    return { span, message, fixes: [fix(`Write “${newText.trim()}”`, { span, newText })] };
  });
}

function securityCouncilYears(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(securityCouncil)].map((match) => {
    const number = match[1] ?? '';
    const start = match.index + match[0].length - number.length;
    return {
      span: spanIn(piece, start, number.length),
      message: `Give the year of Security Council resolution ${number}, as in “resolution ${number} (YYYY)”.`,
    };
  });
}

function symbolsInText(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(symbolInText)].map((match) => {
    const span = spanIn(piece, match.index, match[0].length);
    const short = match[1] ?? '';
    const newText = resolutionBefore.test(piece.text.slice(Math.max(0, match.index - 13), match.index)) ? short : `resolution ${short}`;
    return {
      span,
      message: `In the text, cite the resolution as “resolution ${short}”: A/RES symbols belong in footnotes.`,
      fixes: [fix(`Write “${newText}”`, { span, newText })],
    };
  });
}

function fix(title: string, edit: TextEdit) {
  return { title, edits: [edit], preferred: true };
}
