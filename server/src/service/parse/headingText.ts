// What a heading's text looks like, line by line: short, capitalized, without number, opening phrase or
// clause punctuation. Where such a line stands (alone, under a section numeral, between two
// paragraphs of text without blank lines) is the assembler's business.

import { endingBefore, endsClause } from './endings';
import { endsOnDanglingWord, isTableRow, paragraphNumber, subparagraphLabel, titledHeadingLine } from './lineKinds';
import { findOpening } from './openings';
import { contentEnd, contentStart, type SourceLine } from './source';
import type { BodyLine, StructureEvent } from './structure';

/** The longest title a heading line carries (the corpus's longest runs to 230 characters). */
export const longestTitle = 300;

export interface HeadingShape {
  /** How long the line may be. */
  readonly longest: number;
  /** Whether the line may stop on "and", "of" or a comma: a title wrapped under its numeral goes on below. */
  readonly wrapped: boolean;
}

/** A short capitalized line without end punctuation, number, label or table cells. */
export function headingShaped(masked: string, body: BodyLine, shape: HeadingShape): boolean {
  const { line } = body;
  const start = contentStart(line);
  const end = contentEnd(line);
  if (end - start > shape.longest || !/^[A-Z*“"]/.test(line.text.slice(start - line.start))) return false;
  if (paragraphNumber(line) || subparagraphLabel(line) || isTableRow(line)) return false;
  if (shape.wrapped) return !/[;:.]/.test(endingBefore(masked, start, end, body.markers)?.char ?? '');
  return !endsClause(masked, start, end, body.markers) && !endsOnDanglingWord(masked.slice(start, end));
}

/** A numbered line, or one that opens with an opening phrase (marked or not). */
export function opensParagraph(masked: string, line: SourceLine): boolean {
  if (paragraphNumber(line)) return true;
  return findOpening(masked, contentStart(line), line.end)?.kind !== undefined;
}

/**
 * What may follow a heading in text without blank lines: a frame line (formula, heading, closing), a
 * line that opens a paragraph, or a title line followed by one ("Income section 3" / "Services to the
 * public" / "77.").
 */
export function closesHeading(masked: string, events: readonly StructureEvent[], at: number): boolean {
  const next = events[at];
  if (!next) return false;
  if (next.type !== 'body') return true;
  if (opensParagraph(masked, next.body.line)) return true;
  if (!headingShaped(masked, next.body, { longest: 200, wrapped: false }) || findOpening(masked, contentStart(next.body.line), next.body.line.end)) return false;
  const after = events[at + 1];
  return after !== undefined && (after.type !== 'body' || opensParagraph(masked, after.body.line));
}

/** A line that goes on with a wrapped title: no number, opening phrase or clause end of its own. */
export function continuesTitle(masked: string, body: BodyLine, title: string): boolean {
  const { line } = body;
  const start = contentStart(line);
  const end = contentEnd(line);
  if (body.gap !== 'none' || title.length + end - start > longestTitle) return false;
  if (paragraphNumber(line) || subparagraphLabel(line) || isTableRow(line) || titledHeadingLine(line)) return false;
  if (endsClause(masked, start, end, body.markers)) return false;
  return findOpening(masked, start, line.end)?.kind === undefined;
}

/** A title as the outline shows it: without bold or italics markers, spaces collapsed. */
export function cleanTitle(text: string): string {
  return text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}
