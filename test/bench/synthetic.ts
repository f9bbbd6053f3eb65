// A synthetic corpus of any size made from real resolutions: each copy gets a new symbol and session,
// its dates and numbers shifted, and in most paragraphs a few words replaced by other corpus words,
// so that deduplication does not fold the copies back into the originals. About one paragraph in ten
// is kept as it is, as agreed language recurs in a real corpus. Deterministic (seeded). Made one
// resolution at a time, as a loader reads one file at a time: an index build never holds them all.

import type { CorpusParagraph, CorpusResolution } from '../../server/src/service/corpus/types';
import { seededRandom } from '../support/seededRandom';

const KEPT_SHARE = 0.1;

export function* syntheticCorpus(bases: readonly CorpusResolution[], size: number, seed = 1): Generator<CorpusResolution> {
  const random = seededRandom(seed);
  const vocabulary = sampleVocabulary(bases, random);
  for (let i = 0; i < size; i++) {
    const base = bases[i % bases.length]!;
    const copy = Math.floor(i / bases.length);
    yield copy === 0 ? base : variant(base, i, copy, vocabulary, random);
  }
}

function variant(base: CorpusResolution, serial: number, copy: number, vocabulary: readonly string[], random: () => number): CorpusResolution {
  const session = 1 + (serial % 99);
  return {
    ...base,
    symbol: `A/RES/${session}/${1000 + serial}`,
    session,
    ...(base.date ? { date: shiftYear(base.date, -copy) } : {}),
    path: `${base.path}#${copy}`,
    paragraphs: base.paragraphs.map((paragraph) => (random() < KEPT_SHARE ? paragraph : varyParagraph(paragraph, copy, vocabulary, random))),
  };
}

function varyParagraph(paragraph: CorpusParagraph, copy: number, vocabulary: readonly string[], random: () => number): CorpusParagraph {
  const numbered = paragraph.text.replace(/\d+/g, (digits) => String(Number(digits) + copy));
  const words = numbered.split(' ');
  const changes = 1 + Math.floor(random() * 3);
  for (let change = 0; change < changes; change++) {
    // Never the first words: the opening phrase stays a real one.
    const at = 3 + Math.floor(random() * Math.max(1, words.length - 3));
    if (at < words.length) words[at] = vocabulary[Math.floor(random() * vocabulary.length)]!;
  }
  return { ...paragraph, text: words.join(' ') };
}

function shiftYear(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  return `${String(Math.max(1946, year)).padStart(4, '0')}${date.slice(4)}`;
}

function sampleVocabulary(bases: readonly CorpusResolution[], random: () => number): string[] {
  const words = new Set<string>();
  for (const base of bases) {
    const paragraph = base.paragraphs[Math.floor(random() * base.paragraphs.length)];
    for (const word of paragraph?.text.split(' ') ?? []) if (/^[a-z]{4,}$/.test(word)) words.add(word);
  }
  return [...words];
}
