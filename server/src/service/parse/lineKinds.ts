// What a single line is, judged on its own: a rule of underscores, document-system debris, a formula,
// the closing meeting line, a heading, a footnote text's first line. Context (where the line sits)
// is the structure pass's business.

import type { SourceLine } from './source';
import { isSpace, trimmed } from './source';
import { parseWholeDate } from './dates';
import { superscriptValue } from './markers';
import { findOpening } from './openings';

const organs = ['General Assembly', 'Human Rights Council', 'Economic and Social Council', 'Security Council'];

/** A line of underscores: the rule before footnotes (or a page break's footnote block). */
export function isRule(line: SourceLine): boolean {
  return /^[\s\u00a0]*_{3,}[\s\u00a0_]*$/.test(line.text);
}

/** Document-system debris: `<<ODS JOB NO>>`, editor marks `[DU1]`, page numbers, dashes, job numbers. */
export function isJunk(line: SourceLine): boolean {
  const text = trimmed(line);
  return isTrailerStart(line) || /^(?:-{3,}|\d{1,4}|\d{2}-\d{5}(?:\s.*)?|\[[A-Z]{1,3}\d{0,3}\])$/.test(text);
}

/** `<<ODS ...>>` lines: from here on, the document system's trailer. */
export function isTrailerStart(line: SourceLine): boolean {
  return line.text.includes('<<ODS');
}

export interface FormulaLine {
  readonly organ: string;
  readonly italic: boolean;
  /** Offsets within the line of the organ's name (from "The" to the last word of the name). */
  readonly start: number;
  readonly end: number;
}

const formulaPattern = new RegExp(`^The (${organs.join('|')})[\\s\\u00a0]*,?$`);

/** `*The General Assembly*,` with or without italics, comma inside or outside or absent. */
export function formulaLine(line: SourceLine): FormulaLine | undefined {
  if (line.text.length > 80) return undefined;
  const plain = trimmed(line).replace(/\*/g, '').replace(/[\s\u00a0]+/g, ' ');
  const match = formulaPattern.exec(plain);
  if (!match) return undefined;
  const organ = `The ${match[1] ?? ''}`;
  const start = line.text.indexOf('The ');
  const lastWord = organ.slice(organ.lastIndexOf(' ') + 1);
  const end = line.text.lastIndexOf(lastWord) + lastWord.length;
  return { organ, italic: line.text.includes('*'), start, end };
}

/** `89th plenary meeting`, `52nd (resumed) plenary meeting`, possibly in italics. */
export function meetingLine(line: SourceLine): string | undefined {
  if (line.text.length > 80) return undefined;
  const match = /^\*?\s*(\d{1,3}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting)\s*\*?\s*$/i.exec(trimmed(line));
  return match?.[1];
}

/** The ISO date of a line that holds only a date (possibly in italics). */
export function dateLine(line: SourceLine): string | undefined {
  if (line.text.length > 40) return undefined;
  return parseWholeDate(trimmed(line).replace(/^\*|\*$/g, '').trim());
}

export interface HeadingLine {
  readonly kind: 'section' | 'part' | 'annex' | 'other';
  readonly label: string;
  /** Offset within the line of a title that follows the label on the same line ("II Revised estimates ..."). */
  readonly titleStart?: number;
}

/** `I`, `II.`, `A`, `B[1]`, `Section 3`, `Income section 3`, `Part IV`, `Annex`, `Annex II`, `*Preamble*`: a heading on a line of its own. */
export function headingLine(line: SourceLine): HeadingLine | undefined {
  const text = trimmed(line).replace(/\[\d{1,3}\]$|[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/, '');
  if (text.length > 40) return undefined;
  const roman = /^(?:\*\*)?([IVXL]{1,7})\.?(?:\*\*)?$/.exec(text);
  if (roman) return { kind: 'section', label: roman[1] ?? '' };
  const part = /^(?:\*\*)?([A-H])(?:\*\*)?$/.exec(text);
  if (part) return { kind: 'part', label: part[1] ?? '' };
  const section = /^(?:\*\*)?((?:(?:Income\s+s|S)ection\s+\d{1,3}[A-Z]?)|(?:Part\s+[IVXL]{1,7}))\.?(?:\*\*)?$/.exec(text);
  if (section) return { kind: 'section', label: (section[1] ?? '').replace(/\s+/g, ' ') };
  const annex = /^(?:\*\*)?(Annex(?:es)?(?:\s+[IVXL]{1,6})?)(?:\*\*)?$/.exec(text);
  if (annex) return { kind: 'annex', label: (annex[1] ?? '').replace(/\s+/g, ' ') };
  if (/^\*?Preamble\*?$/.test(text)) return { kind: 'other', label: 'Preamble' };
  return undefined;
}

/** Words no heading (and no sentence) ends with: a line ending with one is unfinished text. */
const danglingEnd = /(?:^|[\s\u00a0])(?:and|or|of|the|to|in|for|with|by|on|at|a|an|as|that|from)$/;

/** Whether a line's text stops on a word that needs more after it ("... at its", "... and"). */
export function endsOnDanglingWord(text: string): boolean {
  return danglingEnd.test(text.replace(/[\s\u00a0*]+$/, ''));
}

/**
 * "II Revised estimates ...", "A Base/floor salary scale", "**A** Economic and Social Council": a
 * section numeral or part letter and its title on one line (23 corpus texts write them so). The title
 * ends no clause and stops on no dangling word; where the line stands decides whether it is a heading.
 */
export function titledHeadingLine(line: SourceLine): HeadingLine | undefined {
  if (line.text.length > 400) return undefined;
  // "A. A. Pension Administration": PDF text repeats the label.
  const match = /^[\s\u00a0]*(?:\*\*)?([IVXL]{1,7}|[A-H])\.?(?:\*\*)?[ \t\u00a0]+(?:\1\.[ \t\u00a0]+)?(?=(?:\*\*)?[A-Z“"])/.exec(line.text);
  const label = match?.[1];
  if (!match || !label) return undefined;
  const title = line.text.slice(match[0].length).replace(/[\s\u00a0*]+$/, '');
  if (/[,;:.]$/.test(title) || endsOnDanglingWord(title)) return undefined;
  return { kind: /^[A-H]$/.test(label) ? 'part' : 'section', label, titleStart: match[0].length };
}

export interface FootnoteStart {
  readonly marker: number;
  readonly style: 'bracket' | 'superscript' | 'plain';
  /** Offsets within the line of the marker and of the start of the text. */
  readonly markerStart: number;
  readonly markerEnd: number;
  readonly textStart: number;
}

const months = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A line that may open a footnote text: `[3] text`, `³ text`, `3 Text`. Context decides whether it does. */
export function footnoteStart(line: SourceLine): FootnoteStart | undefined {
  const match = /^([\s\u00a0]*)(\[(\d{1,3})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(\d{1,3}))([\s\u00a0]*)/.exec(line.text);
  if (!match) return undefined;
  const lead = match[1] ?? '';
  const whole = match[0];
  const rest = line.text.slice(whole.length);
  const markerStart = lead.length;
  const markerEnd = markerStart + (match[2] ?? '').length;
  if (match[3] !== undefined) return { marker: Number(match[3]), style: 'bracket', markerStart, markerEnd, textStart: whole.length };
  if (match[4] !== undefined) {
    const value = superscriptValue(match[4]);
    return value ? { marker: value, style: 'superscript', markerStart, markerEnd, textStart: whole.length } : undefined;
  }
  if ((match[6] ?? '').length === 0 || rest.length === 0 || /^[a-z]/.test(rest) || months.test(rest) || rest.includes('\t')) return undefined;
  return { marker: Number(match[5]), style: 'plain', markerStart, markerEnd, textStart: whole.length };
}

export interface ParagraphNumber {
  readonly value: number;
  /** Offsets within the line of the number as written ("12", or "l" typed for "1"). */
  readonly start: number;
  readonly end: number;
  /** Offset within the line just past the number's full stop (past the number when it has none). */
  readonly after: number;
}

/**
 * `12.` or `12. Text`: an operative paragraph number at the start of a line, possibly followed by an
 * invisible mark ("6.\u200e", 2 corpus texts). The slips of the corpus, "3 *Calls upon*" (no full
 * stop), "232 .*Recognizes*" and "l. *Decides*" (a letter for "1"), count only before an operative
 * verb: without one, "3 Ibid." is a footnote and "1.1 . Raise" a numbered item of an annex.
 */
export function paragraphNumber(line: SourceLine): ParagraphNumber | undefined {
  const match = /^([\s\u00a0\u200b\u200e\u200f\ufeff]*)(\d{1,3}|l)((?:[ \u00a0]*\.)?)/.exec(line.text);
  const digits = match?.[2];
  if (!match || !digits) return undefined;
  const start = (match[1] ?? '').length;
  const number = { value: digits === 'l' ? 1 : Number(digits), start, end: start + digits.length, after: match[0].length };
  const next = line.text.charCodeAt(number.after);
  const followed = Number.isNaN(next) || isSpace(next);
  if (digits !== 'l' && match[3] === '.' && followed) return number;
  return opensWithOperativeVerb(line.text, number.after) ? number : undefined;
}

function opensWithOperativeVerb(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return findOpening(text, i, text.length)?.kind === 'operative';
}

/** `(a)`, `(ii)`, `(aa)` at the start of a line. */
export function subparagraphLabel(line: SourceLine): { label: string; start: number; end: number } | undefined {
  const match = /^([\s\u00a0]*)\(([a-z]{1,2}|[ivxl]{1,6})\)(?=[\s\u00a0]|$)/.exec(line.text);
  if (!match) return undefined;
  const start = (match[1] ?? '').length;
  return { label: match[2] ?? '', start, end: start + (match[2] ?? '').length + 2 };
}

/** A row of a table: cells separated by tabs after the line's number or label (budget tables, scales). */
export function isTableRow(line: SourceLine): boolean {
  return trimmed(line).replace(/^(?:\d{1,3}\.|\([a-z]{1,4}\))[\s\u00a0]+/, '').includes('\t');
}
