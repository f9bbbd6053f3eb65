// The corpus a drafter works against (built-in seeds plus `unres.corpus.paths`), as one object with
// every query the features need. Build it with `Corpus.fromResolutions` (or from the cache's
// IndexData); it never changes afterwards, so a new corpus replaces the old one wholesale. In the
// server, `context.corpus.current` is the corpus in use (see corpusService.ts).
//
//   corpus.completeParagraph('Requests the Secretary-General to', { title, kind, draftParagraphs })
//       whole adopted paragraphs continuing the typed words, ranked, with their sources (complete.ts)
//   corpus.completeOpening('Reaff', 'preambular')      opening phrases / verbs by corpus frequency
//   corpus.precedent(corpusParagraphText(paragraph), paragraph.kind)
//       closest wording, similarity, status agreed/adapted/new (precedent.ts; fromModel.ts for the text);
//       draftPrecedents(document, corpus) does it for every paragraph of a parsed draft
//   whatIsNew(draftText, precedent.closest.text)       word diff (precedent.ts)
//   corpus.resolution('A/RES/74/261 B') / ('66/181')   a resolution with its paragraphs and footnotes
//   corpus.resolutionsOfSession(66), corpus.previousInSeries(title, before)
//   corpus.symbolsByPrefix('66/')                      for citation completion
//   corpus.searchAgreedLanguage('human trafficking victims'), corpus.searchTitles('crime prevention')
//   CorpusFacts (facts.ts): openingCounts, resolutionFacts, sessions, paragraphsContaining, for the rules
// Entry ids (`entry` in suggestions and precedents) are stable for one Corpus object only.

import Fuse from 'fuse.js';
import type { ParagraphKind } from '../model';
import { AgreedLanguageIndex, adoptionDay, describeSources } from './agreedLanguage';
import { completeParagraph, type AgreedLanguageSuggestion, type CompletionContext } from './complete';
import type { CorpusFacts } from './facts';
import { buildIndexData, kindCode, kindOf, withEnding, type IndexData, type ResolutionRecord } from './indexData';
import { cleanText, wordTokens } from './normalize';
import { findPrecedent, type PrecedentMatch } from './precedent';
import { SeriesIndex } from './series';
import type { CorpusParagraph, CorpusProblem, CorpusResolution } from './types';

export interface OpeningSuggestion {
  readonly opening: string;
  readonly kind: ParagraphKind;
  /** How many corpus paragraphs open with it. */
  readonly count: number;
}

export interface SymbolSuggestion {
  readonly symbol: string;
  readonly date?: string;
  readonly title?: string;
}

export interface SeriesMatch {
  readonly resolution: ResolutionRecord;
  /** 1 for the same title (up to case and punctuation), less for a related one. */
  readonly affinity: number;
}

/** Below this title affinity a resolution is not taken for the same series. */
const SERIES_AFFINITY = 0.5;

/** Symbols whose facts are remembered: far more than a draft cites. */
const MEMO_LIMIT = 10_000;

export class Corpus implements CorpusFacts {
  readonly index: AgreedLanguageIndex;
  readonly series: SeriesIndex;
  private readonly bySymbol = new Map<string, number>();
  private readonly shortSymbols: { short: string; index: number }[];
  /** Each resolution's place in numeric symbol order (made on the first symbol completion). */
  private symbolRank: Uint32Array | undefined;
  private readonly openings = new Map<ParagraphKind, Map<string, number>>();
  private readonly containing = new Map<string, number>();
  private readonly factsBySymbol = new Map<string, ResolutionRecord | undefined>();
  private sessionsHeld: ReadonlySet<number> | undefined;
  private titleSearch: Fuse<ResolutionRecord> | undefined;
  private readonly openingSearch = new Map<ParagraphKind, Fuse<string>>();

  constructor(
    readonly data: IndexData,
    readonly problems: readonly CorpusProblem[] = [],
  ) {
    this.index = new AgreedLanguageIndex(data);
    this.series = new SeriesIndex(data.resolutions);
    data.resolutions.forEach((resolution, index) => this.bySymbol.set(normalizeSymbol(resolution.symbol), index));
    this.shortSymbols = data.resolutions
      .map((resolution, index) => ({ short: shortSymbol(resolution.symbol), index }))
      .sort((a, b) => (a.short < b.short ? -1 : a.short > b.short ? 1 : 0));
  }

  static fromResolutions(resolutions: readonly CorpusResolution[], problems: readonly CorpusProblem[] = []): Corpus {
    return new Corpus(buildIndexData(resolutions), problems);
  }

  get resolutionCount(): number {
    return this.data.resolutions.length;
  }

  /** Corpus paragraphs (every occurrence, not distinct wordings). */
  get paragraphCount(): number {
    return this.data.parEntry.length;
  }

  /** Distinct wordings. */
  get entryCount(): number {
    return this.index.entryCount;
  }

  completeParagraph(typed: string, context?: CompletionContext): AgreedLanguageSuggestion[] {
    return completeParagraph(this.index, this.series, typed, context);
  }

  /**
   * Opening phrases (preambular) or verbs (operative) starting with the typed text, most used first;
   * when fewer than `limit` start with it, the closest by spelling follow ("Reafirming" -> "Reaffirming").
   */
  completeOpening(typed: string, kind: ParagraphKind, limit = 20): OpeningSuggestion[] {
    const prefix = cleanText(typed).toLowerCase();
    const counts = this.openingCounts(kind);
    const starting = [...counts]
      .filter(([opening]) => opening.toLowerCase().startsWith(prefix))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([opening]) => opening);
    const close = starting.length < limit && prefix.length >= 3 ? this.openingsSpelledLike(prefix, kind) : [];
    return [...new Set([...starting, ...close])].slice(0, limit).map((opening) => ({ opening, kind, count: counts.get(opening) ?? 0 }));
  }

  private openingsSpelledLike(typed: string, kind: ParagraphKind): string[] {
    let search = this.openingSearch.get(kind);
    if (!search) {
      search = new Fuse([...this.openingCounts(kind).keys()], { threshold: 0.3, ignoreLocation: true, includeScore: true });
      this.openingSearch.set(kind, search);
    }
    return search.search(typed, { limit: 10 }).map((result) => result.item);
  }

  precedent(paragraphText: string, kind?: ParagraphKind): PrecedentMatch {
    return findPrecedent(this.index, paragraphText, kind);
  }

  /** A resolution by symbol: "A/RES/74/261 B", "74/261 B", "A/RES/66/181"; part A also answers to the bare symbol. */
  resolution(symbol: string): CorpusResolution | undefined {
    const index = this.resolutionIndex(symbol);
    return index === undefined ? undefined : this.resolutionAt(index);
  }

  resolutionsOfSession(session: number): ResolutionRecord[] {
    return this.data.resolutions.filter((resolution) => resolution.session === session);
  }

  /**
   * The most recent resolution of the series a title belongs to (the same title, else the closest one
   * above SERIES_AFFINITY), adopted before `before` when given: "compare with the previous resolution".
   */
  previousInSeries(title: string, before?: { readonly date?: string; readonly session?: number }): SeriesMatch | undefined {
    const affinity = this.series.affinity(title);
    const limit = before ? adoptionDay(before) : Infinity;
    let best: number | undefined;
    affinity.forEach((value, index) => {
      if (value < SERIES_AFFINITY || (this.index.adoptionDay[index] ?? 0) >= limit) return;
      if (best === undefined || value > affinity[best]! || (value === affinity[best] && this.later(index, best))) best = index;
    });
    return best === undefined ? undefined : { resolution: this.data.resolutions[best]!, affinity: affinity[best]! };
  }

  /** Resolutions whose symbol starts with the typed prefix ("66/", "A/RES/66/18"), in numeric order. */
  symbolsByPrefix(typed: string, limit = 100): SymbolSuggestion[] {
    const prefix = shortSymbol(typed);
    let low = 0;
    let high = this.shortSymbols.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.shortSymbols[middle]!.short < prefix) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let at = low; at < this.shortSymbols.length && this.shortSymbols[at]!.short.startsWith(prefix); at++) {
      found.push(this.shortSymbols[at]!.index);
    }
    const rank = (this.symbolRank ??= symbolRanks(this.data.resolutions));
    return found
      .sort((a, b) => rank[a]! - rank[b]!)
      .slice(0, limit)
      .map((index) => {
        const { symbol, date, title } = this.data.resolutions[index]!;
        return { symbol, ...(date ? { date } : {}), ...(title ? { title } : {}) };
      });
  }

  /** Wordings sharing the most words with a free-text query ("search agreed language"), most shared first. */
  searchAgreedLanguage(query: string, limit = 20): AgreedLanguageSuggestion[] {
    const wanted = new Set(wordTokens(query));
    return this.index
      .candidates(query, limit * 5)
      .map((entry) => ({ entry, shared: countShared(wanted, this.index.text(entry)) }))
      .sort((a, b) => b.shared - a.shared || this.index.occurrences(b.entry) - this.index.occurrences(a.entry))
      .slice(0, limit)
      .map(({ entry, shared }) => {
        const sources = this.index.sources(entry);
        const opening = this.index.opening(entry);
        return {
          entry,
          text: this.index.text(entry),
          kind: this.index.kind(entry),
          ...(opening ? { opening } : {}),
          occurrences: this.index.occurrences(entry),
          latest: sources[0]!.resolution,
          sources,
          sourceLabel: describeSources(sources),
          score: shared / Math.max(1, wanted.size),
        };
      });
  }

  /**
   * Resolutions whose title shares the most words with the query (most recent first among equals);
   * when no title shares a word, the closest by spelling (fuse.js), for typos.
   */
  searchTitles(query: string, limit = 20): ResolutionRecord[] {
    const affinity = this.series.affinity(query);
    const sharing = [...affinity.keys()]
      .filter((index) => affinity[index]! > 0)
      .sort((a, b) => affinity[b]! - affinity[a]! || (this.index.adoptionDay[b] ?? 0) - (this.index.adoptionDay[a] ?? 0))
      .slice(0, limit)
      .map((index) => this.data.resolutions[index]!);
    if (sharing.length > 0) return sharing;
    this.titleSearch ??= new Fuse([...this.data.resolutions], { keys: ['title', 'symbol'], threshold: 0.4, ignoreLocation: true });
    return this.titleSearch.search(query, { limit }).map((result) => result.item);
  }

  // CorpusFacts

  openingCounts(kind: ParagraphKind): ReadonlyMap<string, number> {
    let counts = this.openings.get(kind);
    if (counts) return counts;
    counts = new Map();
    const code = kindCode(kind);
    for (let entry = 0; entry < this.index.entryCount; entry++) {
      const opening = this.data.entryKind[entry] === code ? this.index.opening(entry) : undefined;
      if (opening) counts.set(opening, (counts.get(opening) ?? 0) + this.index.occurrences(entry));
    }
    this.openings.set(kind, counts);
    return counts;
  }

  resolutionFacts(symbol: string): ResolutionRecord | undefined {
    if (this.factsBySymbol.has(symbol)) return this.factsBySymbol.get(symbol);
    const index = this.resolutionIndex(symbol);
    const record = index === undefined ? undefined : this.data.resolutions[index];
    // A pasted list of thousands of symbols must not grow the memo without end.
    if (this.factsBySymbol.size >= MEMO_LIMIT) this.factsBySymbol.clear();
    this.factsBySymbol.set(symbol, record);
    return record;
  }

  sessions(): ReadonlySet<number> {
    this.sessionsHeld ??= new Set(this.data.resolutions.flatMap((resolution) => (resolution.session ? [resolution.session] : [])));
    return this.sessionsHeld;
  }

  paragraphsContaining(phrase: string): number {
    const wanted = cleanText(phrase);
    let count = this.containing.get(wanted);
    if (count === undefined) {
      count = 0;
      for (const entry of this.entriesWithWords(wordTokens(wanted))) {
        if (cleanText(this.index.text(entry)).includes(wanted)) count += this.index.occurrences(entry);
      }
      this.containing.set(wanted, count);
    }
    return count;
  }

  /** Entries holding every one of the words (intersection of the three rarest posting lists). */
  private entriesWithWords(words: readonly string[]): number[] {
    const lists = [...new Set(words)]
      .map((word) => this.postingsOf(word))
      .sort((a, b) => a.length - b.length)
      .slice(0, 3);
    if (lists.length === 0) return [];
    return lists.slice(1).reduce((kept, list) => intersect(kept, list), [...lists[0]!]);
  }

  private postingsOf(word: string): Uint32Array {
    const id = this.index.wordId(word);
    if (id === undefined) return new Uint32Array(0);
    return this.data.postings.subarray(this.data.postStart[id], this.data.postStart[id + 1]);
  }

  private resolutionIndex(symbol: string): number | undefined {
    const wanted = normalizeSymbol(symbol);
    const found = this.bySymbol.get(wanted);
    if (found !== undefined) return found;
    const part = / ([A-Z])$/.exec(wanted);
    // Part A of a multi-part resolution is often published under the bare symbol (74/261 of 27 December 2019).
    if (part?.[1] === 'A') return this.bySymbol.get(wanted.slice(0, -2));
    return part ? undefined : this.bySymbol.get(`${wanted} A`);
  }

  /** The resolution at `index` of `data.resolutions`, paragraphs included. */
  resolutionAt(index: number): CorpusResolution {
    const paragraphs: CorpusParagraph[] = [];
    for (let p = this.data.parStart[index] ?? 0; p < (this.data.parStart[index + 1] ?? 0); p++) {
      const entry = this.data.parEntry[p] ?? 0;
      const kind = kindOf(this.data.entryKind[entry] ?? 0);
      const number = this.data.parNumber[p] ?? 0;
      const opening = this.index.opening(entry);
      paragraphs.push({
        kind,
        ...(kind === 'operative' && number > 0 ? { number } : {}),
        ...(opening ? { opening } : {}),
        text: withEnding(this.index.text(entry), this.data.parEnding[p] ?? 0),
      });
    }
    return { ...this.data.resolutions[index]!, paragraphs };
  }

  private later(a: number, b: number): boolean {
    return (this.index.adoptionDay[a] ?? 0) > (this.index.adoptionDay[b] ?? 0);
  }
}

/** "66/181" -> "A/RES/66/181"; spacing and case of a part letter made regular ("74/261b" -> "A/RES/74/261 B"). */
export function normalizeSymbol(symbol: string): string {
  const compact = symbol.replace(/[\s\u00a0]+/g, ' ').trim().toUpperCase();
  const full = /^\d/.test(compact) ? `A/RES/${compact}` : compact;
  return full.replace(/^(A\/RES\/(?:ES-\d+\/|S-\d+\/)?\d+\/\d+) ?([A-Z])$/, '$1 $2');
}

function shortSymbol(symbol: string): string {
  return normalizeSymbol(symbol).replace(/^A\/RES\//, '');
}

/** Each resolution's place when symbols are sorted by their numbers ("77/9" before "77/10"), then as text. */
function symbolRanks(resolutions: readonly ResolutionRecord[]): Uint32Array {
  const keys = resolutions.map((resolution) => ({ symbol: resolution.symbol, numbers: (resolution.symbol.match(/\d+/g) ?? []).map(Number) }));
  const order = Array.from(keys.keys()).sort((a, b) => compareSymbolKeys(keys[a]!, keys[b]!));
  const ranks = new Uint32Array(resolutions.length);
  order.forEach((index, rank) => (ranks[index] = rank));
  return ranks;
}

function compareSymbolKeys(a: { symbol: string; numbers: number[] }, b: { symbol: string; numbers: number[] }): number {
  for (let i = 0; i < Math.max(a.numbers.length, b.numbers.length); i++) {
    const difference = (a.numbers[i] ?? -1) - (b.numbers[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0;
}

function countShared(wanted: ReadonlySet<string>, text: string): number {
  const present = new Set(wordTokens(text));
  let shared = 0;
  for (const word of wanted) if (present.has(word)) shared++;
  return shared;
}

function intersect(sorted: readonly number[], list: Uint32Array): number[] {
  const kept: number[] = [];
  let j = 0;
  for (const value of sorted) {
    while (j < list.length && list[j]! < value) j++;
    if (list[j] === value) kept.push(value);
  }
  return kept;
}
