// Resolution series: resolutions with the same or nearly the same title ("Strengthening the United
// Nations crime prevention and criminal justice programme, ..." every other year). Affinity of a
// draft's title to each corpus resolution is 1 for the same series key, otherwise 0.9 × the Jaccard
// overlap of their title words (function words left out). An inverted index of title words keeps
// this to the resolutions sharing a word with the title; the last few titles asked are memoized,
// since a draft's title rarely changes between two keystrokes.

import { seriesKey } from './normalize';

const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'its', 'with', 'by', 'at', 'as']);
const NEAR_SERIES = 0.9;
const MEMORY = 4;

export interface Titled {
  readonly title?: string;
}

export class SeriesIndex {
  private readonly keys: string[];
  private readonly wordCounts: Uint16Array;
  private readonly byWord = new Map<string, number[]>();
  private readonly memo: { title: string; affinity: Float32Array }[] = [];

  constructor(resolutions: readonly Titled[]) {
    this.keys = resolutions.map((resolution) => seriesKey(resolution.title ?? ''));
    this.wordCounts = new Uint16Array(resolutions.length);
    this.keys.forEach((key, index) => {
      const words = titleWords(key);
      this.wordCounts[index] = words.size;
      for (const word of words) {
        const list = this.byWord.get(word);
        if (list) list.push(index);
        else this.byWord.set(word, [index]);
      }
    });
  }

  /** The series key of a corpus resolution. */
  key(index: number): string {
    return this.keys[index] ?? '';
  }

  /** Affinity of `title` to every corpus resolution, in [0, 1]. */
  affinity(title: string): Float32Array {
    const remembered = this.memo.find((item) => item.title === title);
    if (remembered) return remembered.affinity;
    const affinity = this.compute(title);
    this.memo.unshift({ title, affinity });
    this.memo.length = Math.min(this.memo.length, MEMORY);
    return affinity;
  }

  private compute(title: string): Float32Array {
    const affinity = new Float32Array(this.keys.length);
    const key = seriesKey(title);
    const words = titleWords(key);
    if (words.size === 0) return affinity;
    const shared = new Uint16Array(this.keys.length);
    for (const word of words) for (const index of this.byWord.get(word) ?? []) shared[index]!++;
    shared.forEach((common, index) => {
      if (common === 0) return;
      const union = words.size + (this.wordCounts[index] ?? 0) - common;
      affinity[index] = this.keys[index] === key ? 1 : (NEAR_SERIES * common) / union;
    });
    return affinity;
  }
}

function titleWords(key: string): Set<string> {
  return new Set(key.split(' ').filter((word) => word.length > 0 && !FUNCTION_WORDS.has(word)));
}
