// The agreed-language index as plain columns: what `buildIndexData` computes from resolutions, what
// the on-disk cache stores and loads as it is, and what AgreedLanguageIndex queries.
//
// Layout (n = entries, r = resolutions, w = words):
// - An *entry* is one wording (see `paragraphKey`): identical paragraphs of many resolutions share one.
//   `entryText.at(e)` is the wording as first read; `entryKind[e]` 0 preambular / 1 operative;
//   `entryOpening[e]` the length of its opening phrase in the text (0 when none).
// - Paragraphs of resolution i are `parEntry[parStart[i] .. parStart[i+1])`, with `parNumber` the
//   operative number or, for preambular paragraphs, the position in the preamble (1-based; 0 unknown),
//   and `parEnding` the char code of its own final punctuation mark (0 when none): a shared wording
//   may end with ";" in one resolution and "." in another.
// - Postings: the entries holding word k are `postings[postStart[k] .. postStart[k+1])`, ascending.
// - `prefixOrder`: entry ids sorted by `completionKey(text, PREFIX_KEY_LENGTH)` for prefix search.
// - `keys`: paragraph key -> entry (keyTable.ts).
// Per-entry sources (occurrences), counts and recency are derived from the paragraphs at load (cheap).

import type { ParagraphKind } from '../model';
import { createKeyTable, type KeyTable } from './keyTable';
import { paragraphKey, wordTokens } from './normalize';
import { PrefixKeys } from './prefixKeys';
import { prepareResolutions, type PreparedResolutions, type ResolutionRecord } from './prepared';
import { Uint32Column } from './uint32Column';
import type { CorpusResolution } from './types';

export { finalPunctuation, withEnding, type ResolutionRecord } from './prepared';

/** Typed prefixes are compared on this many key characters; longer ones are confirmed entry by entry. */
export const PREFIX_KEY_LENGTH = 160;

/** The entries' texts: JavaScript strings after a build, UTF-8 bytes decoded on demand after a cache load. */
export interface TextColumn {
  readonly length: number;
  at(index: number): string;
  /** At least the first `chars` UTF-16 code units of the text (all of it when shorter). */
  head(index: number, chars: number): string;
}

export function stringColumn(texts: readonly string[]): TextColumn {
  return {
    length: texts.length,
    at: (index) => texts[index] ?? '',
    head: (index) => texts[index] ?? '',
  };
}

export interface IndexData {
  readonly resolutions: readonly ResolutionRecord[];
  readonly entryText: TextColumn;
  readonly entryKind: Uint8Array;
  readonly entryOpening: Uint16Array;
  readonly parStart: Uint32Array;
  readonly parEntry: Uint32Array;
  readonly parNumber: Uint16Array;
  readonly parEnding: Uint16Array;
  readonly words: readonly string[];
  readonly postStart: Uint32Array;
  readonly postings: Uint32Array;
  readonly prefixOrder: Uint32Array;
  readonly keys: KeyTable;
}

export function kindCode(kind: ParagraphKind): number {
  return kind === 'operative' ? 1 : 0;
}

export function kindOf(code: number): ParagraphKind {
  return code === 1 ? 'operative' : 'preambular';
}

/** The lookup key of a wording of a given kind (kind first, so that kinds never share an entry). */
export function entryKey(kind: ParagraphKind, text: string): string {
  return `${kindCode(kind)}${paragraphKey(text)}`;
}

/**
 * Builds IndexData one file at a time, so that a loader can index what it has read while its reader
 * threads are still parsing: entries and word pairs grow with each file; `finish` only inverts the
 * pairs into postings, sorts the prefix order and lays out the key table. The files come prepared
 * (prepared.ts: keys and hashes computed on the reader threads); this looks each key up, and reads the
 * words of the wordings it has not met before.
 */
export class IndexBuilder {
  private readonly resolutions: ResolutionRecord[] = [];
  /** Per kind (preambular, operative): paragraph key -> entry. Two maps spare concatenating a kind to every key. */
  private readonly byKey = [new Map<string, number>(), new Map<string, number>()] as const;
  private readonly texts: string[] = [];
  private readonly kinds: number[] = [];
  private readonly openings: number[] = [];
  private readonly hashes: number[] = [];
  private readonly prefixKeys = new PrefixKeys();
  private readonly parStarts: number[] = [0];
  private readonly parEntry = new Uint32Column();
  private readonly parNumber: number[] = [];
  private readonly parEnding: number[] = [];
  private readonly words = new WordPairs();

  get resolutionCount(): number {
    return this.resolutions.length;
  }

  add(resolution: CorpusResolution): void {
    this.addPrepared(prepareResolutions([resolution]));
  }

  /** The file's resolutions that `accept` takes (all by default), in order. */
  addPrepared(file: PreparedResolutions, accept: (record: ResolutionRecord) => boolean = () => true): void {
    file.records.forEach((record, r) => {
      if (!accept(record)) return;
      for (let p = file.paragraphStart[r]!; p < file.paragraphStart[r + 1]!; p++) {
        const text = file.texts[p]!;
        const key = file.keys[p] || text.slice(0, file.keyLength[p]);
        const entries = this.byKey[file.kind[p] === 1 ? 1 : 0];
        let entry = entries.get(key);
        if (entry === undefined) {
          entry = this.addEntry(file, p);
          entries.set(key, entry);
        }
        this.parEntry.push(entry);
        this.parNumber.push(file.number[p]!);
        this.parEnding.push(file.ending[p]!);
      }
      this.parStarts.push(this.parEntry.length);
      this.resolutions.push(record);
    });
  }

  finish(): IndexData {
    for (const entries of this.byKey) entries.clear();
    return {
      resolutions: this.resolutions,
      entryText: stringColumn(this.texts),
      entryKind: Uint8Array.from(this.kinds),
      entryOpening: Uint16Array.from(this.openings),
      parStart: Uint32Array.from(this.parStarts),
      parEntry: this.parEntry.toArray(),
      parNumber: Uint16Array.from(this.parNumber),
      parEnding: Uint16Array.from(this.parEnding),
      ...this.words.finish(this.texts.length),
      prefixOrder: this.prefixKeys.order(),
      keys: createKeyTable(this.hashes),
    };
  }

  /** A new entry for paragraph `p` of the file. */
  private addEntry(file: PreparedResolutions, p: number): number {
    const text = file.texts[p]!;
    const entry = this.texts.push(text) - 1;
    this.kinds.push(file.kind[p]!);
    this.openings.push(file.opening[p]!);
    this.hashes.push(file.hash[p]!);
    const tokens = wordTokens(text);
    this.words.add(entry, tokens);
    this.prefixKeys.add(prefixKeyOf(tokens));
    return entry;
  }
}

export function buildIndexData(resolutions: readonly CorpusResolution[]): IndexData {
  const builder = new IndexBuilder();
  for (const resolution of resolutions) builder.add(resolution);
  return builder.finish();
}

/**
 * The (entry, word) pairs of every entry, each word once per entry, in a flat buffer: `finish` inverts
 * them into postings in two passes, so that no per-word JavaScript arrays are ever made.
 */
class WordPairs {
  private readonly wordIds = new Map<string, number>();
  private readonly words: string[] = [];
  private lastEntry: Int32Array = new Int32Array(1024).fill(-1);
  private readonly pairWords = new Uint32Column();
  private readonly entryEnds = new Uint32Column();

  add(entry: number, tokens: readonly string[]): void {
    for (const word of tokens) {
      let id = this.wordIds.get(word);
      if (id === undefined) {
        id = this.words.push(word) - 1;
        this.wordIds.set(word, id);
        if (id >= this.lastEntry.length) this.lastEntry = grown(this.lastEntry);
      }
      if (this.lastEntry[id] === entry) continue;
      this.lastEntry[id] = entry;
      this.pairWords.push(id);
    }
    this.entryEnds.push(this.pairWords.length);
  }

  finish(entries: number): Pick<IndexData, 'words' | 'postStart' | 'postings'> {
    const ends = this.entryEnds.toArray();
    if (ends.length !== entries) throw new Error('word pairs out of step with the entries');
    return { words: this.words, ...invertPairs(this.pairWords.toArray(), ends, this.words.length) };
  }
}

/** The first PREFIX_KEY_LENGTH characters of the words joined by spaces (`completionKey`, truncated). */
function prefixKeyOf(words: readonly string[]): string {
  let key = '';
  for (const word of words) {
    key = key ? `${key} ${word}` : word;
    if (key.length >= PREFIX_KEY_LENGTH) return key.slice(0, PREFIX_KEY_LENGTH);
  }
  return key;
}

function grown(array: Int32Array): Int32Array {
  // Word ids grow one at a time: doubling keeps the copies linear.
  const bigger = new Int32Array(array.length * 2).fill(-1);
  bigger.set(array);
  return bigger;
}

function invertPairs(pairs: Uint32Array, entryEnds: Uint32Array, wordCount: number): Pick<IndexData, 'postStart' | 'postings'> {
  const postStart = new Uint32Array(wordCount + 1);
  for (const word of pairs) postStart[word + 1]!++;
  for (let k = 0; k < wordCount; k++) postStart[k + 1]! += postStart[k]!;
  const fill = postStart.slice(0, wordCount);
  const postings = new Uint32Array(pairs.length);
  let entry = 0;
  pairs.forEach((word, pair) => {
    while (pair >= entryEnds[entry]!) entry++;
    postings[fill[word]!++] = entry;
  });
  return { postStart, postings };
}
