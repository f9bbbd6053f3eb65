// What the corpus knows about an adopted resolution, independent of where it was read from (the
// built-in seeds, a plain-text file, an AKN4UN XML file). Loaders produce these; the agreed-language
// index (agreedLanguage.ts) and the corpus (corpus.ts) are built from them.

import type { ParagraphKind } from '../model';

export type CorpusSourceKind = 'builtin' | 'text' | 'akn';

/** How the resolution was adopted, from the corpus metadata (index.jsonl) when it has it. */
export interface Vote {
  /** "Without a vote", "By a recorded vote". */
  readonly adoption?: string;
  readonly inFavour?: number;
  readonly against?: number;
  readonly abstaining?: number;
}

export interface CorpusParagraph {
  readonly kind: ParagraphKind;
  /** Operative paragraph number; undefined for preambular paragraphs. */
  readonly number?: number;
  /** The opening phrase or operative verb the paragraph starts with ("Recalling also", "Requests"). */
  readonly opening?: string;
  /**
   * The paragraph without number, italics or footnote markers; each sub-paragraph on a line of its
   * own, label first ("(a) ..."), in document order (see `subparagraphLines`).
   */
  readonly text: string;
}

export interface CorpusFootnote {
  readonly marker: string;
  readonly text: string;
}

export interface CorpusResolution {
  /** "A/RES/66/181", or "A/RES/74/261 B" for one part of a multi-part resolution. */
  readonly symbol: string;
  /** Part letter of a multi-part resolution. */
  readonly part?: string;
  readonly session?: number;
  /** Adoption date, ISO `YYYY-MM-DD`. */
  readonly date?: string;
  /** "89th plenary meeting". */
  readonly meeting?: string;
  readonly title?: string;
  readonly vote?: Vote;
  /** The file it was read from (for the built-in seeds, the seed file). */
  readonly path: string;
  readonly sourceKind: CorpusSourceKind;
  /** Preambular and operative paragraphs in document order. */
  readonly paragraphs: readonly CorpusParagraph[];
  readonly footnotes: readonly CorpusFootnote[];
}

/** A corpus file that could not be indexed, with a message a drafter can act on. */
export interface CorpusProblem {
  readonly path: string;
  readonly message: string;
  /** The file's size and modification time when the problem was found (a changed file may be fine). */
  readonly stamp?: string;
}

/** One corpus file and what it gave: resolutions, or a problem. */
export interface CorpusFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly resolutions: readonly CorpusResolution[];
  readonly problem?: string;
}

/** A sub-paragraph line of `CorpusParagraph.text`, split back into label and text. */
export interface SubparagraphLine {
  readonly label: string;
  readonly text: string;
}

/** The paragraph's own text (before its first sub-paragraph) and its sub-paragraph lines. */
export function subparagraphLines(text: string): { readonly own: string; readonly lines: readonly SubparagraphLine[] } {
  const [own = '', ...rest] = text.split('\n');
  const lines = rest.map((line) => {
    const close = line.indexOf(')');
    return line.startsWith('(') && close > 0
      ? { label: line.slice(1, close), text: line.slice(close + 1).trimStart() }
      : { label: '', text: line };
  });
  return { own, lines };
}
