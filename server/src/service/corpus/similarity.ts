// How alike two paragraphs are: 2·LCS / (|a| + |b|) over their words and punctuation marks (the
// longest common subsequence of tokens, in order). It is 1 exactly when the token sequences are the
// same, falls with every word added, dropped or changed, and reads like the word diff a drafter sees.

import { paragraphKey, similarityTokens } from './normalize';

/** Beyond this many DP cells (after the common prefix and suffix are set aside) the bag overlap stands in. */
const MAX_CELLS = 4_000_000;

export function paragraphSimilarity(a: string, b: string): number {
  return tokenSimilarity(similarityTokens(paragraphKey(a)), similarityTokens(paragraphKey(b)));
}

export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  return (2 * commonSubsequenceLength(a, b)) / total;
}

export function commonSubsequenceLength(a: readonly string[], b: readonly string[]): number {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const restA = a.slice(head, a.length - tail);
  const restB = b.slice(head, b.length - tail);
  const middle = restA.length * restB.length > MAX_CELLS ? bagOverlap(restA, restB) : lcs(restA, restB);
  return head + tail + middle;
}

function lcs(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const ids = new Map<string, number>();
  const idOf = (token: string) => ids.get(token) ?? ids.set(token, ids.size).get(token)!;
  const left = Int32Array.from(a, idOf);
  const right = Int32Array.from(b, idOf);
  let previous = new Uint32Array(right.length + 1);
  let current = new Uint32Array(right.length + 1);
  for (let i = 0; i < left.length; i++) {
    const token = left[i];
    for (let j = 0; j < right.length; j++) {
      current[j + 1] = token === right[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, current[j]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length]!;
}

/** Tokens the two have in common regardless of order: an upper bound of the LCS. */
export function bagOverlap(a: readonly string[], b: readonly string[]): number {
  return bagOverlapWith(tokenCounts(a), b);
}

export function tokenCounts(tokens: readonly string[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** `bagOverlap` with the first side's counts computed once (they are not changed). */
export function bagOverlapWith(counts: ReadonlyMap<string, number>, b: readonly string[]): number {
  const used = new Map<string, number>();
  let common = 0;
  for (const token of b) {
    const taken = used.get(token) ?? 0;
    if (taken < (counts.get(token) ?? 0)) {
      common++;
      used.set(token, taken + 1);
    }
  }
  return common;
}
