// Instruments and bodies go by their canonical names (rulebook table 3.4): "the Convention against
// Transnational Crime" is the United Nations Convention against Transnational Organized Crime. An
// alias is flagged wherever it stands; an approved short form ("the 2030 Agenda") only when the full
// name has not been given before it. The corpus has the last word: an alias that adopted paragraphs
// really use (at least 3 paragraphs, and 5% as many as the canonical name) is a variant, not a slip.
// An alias right after a capitalized word is part of another name ("Immunization Agenda 2030"), and
// one inside quotation marks or italics is part of a title.

import type { CorpusFacts } from '../corpus/facts';
import { canonicalNames, type CanonicalName } from '../lexicon';
import type { ResolutionDocument, TextSpan } from '../model';
import { prosePieces, spanIn, type ProsePiece } from './helpers/prose';
import { insideAny, quotedSpans } from './helpers/quoted';
import type { Rule, RuleFinding } from './rule';

type Form = 'canonical' | 'alias' | 'short';

interface NameForm {
  readonly name: CanonicalName;
  readonly form: Form;
}

interface Mention extends NameForm {
  readonly span: TextSpan;
  readonly written: string;
}

/** Every form of every name, by its words: one pattern finds them all, the longest first at any place. */
const forms = new Map<string, NameForm>();
for (const name of canonicalNames) {
  forms.set(name.canonical, { name, form: 'canonical' });
  for (const alias of name.aliases) forms.set(alias, { name, form: 'alias' });
  for (const short of name.allowedShort) forms.set(short, { name, form: 'short' });
}
const escape = (words: string) => words.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \\u00a0]+');
// A footnote marker may be glued to a name ("Development7"): digits may follow it.
const anyFormHere = new RegExp(`(?:${[...forms.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z/-])`, 'y');
/** Names start with a capital or a figure; only words that start some form are tried against the long pattern. */
const wordStart = /(?<![\w/.-])[A-Z\d][\w’'-]*/g;
const firstWords = new Set([...forms.keys()].map((form) => form.split(' ')[0]));

/** Capitalized words that start a sentence or a heading rather than a name. */
const sentenceWords = new Set(['The', 'A', 'An', 'Its', 'Their', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'Of', 'For', 'By', 'With', 'Under', 'To', 'And', 'Or', 'Both', 'Including', 'Pursuant', 'Through', 'Within']);

export const instrumentNameNoncanonical: Rule = {
  code: 'instrument-name-noncanonical',
  defaultSeverity: 'warning',
  description: 'Instruments and bodies are named by their canonical names (“Charter of the United Nations”), short forms only after the full name.',
  check(document, { corpus }) {
    const fullGiven = new Set<CanonicalName>();
    const findings: RuleFinding[] = [];
    for (const mention of mentionsIn(document)) {
      if (mention.form === 'canonical') fullGiven.add(mention.name);
      else if (mention.form === 'alias' && !acceptedByCorpus(mention.written, mention.name.canonical, corpus)) findings.push(aliasFinding(mention));
      else if (mention.form === 'short' && !fullGiven.has(mention.name)) findings.push(shortFinding(mention));
    }
    return findings;
  },
};

function mentionsIn(document: ResolutionDocument): Mention[] {
  return prosePieces(document, { footnotes: false, title: true }).flatMap((piece) => {
    const quotes = quotedSpans(piece.text);
    const mentions: Mention[] = [];
    for (const word of piece.text.matchAll(wordStart)) {
      if (!firstWords.has(word[0]) && !firstWords.has(word[0].replace(/\d+$/, ''))) continue;
      anyFormHere.lastIndex = word.index;
      const match = anyFormHere.exec(piece.text);
      const form = match ? forms.get(match[0].replace(/[ \u00a0]+/g, ' ')) : undefined;
      if (!match || !form || (form.form !== 'canonical' && (insideAny(quotes, word.index) || partOfAnotherName(piece, word.index)))) continue;
      mentions.push({ ...form, span: spanIn(piece, word.index, match[0].length), written: match[0] });
    }
    return mentions;
  });
}

function partOfAnotherName(piece: ProsePiece, at: number): boolean {
  const before = piece.text.slice(Math.max(0, at - 40), at);
  if (/[“‘"*]$/.test(before)) return true;
  const word = /(?:^|[\s(])([A-Z][\w’'-]*)[ \u00a0]+$/.exec(before)?.[1];
  return word !== undefined && !sentenceWords.has(word);
}

function acceptedByCorpus(alias: string, canonical: string, corpus: CorpusFacts): boolean {
  const uses = corpus.paragraphsContaining(alias);
  return uses >= 3 && uses >= 0.05 * corpus.paragraphsContaining(canonical);
}

function aliasFinding(mention: Mention): RuleFinding {
  const { canonical } = mention.name;
  return {
    span: mention.span,
    message: `Write the name in full: “${canonical}”, not “${mention.written.replace(/\u00a0/g, ' ')}”.`,
    fixes: [{ title: `Write “${canonical}”`, edits: [{ span: mention.span, newText: canonical }], preferred: true }],
  };
}

function shortFinding(mention: Mention): RuleFinding {
  const { canonical } = mention.name;
  return {
    span: mention.span,
    message: `Give the full name at its first mention: “${canonical}”; “${mention.written.replace(/\u00a0/g, ' ')}” may follow.`,
    severity: 'information',
    fixes: [{ title: `Write “${canonical}”`, edits: [{ span: mention.span, newText: canonical }] }],
  };
}
