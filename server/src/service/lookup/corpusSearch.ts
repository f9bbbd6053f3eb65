// Workspace symbol search over the corpus: "66/181", "A/RES/66/18" or "E/RES/2007" find resolutions by
// symbol prefix; words ("crime prevention", "law of the sea") find the resolutions whose titles hold
// a word starting with each of them, most recent first; only when none does, a fuzzy title search
// forgives a typo. Word matching is a scan of the titles (a few milliseconds for 1,600 resolutions),
// where fuzzy matching takes a tenth of a second a query.

import type { Corpus } from '../corpus/corpus';
import type { ResolutionRecord } from '../corpus/indexData';

const SYMBOL_QUERY = /^(?:[A-Z]+\/(?:[A-Z]+\/)*)?\d/i;

interface TitledRecord {
  readonly record: ResolutionRecord;
  readonly words: readonly string[];
}

interface TitleIndex {
  readonly titled: readonly TitledRecord[];
  readonly bySymbol: ReadonlyMap<string, ResolutionRecord>;
}

const titleIndexes = new WeakMap<Corpus, TitleIndex>();

/** The resolutions a query finds, without their paragraphs (which large resolutions take milliseconds to decode). */
export function searchCorpusResolutions(corpus: Corpus, query: string, limit: number): ResolutionRecord[] {
  const typed = query.trim();
  if (typed === '') return [];
  const symbols = SYMBOL_QUERY.test(typed) ? corpus.symbolsByPrefix(typed, limit).map((found) => found.symbol) : [];
  const found = symbols.length > 0 ? symbols : byTitle(corpus, typed, limit);
  const { bySymbol } = titleIndex(corpus);
  return found.flatMap((symbol) => bySymbol.get(symbol) ?? []);
}

function byTitle(corpus: Corpus, typed: string, limit: number): string[] {
  const wanted = words(typed);
  const matching = titleIndex(corpus)
    .titled.filter((entry) => wanted.every((word) => entry.words.some((candidate) => candidate.startsWith(word))))
    .sort((a, b) => (b.record.date ?? '').localeCompare(a.record.date ?? ''))
    .slice(0, limit)
    .map((entry) => entry.record.symbol);
  return matching.length > 0 ? matching : corpus.searchTitles(typed, limit).map((found) => found.symbol);
}

function titleIndex(corpus: Corpus): TitleIndex {
  let index = titleIndexes.get(corpus);
  if (!index) {
    const records = corpus.data.resolutions;
    index = {
      titled: records.map((record) => ({ record, words: words(record.title ?? '') })),
      bySymbol: new Map(records.map((record) => [record.symbol, record])),
    };
    titleIndexes.set(corpus, index);
  }
  return index;
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
