// Session ordinals are spelt out in words, in lower case with a hyphen: "at its seventy-ninth
// session", never "79th session", "seventy ninth" or "seventy-nineth". Numbers above 100 (other
// bodies: "the 344th session of the FAO Council") are written in figures, as the corpus does.

import { sessionNumber, sessionOrdinal } from '../lexicon';
import { editDistance } from '../lexicon/editDistance';
import { ordinalWords } from './helpers/sessionOrdinals';
import { prosePieces, spanIn, type ProsePiece } from './helpers/prose';
import type { Rule, RuleFinding } from './rule';

const S = '[ \\u00a0]';
const session = /\b[Ss]ession\b/g;
/** What may stand between the ordinal and "session", up to the end of the text before "session". */
const beforeSession = `${S}+(?:(?:regular|special|emergency${S}+special|resumed)${S}+)?$`;
const figures = new RegExp(`\\b((\\d{1,3})(?:st|nd|rd|th))${beforeSession}`);
const words = new RegExp(`\\b([A-Za-z]+)(?:([-\\u2010\\u2011]|${S})([A-Za-z]+))?${beforeSession}`);
/** Enough text before "session" for two words and "emergency special". */
const WINDOW = 80;
const tens = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);

export const sessionOrdinalForm: Rule = {
  code: 'session-ordinal-form',
  defaultSeverity: 'warning',
  description: 'Session ordinals are spelt out in lower case with a hyphen: “seventy-ninth session”, not “79th session” or “seventy ninth session”.',
  check(document) {
    return prosePieces(document, { footnotes: true, title: true, cover: true }).flatMap((piece) =>
      [...piece.text.matchAll(session)].flatMap((match) => {
        const from = Math.max(0, match.index - WINDOW);
        const before = { start: piece.start + from, text: piece.text.slice(from, match.index), inFootnote: piece.inFootnote };
        return inFigures(before) ?? inWords(before) ?? [];
      }),
    );
  },
};

/** "79th session": undefined when the text before "session" ends in no ordinal in figures. */
function inFigures(before: ProsePiece): RuleFinding[] | undefined {
  const match = figures.exec(before.text);
  if (!match) return undefined;
  const [, written = '', number] = match;
  const ordinal = sessionOrdinal(Number(number));
  return ordinal ? [suggest(spanIn(before, match.index, written.length), written, ordinal)] : [];
}

function inWords(before: ProsePiece): RuleFinding[] | undefined {
  const match = words.exec(before.text);
  if (!match) return undefined;
  const [, first = '', joint, second] = match;
  const wanted = second === undefined ? corrected(first) : compoundCorrected(first, joint ?? '', second);
  if (!wanted) return [];
  const written = `${first}${second === undefined ? '' : `${joint ?? ''}${second}`}`;
  return [suggest(spanIn(before, match.index + written.length - wanted.written.length, wanted.written.length), wanted.written, wanted.right)];
}

interface Correction {
  readonly written: string;
  readonly right: string;
}

/** A two-word candidate: "seventy ninth", "Seventy-Ninth", "fourty-fifth"; or a word after an ordinary word ("the fouth"). */
function compoundCorrected(first: string, joint: string, second: string): Correction | undefined {
  const hyphen = /[-\u2010\u2011]/.test(joint);
  if (!hyphen && !tens.has(first.toLowerCase())) return corrected(second);
  const written = `${first}${joint}${second}`;
  const right = closestOrdinal(`${first}-${second}`.toLowerCase());
  if (!right) return undefined;
  const cased = first[0] === first[0]?.toUpperCase() ? capitalize(right) : right;
  // The non-breaking hyphen (U+2011) the corpus typesets some ordinals with is a hyphen.
  return cased === `${first}${hyphen ? '-' : joint}${second}` ? undefined : { written, right: cased };
}

/** One word: a misspelt ordinal ("twelveth", "fouth"), or an ordinal in the wrong case ("Ninth" is fine). */
function corrected(word: string): Correction | undefined {
  const lower = word.toLowerCase();
  if (sessionNumber(lower) !== undefined || !/(?:th|st|nd|rd)$/.test(lower)) return undefined;
  const right = closestOrdinal(lower);
  if (!right) return undefined;
  return { written: word, right: word[0] === word[0]?.toUpperCase() ? capitalize(right) : right };
}

/** The ordinal word nearest to a slip: at most one edit away, two for long words. */
function closestOrdinal(candidate: string): string | undefined {
  if (sessionNumber(candidate) !== undefined) return candidate;
  const allowed = candidate.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const word of ordinalWords) {
    if (Math.abs(word.length - candidate.length) > allowed) continue;
    const distance = editDistance(candidate, word, allowed);
    if (distance < bestDistance) [best, bestDistance] = [word, distance];
  }
  return best;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function suggest(span: { start: number; end: number }, written: string, right: string): RuleFinding {
  return {
    span,
    message: `Spell the session ordinal “${right}”, not “${written.replace(/\u00a0/g, ' ')}”.`,
    fixes: [{ title: `Write “${right}”`, edits: [{ span, newText: right }], preferred: true }],
  };
}
