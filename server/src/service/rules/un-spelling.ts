// United Nations spelling: Oxford "-ize" ("organization", "prioritize"), "programme", "centre",
// "labour", "defence", "towards", "per cent" ... Only words in lower case are read, outside quotations
// and italic titles, since names and other organizations' titles keep their own spelling ("Organisation
// for Economic Co-operation and Development"); "computer program" is a program.

import type { TextEdit } from '../findings';
import { iseCompoundPrefixes, legitimateIseWords, unSpellings } from '../lexicon';
import { prosePieces, spanIn, type ProsePiece } from './helpers/prose';
import { insideAny, quotedSpans } from './helpers/quoted';
import type { Rule, RuleFinding } from './rule';

const listed = new RegExp(`(?=[a-z])(?<![\\w’'-])(${Object.keys(unSpellings).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'g');
const iseWord = /(?=[a-z])(?<![\w’'-])([a-z]{2,}?)is(e|es|ed|ing|ation|ations|er|ers)(?![\w-])/g;
const computing = /\b(?:computer|software)[ \u00a0]+$/;

export const unSpelling: Rule = {
  code: 'un-spelling',
  defaultSeverity: 'warning',
  description: 'United Nations spelling: Oxford “-ize”, “programme”, “centre”, “labour”, “defence”, “towards”, “per cent”.',
  check(document) {
    return prosePieces(document, { footnotes: false, title: true }).flatMap((piece) => {
      const quotes = quotedSpans(piece.text);
      return [...listedWords(piece), ...iseWords(piece)]
        .filter((finding) => !insideAny(quotes, finding.span.start - piece.start))
        .sort((a, b) => a.span.start - b.span.start);
    });
  },
};

function listedWords(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(listed)].flatMap((match) => {
    const word = match[0];
    if (word.startsWith('program') && computing.test(piece.text.slice(Math.max(0, match.index - 20), match.index))) return [];
    const right = unSpellings[word];
    return right ? [suggest({ span: spanIn(piece, match.index, word.length), newText: right }, word)] : [];
  });
}

function iseWords(piece: ProsePiece): RuleFinding[] {
  return [...piece.text.matchAll(iseWord)].flatMap((match) => {
    const [word, stem = '', suffix = ''] = match;
    if (isLegitimate(stem)) return [];
    return [suggest({ span: spanIn(piece, match.index, word.length), newText: `${stem}iz${suffix}` }, word)];
  });
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
