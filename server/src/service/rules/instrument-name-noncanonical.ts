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
import { prosePieces, spanIn } from './helpers/prose';
import { insideAny, quotedSpans } from './helpers/quoted';
import type { Rule, RuleFinding } from './rule';

interface Mention {
  readonly span: TextSpan;
  readonly written: string;
  readonly form: 'canonical' | 'alias' | 'short';
}

const patterns = new Map<string, RegExp>();
/** Capitalized words that start a sentence or a heading rather than a name. */
const sentenceWords = new Set(['The', 'A', 'An', 'Its', 'Their', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'Of', 'For', 'By', 'With', 'Under', 'To', 'And', 'Or', 'Both', 'Including', 'Pursuant', 'Through', 'Within']);

export const instrumentNameNoncanonical: Rule = {
  code: 'instrument-name-noncanonical',
  defaultSeverity: 'warning',
  description: 'Instruments and bodies are named by their canonical names (“Charter of the United Nations”), short forms only after the full name.',
  check(document, { corpus }) {
    return canonicalNames.flatMap((name) => findingsFor(document, name, corpus)).sort((a, b) => a.span.start - b.span.start);
  },
};

function findingsFor(document: ResolutionDocument, name: CanonicalName, corpus: CorpusFacts): RuleFinding[] {
  const mentions = mentionsOf(document, name);
  const findings: RuleFinding[] = [];
  let fullGiven = false;
  for (const mention of mentions) {
    if (mention.form === 'canonical') fullGiven = true;
    else if (mention.form === 'alias' && !acceptedByCorpus(mention.written, name.canonical, corpus)) findings.push(aliasFinding(mention, name));
    else if (mention.form === 'short' && !fullGiven) findings.push(shortFinding(mention, name));
  }
  return findings;
}

function mentionsOf(document: ResolutionDocument, name: CanonicalName): Mention[] {
  const found: Mention[] = [];
  for (const piece of prosePieces(document, { footnotes: false })) {
    const quotes = quotedSpans(piece.text);
    const canonical = occurrences(piece.text, name.canonical).map((at) => spanIn(piece, at, name.canonical.length));
    const outside = (span: TextSpan) => !canonical.some((full) => full.start <= span.start && span.end <= full.end);
    found.push(...canonical.map((span) => ({ span, written: name.canonical, form: 'canonical' as const })));
    for (const [form, forms] of [['alias', name.aliases], ['short', name.allowedShort]] as const) {
      for (const written of forms) {
        for (const at of occurrences(piece.text, written)) {
          const span = spanIn(piece, at, written.length);
          if (outside(span) && !insideAny(quotes, at) && !partOfAnotherName(piece.text, at)) found.push({ span, written: piece.text.slice(at, at + written.length), form });
        }
      }
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** Offsets of a name in a text: whole words, any run of spaces or no-break spaces between them. */
function occurrences(text: string, name: string): number[] {
  let pattern = patterns.get(name);
  if (!pattern) {
    const words = name.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // A footnote marker may be glued to the name ("Development7"): digits may follow it.
    pattern = new RegExp(`(?<![\\w/.-])${words.join('[ \\u00a0]+')}(?![A-Za-z/-])`, 'g');
    patterns.set(name, pattern);
  }
  return [...text.matchAll(pattern)].map((match) => match.index);
}

function partOfAnotherName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  if (/[“‘"*]$/.test(before)) return true;
  const word = /(?:^|[\s(])([A-Z][\w’'-]*)[ \u00a0]+$/.exec(before)?.[1];
  return word !== undefined && !sentenceWords.has(word);
}

function acceptedByCorpus(alias: string, canonical: string, corpus: CorpusFacts): boolean {
  const uses = corpus.paragraphsContaining(alias);
  return uses >= 3 && uses >= 0.05 * corpus.paragraphsContaining(canonical);
}

function aliasFinding(mention: Mention, name: CanonicalName): RuleFinding {
  return {
    span: mention.span,
    message: `Write the name in full: “${name.canonical}”, not “${mention.written.replace(/\u00a0/g, ' ')}”.`,
    fixes: [{ title: `Write “${name.canonical}”`, edits: [{ span: mention.span, newText: name.canonical }], preferred: true }],
  };
}

function shortFinding(mention: Mention, name: CanonicalName): RuleFinding {
  return {
    span: mention.span,
    message: `Give the full name at its first mention: “${name.canonical}”; “${mention.written.replace(/\u00a0/g, ' ')}” may follow.`,
    severity: 'information',
    fixes: [{ title: `Write “${name.canonical}”`, edits: [{ span: mention.span, newText: name.canonical }] }],
  };
}
