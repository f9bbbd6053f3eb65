// "Compare with the previous resolution": the most recent corpus resolution of the draft's series (the
// same title, else the closest one) and both texts rendered paragraph by paragraph, one paragraph to a
// line, in an order that lines up: each draft paragraph faces the previous resolution's paragraph it
// continues, so that a line diff shows at once what the draft changes, adds and drops.
//
// Alignment: per kind (preamble with preamble, operative part with operative part), the pairing that
// keeps both orders and maximizes the summed similarity of paired paragraphs (dynamic programming over
// the two lists, as a sequence alignment); paragraphs less similar than PAIRED are left unpaired.

import type { Corpus, SeriesMatch } from '../corpus/corpus';
import { corpusParagraphText } from '../corpus/fromModel';
import { paragraphKey, similarityTokens } from '../corpus/normalize';
import { bagOverlapWith, tokenCounts, tokenSimilarity } from '../corpus/similarity';
import type { CorpusParagraph, CorpusResolution } from '../corpus/types';
import type { ParagraphKind, ResolutionDocument } from '../model';
import { laidOut } from './wording';

export interface SeriesComparisonText {
  readonly previous: CorpusResolution;
  readonly affinity: number;
  /** The previous resolution, rendered. */
  readonly previousText: string;
  /** The draft, rendered the same way. */
  readonly draftText: string;
}

export type SeriesComparisonResult = { readonly comparison: SeriesComparisonText } | { readonly message: string };

/** Paired paragraphs share at least this much of their wording. */
const PAIRED = 0.3;

interface Rendered {
  readonly kind: ParagraphKind;
  readonly text: string;
  readonly line: string;
}

export function compareWithPreviousResolution(document: ResolutionDocument, corpus: Corpus): SeriesComparisonResult {
  const title = document.title?.text;
  if (!title) return { message: 'The draft has no title line: its series cannot be found.' };
  const match = corpus.previousInSeries(title, before(document, corpus));
  const previous = match ? corpus.resolution(match.resolution.symbol) : undefined;
  if (!match || !previous) return { message: notFound(corpus) };
  return { comparison: comparison(document, previous, match) };
}

/** Resolutions adopted before the draft: before its session, or before itself when it is an adopted text of the corpus. */
function before(document: ResolutionDocument, corpus: Corpus): { date?: string; session?: number } | undefined {
  const own = document.symbol?.value.startsWith('A/RES/') ? corpus.resolution(document.symbol.value) : undefined;
  if (own?.date) return { date: own.date };
  return document.session ? { session: document.session } : undefined;
}

function notFound(corpus: Corpus): string {
  return `No earlier resolution of this series is in the corpus (${corpus.resolutionCount.toLocaleString('en-US')} resolutions). Add a folder of adopted resolutions to unres.corpus.paths.`;
}

function comparison(document: ResolutionDocument, previous: CorpusResolution, match: SeriesMatch): SeriesComparisonText {
  const draft: Rendered[] = document.paragraphs.map((paragraph) => {
    const text = corpusParagraphText(paragraph);
    const number = paragraph.kind === 'operative' && paragraph.number !== undefined ? `${paragraph.number}. ` : '';
    return { kind: paragraph.kind, text, line: number + laidOut(text, { ...(paragraph.opening ? { opening: paragraph.opening.text } : {}), italics: true }) };
  });
  const adopted: Rendered[] = previous.paragraphs.map((paragraph) => ({ kind: paragraph.kind, text: paragraph.text, line: corpusLine(paragraph) }));
  const left: string[] = [previousHeading(previous), '*The General Assembly*,'];
  const right: string[] = [document.title?.text ?? '', '*The General Assembly*,'];
  for (const kind of ['preambular', 'operative'] as const) {
    const ours = draft.filter((paragraph) => paragraph.kind === kind);
    const theirs = adopted.filter((paragraph) => paragraph.kind === kind);
    for (const [mine, former] of align(theirs, ours)) {
      left.push(former?.line ?? '');
      right.push(mine?.line ?? '');
    }
  }
  return { previous, affinity: match.affinity, previousText: rendered(left), draftText: rendered(right) };
}

function previousHeading(previous: CorpusResolution): string {
  const number = previous.symbol.replace(/^A\/RES\//, '');
  return `${number}. ${previous.title ?? ''}`.trimEnd();
}

function corpusLine(paragraph: CorpusParagraph): string {
  const number = paragraph.kind === 'operative' && paragraph.number !== undefined ? `${paragraph.number}. ` : '';
  return number + laidOut(paragraph.text, { ...(paragraph.opening ? { opening: paragraph.opening } : {}), italics: true });
}

/** One paragraph to a block, blank lines between; a paragraph without a counterpart faces an empty block. */
function rendered(blocks: readonly string[]): string {
  return `${blocks.join('\n\n')}\n`;
}

/** Pairs of (draft paragraph, previous paragraph) in order; either side may be missing. */
export function align<T extends { readonly text: string }>(previous: readonly T[], draft: readonly T[]): [T | undefined, T | undefined][] {
  const tokens = (list: readonly T[]) => list.map((paragraph) => similarityTokens(paragraphKey(paragraph.text)));
  const [theirs, ours] = [tokens(previous), tokens(draft)];
  const scores = ours.map((mine) => {
    const counts = tokenCounts(mine);
    // The words in common regardless of order bound the similarity: most pairs fall short without an LCS.
    return theirs.map((former) => ((2 * bagOverlapWith(counts, former)) / (mine.length + former.length) < PAIRED ? 0 : tokenSimilarity(mine, former)));
  });
  const best: number[][] = Array.from({ length: draft.length + 1 }, () => new Array<number>(previous.length + 1).fill(0));
  for (let i = 1; i <= draft.length; i++) {
    for (let j = 1; j <= previous.length; j++) {
      const paired = scores[i - 1]![j - 1]! >= PAIRED ? best[i - 1]![j - 1]! + scores[i - 1]![j - 1]! : -Infinity;
      best[i]![j] = Math.max(best[i - 1]![j]!, best[i]![j - 1]!, paired);
    }
  }
  const pairs: [T | undefined, T | undefined][] = [];
  let [i, j] = [draft.length, previous.length];
  while (i > 0 || j > 0) {
    const score = i > 0 && j > 0 ? scores[i - 1]![j - 1]! : 0;
    if (i > 0 && j > 0 && score >= PAIRED && best[i]![j] === best[i - 1]![j - 1]! + score) {
      pairs.push([draft[--i], previous[--j]]);
    } else if (i > 0 && (j === 0 || best[i]![j] === best[i - 1]![j])) {
      // Taken first going backwards: a dropped paragraph comes before a new one in the rendering.
      pairs.push([draft[--i], undefined]);
    } else {
      pairs.push([undefined, previous[--j]]);
    }
  }
  return pairs.reverse();
}
