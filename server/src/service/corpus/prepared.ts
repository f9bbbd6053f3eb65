// A file's resolutions as the index builder (indexData.ts) takes them, computed where the file is
// read: on a reader thread, every paragraph's key and hash cost that thread's time instead of the
// indexing thread's, and the result travels between threads as a few typed arrays and lists of
// strings instead of thousands of small objects (copied: transferring buffers this small costs more
// than copying them). The words of a paragraph are left to the builder, which needs them only for a
// wording it has not met before. Paragraphs whose key is empty (nothing but marks) are left out here.
//
//   port.postMessage(prepareResolutions(resolutions));   // on the reader thread
//   builder.addPrepared(prepared);                        // on the indexing thread

import { hashEntryKey } from './keyTable';
import { paragraphKey } from './normalize';
import type { CorpusResolution } from './types';

/** A resolution without its paragraphs (they live in the index columns). */
export type ResolutionRecord = Omit<CorpusResolution, 'paragraphs'>;

export interface PreparedResolutions {
  readonly records: readonly ResolutionRecord[];
  /** The paragraphs of record r are [paragraphStart[r], paragraphStart[r + 1]). */
  readonly paragraphStart: Uint32Array;
  /** Per paragraph: 0 preambular, 1 operative. */
  readonly kind: Uint8Array;
  /** The operative number, or a preambular paragraph's position in its preamble (1-based); 0 unknown. */
  readonly number: Uint16Array;
  /** The char code of the paragraph's final punctuation mark, or 0. */
  readonly ending: Uint16Array;
  /** The length of the opening phrase at the start of the text, or 0. */
  readonly opening: Uint16Array;
  /** hashEntryKey(kind, key). */
  readonly hash: Uint32Array;
  /** The key is `texts[p].slice(0, keyLength[p])` when `keys[p]` is '' (most paragraphs), else `keys[p]`. */
  readonly keyLength: Uint32Array;
  readonly keys: readonly string[];
  readonly texts: readonly string[];
}

const FINAL_MARKS = new Set([';', ',', '.', ':']);

/** The char code of the text's final punctuation mark, or 0. */
export function finalPunctuation(text: string): number {
  const last = text.trimEnd().slice(-1);
  return FINAL_MARKS.has(last) ? last.charCodeAt(0) : 0;
}

/** The text with its final punctuation mark replaced by `ending` (a char code; 0 leaves none). */
export function withEnding(text: string, ending: number): string {
  const trimmed = text.trimEnd();
  const body = FINAL_MARKS.has(trimmed.slice(-1)) ? trimmed.slice(0, -1) : trimmed;
  return ending > 0 ? body + String.fromCharCode(ending) : body;
}

export function prepareResolutions(resolutions: readonly CorpusResolution[]): PreparedResolutions {
  const preparing = new Preparing();
  const records = resolutions.map((resolution) => preparing.add(resolution));
  return preparing.finish(records);
}

class Preparing {
  private readonly paragraphStart = [0];
  private readonly kind: number[] = [];
  private readonly number: number[] = [];
  private readonly ending: number[] = [];
  private readonly opening: number[] = [];
  private readonly hash: number[] = [];
  private readonly keyLength: number[] = [];
  private readonly keys: string[] = [];
  private readonly texts: string[] = [];

  add(resolution: CorpusResolution): ResolutionRecord {
    let preambular = 0;
    for (const paragraph of resolution.paragraphs) {
      const key = paragraphKey(paragraph.text);
      if (key.length === 0) continue;
      const kind = paragraph.kind === 'operative' ? 1 : 0;
      if (kind === 0) preambular++;
      this.kind.push(kind);
      this.number.push(Math.min(kind === 0 ? preambular : (paragraph.number ?? 0), 0xffff));
      this.ending.push(finalPunctuation(paragraph.text));
      const opening = paragraph.opening && paragraph.text.startsWith(paragraph.opening) ? paragraph.opening.length : 0;
      this.opening.push(Math.min(opening, 0xffff));
      this.hash.push(hashEntryKey(kind, key));
      const prefix = paragraph.text.startsWith(key);
      this.keyLength.push(prefix ? key.length : 0);
      this.keys.push(prefix ? '' : key);
      this.texts.push(paragraph.text);
    }
    this.paragraphStart.push(this.texts.length);
    const { paragraphs: _paragraphs, ...record } = resolution;
    return record;
  }

  finish(records: readonly ResolutionRecord[]): PreparedResolutions {
    return {
      records,
      paragraphStart: Uint32Array.from(this.paragraphStart),
      kind: Uint8Array.from(this.kind),
      number: Uint16Array.from(this.number),
      ending: Uint16Array.from(this.ending),
      opening: Uint16Array.from(this.opening),
      hash: Uint32Array.from(this.hash),
      keyLength: Uint32Array.from(this.keyLength),
      keys: this.keys,
      texts: this.texts,
    };
  }
}
