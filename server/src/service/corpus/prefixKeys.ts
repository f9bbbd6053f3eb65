// The entries' prefix keys (completion keys cut to PREFIX_KEY_LENGTH), gathered while an index is
// built to sort the entries by them, as UTF-8 bytes in one growing buffer: as JavaScript strings they
// took 460 MB of the build of a 20,000-resolution corpus (each a slice of its joined words, which it
// kept alive), as bytes 110 MB. UTF-8 byte order is UTF-16 code unit order for every character a
// word is made of (all below U+D800), so the order is the one the strings gave.

import { Uint32Column } from './uint32Column';

const encoder = new TextEncoder();

export class PrefixKeys {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private readonly ends = new Uint32Column();

  add(key: string): void {
    // A UTF-16 code unit takes at most three UTF-8 bytes.
    if (this.used + key.length * 3 > this.bytes.length) this.grow(this.used + key.length * 3);
    this.used += encoder.encodeInto(key, this.bytes.subarray(this.used)).written;
    this.ends.push(this.used);
  }

  /** Entry ids sorted by their keys; entries with equal keys in id order. */
  order(): Uint32Array {
    const ends = this.ends.toArray();
    const bytes = this.bytes;
    const compare = (a: number, b: number): number => {
      const [aStart, bStart] = [a === 0 ? 0 : ends[a - 1]!, b === 0 ? 0 : ends[b - 1]!];
      const [aLength, bLength] = [ends[a]! - aStart, ends[b]! - bStart];
      const shorter = Math.min(aLength, bLength);
      for (let i = 0; i < shorter; i++) {
        const difference = bytes[aStart + i]! - bytes[bStart + i]!;
        if (difference !== 0) return difference;
      }
      return aLength - bLength;
    };
    return Uint32Array.from({ length: ends.length }, (_, i) => i).sort(compare);
  }

  private grow(needed: number): void {
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.bytes.subarray(0, this.used));
    this.bytes = bigger;
  }
}
