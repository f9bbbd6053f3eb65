// The text of a precedent's resolution as its own file gives it, parsed: where its footnote markers
// stand and what its notes say (the corpus index keeps wordings without them). Read when a fix or a
// new draft takes wording over, kept per file and version. Resolutions read from AKN4UN XML have no
// such text file: their wordings come without footnotes.

import { readFileSync, statSync } from 'node:fs';
import type { CorpusResolution } from './service/corpus/types';
import type { ResolutionDocument } from './service/model';
import { parseResolution } from './service/parse';

/** Parsed files kept (a fix or a new draft needs one or two at a time). */
const KEPT = 16;

export class PrecedentSources {
  private readonly parsed = new Map<string, { stamp: string; document: ResolutionDocument }>();

  /** The resolution's file, parsed; undefined for AKN4UN resolutions and files that cannot be read. */
  document(resolution: Pick<CorpusResolution, 'path' | 'sourceKind'>): ResolutionDocument | undefined {
    if (resolution.sourceKind === 'akn') return undefined;
    try {
      const stats = statSync(resolution.path);
      const stamp = `${stats.size}:${stats.mtimeMs}`;
      const known = this.parsed.get(resolution.path);
      if (known?.stamp === stamp) return known.document;
      const document = parseResolution(readFileSync(resolution.path, 'utf8').replace(/^\uFEFF/, ''));
      this.parsed.set(resolution.path, { stamp, document });
      if (this.parsed.size > KEPT) this.parsed.delete(this.parsed.keys().next().value!);
      return document;
    } catch {
      return undefined;
    }
  }
}

export const precedentSources = new PrecedentSources();
