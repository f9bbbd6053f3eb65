// Indexes the files' resolutions in file order as soon as every file before them has been read, so
// that indexing overlaps reading on threads that finish out of order, and the index is the same
// whatever order they finish in. Keeps the first file's copy of a symbol (a corpus folder may hold
// both the text and the XML of a resolution), and records which resolutions each file gave.

import { IndexBuilder, type IndexData } from './indexData';
import type { PreparedFile } from './readFile';

/** The resolutions a file gave: [first, first + count) of the index's resolutions. */
export interface FileRange {
  readonly first: number;
  readonly count: number;
}

export class InOrder {
  /** By file index, once the file is indexed. */
  readonly ranges: FileRange[] = [];
  private readonly builder = new IndexBuilder();
  private readonly waiting = new Map<number, PreparedFile>();
  private readonly seen = new Set<string>();
  private next = 0;

  offer(index: number, result: PreparedFile): void {
    this.waiting.set(index, result);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      const first = this.builder.resolutionCount;
      this.builder.addPrepared(ready.prepared, (record) => this.firstCopy(record.symbol));
      this.ranges[this.next++] = { first, count: this.builder.resolutionCount - first };
    }
  }

  private firstCopy(symbol: string): boolean {
    if (this.seen.has(symbol)) return false;
    this.seen.add(symbol);
    return true;
  }

  finish(): IndexData {
    if (this.waiting.size > 0) throw new Error('a corpus file result was never indexed');
    return this.builder.finish();
  }
}
