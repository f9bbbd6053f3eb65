// The opening phrase of a paragraph: the italic span at its start when the draft marks one, otherwise
// the phrase the lexicon recognizes (rulebook §3.3: [adverbs] HEAD [modifiers]).

import type { Opening, ParagraphKind } from '../model';
import { openingLexicon as lexicon } from '../lexicon';

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

export interface FoundOpening {
  readonly opening: Opening;
  /** The kind of paragraph the head word belongs to, when the word says so. */
  readonly kind?: ParagraphKind;
}

const maxWords = 12;

/** Whether the head of a phrase is one the lexicon lists ("recalling", "having considered"), not only shaped like one ("Stockpiling"). */
export function knownHead(head: string): boolean {
  const word = head.split(' ')[0] ?? '';
  return lexicon.preambularHeads.has(word) || lexicon.operativeHeads.has(word);
}
/** Plural nouns that can open a numbered line of a table or a list ("1. Appropriations totalling ..."). */
const nounEnding = /(?:ions|ments|ness|ances|ences|ities|ures|ers|ors|ists|ants|ents|ives|ates|ships|als)$/;

/** The opening at `start` (the first character of the paragraph's text), looking no further than `limit`. */
export function findOpening(text: string, start: number, limit: number, hint?: ParagraphKind): FoundOpening | undefined {
  if (text[start] === '*' && text[start + 1] !== '*') return italicOpening(text, start, limit);
  return lexiconOpening(text, start, limit, hint);
}

function italicOpening(text: string, start: number, limit: number): FoundOpening | undefined {
  const close = closingAsterisk(text, start + 1, Math.min(limit, start + 200));
  if (close === undefined) return undefined;
  let from = start + 1;
  let to = close;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  const words = readWords(text, from, to, 20);
  if (words.length === 0) return undefined;
  const analysis = analyse(words);
  const opening: Opening = {
    text: text.slice(from, to).replace(/\s+/g, ' '),
    span: { start: from, end: to },
    italic: true,
    markedSpan: { start, end: close + 1 },
    head: analysis.head,
    ...(analysis.sequenceAdverb ? { sequenceAdverb: analysis.sequenceAdverb } : {}),
  };
  return { opening, ...(analysis.kind ? { kind: analysis.kind } : {}) };
}

function closingAsterisk(text: string, from: number, limit: number): number | undefined {
  for (let i = from; i < limit; i++) {
    const char = text[i];
    if (char === '*') return i > from ? i : undefined;
    if (char === '\n' && /^[ \t\u00a0\r]*\n/.test(text.slice(i + 1, i + 40))) return undefined;
  }
  return undefined;
}

function lexiconOpening(text: string, start: number, limit: number, hint?: ParagraphKind): FoundOpening | undefined {
  const words = readWords(text, start, limit, maxWords);
  const first = words[0];
  if (!first || !/^[A-Z]/.test(first.text)) return undefined;
  const head = headOf(words, hint);
  if (!head) return undefined;
  const end = tailEnd(words, head.after, head.word.lower, head.kind);
  const last = words[end - 1] ?? head.word;
  const analysis = analyse(words.slice(0, end));
  const opening: Opening = {
    text: words.slice(0, end).map((word) => word.text).join(' '),
    span: { start: first.start, end: last.end },
    italic: false,
    markedSpan: { start: first.start, end: last.end },
    head: analysis.head,
    ...(analysis.sequenceAdverb ? { sequenceAdverb: analysis.sequenceAdverb } : {}),
  };
  return { opening, kind: head.kind };
}

interface Head {
  readonly word: Word;
  /** Index of the first word after the head (after the participle of "Having considered"). */
  readonly after: number;
  readonly kind: ParagraphKind;
}

function headOf(words: readonly Word[], hint?: ParagraphKind): Head | undefined {
  const index = skipPrefixAdverbs(words);
  const word = words[index];
  if (!word) return undefined;
  if (word.lower === 'having') return havingHead(words, index);
  const kind = headKind(word, index === 0, hint);
  return kind ? { word, after: index + 1, kind } : undefined;
}

function havingHead(words: readonly Word[], index: number): Head | undefined {
  let next = index + 1;
  while (lexicon.sequenceAdverbs.has(words[next]?.lower ?? '')) next++;
  const participle = words[next];
  const word = words[index];
  if (!participle || !word || !/^[a-z]+$/.test(participle.text)) return undefined;
  return { word, after: next + 1, kind: 'preambular' };
}

/** The kind a head word belongs to; a head after an adverb ("Also requests") is in lower case. */
function headKind(word: Word, first: boolean, hint?: ParagraphKind): ParagraphKind | undefined {
  if (first && !/^[A-Z]/.test(word.text)) return undefined;
  if (lexicon.operativeHeads.has(word.lower)) return 'operative';
  if (lexicon.preambularHeads.has(word.lower)) return 'preambular';
  if (/ing$/.test(word.lower) && !lexicon.notPreambularHeads.has(word.lower)) return 'preambular';
  if (hint !== 'operative') return undefined;
  if (/(?:[^s]s|sses)$/.test(word.lower) && !nounEnding.test(word.lower)) return 'operative';
  const thirdPerson = lexicon.operativeHeads.has(`${word.lower}s`) || lexicon.operativeHeads.has(`${word.lower}es`);
  return thirdPerson ? 'operative' : undefined;
}

function skipPrefixAdverbs(words: readonly Word[]): number {
  let index = 0;
  for (;;) {
    const word = words[index]?.lower ?? '';
    const next = words[index + 1]?.lower ?? '';
    if (word === 'once' && (next === 'again' || next === 'more')) index += 2;
    else if (lexicon.sequenceAdverbs.has(word) || lexicon.degreeAdverbs.has(word)) index++;
    else return index;
  }
}

interface Tail {
  readonly head: string;
  readonly kind: ParagraphKind;
  /** No modifier read yet: head-specific modifiers come first ("Expressing deep concern"). */
  readonly first: boolean;
  /** A fixed complement was read: the corpus never italicizes an "its" phrase after "Bearing in mind" (56 of 56). */
  readonly complemented: boolean;
  /** A preambular "also" or "further" was read: only a "with" phrase follows inside the italics (911 of 918). */
  readonly sequenced: boolean;
}

/** How far the modifiers after the head reach; the phrase ends after the last complete modifier. */
function tailEnd(words: readonly Word[], from: number, head: string, kind: ParagraphKind): number {
  let end = from;
  let complemented = false;
  let sequenced = false;
  for (let step = 0; step < 6; step++) {
    const fixed: number | undefined = complemented || sequenced ? undefined : matchAny(words, end, lexicon.fixedComplements.get(head) ?? []);
    const next = fixed ?? modifierEnd(words, end, { head, kind, first: end === from, complemented, sequenced });
    if (next === undefined) return end;
    complemented ||= fixed !== undefined;
    sequenced ||= kind === 'preambular' && lexicon.sequenceAdverbs.has(words[end]?.lower ?? '');
    end = next;
  }
  return end;
}

function modifierEnd(words: readonly Word[], at: number, tail: Tail): number | undefined {
  const word = words[at]?.lower;
  if (word === undefined) return undefined;
  if (word === 'with') return nounPhraseEnd(words, at + 1, lexicon.withNouns);
  if (tail.sequenced) return undefined;
  if (lexicon.sequenceAdverbs.has(word)) return sequenceAdverbEnd(word, at, tail.kind);
  if (word === 'its') return tail.complemented ? undefined : itsEnd(words, at + 1);
  if (tail.first) {
    const special = headSpecificEnd(words, at, tail);
    if (special !== undefined) return special;
  }
  if (word === 'and') return conjoinedEnd(words, at + 1, tail.kind);
  const closing = matchAny(words, at, lexicon.headClosingModifiers.get(tail.head) ?? []) ?? matchAny(words, at, lexicon.closingModifiers);
  // "Stressing again" is italic; "Welcomes again" is not (2 of 2).
  return closing === at + 1 && word === 'again' && tail.kind === 'operative' ? undefined : closing;
}

/**
 * "Recognizing further" and "Decides also" keep the adverb in the italics; "Encourages further efforts"
 * does not (the corpus italicizes "further" after an operative verb in none of 95 paragraphs).
 */
function sequenceAdverbEnd(word: string, at: number, kind: ParagraphKind): number | undefined {
  return kind === 'preambular' || word === 'also' ? at + 1 : undefined;
}

/** "Expressing deep concern", "Remaining deeply concerned", "Continues to express particular concern", "Considers it important". */
function headSpecificEnd(words: readonly Word[], at: number, tail: Tail): number | undefined {
  const { head } = tail;
  const word = words[at]?.lower ?? '';
  if (/^(?:expressing|expresses)$/.test(head) && word === 'the') return nounPhraseEnd(words, at + 1, lexicon.theNouns);
  if (/^(?:expressing|expresses|reiterating|reiterates)$/.test(head)) return nounPhraseEnd(words, at, lexicon.directNouns);
  if (head === 'sharing') return nounPhraseEnd(words, word === 'the' ? at + 1 : at, lexicon.directNouns);
  if (lexicon.stateHeads.has(head)) {
    const adjective = lexicon.degreeAdverbs.has(word) ? at + 1 : at;
    return lexicon.stateAdjectives.has(words[adjective]?.lower ?? '') ? adjective + 1 : undefined;
  }
  if (lexicon.toInfinitiveHeads.has(head)) return infinitiveEnd(words, at, tail.kind);
  return lexicon.judgementHeads.has(head) && word === 'it' ? judgementEnd(words, at + 1) : undefined;
}

/** "to" and a verb, with that verb's own modifiers: "Continues to express particular concern". */
function infinitiveEnd(words: readonly Word[], at: number, kind: ParagraphKind): number | undefined {
  const verb = words[at + 1];
  if (words[at]?.lower !== 'to' || !verb || !/^[a-z]+$/.test(verb.text)) return undefined;
  const thirdPerson = [`${verb.lower}s`, `${verb.lower}es`].find((form) => lexicon.operativeHeads.has(form));
  return thirdPerson ? tailEnd(words, at + 2, thirdPerson, kind) : at + 2;
}

/** "it" and the judgement: "Believing it necessary", "Considers it intolerable". */
function judgementEnd(words: readonly Word[], at: number): number | undefined {
  const judgement = words[at];
  return judgement && /^[a-z]+(?:able|ible|al|ant|ent|ing|ary|ive|ful|ous|ic)$/.test(judgement.text) ? at + 1 : undefined;
}

function itsEnd(words: readonly Word[], at: number): number | undefined {
  const end = nounPhraseEnd(words, at, lexicon.itsNouns);
  if (end === undefined) return undefined;
  const noun = words[end - 1]?.lower ?? '';
  const preposition = words[end]?.lower ?? '';
  return (noun === 'call' || noun === 'calls') && (preposition === 'upon' || preposition === 'for') ? end + 1 : end;
}

/** [intensifiers] NOUN, and a second one after "and": "regret and concern", "its invitation and encouragement". */
function nounPhraseEnd(words: readonly Word[], at: number, nouns: ReadonlySet<string>): number | undefined {
  const end = bareNounEnd(words, at, nouns);
  if (end === undefined || words[end]?.lower !== 'and') return end;
  return bareNounEnd(words, end + 1, coordinatedNouns) ?? end;
}

function bareNounEnd(words: readonly Word[], at: number, nouns: ReadonlySet<string>): number | undefined {
  let index = at;
  while (lexicon.intensifiers.has(words[index]?.lower ?? '')) index++;
  return nouns.has(words[index]?.lower ?? '') ? index + 1 : undefined;
}

const coordinatedNouns: ReadonlySet<string> = new Set([...lexicon.withNouns, ...lexicon.itsNouns, ...lexicon.directNouns]);

/**
 * "Welcomes and encourages", "Deplores and strongly condemns", "Welcomes and continues to encourage":
 * a second head of the same kind. Not one that needs a complement: "Welcomes and calls upon" is
 * italicized as "Welcomes".
 */
function conjoinedEnd(words: readonly Word[], at: number, kind: ParagraphKind): number | undefined {
  let index = at;
  while (lexicon.degreeAdverbs.has(words[index]?.lower ?? '') || lexicon.sequenceAdverbs.has(words[index]?.lower ?? '')) index++;
  const word = words[index]?.lower ?? '';
  const known = kind === 'operative' ? lexicon.operativeHeads : lexicon.preambularHeads;
  if (!known.has(word) || lexicon.fixedComplements.has(word)) return undefined;
  return lexicon.toInfinitiveHeads.has(word) ? (infinitiveEnd(words, index + 1, kind) ?? index + 1) : index + 1;
}

function matchAny(words: readonly Word[], at: number, phrases: readonly (readonly string[])[]): number | undefined {
  let best: number | undefined;
  for (const phrase of phrases) {
    const fits = phrase.every((part, offset) => words[at + offset]?.lower === part);
    if (fits && (best === undefined || at + phrase.length > best)) best = at + phrase.length;
  }
  return best;
}

interface Analysis {
  readonly head: string;
  readonly sequenceAdverb?: 'also' | 'further';
  readonly kind?: ParagraphKind;
}

/** Head word and sequence adverb of a phrase, whether it came from italics or from the lexicon. */
function analyse(words: readonly Word[]): Analysis {
  const adverb = words.find((word) => word.lower === 'also' || word.lower === 'further')?.lower as 'also' | 'further' | undefined;
  const index = skipPrefixAdverbs(words);
  const word = words[index] ?? words[0];
  if (!word) return { head: '' };
  const having = word.lower === 'having' ? havingHead(words, index) : undefined;
  const participle = having ? words[having.after - 1]?.lower : undefined;
  const head = participle ? `having ${participle}` : word.lower;
  const kind = having ? 'preambular' : headKind(word, index === 0);
  return { head, ...(adverb ? { sequenceAdverb: adverb } : {}), ...(kind ? { kind } : {}) };
}

/** Words (letters, hyphens, apostrophes) from `start`, across single line breaks, up to punctuation. */
function readWords(text: string, start: number, limit: number, max: number): Word[] {
  const words: Word[] = [];
  let i = start;
  while (i < limit && words.length < max) {
    let end = i;
    while (end < limit && /[\p{L}\p{M}'’\-‑]/u.test(text[end] ?? '')) end++;
    if (end === i) break;
    const word = text.slice(i, end);
    words.push({ text: word, lower: word.toLowerCase(), start: i, end });
    i = skipGap(text, end, limit);
    if (i === end) break;
  }
  return words;
}

/** Past the spaces (and at most one line break) after a word; `at` itself when no space follows. */
function skipGap(text: string, at: number, limit: number): number {
  let i = at;
  let breaks = 0;
  while (i < limit) {
    const char = text[i];
    if (char === '\n') breaks++;
    else if (char !== ' ' && char !== '\t' && char !== '\u00a0' && char !== '\r') break;
    if (breaks > 1) return at;
    i++;
  }
  return i;
}
