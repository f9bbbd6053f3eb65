// The operative paragraphs a cross-reference can point to. Budget and omnibus texts restart their
// numbering after a section heading or a part letter, so "paragraph 3 above" is looked for among the
// paragraphs of the same run of numbering first.

import type { OperativeParagraph, Paragraph, ResolutionDocument } from '../../model';

/** Runs of operative paragraphs numbered from 1 (a new run starts wherever the number restarts at 1). */
export function numberingRuns(document: ResolutionDocument): OperativeParagraph[][] {
  const runs: OperativeParagraph[][] = [];
  for (const paragraph of document.operative) {
    const last = runs[runs.length - 1];
    if (!last || (paragraph.number === 1 && last.length > 0)) runs.push([paragraph]);
    else last.push(paragraph);
  }
  return runs;
}

/** The run a paragraph belongs to; a preambular paragraph belongs to the first run after it (a section's own preamble). */
export function runOf(runs: readonly OperativeParagraph[][], paragraph: Paragraph): OperativeParagraph[] | undefined {
  if (paragraph.kind === 'operative') return runs.find((run) => run.includes(paragraph));
  return runs.find((run) => (run[0]?.span.start ?? 0) > paragraph.span.start) ?? runs[runs.length - 1];
}

/** "1 to 20", or "1 to 5 and 7 to 9" when numbers are missing. */
export function numberRanges(run: readonly OperativeParagraph[]): string {
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
