// The canonical layout of a paragraph (the corpus text format): one line for the paragraph's own text,
// starting at the margin; the number followed by one space; a blank line before each sub-paragraph,
// indented four spaces a level; the opening phrase or operative verb between `*` markers. Lines that a
// PDF or a word processor wrapped are joined; a page break with its footnotes is left where it is.

import type { TextEdit } from '../findings';
import type { Paragraph, ResolutionDocument, Subparagraph, TextSpan } from '../model';
import { takesItalics } from './italics';
import { isBlankLine, isLayoutOnly, isShallowMargin, isTableRow, lineIndexAt, textEnd, textStart, type TextLine } from './layoutText';

export interface LayoutContext {
  readonly document: ResolutionDocument;
  readonly lines: readonly TextLine[];
  readonly eol: string;
}

const indentUnit = '    ';

export function paragraphEdits(context: LayoutContext, paragraph: Paragraph): TextEdit[] {
  const depths = subparagraphDepths(paragraph.subparagraphs);
  return [
    ...paragraph.fragments.flatMap((fragment) => fragmentEdits(context, fragment, depths)),
    ...numberEdits(context, paragraph),
    ...labelEdits(context, paragraph.subparagraphs),
    ...italicEdits(context.document, paragraph),
  ];
}

/** Sub-paragraph label offsets → nesting depth (1 for "(a)", 2 for "(i)" under a letter). */
function subparagraphDepths(subparagraphs: readonly Subparagraph[], depth = 1, into = new Map<number, number>()): Map<number, number> {
  for (const subparagraph of subparagraphs) {
    into.set(subparagraph.labelSpan.start, depth);
    subparagraphDepths(subparagraph.children, depth + 1, into);
  }
  return into;
}

/** What comes between the lines of a fragment (blank lines among them included). */
function fragmentEdits(context: LayoutContext, fragment: TextSpan, depths: ReadonlyMap<number, number>): TextEdit[] {
  const { document, lines } = context;
  const { text } = document;
  const first = lineIndexAt(lines, fragment.start);
  const last = lineIndexAt(lines, fragment.end);
  const edits: TextEdit[] = [];
  const filled = lines.slice(first, last + 1).filter((line) => !isBlankLine(text, line));
  for (let index = 0; index + 1 < filled.length; index++) {
    const line = filled[index];
    const next = filled[index + 1];
    const edit = line && next ? lineBreakEdit(context, line, next, depths) : undefined;
    if (edit) edits.push(edit);
  }
  return edits;
}

/** Each fragment starts at the margin, or at its sub-paragraph's indentation. */
export function paragraphMarginEdits(context: LayoutContext, paragraph: Paragraph): TextEdit[] {
  const { text } = context.document;
  const depths = subparagraphDepths(paragraph.subparagraphs);
  return paragraph.fragments.flatMap((fragment) => {
    const line = context.lines[lineIndexAt(context.lines, fragment.start)];
    if (!line || !isLayoutOnly(text, line.start, fragment.start) || isTableRow(text, line)) return [];
    const depth = depths.get(fragment.start);
    if (depth === undefined && !isShallowMargin(text, line, fragment.start)) return [];
    return [{ span: { start: line.start, end: fragment.start }, newText: indentUnit.repeat(depth ?? 0) }];
  });
}

/** Before a sub-paragraph: a blank line and its indentation. Elsewhere the line was wrapped: one space. */
function lineBreakEdit(context: LayoutContext, line: TextLine, next: TextLine, depths: ReadonlyMap<number, number>): TextEdit | undefined {
  const { text } = context.document;
  const from = textEnd(text, line);
  const to = textStart(text, next);
  if (!isLayoutOnly(text, from, to) || isTableRow(text, line) || isTableRow(text, next)) return undefined;
  const depth = depths.get(to);
  if (depth !== undefined) return { span: { start: from, end: to }, newText: context.eol + context.eol + indentUnit.repeat(depth) };
  // Lines set apart by a blank line inside a paragraph (table rows, a list) stay apart; only a number on a line of its own joins its text.
  if (lineBreaks(text, from, to) > 1 && !numberOnly(text, line, from)) return undefined;
  return { span: { start: from, end: to }, newText: hyphenatedBreak(text, from, to) ? '' : ' ' };
}

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) count++;
  return count;
}

function numberOnly(text: string, line: TextLine, end: number): boolean {
  return /^[ \t\u00a0]*\d{1,3}\.$/.test(text.slice(line.start, end));
}

/**
 * "Secretary-" at the end of a line continues as "Secretary-General": no space after the hyphen; but
 * "peace- and confidence-building" keeps its space.
 */
export function hyphenatedBreak(text: string, end: number, next: number): boolean {
  return text[end - 1] === '-' && /\p{L}/u.test(text[end - 2] ?? '') && !/^(?:and|or|to)\b/.test(text.slice(next, next + 4));
}

/** The wrapped lines of a title (or any run of text that is one line in the canonical layout) joined. */
export function joinedLines(context: LayoutContext, span: TextSpan): TextEdit[] {
  const { text } = context.document;
  const first = lineIndexAt(context.lines, span.start);
  const last = lineIndexAt(context.lines, span.end);
  const edits: TextEdit[] = [];
  for (let index = first; index < last; index++) {
    const line = context.lines[index];
    const next = context.lines[index + 1];
    if (!line || !next || isBlankLine(text, line) || isBlankLine(text, next)) continue;
    const from = textEnd(text, line);
    const to = textStart(text, next);
    if (isLayoutOnly(text, from, to)) edits.push({ span: { start: from, end: to }, newText: hyphenatedBreak(text, from, to) ? '' : ' ' });
  }
  return edits;
}

/** "12.   Requests" and "12.\tRequests" become "12. Requests" (a number on its own line is joined by the line edits). */
function numberEdits(context: LayoutContext, paragraph: Paragraph): TextEdit[] {
  if (paragraph.kind !== 'operative' || !paragraph.numberSpan) return [];
  const { text } = context.document;
  const afterStop = paragraph.numberSpan.end + 1;
  const body = paragraph.bodySpan.start;
  if (text[paragraph.numberSpan.end] !== '.' || body <= afterStop || body >= paragraph.span.end) return [];
  const sameLine = lineIndexAt(context.lines, afterStop) === lineIndexAt(context.lines, body);
  if (!sameLine || !isLayoutOnly(text, afterStop, body)) return [];
  return [{ span: { start: afterStop, end: body }, newText: ' ' }];
}

/** "(a)\tTo continue" becomes "(a) To continue". */
function labelEdits(context: LayoutContext, subparagraphs: readonly Subparagraph[]): TextEdit[] {
  const { text } = context.document;
  return subparagraphs.flatMap((subparagraph) => {
    const line = context.lines[lineIndexAt(context.lines, subparagraph.labelSpan.end)];
    const own = line ? textStart(text, { start: subparagraph.labelSpan.end, end: line.end }) : subparagraph.labelSpan.end;
    const spaced = line && own > subparagraph.labelSpan.end && own < line.end;
    const edit = spaced ? [{ span: { start: subparagraph.labelSpan.end, end: own }, newText: ' ' }] : [];
    return [...edit, ...labelEdits(context, subparagraph.children)];
  });
}

/** `*...*` around an opening phrase or operative verb that the draft left without them. */
function italicEdits(document: ResolutionDocument, paragraph: Paragraph): TextEdit[] {
  const opening = paragraph.opening;
  if (!opening || opening.italic || !takesItalics(document, paragraph, opening)) return [];
  return [
    { span: { start: opening.span.start, end: opening.span.start }, newText: '*' },
    { span: { start: opening.span.end, end: opening.span.end }, newText: '*' },
  ];
}
