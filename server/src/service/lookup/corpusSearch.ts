// Workspace symbol search over the corpus: "66/181", "A/RES/66/18" or "E/RES/2007" find resolutions by
// symbol prefix; anything else ("crime prevention") by their titles, fuzzily.

import type { Corpus } from '../corpus/corpus';
import type { CorpusResolution } from '../corpus/types';

const SYMBOL_QUERY = /^(?:[A-Z]+\/(?:[A-Z]+\/)*)?\d/i;

export function searchCorpusResolutions(corpus: Corpus, query: string, limit: number): CorpusResolution[] {
  const typed = query.trim();
  if (typed === '') return [];
  const symbols = SYMBOL_QUERY.test(typed) ? corpus.symbolsByPrefix(typed, limit).map((found) => found.symbol) : [];
  const titles = symbols.length > 0 ? [] : corpus.searchTitles(typed, limit).map((found) => found.symbol);
  return [...symbols, ...titles].flatMap((symbol) => corpus.resolution(symbol) ?? []);
}
