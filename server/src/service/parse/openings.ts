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

/** How far the modifiers after the head reach; the phrase ends after the last complete modifier. */
function tailEnd(words: readonly Word[], from: number, head: string, kind: ParagraphKind): number {
  let end = from;
  let complemented = false;
  for (let step = 0; step < 6; step++) {
    const fixed: number | undefined = complemented ? undefined : matchAny(words, end, lexicon.fixedComplements.get(head) ?? []);
    complemented ||= fixed !== undefined;
    const next = fixed ?? modifierEnd(words, end, head, kind, end === from);
    if (next === undefined) return end;
    end = next;
  }
  return end;
}

function modifierEnd(words: readonly Word[], at: number, head: string, kind: ParagraphKind, first: boolean): number | undefined {
  const word = words[at]?.lower;
  if (word === undefined) return undefined;
  // Operative paragraphs put "Also"/"Further" first: "Encourages further efforts" keeps "further" out.
  if (lexicon.sequenceAdverbs.has(word)) return kind === 'preambular' ? at + 1 : undefined;
  if (word === 'with') return nounPhraseEnd(words, at + 1, lexicon.withNouns);
  if (word === 'its') return itsEnd(words, at + 1);
  if (first) {
    const special = headSpecificEnd(words, at, head);
    if (special !== undefined) return special;
  }
  if (word === 'and') return conjoinedEnd(words, at + 1, kind);
  return matchAny(words, at, lexicon.closingModifiers);
}

/** "Expressing deep concern", "Remaining deeply concerned", "Continues to encourage". */
function headSpecificEnd(words: readonly Word[], at: number, head: string): number | undefined {
  if (/^(?:expressing|expresses|reiterating|reiterates)$/.test(head)) return nounPhraseEnd(words, at, lexicon.directNouns);
  if (lexicon.stateHeads.has(head)) {
    const adjective = lexicon.degreeAdverbs.has(words[at]?.lower ?? '') ? at + 1 : at;
    return lexicon.stateAdjectives.has(words[adjective]?.lower ?? '') ? adjective + 1 : undefined;
  }
  if (lexicon.toInfinitiveHeads.has(head) && words[at]?.lower === 'to' && /^[a-z]+$/.test(words[at + 1]?.text ?? '')) return at + 2;
  return undefined;
}

function itsEnd(words: readonly Word[], at: number): number | undefined {
  const end = nounPhraseEnd(words, at, lexicon.itsNouns);
  if (end === undefined) return undefined;
  const noun = words[end - 1]?.lower ?? '';
  const preposition = words[end]?.lower ?? '';
  return (noun === 'call' || noun === 'calls') && (preposition === 'upon' || preposition === 'for') ? end + 1 : end;
}

function nounPhraseEnd(words: readonly Word[], at: number, nouns: ReadonlySet<string>): number | undefined {
  let index = at;
  while (lexicon.intensifiers.has(words[index]?.lower ?? '')) index++;
  return nouns.has(words[index]?.lower ?? '') ? index + 1 : undefined;
}

/** "Welcomes and encourages", "Recognizing and affirming": a second head of the same kind. */
function conjoinedEnd(words: readonly Word[], at: number, kind: ParagraphKind): number | undefined {
  const word = words[at]?.lower ?? '';
  const known = kind === 'operative' ? lexicon.operativeHeads : lexicon.preambularHeads;
  return known.has(word) ? at + 1 : undefined;
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
