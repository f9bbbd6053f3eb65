// Renumbers the operative paragraphs 1, 2, 3 ... (per part, and per section where the text restarts)
// and rewrites every internal cross-reference ("paragraph 12 above", "paragraphs 3 to 5",
// "subparagraph (b) of paragraph 4") so that it still points to the paragraph it was written for.
// Only the digits change, except where a range no longer runs unbroken: then its list is rewritten.

import type { TextEdit } from '../findings';
import type { CrossReference, OperativeParagraph, ResolutionDocument } from '../model';
import { numberingRuns, referredParagraph, sequentialNumbers } from './numbering';

/** The edits that renumber the operative paragraphs and update the internal cross-references. */
export function renumberOperativeParagraphs(document: ResolutionDocument): TextEdit[] {
  const numbers = sequentialNumbers(document);
  const renumbered = (paragraph: OperativeParagraph) => numbers.get(paragraph.index);
  return sortedEdits([...numberEdits(document, numbers), ...referenceEdits(document, renumbered)]);
}

function numberEdits(document: ResolutionDocument, numbers: ReadonlyMap<number, number>): TextEdit[] {
  return document.operative.flatMap((paragraph) => {
    const value = numbers.get(paragraph.index);
    if (value === undefined || value === paragraph.number) return [];
    if (paragraph.numberSpan) return [{ span: paragraph.numberSpan, newText: String(value) }];
    return [{ span: { start: paragraph.span.start, end: paragraph.span.start }, newText: `${value}. ` }];
  });
}

/** What a paragraph's number becomes; undefined leaves references to it as they are. */
export type NewNumber = (paragraph: OperativeParagraph) => number | undefined;

/** Edits that make every internal cross-reference follow its paragraphs to their new numbers. */
export function referenceEdits(document: ResolutionDocument, newNumber: NewNumber): TextEdit[] {
  const runs = numberingRuns(document);
  const highest = Math.max(0, ...document.operative.map((paragraph) => paragraph.number ?? 0));
  const map = (reference: CrossReference, value: number) => {
    const paragraph = referredParagraph(document, reference, value, runs);
    return paragraph ? newNumber(paragraph) : undefined;
  };
  return document.crossReferences.flatMap((reference) => {
    if (!reference.internal || reference.numberSpans.length === 0) return [];
    return isRange(reference) ? rangeEdits(document.text, reference, map, highest) : listEdits(document.text, reference, map);
  });
}

type Mapper = (reference: CrossReference, value: number) => number | undefined;

function isRange(reference: CrossReference): boolean {
  return reference.targets.length > reference.numberSpans.length;
}

/** "paragraphs 3 and 7", "paragraph 5 (b)": each number follows its paragraph; a list stays ascending. */
function listEdits(text: string, reference: CrossReference, map: Mapper): TextEdit[] {
  const spans = reference.numberSpans;
  const old = spans.map((span) => Number(text.slice(span.start, span.end)));
  const mapped = old.map((value) => map(reference, value) ?? value);
  const lettered = /\(/.test(text.slice(spans[0]?.start ?? 0, spans[spans.length - 1]?.end ?? 0));
  const values = lettered ? mapped : [...mapped].sort((a, b) => a - b);
  return spans.flatMap((span, index) => {
    const value = values[index];
    return value === undefined || value === old[index] ? [] : [{ span, newText: String(value) }];
  });
}

/**
 * "paragraphs 3 to 5": when the paragraphs still follow one another, only the ends change; when a
 * move or an insertion has split them, the list is written out ("3, 4 and 9"). A number in the range
 * that no paragraph carries any more was deleted and drops out; a range that reaches past the last
 * paragraph is left for the cross-reference check to report.
 */
function rangeEdits(text: string, reference: CrossReference, map: Mapper, highest: number): TextEdit[] {
  const spans = reference.numberSpans;
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) return [];
  const ends = [first, last].map((span) => map(reference, Number(text.slice(span.start, span.end))));
  if (reference.targets.some((value) => value > highest) || ends.every((value) => value === undefined)) return [];
  const values = [...new Set(reference.targets.flatMap((value) => map(reference, value) ?? []))].sort((a, b) => a - b);
  const unchanged = values.length === reference.targets.length && values.every((value, i) => value === reference.targets[i]);
  if (unchanged) return [];
  const lettered = /\(/.test(text.slice(first.start, last.end));
  const low = values[0];
  const high = values[values.length - 1];
  if (low === undefined || high === undefined) return [];
  const unbroken = high - low + 1 === values.length && values.length > 2;
  if (spans.length === 2 && (unbroken || lettered)) {
    return [
      { span: first, newText: String(lettered ? ends[0] : low) },
      { span: last, newText: String(lettered ? ends[1] : high) },
    ].filter((edit) => text.slice(edit.span.start, edit.span.end) !== edit.newText);
  }
  if (lettered) return [];
  return [{ span: { start: first.start, end: last.end }, newText: numberList(values) }];
}

/** 3, 4, 5, 9 → "3 to 5 and 9"; 3, 4 → "3 and 4". */
export function numberList(values: readonly number[]): string {
  const items: string[] = [];
  let index = 0;
  while (index < values.length) {
    let end = index;
    while (end + 1 < values.length && (values[end + 1] ?? 0) === (values[end] ?? 0) + 1) end++;
    if (end - index >= 2) items.push(`${values[index]} to ${values[end]}`);
    else for (let i = index; i <= end; i++) items.push(String(values[i]));
    index = end + 1;
  }
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Edits in document order, each once. */
export function sortedEdits(edits: readonly TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return [...edits]
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
    .filter((edit) => {
      const key = `${edit.span.start}:${edit.span.end}:${edit.newText}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
