// The text as the parser reads it: comments masked out (same length, so offsets stay those of the
// original text) and split into lines with their offsets.

import type { TextSpan } from '../model';

export interface SourceLine {
  /** 0-based line number. */
  readonly index: number;
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
  /** The line's text with comments masked. */
  readonly text: string;
}

export interface Source {
  /** The original text. */
  readonly text: string;
  /** The text with comments replaced by spaces (line breaks kept). */
  readonly masked: string;
  readonly lines: readonly SourceLine[];
}

export function makeSource(text: string, comments: readonly TextSpan[]): Source {
  const masked = maskSpans(text, comments);
  return { text, masked, lines: splitLines(masked) };
}

function maskSpans(text: string, spans: readonly TextSpan[]): string {
  if (spans.length === 0) return text;
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    result += text.slice(cursor, span.start) + text.slice(span.start, span.end).replace(/[^\r\n]/g, ' ');
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
    if (i >= text.length) break;
  }
  return lines;
}

/** Spaces as they occur in resolution text: tabs, no-break spaces, invisible marks from word processors. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 0xa0 || code === 0x200e || code === 0x200f || code === 0x200b ||
    code === 0xfeff || code === 0x2007 || code === 0x202f || code === 0x2009 || code === 11 || code === 12
  );
}

/** Offset of the first non-space character of `line`, or `line.end` when it is blank. */
export function contentStart(line: SourceLine): number {
  let i = 0;
  while (i < line.text.length && isSpace(line.text.charCodeAt(i))) i++;
  return line.start + i;
}

/** Offset just past the last non-space character of `line`, or `line.start` when it is blank. */
export function contentEnd(line: SourceLine): number {
  let i = line.text.length;
  while (i > 0 && isSpace(line.text.charCodeAt(i - 1))) i--;
  return line.start + i;
}

export function isBlank(line: SourceLine): boolean {
  return contentStart(line) === line.end;
}

/** The line's text without leading and trailing spaces. */
export function trimmed(line: SourceLine): string {
  return line.text.slice(contentStart(line) - line.start, contentEnd(line) - line.start);
}
