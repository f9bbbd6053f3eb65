// The agreed-language index: every wording of every corpus paragraph once, with all the resolutions
// that adopted it. Wraps the columns of IndexData (indexData.ts) and derives at construction what is
// cheap to derive (the sources of each entry, its most recent resolution, adoption days).
//
// Queries that features use go through corpus.ts (`Corpus`), complete.ts and precedent.ts; this
// class offers them the primitives: exact lookup of a wording, candidate entries sharing rare words
// with a text, and the range of entries whose words start with a typed prefix.

import type { ParagraphKind } from '../model';
import { findKey } from './keyTable';
import { completionKey, wordTokens } from './normalize';
import { entryKey, kindCode, kindOf, PREFIX_KEY_LENGTH, type IndexData, type ResolutionRecord } from './indexData';

/** Where a wording was adopted: one paragraph of one resolution. */
export interface ParagraphSource {
  readonly resolution: ResolutionRecord;
  readonly kind: ParagraphKind;
  /** Operative paragraph number, or the position of a preambular paragraph in the preamble (1-based). */
  readonly number?: number;
}

/** A wording of the corpus with the paragraphs that adopted it. */
export interface AdoptedWording {
  /** Entry id in the index (stable for one index; lets a feature ask for more about it). */
  readonly entry: number;
  /** The whole paragraph, sub-paragraphs on lines of their own. */
  readonly text: string;
  readonly kind: ParagraphKind;
  readonly opening?: string;
  /** The most recent resolution that holds this wording. */
  readonly latest: ResolutionRecord;
  /** Every resolution paragraph with this wording, most recent first. */
  readonly sources: readonly ParagraphSource[];
}

/** Posting lists longer than this share of the entries say little about a text; candidates skip them. */
const COMMON_WORD_SHARE = 0.08;
/** Candidate search reads at most this many postings (after the rarest few words). */
const POSTINGS_BUDGET = 60_000;
const MIN_WORDS_READ = 3;
const MAX_WORDS_READ = 12;
/** Text characters read per key character for a prefix key (punctuation and spaces drop out). */
const HEAD_PER_KEY_CHAR = 4;
/** Candidates share at least the best candidate's count of rare words less this. */
const HIT_SLACK = 4;

export class AgreedLanguageIndex {
  readonly occStart: Uint32Array;
  readonly occResolution: Uint32Array;
  readonly occNumber: Uint16Array;
  /** The most recent resolution holding each entry (index into `resolutions`). */
  readonly entryLatest: Uint32Array;
  /** Adoption day of each resolution (days since 1970; estimated from the session when undated). */
  readonly adoptionDay: Float64Array;
  private readonly wordIds = new Map<string, number>();
  private hits: Uint16Array | undefined;
  private touched: Uint32Array | undefined;

  constructor(readonly data: IndexData) {
    this.adoptionDay = Float64Array.from(data.resolutions, adoptionDay);
    const occurrences = invertParagraphs(data);
    this.occStart = occurrences.start;
    this.occResolution = occurrences.resolution;
    this.occNumber = occurrences.number;
    this.entryLatest = this.latestResolutions();
    data.words.forEach((word, id) => this.wordIds.set(word, id));
  }

  get entryCount(): number {
    return this.data.entryText.length;
  }

  get resolutions(): readonly ResolutionRecord[] {
    return this.data.resolutions;
  }

  text(entry: number): string {
    return this.data.entryText.at(entry);
  }

  kind(entry: number): ParagraphKind {
    return kindOf(this.data.entryKind[entry] ?? 0);
  }

  opening(entry: number): string | undefined {
    const length = this.data.entryOpening[entry] ?? 0;
    return length > 0 ? this.data.entryText.head(entry, length).slice(0, length) : undefined;
  }

  wordId(word: string): number | undefined {
    return this.wordIds.get(word);
  }

  /** How many corpus paragraphs have this wording. */
  occurrences(entry: number): number {
    return (this.occStart[entry + 1] ?? 0) - (this.occStart[entry] ?? 0);
  }

  /** The paragraphs that adopted this wording, most recent resolution first. */
  sources(entry: number): ParagraphSource[] {
    const sources: { source: ParagraphSource; day: number }[] = [];
    const kind = this.kind(entry);
    for (let occ = this.occStart[entry] ?? 0; occ < (this.occStart[entry + 1] ?? 0); occ++) {
      const index = this.occResolution[occ] ?? 0;
      const resolution = this.data.resolutions[index];
      const number = this.occNumber[occ] ?? 0;
      if (!resolution) continue;
      sources.push({ source: { resolution, kind, ...(number > 0 ? { number } : {}) }, day: this.adoptionDay[index] ?? 0 });
    }
    return sources.sort((a, b) => b.day - a.day).map((item) => item.source);
  }

  /** What a suggestion and a precedent tell of a wording: its text and the paragraphs that adopted it. */
  adopted(entry: number): AdoptedWording {
    const sources = this.sources(entry);
    const opening = this.opening(entry);
    return {
      entry,
      text: this.text(entry),
      kind: this.kind(entry),
      ...(opening ? { opening } : {}),
      latest: sources[0]?.resolution ?? this.data.resolutions[this.entryLatest[entry] ?? 0]!,
      sources,
    };
  }

  /** The entry with exactly this wording (see `paragraphKey`), of the given kind or of either. */
  exact(text: string, kind?: ParagraphKind): number {
    if (kind) return findKey(this.data.keys, entryKey(kind, text), (entry) => this.keyOf(entry));
    const preambular = this.exact(text, 'preambular');
    return preambular >= 0 ? preambular : this.exact(text, 'operative');
  }

  /**
   * Entries sharing the rarest words of `text`, best first (most shared words), at most `limit`.
   * Reads only the postings of a few rare words, never the whole corpus.
   */
  candidates(text: string, limit: number, kind?: ParagraphKind): number[] {
    const hits = (this.hits ??= new Uint16Array(this.entryCount));
    const words = this.rareWords(text);
    const touched = this.touchedBuffer(words.reduce((sum, word) => sum + this.frequency(word), 0));
    let count = 0;
    for (const word of words) {
      const end = this.data.postStart[word + 1] ?? 0;
      for (let p = this.data.postStart[word] ?? 0; p < end; p++) {
        const entry = this.data.postings[p] ?? 0;
        if (hits[entry] === 0) touched[count++] = entry;
        hits[entry]!++;
      }
    }
    const ranked = this.mostHits(touched.subarray(0, count), hits, words.length, limit, kind === undefined ? -1 : kindCode(kind));
    for (let i = 0; i < count; i++) hits[touched[i]!] = 0;
    return ranked;
  }

  /** A reused buffer for the entries a search touches: typed, so that a search allocates next to nothing. */
  private touchedBuffer(size: number): Uint32Array {
    if (!this.touched || this.touched.length < size) this.touched = new Uint32Array(Math.max(size, 1024));
    return this.touched;
  }

  /**
   * The touched entries with the most hits (at most `limit`, within SLACK of the best), most hits first
   * and in the order they were touched within a count: counted first, so that only those taken are listed.
   */
  private mostHits(touched: Uint32Array, hits: Uint16Array, most: number, limit: number, kind: number): number[] {
    const wanted = (entry: number) => kind < 0 || this.data.entryKind[entry] === kind;
    const perCount = new Uint32Array(most + 1);
    for (const entry of touched) if (wanted(entry)) perCount[hits[entry]!]!++;
    const best = perCount.findLastIndex((entries) => entries > 0);
    const quota = new Uint32Array(most + 1);
    let left = limit;
    for (let count = best; count >= Math.max(1, best - HIT_SLACK) && left > 0; count--) {
      quota[count] = Math.min(perCount[count]!, left);
      left -= quota[count]!;
    }
    const taken: number[][] = Array.from({ length: most + 1 }, () => []);
    for (const entry of touched) {
      const count = hits[entry]!;
      if (taken[count]!.length < quota[count]! && wanted(entry)) taken[count]!.push(entry);
    }
    return taken.reverse().flat();
  }

  /** Word ids of the text, rarest first, whose postings fit the budget. */
  private rareWords(text: string): number[] {
    const ids = [...new Set(wordTokens(text))]
      .map((word) => this.wordIds.get(word))
      .filter((id): id is number => id !== undefined)
      .sort((a, b) => this.frequency(a) - this.frequency(b) || a - b);
    const common = Math.max(50, this.entryCount * COMMON_WORD_SHARE);
    const chosen: number[] = [];
    let budget = POSTINGS_BUDGET;
    for (const id of ids) {
      const frequency = this.frequency(id);
      const enough = chosen.length >= MIN_WORDS_READ;
      if (chosen.length >= MAX_WORDS_READ || (enough && (frequency > common || frequency > budget))) break;
      chosen.push(id);
      budget -= frequency;
    }
    return chosen;
  }

  private frequency(word: number): number {
    return (this.data.postStart[word + 1] ?? 0) - (this.data.postStart[word] ?? 0);
  }

  /** Positions in `prefixOrder` of the entries whose completion key starts with `key`: [from, to). */
  prefixRange(key: string): readonly [number, number] {
    const probe = key.slice(0, PREFIX_KEY_LENGTH);
    const order = this.data.prefixOrder;
    const from = this.lowerBound(0, order.length, (entry) => this.prefixKey(entry) < probe);
    const to = this.lowerBound(from, order.length, (entry) => this.prefixKey(entry).slice(0, probe.length) <= probe);
    return [from, to];
  }

  private lowerBound(low: number, high: number, before: (entry: number) => boolean): number {
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(this.data.prefixOrder[middle] ?? 0)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * The entry's completion key cut to PREFIX_KEY_LENGTH, as the build sorted by. Computed from the text's
   * head: a word cut at the head's end is a prefix of the whole word, so the key's first characters agree.
   */
  prefixKey(entry: number): string {
    const wanted = PREFIX_KEY_LENGTH * HEAD_PER_KEY_CHAR;
    const head = this.data.entryText.head(entry, wanted);
    const key = completionKey(head, PREFIX_KEY_LENGTH);
    const whole = key.length >= PREFIX_KEY_LENGTH || head.length < wanted ? key : completionKey(this.text(entry), PREFIX_KEY_LENGTH);
    return whole.slice(0, PREFIX_KEY_LENGTH);
  }

  private keyOf(entry: number): string {
    return entryKey(this.kind(entry), this.text(entry));
  }

  private latestResolutions(): Uint32Array {
    const latest = new Uint32Array(this.entryCount);
    for (let entry = 0; entry < this.entryCount; entry++) {
      let best = -Infinity;
      for (let occ = this.occStart[entry] ?? 0; occ < (this.occStart[entry + 1] ?? 0); occ++) {
        const index = this.occResolution[occ] ?? 0;
        const day = this.adoptionDay[index] ?? 0;
        if (day >= best) {
          best = day;
          latest[entry] = index;
        }
      }
    }
    return latest;
  }
}

function invertParagraphs(data: IndexData) {
  const entries = data.entryText.length;
  const start = new Uint32Array(entries + 1);
  for (const entry of data.parEntry) start[entry + 1]!++;
  for (let e = 0; e < entries; e++) start[e + 1]! += start[e]!;
  const fill = start.slice(0, entries);
  const resolution = new Uint32Array(data.parEntry.length);
  const number = new Uint16Array(data.parEntry.length);
  for (let r = 0; r < data.resolutions.length; r++) {
    for (let p = data.parStart[r] ?? 0; p < (data.parStart[r + 1] ?? 0); p++) {
      const slot = fill[data.parEntry[p] ?? 0]!++;
      resolution[slot] = r;
      number[slot] = data.parNumber[p] ?? 0;
    }
  }
  return { start, resolution, number };
}

const DAY = 86_400_000;

/** Days since 1970 of the adoption; an undated resolution counts from the opening of its session. */
export function adoptionDay(resolution: Pick<ResolutionRecord, 'date' | 'session'>): number {
  const parsed = resolution.date ? Date.parse(`${resolution.date}T00:00:00Z`) : NaN;
  if (!Number.isNaN(parsed)) return parsed / DAY;
  return resolution.session ? Date.UTC(1945 + resolution.session, 8, 15) / DAY : 0;
}

/** "A/RES/66/181, op. 12; A/RES/64/179, pp. 3 (and 4 more)": where a wording was adopted, most recent first. */
export function describeSources(sources: readonly ParagraphSource[], shown = 3): string {
  const parts = sources.slice(0, shown).map((source) => {
    if (!source.number) return source.resolution.symbol;
    return `${source.resolution.symbol}, ${source.kind === 'operative' ? 'op.' : 'pp.'} ${source.number}`;
  });
  const more = sources.length - shown;
  return more > 0 ? `${parts.join('; ')} (and ${more} more)` : parts.join('; ');
}
