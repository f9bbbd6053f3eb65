// The opening phrases (preambular) and operative verbs a drafter may use, and how often the General
// Assembly uses each: the rulebook's tables (commonPhrases.ts), the phrases of the corpus the user has
// (`CorpusFacts.openingCounts`: the built-in seeds plus `unres.corpus.paths`), and the phrases generated
// from their words (rulebook §3.3: [adverb] HEAD [modifiers] [also|further]). The drafting rules ask it
// whether a phrase is known, what a misspelt one was meant to be, and which verb form was meant.
//
//   const lexicon = openingLexiconFor(context.corpus);
//   lexicon.isKnown('preambular', 'Noting with deep concern');     // true (generated)
//   lexicon.suggestion('preambular', 'Reafirming also');          // "Reaffirming also"
//   lexicon.thirdPerson('requesting');                            // "requests"

import type { CorpusFacts } from '../corpus/facts';
import type { ParagraphKind } from '../model';
import { commonOperativePhrases, commonPreambularPhrases, type PhraseCount } from './commonPhrases';
import { allowedSlips, editDistance, sameInitial } from './editDistance';
import { openingLexicon as words } from './index';
import { formsOf, participleOf } from './verbForms';

/** A known phrase at least this frequent may be offered for a misspelt one. */
export const FREQUENT = 10;
/** A head word seen this often in the corpus counts as a head even when the built-in lists lack it. */
const CORPUS_HEAD_MIN = 2;

/** Phrases the Model UN lists teach that the General Assembly never uses (rulebook §3.3). */
const notGeneralAssemblyUsage = new Set(['further deploring', 'fully alarmed', 'viewing with appreciation', 'expressing its hope']);

interface KindTable {
  /** Lower-case phrase -> paragraphs opening with it (the larger of the rulebook's and the corpus's count). */
  readonly counts: Map<string, number>;
  /** Lower-case phrase -> paragraphs in the user's corpus only. */
  readonly corpus: Map<string, number>;
  /** Lower-case phrase -> the phrase as the corpus most often writes it. */
  readonly display: Map<string, string>;
  /** Lower-case phrase without "also"/"further" -> count, so "Recognizing further" is as known as "Recognizing". */
  readonly bare: Map<string, number>;
  /** Head word -> paragraphs opening with it. */
  readonly heads: Map<string, number>;
  /** Frequent phrases, most frequent first: the candidates for "did you mean". */
  readonly frequent: readonly string[];
}

export class OpeningLexicon {
  private readonly tables: Record<ParagraphKind, KindTable>;
  /** Lower-case verb form ("request", "requesting") -> the third person it stands for ("requests"). */
  private readonly verbForms = new Map<string, string>();
  private readonly wordList: readonly string[];
  private readonly wordSet: ReadonlySet<string>;
  /** Answers already given, per kind and phrase: drafts repeat their openings, keystroke after keystroke. */
  private readonly knownMemo = new Map<string, boolean>();
  private readonly suggestionMemo = new Map<string, string | undefined>();

  constructor(corpus: CorpusFacts | undefined) {
    this.tables = {
      preambular: buildTable(commonPreambularPhrases, corpus?.openingCounts('preambular'), words.preambularHeads),
      operative: buildTable(commonOperativePhrases, corpus?.openingCounts('operative'), words.operativeHeads),
    };
    for (const verb of this.operativeVerbs()) for (const form of formsOf(verb)) if (!this.verbForms.has(form)) this.verbForms.set(form, verb);
    this.wordList = [...new Set([...this.tables.preambular.heads.keys(), ...this.tables.operative.heads.keys(), ...modifierWords()])];
    this.wordSet = new Set(this.wordList);
  }

  /** Paragraphs that open with this phrase (rulebook table or user's corpus). */
  frequency(kind: ParagraphKind, phrase: string): number {
    return this.tables[kind].counts.get(key(phrase)) ?? 0;
  }

  /** Paragraphs of the user's corpus that open with this phrase. */
  corpusFrequency(kind: ParagraphKind, phrase: string): number {
    return this.tables[kind].corpus.get(key(phrase)) ?? 0;
  }

  isKnown(kind: ParagraphKind, phrase: string): boolean {
    return memo(this.knownMemo, `${kind}\n${phrase}`, () => this.knownNow(kind, phrase));
  }

  private knownNow(kind: ParagraphKind, phrase: string): boolean {
    const table = this.tables[kind];
    const lower = key(phrase);
    if (notGeneralAssemblyUsage.has(lower)) return false;
    if ((table.counts.get(lower) ?? 0) > 0) return true;
    const tokens = withoutSequenceAdverbs(lower.split(' '));
    return (table.bare.get(tokens.join(' ')) ?? 0) > 0 || this.generated(kind, tokens);
  }

  /** Model UN forms such as "Fully alarmed" that adopted resolutions never use. */
  isModelUnForm(phrase: string): boolean {
    return notGeneralAssemblyUsage.has(key(phrase));
  }

  /** Whether the word heads known phrases of this kind ("recalling", "requests", "having considered"). */
  isHead(kind: ParagraphKind, head: string): boolean {
    return this.tables[kind].heads.has(head.toLowerCase());
  }

  /**
   * The known phrase a misspelt one was meant to be: only for a phrase the corpus never uses, and only
   * towards a frequent one ("Reafirming also" -> "Reaffirming also"), or one word mended ("Strongly encourges").
   */
  suggestion(kind: ParagraphKind, phrase: string): string | undefined {
    return memo(this.suggestionMemo, `${kind}\n${phrase}`, () => this.suggestionNow(kind, phrase));
  }

  private suggestionNow(kind: ParagraphKind, phrase: string): string | undefined {
    const lower = key(phrase);
    if (lower.length === 0 || this.isKnown(kind, phrase) || this.corpusFrequency(kind, phrase) > 0) return undefined;
    return this.closestPhrase(kind, lower) ?? this.mendedWord(kind, phrase);
  }

  /** The head of a phrase as the parser names it: "requests" for "Also requests", "having considered". */
  headOf(phrase: string): string {
    const tokens = withoutSequenceAdverbs(key(phrase).split(' '));
    return headAt(tokens, skipPrefixAdverbs(tokens, 0))?.word ?? '';
  }

  /** The head the drafter meant: that of the known phrase a misspelt one stands for, else the phrase's own. */
  meantHead(kind: ParagraphKind, opening: { readonly text: string; readonly head: string }): string {
    const meant = this.suggestion(kind, opening.text);
    return meant ? this.headOf(meant) : opening.head;
  }

  /** The third person singular ("requests") that a bare form, participle or past ("request", "requesting") stands for. */
  thirdPerson(word: string): string | undefined {
    return this.verbForms.get(word.toLowerCase());
  }

  /** The participle a preambular paragraph uses for an operative verb ("recalls" -> "recalling"), when known. */
  participle(verb: string): string | undefined {
    return participleOf(verb.toLowerCase()).find((form) => this.isHead('preambular', form));
  }

  private operativeVerbs(): string[] {
    return [...this.tables.operative.heads.keys()].filter((head) => head.endsWith('s') && !head.includes(' '));
  }

  private generated(kind: ParagraphKind, tokens: readonly string[]): boolean {
    let at = skipPrefixAdverbs(tokens, 0);
    const periphrasis = this.periphrasis(tokens, at);
    const head = periphrasis ?? headAt(tokens, at);
    if (!head || !(periphrasis || this.tables[kind].heads.has(head.word) || isPerfectParticiple(head.word))) return false;
    at = head.next;
    while (at < tokens.length) {
      const next = modifierEnd(tokens, at, head.word, (word) => this.tables[kind].heads.has(word));
      if (next === undefined) return false;
      at = next;
    }
    return true;
  }

  /**
   * A known head reached through a periphrasis: "Continues to encourage", "Continuing to underline"
   * (a known verb after "to"), "Remains deeply concerned", "Being satisfied" (a known adjective).
   */
  private periphrasis(tokens: readonly string[], at: number): { word: string; next: number } | undefined {
    const first = tokens[at] ?? '';
    if (/^continu(?:es|ing)$/.test(first) && tokens[at + 1] === 'to') {
      const verb = this.verbForms.get(tokens[at + 2] ?? '');
      return verb ? { word: verb, next: at + 3 } : undefined;
    }
    if (!/^(?:remains|remaining|being|is)$/.test(first)) return undefined;
    const adjective = skipPrefixAdverbs(tokens, at + 1);
    const word = tokens[adjective] ?? '';
    return this.tables.preambular.heads.has(word) && !word.endsWith('ing') ? { word, next: adjective + 1 } : undefined;
  }

  private closestPhrase(kind: ParagraphKind, lower: string): string | undefined {
    const table = this.tables[kind];
    const slips = allowedSlips(lower.length);
    let best: { phrase: string; distance: number } | undefined;
    for (const candidate of table.frequent) {
      if (!sameInitial(lower, candidate)) continue;
      const distance = editDistance(lower, candidate, slips);
      if (distance <= slips && distance > 0 && (!best || distance < best.distance)) best = { phrase: candidate, distance };
    }
    return best ? table.display.get(best.phrase) : undefined;
  }

  /** The phrase with its one unknown word replaced by the nearest known word, when that makes a known phrase. */
  private mendedWord(kind: ParagraphKind, phrase: string): string | undefined {
    const typed = phrase.trim().split(/\s+/);
    const unknown = typed.findIndex((word) => !this.isWord(word.toLowerCase()));
    const word = typed[unknown];
    if (word === undefined || typed.some((other, index) => index > unknown && !this.isWord(other.toLowerCase()))) return undefined;
    const nearest = this.nearestWord(word.toLowerCase());
    if (!nearest) return undefined;
    const mended = [...typed];
    mended[unknown] = /^[A-Z]/.test(word) ? nearest.charAt(0).toUpperCase() + nearest.slice(1) : nearest;
    const result = mended.join(' ');
    return this.isKnown(kind, result) ? result : undefined;
  }

  private isWord(word: string): boolean {
    return this.wordSet.has(word);
  }

  private nearestWord(word: string): string | undefined {
    const slips = allowedSlips(word.length);
    let best: { word: string; distance: number } | undefined;
    for (const candidate of this.wordList) {
      if (!sameInitial(word, candidate)) continue;
      const distance = editDistance(word, candidate, slips);
      if (distance <= slips && (!best || distance < best.distance)) best = { word: candidate, distance };
    }
    return best?.word;
  }
}

/** Memoized answers, forgotten wholesale when a map grows past MEMO_LIMIT (a paste of random text). */
const MEMO_LIMIT = 20_000;

function memo<T>(map: Map<string, T>, key: string, compute: () => T): T {
  if (map.has(key)) return map.get(key) as T;
  if (map.size >= MEMO_LIMIT) map.clear();
  const value = compute();
  map.set(key, value);
  return value;
}

const cache = new WeakMap<CorpusFacts, OpeningLexicon>();
let builtinOnly: OpeningLexicon | undefined;

/** The lexicon of a corpus, built once per corpus (a new corpus is a new object). */
export function openingLexiconFor(corpus: CorpusFacts | undefined): OpeningLexicon {
  if (!corpus) return (builtinOnly ??= new OpeningLexicon(undefined));
  let lexicon = cache.get(corpus);
  if (!lexicon) {
    lexicon = new OpeningLexicon(corpus);
    cache.set(corpus, lexicon);
  }
  return lexicon;
}

function buildTable(builtin: readonly PhraseCount[], corpus: ReadonlyMap<string, number> | undefined, builtinHeads: ReadonlySet<string>): KindTable {
  const counts = new Map<string, number>();
  const corpusCounts = new Map<string, number>();
  const display = new Map<string, string>();
  const displayCount = new Map<string, number>();
  const add = (phrase: string, count: number, fromCorpus: boolean) => {
    const lower = key(phrase);
    if (lower.length === 0 || count <= 0) return;
    if (fromCorpus) corpusCounts.set(lower, (corpusCounts.get(lower) ?? 0) + count);
    if (count > (displayCount.get(lower) ?? 0)) {
      display.set(lower, cleanPhrase(phrase));
      displayCount.set(lower, count);
    }
  };
  for (const [phrase, count] of builtin) add(phrase, count, false);
  for (const [phrase, count] of corpus ?? []) add(phrase, count, true);
  for (const [phrase, count] of builtin) counts.set(key(phrase), count);
  for (const [lower, count] of corpusCounts) counts.set(lower, Math.max(count, counts.get(lower) ?? 0));
  return { counts, corpus: corpusCounts, display, ...derived(counts, corpusCounts, builtinHeads) };
}

function derived(counts: ReadonlyMap<string, number>, corpus: ReadonlyMap<string, number>, builtinHeads: ReadonlySet<string>) {
  const bare = new Map<string, number>();
  const heads = new Map<string, number>([...builtinHeads].map((head) => [head, 0]));
  for (const [lower, count] of counts) {
    const tokens = withoutSequenceAdverbs(lower.split(' '));
    bare.set(tokens.join(' '), (bare.get(tokens.join(' ')) ?? 0) + count);
    const head = headAt(tokens, skipPrefixAdverbs(tokens, 0));
    const trusted = !corpus.has(lower) || (corpus.get(lower) ?? 0) >= CORPUS_HEAD_MIN || heads.has(head?.word ?? '');
    if (head && trusted) heads.set(head.word, (heads.get(head.word) ?? 0) + count);
  }
  const frequent = [...counts].filter(([, count]) => count >= FREQUENT).sort((a, b) => b[1] - a[1]).map(([phrase]) => phrase);
  return { bare, heads, frequent };
}

/** Lower case, single spaces, no trailing punctuation: the form phrases are compared in. */
function key(phrase: string): string {
  return cleanPhrase(phrase).toLowerCase();
}

function cleanPhrase(phrase: string): string {
  return phrase.replace(/[\s\u00a0]+/g, ' ').trim().replace(/[\s,;:.]+$/, '');
}

function withoutSequenceAdverbs(tokens: readonly string[]): string[] {
  return tokens.filter((token) => !words.sequenceAdverbs.has(token));
}

function skipPrefixAdverbs(tokens: readonly string[], from: number): number {
  let at = from;
  for (;;) {
    const token = tokens[at] ?? '';
    if (token === 'once' && (tokens[at + 1] === 'again' || tokens[at + 1] === 'more')) at += 2;
    else if (words.degreeAdverbs.has(token)) at++;
    else return at;
  }
}

/** The head at `at`: a word, or "having" with its participle ("having considered"). */
function headAt(tokens: readonly string[], at: number): { word: string; next: number } | undefined {
  const word = tokens[at];
  if (word === undefined) return undefined;
  const participle = tokens[at + 1];
  if (word === 'having' && participle !== undefined) return { word: `having ${participle}`, next: at + 2 };
  return { word, next: at + 1 };
}

/** "having listened", "having received": a perfect participle built on any past participle. */
function isPerfectParticiple(head: string): boolean {
  return /^having (?:\w+ed|\w+en|heard|met|read|taken|held|seen|undertaken)$/.test(head);
}

/** Where the modifier at `at` ends (rulebook §3.3), or undefined when no modifier starts there. */
function modifierEnd(tokens: readonly string[], at: number, head: string, isHead: (word: string) => boolean): number | undefined {
  const token = tokens[at] ?? '';
  const fixed = longestMatch(tokens, at, words.fixedComplements.get(head) ?? []);
  if (fixed !== undefined) return fixed;
  if (token === 'with') return nounEnd(tokens, at + 1, words.withNouns);
  if (token === 'its') return itsEnd(tokens, at + 1);
  if (token === 'the') return nounEnd(tokens, at + 1, words.theNouns);
  if (token === 'it' && words.judgementHeads.has(head) && tokens[at + 1] !== undefined) return at + 2;
  if (token === 'and' && isHead(tokens[at + 1] ?? '')) return at + 2;
  if (/^(?:expressing|expresses|reiterating|reiterates)$/.test(head)) {
    const direct = nounEnd(tokens, at, words.directNouns);
    if (direct !== undefined) return direct;
  }
  return longestMatch(tokens, at, words.closingModifiers);
}

function itsEnd(tokens: readonly string[], at: number): number | undefined {
  const end = nounEnd(tokens, at, words.itsNouns);
  if (end === undefined) return undefined;
  const noun = tokens[end - 1];
  const preposition = tokens[end];
  return (noun === 'call' || noun === 'calls') && (preposition === 'upon' || preposition === 'for') ? end + 1 : end;
}

/** [intensifiers] NOUN, and "and" a second one: "regret and concern", "its gratitude and support". */
function nounEnd(tokens: readonly string[], at: number, nouns: ReadonlySet<string>): number | undefined {
  let index = at;
  while (words.intensifiers.has(tokens[index] ?? '')) index++;
  if (!nouns.has(tokens[index] ?? '')) return undefined;
  const second = tokens[index + 1] === 'and' ? nounEnd(tokens, index + 2, nouns) : undefined;
  return second ?? index + 1;
}

function longestMatch(tokens: readonly string[], at: number, phrases: readonly (readonly string[])[]): number | undefined {
  let best: number | undefined;
  for (const phrase of phrases) {
    if (phrase.every((part, offset) => tokens[at + offset] === part) && (best === undefined || at + phrase.length > best)) best = at + phrase.length;
  }
  return best;
}

/** Words that may follow a head inside an opening: candidates when mending a misspelt word. */
function modifierWords(): string[] {
  return [
    ...words.degreeAdverbs,
    ...words.sequenceAdverbs,
    ...words.intensifiers,
    ...words.withNouns,
    ...words.itsNouns,
    ...words.directNouns,
    'with',
    'its',
    'and',
    'upon',
    'note',
    'mind',
  ];
}
