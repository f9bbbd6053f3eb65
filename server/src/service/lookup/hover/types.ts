// The contract of a hover provider. A hover is built by the first provider, in priority order, that
// has something to say about the position (see index.ts for the order and how to add a provider).

import type { Corpus } from '../../corpus/corpus';
import type { CorpusResolution } from '../../corpus/types';
import type { ResolutionDocument, TextSpan } from '../../model';
import type { ElementAt } from '../elementAt';

/** The corpus as a hover sees it: what it holds now, and whether more is being indexed. */
export interface HoverCorpus {
  readonly corpus: Corpus;
  /** True while the configured corpus is still being read (the corpus holds the built-in seeds meanwhile). */
  readonly indexing: boolean;
  /**
   * A link that opens a corpus resolution in the editor, as go to definition does (a `file:` URI at
   * its title line); undefined when it cannot be opened. Supplied by the caller, which owns the files.
   */
  readonly openLink?: (resolution: CorpusResolution) => string | undefined;
}

export interface HoverContext {
  readonly document: ResolutionDocument;
  readonly offset: number;
  /** What lies under the position (computed once for every provider). */
  readonly element: ElementAt | undefined;
  /** Absent when the caller has no corpus (the command line without one). */
  readonly corpus?: HoverCorpus;
}

export interface HoverResult {
  /** Markdown. */
  readonly markdown: string;
  /** The words the hover is about (the editor highlights them). */
  readonly span: TextSpan;
}

export interface HoverProvider {
  /** A short name, for logs and tests: "citation", "footnote". */
  readonly name: string;
  provide(context: HoverContext): HoverResult | undefined;
}
