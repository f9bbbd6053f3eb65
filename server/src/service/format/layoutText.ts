// What the formatter may treat as layout: spaces, tabs, no-break spaces and line breaks. Everything
// else (words, punctuation, invisible marks a word processor left) is text and is never touched.

import type { TextEdit } from '../findings';
import type { TextSpan } from '../model';

/** A line of the text, without its line break. */
export interface TextLine {
  readonly start: number;
  readonly end: number;
}

export function isLayout(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

export function isLayoutOnly(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isLayout(code) && code !== 10 && code !== 13) return false;
  }
  return true;
}

/** The line break the draft uses. */
export function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    lines.push({ start, end: i });
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** First offset of the line that is not layout (the line's end when it is blank). */
export function textStart(text: string, line: TextLine): number {
  let i = line.start;
  while (i < line.end && isLayout(text.charCodeAt(i))) i++;
  return i;
}

/** Offset past the last character of the line that is not layout (the line's start when it is blank). */
export function textEnd(text: string, line: TextLine): number {
  let i = line.end;
  while (i > line.start && isLayout(text.charCodeAt(i - 1))) i--;
  return i;
}

/** A line with nothing but layout; a row of empty table cells (tabs) is not blank. */
export function isBlankLine(text: string, line: TextLine): boolean {
  return textStart(text, line) === line.end && !isTableRow(text, line);
}

/**
 * A row of a table: cells separated by tabs (budget texts). Any tab after the line's margin, or on a line
 * of nothing but layout, belongs to the table (an empty cell), not to the layout.
 */
export function isTableRow(text: string, line: TextLine): boolean {
  const start = textStart(text, line);
  if (start === line.end) return text.slice(line.start, line.end).includes('\t');
  const content = text.slice(start, line.end);
  // "1.\tUrges" and "(a)\tTo" are a word processor's numbering, not cells.
  const label = /^(?:\d{1,3}\.|\([a-z]{1,6}\))\t+/.exec(content)?.[0].length ?? 0;
  return content.includes('\t', label);
}

/**
 * Whether the margin before `start` is noise that a PDF or a word processor left (a tab, a few
 * spaces), rather than indentation the drafter chose on purpose.
 */
export function isShallowMargin(text: string, line: TextLine, start: number): boolean {
  const margin = text.slice(line.start, start);
  return margin === '\t' || (/^[ \u00a0]*$/.test(margin) && margin.length < 4);
}

/** The index of the line that holds `offset` (lines sorted, as `splitLines` gives them). */
export function lineIndexAt(lines: readonly TextLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lines[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A replacement that changes something, without what the old and new text share at either end. */
export function trimmedEdit(text: string, span: TextSpan, newText: string): TextEdit | undefined {
  let head = 0;
  const length = span.end - span.start;
  const limit = Math.min(length, newText.length);
  while (head < limit && text.charCodeAt(span.start + head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < limit - head && text.charCodeAt(span.end - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)) tail++;
  if (head === length && head === newText.length) return undefined;
  return { span: { start: span.start + head, end: span.end - tail }, newText: newText.slice(head, newText.length - tail) };
}
