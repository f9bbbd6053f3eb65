// The operative paragraphs a cross-reference can point to. Budget and omnibus texts restart their
// numbering after a section heading or a part letter, so "paragraph 3 above" is looked for among the
// paragraphs of the same run of numbering first. Built once per document, with the paragraphs of each
// number at hand, so that a draft of thousands of references is read in linear time.

import type { OperativeParagraph, Paragraph, ResolutionDocument } from '../../model';

/** Operative paragraphs numbered from 1 without a restart, with each number's paragraphs in document order. */
export interface NumberingRun {
  readonly paragraphs: readonly OperativeParagraph[];
  numbered(number: number): readonly OperativeParagraph[];
  /** "1 to 20", or "1 to 5 and 7 to 9" when numbers are missing. */
  ranges(): string;
}

interface Numbering {
  readonly runs: readonly NumberingRun[];
  readonly runOfParagraph: ReadonlyMap<Paragraph, NumberingRun>;
  readonly everywhere: NumberingRun;
}

const numberings = new WeakMap<ResolutionDocument, Numbering>();

/** Runs of operative paragraphs numbered from 1 (a new run starts wherever the number restarts at 1). */
export function numberingRuns(document: ResolutionDocument): readonly NumberingRun[] {
  return numberingOf(document).runs;
}

/** The run a paragraph belongs to; a preambular paragraph belongs to the first run after it (a section's own preamble). */
export function runOf(document: ResolutionDocument, paragraph: Paragraph): NumberingRun | undefined {
  const { runs, runOfParagraph } = numberingOf(document);
  if (paragraph.kind === 'operative') return runOfParagraph.get(paragraph);
  return runs[firstRunAfter(runs, paragraph.span.start)] ?? runs[runs.length - 1];
}

/** Every operative paragraph of the document, as one run: where a reference across sections may point. */
export function allOperative(document: ResolutionDocument): NumberingRun {
  return numberingOf(document).everywhere;
}

function numberingOf(document: ResolutionDocument): Numbering {
  let numbering = numberings.get(document);
  if (numbering) return numbering;
  const groups: OperativeParagraph[][] = [];
  for (const paragraph of document.operative) {
    const last = groups[groups.length - 1];
    if (!last || (paragraph.number === 1 && last.length > 0)) groups.push([paragraph]);
    else last.push(paragraph);
  }
  const runs = groups.map(makeRun);
  const runOfParagraph = new Map<Paragraph, NumberingRun>();
  for (const run of runs) for (const paragraph of run.paragraphs) runOfParagraph.set(paragraph, run);
  numbering = { runs, runOfParagraph, everywhere: makeRun(document.operative) };
  numberings.set(document, numbering);
  return numbering;
}

function makeRun(paragraphs: readonly OperativeParagraph[]): NumberingRun {
  let byNumber: Map<number, OperativeParagraph[]> | undefined;
  let ranges: string | undefined;
  return {
    paragraphs,
    numbered(number) {
      byNumber ??= groupByNumber(paragraphs);
      return byNumber.get(number) ?? [];
    },
    ranges() {
      ranges ??= numberRanges(paragraphs);
      return ranges;
    },
  };
}

function groupByNumber(paragraphs: readonly OperativeParagraph[]): Map<number, OperativeParagraph[]> {
  const byNumber = new Map<number, OperativeParagraph[]>();
  for (const paragraph of paragraphs) {
    if (paragraph.number === undefined) continue;
    const same = byNumber.get(paragraph.number);
    if (same) same.push(paragraph);
    else byNumber.set(paragraph.number, [paragraph]);
  }
  return byNumber;
}

/** The first run that starts after `offset` (runs are in document order). */
function firstRunAfter(runs: readonly NumberingRun[], offset: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((runs[middle]?.paragraphs[0]?.span.start ?? -1) > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

function numberRanges(run: readonly OperativeParagraph[]): string {
  const numbers = [...new Set(run.flatMap((p) => (p.number === undefined ? [] : [p.number])))].sort((a, b) => a - b);
  const ranges: string[] = [];
  let from = numbers[0];
  for (let i = 0; i < numbers.length; i++) {
    const current = numbers[i] as number;
    const next = numbers[i + 1];
    if (next === current + 1) continue;
    ranges.push(from === current ? `${current}` : `${from} to ${current}`);
    from = next;
  }
  if (ranges.length <= 1) return ranges[0] ?? 'none';
  return `${ranges.slice(0, -1).join(', ')} and ${ranges[ranges.length - 1]}`;
}
