// United Nations spelling: Oxford "-ize" ("organization", "prioritize"), "programme", "centre",
// "labour", "defence", "towards", "per cent" ... Only words in lower case are read, outside quotations
// and italic titles, since names and other organizations' titles keep their own spelling ("Organisation
// for Economic Co-operation and Development"); "computer program" is a program.

import type { TextEdit } from '../findings';
import { iseCompoundPrefixes, legitimateIseWords, unSpellings } from '../lexicon';
import { prosePieces, spanIn, type ProsePiece } from './helpers/prose';
import { insideAny, quotedSpans } from './helpers/quoted';
import type { Rule, RuleFinding } from './rule';

/** Words as the rule reads them: whole runs of letters, digits and hyphens, one pass over the text. */
const wordPattern = /[\w-]+/g;
const listed = new Map(Object.entries(unSpellings));
const iseForm = /^([a-z]{2,}?)is(e|es|ed|ing|ation|ations|er|ers)$/;
const computing = /\b(?:computer|software)[ \u00a0]+$/;

export const unSpelling: Rule = {
  code: 'un-spelling',
  defaultSeverity: 'warning',
  description: 'United Nations spelling: Oxford “-ize”, “programme”, “centre”, “labour”, “defence”, “towards”, “per cent”.',
  check(document) {
    return prosePieces(document, { footnotes: false, title: true }).flatMap((piece) => {
      const quotes = quotedSpans(piece.text);
      return spellingsIn(piece).filter((finding) => !insideAny(quotes, finding.span.start - piece.start));
    });
  },
};

function spellingsIn(piece: ProsePiece): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const { text } = piece;
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    const word = match[0];
    // Names start in capitals; "l’organisation" and "'program'" are not the drafters' English words.
    if (!isLowerCaseLetter(word.charCodeAt(0)) || isApostrophe(text.charCodeAt(match.index - 1))) continue;
    const spelled = listedWord(piece, word, match.index);
    if (spelled) findings.push(spelled);
    const ise = iseWord(piece, word, match.index);
    if (ise) findings.push(ise);
  }
  return findings;
}

function isLowerCaseLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isApostrophe(code: number): boolean {
  return code === 0x2019 || code === 0x27;
}

function listedWord(piece: ProsePiece, word: string, at: number): RuleFinding | undefined {
  const right = listed.get(word);
  if (!right) return undefined;
  if (word.startsWith('program') && computing.test(piece.text.slice(Math.max(0, at - 20), at))) return undefined;
  return suggest({ span: spanIn(piece, at, word.length), newText: right }, word);
}

function iseWord(piece: ProsePiece, word: string, at: number): RuleFinding | undefined {
  const match = word.includes('is') ? iseForm.exec(word) : null;
  const [, stem = '', suffix = ''] = match ?? [];
  if (!match || isLegitimate(stem)) return undefined;
  return suggest({ span: spanIn(piece, at, word.length), newText: `${stem}iz${suffix}` }, word);
}

/** "raising" → base "raise", "unsupervised" → "un" + "supervise": no "-ize" words. */
function isLegitimate(stem: string): boolean {
  const base = `${stem}ise`;
  return legitimateIseWords.some((word) => base === word || (base.endsWith(word) && iseCompoundPrefixes.includes(base.slice(0, -word.length))));
}

function suggest(edit: TextEdit, written: string): RuleFinding {
  return {
    span: edit.span,
    message: `United Nations spelling: “${edit.newText}”, not “${written}”.`,
    fixes: [{ title: `Write “${edit.newText}”`, edits: [edit], preferred: true }],
  };
}
