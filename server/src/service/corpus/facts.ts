// What the drafting rules may ask of the corpus the user has (built-in seeds plus unres.corpus.paths).
// The corpus index implements it; rules never read corpus files themselves.

import type { ParagraphKind } from '../model';

export interface CorpusResolutionFacts {
  /** "A/RES/66/181", or "A/RES/75/253 B" for one part of a multi-part resolution. */
  readonly symbol: string;
  readonly session?: number;
  /** Adoption date, ISO `YYYY-MM-DD`. */
  readonly date?: string;
  readonly title?: string;
}

export interface CorpusFacts {
  /** Opening phrases (preambular) or verbs (operative) found in the corpus, with how many paragraphs open with each. */
  openingCounts(kind: ParagraphKind): ReadonlyMap<string, number>;
  /**
   * The symbol, session, date and title of the resolution with this symbol (part letter included when
   * it has one), if the corpus holds it: no paragraphs, so that a rule may ask for every citation.
   */
  resolutionFacts(symbol: string): CorpusResolutionFacts | undefined;
  /** Sessions of which the corpus holds at least one resolution. */
  sessions(): ReadonlySet<number>;
  /** How many corpus paragraphs contain this exact phrase (case-sensitive, whitespace normalized). */
  paragraphsContaining(phrase: string): number;
}
