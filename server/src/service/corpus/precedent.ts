// The precedent of a draft paragraph: the closest corpus wording, how close it is, and what is new
// against it.
//
// Similarity is `tokenSimilarity` (similarity.ts): 2·LCS / (|a| + |b|) over words and punctuation,
// after `paragraphKey` (whitespace, italics and footnote markers, final punctuation ignored).
// Status thresholds:
//   agreed   similarity = 1       the same words as an adopted paragraph
//   adapted  similarity >= 0.5    at least half of the two texts is common wording, in order
//   new      below 0.5 (or no candidate shares a rare word with the paragraph)
//
// Search: an exact wording is found by hash (keyTable.ts); otherwise the entries sharing the most
// rare words (`AgreedLanguageIndex.candidates`) are compared token by token, best first.

import { diffWords } from 'diff';
import type { ParagraphKind } from '../model';
import type { AdoptedWording, AgreedLanguageIndex } from './agreedLanguage';
import type { ResolutionRecord } from './indexData';
import { cleanText, paragraphKey, similarityTokens } from './normalize';
import { bagOverlapWith, tokenCounts, tokenSimilarity } from './similarity';

export type PrecedentStatus = 'agreed' | 'adapted' | 'new';

export const ADAPTED_SIMILARITY = 0.5;
/** How many candidates sharing rare words are compared in full. */
const CANDIDATES = 16;

export function precedentStatus(similarity: number): PrecedentStatus {
  if (similarity >= 1) return 'agreed';
  return similarity >= ADAPTED_SIMILARITY ? 'adapted' : 'new';
}

export interface PrecedentParagraph extends Omit<AdoptedWording, 'latest'> {
  /** The most recent resolution that holds this wording. */
  readonly resolution: ResolutionRecord;
  /** The paragraph's number in that resolution (operative number, or position in the preamble). */
  readonly number?: number;
}

export interface PrecedentMatch {
  readonly status: PrecedentStatus;
  /** In [0, 1]; 1 exactly when the words are the same. 0 when nothing in the corpus comes close. */
  readonly similarity: number;
  /** The closest corpus paragraph (also given when the status is `new`, if any candidate was found). */
  readonly closest?: PrecedentParagraph;
}

export function findPrecedent(index: AgreedLanguageIndex, text: string, kind?: ParagraphKind): PrecedentMatch {
  const exact = index.exact(text, kind);
  if (exact >= 0) return { status: 'agreed', similarity: 1, closest: describe(index, exact) };
  const tokens = similarityTokens(paragraphKey(text));
  if (tokens.length === 0) return { status: 'new', similarity: 0 };
  let candidates = index.candidates(text, CANDIDATES, kind);
  if (candidates.length === 0 && kind) candidates = index.candidates(text, CANDIDATES);
  // The bag overlap bounds the LCS from above: compare in order of that bound, stop when it cannot win.
  const counts = tokenCounts(tokens);
  const bounded = candidates
    .map((entry) => {
      const other = similarityTokens(paragraphKey(index.text(entry)));
      return { entry, other, bound: (2 * bagOverlapWith(counts, other)) / (tokens.length + other.length) };
    })
    .sort((a, b) => b.bound - a.bound || a.entry - b.entry);
  let best = -1;
  let bestSimilarity = 0;
  for (const { entry, other, bound } of bounded) {
    if (bound <= bestSimilarity) break;
    const similarity = tokenSimilarity(tokens, other);
    if (similarity > bestSimilarity) [best, bestSimilarity] = [entry, similarity];
  }
  if (best < 0) return { status: 'new', similarity: 0 };
  return { status: precedentStatus(bestSimilarity), similarity: bestSimilarity, closest: describe(index, best) };
}

function describe(index: AgreedLanguageIndex, entry: number): PrecedentParagraph {
  const { latest, ...wording } = index.adopted(entry);
  const number = wording.sources[0]?.number;
  return { ...wording, resolution: latest, ...(number ? { number } : {}) };
}

export type ChangeKind = 'same' | 'added' | 'removed';

export interface WordChange {
  readonly change: ChangeKind;
  readonly text: string;
  /** Offset in the cleaned draft text (`cleanText(draft)`) where a `same` or `added` part starts. */
  readonly offset?: number;
}

/** What the draft paragraph changes against its precedent, word by word (markers and spacing ignored). */
export function whatIsNew(draft: string, precedent: string): WordChange[] {
  const changes: WordChange[] = [];
  let offset = 0;
  for (const part of diffWords(cleanText(precedent), cleanText(draft))) {
    if (part.removed) {
      changes.push({ change: 'removed', text: part.value });
      continue;
    }
    changes.push({ change: part.added ? 'added' : 'same', text: part.value, offset });
    offset += part.value.length;
  }
  return changes;
}
