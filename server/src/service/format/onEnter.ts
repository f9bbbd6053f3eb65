// What pressing Enter at the end of a paragraph does (on-type formatting): the paragraph gets the
// ending its kind takes when it has none (`,` preambular, `;` operative, `;` sub-paragraph), a blank
// line follows, and the new line starts with the next number ("13. ") or the next sub-paragraph label
// ("    (c) "); a paragraph that introduces a list (ending `:`) starts it with "(a)". Enter on a line
// that holds only a label ends the list: "(c)" becomes the next paragraph number, a bare number goes.

import type { TextEdit } from '../findings';
import type { OperativeParagraph, Paragraph, ResolutionDocument, Subparagraph } from '../model';
import { isLayoutOnly, lineBreakOf, lineIndexAt, splitLines, textEnd, textStart, type TextLine } from './layoutText';
import { paragraphAt } from './numbering';

const indentUnit = '    ';
const letters = 'abcdefghijklmnopqrstuvwxyz';
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** The edits after a line break was typed, the cursor at `offset` (at the start of the new line). */
export function onEnter(document: ResolutionDocument, offset: number): TextEdit[] {
  const { text } = document;
  const lines = splitLines(text);
  const index = lineIndexAt(lines, offset);
  const line = lines[index];
  const previous = lines[index - 1];
  if (!line || !previous || !isLayoutOnly(text, line.start, line.end)) return [];
  const end = textEnd(text, previous);
  if (end === previous.start) return [];
  const newLine = { start: line.start, end: offset };
  const eol = lineBreakOf(text);
  return labelOnly(document, previous, newLine) ?? afterParagraph(document, end, newLine, eol) ?? [];
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Enter on a line holding only "13." or "(c)": the list or the numbering ends there. */
function labelOnly(document: ResolutionDocument, previous: TextLine, newLine: Span): TextEdit[] | undefined {
  const { text } = document;
  const content = text.slice(textStart(text, previous), textEnd(text, previous));
  if (/^\d{1,3}\.$/.test(content)) return [{ span: { start: previous.start, end: newLine.end }, newText: '' }];
  if (!/^\([a-z]{1,2}\)$/.test(content)) return undefined;
  const holder = document.operative.filter((p) => p.span.start < previous.start).pop();
  const number = holder?.number !== undefined ? `${holder.number + 1}. ` : '';
  return [{ span: { start: previous.start, end: newLine.end }, newText: number }];
}

function afterParagraph(document: ResolutionDocument, end: number, newLine: Span, eol: string): TextEdit[] | undefined {
  const paragraph = paragraphAt(document.paragraphs, end - 1);
  if (!paragraph || paragraph.span.end !== end) return undefined;
  const last = lastSubparagraph(paragraph.subparagraphs);
  if (last) return afterSubparagraph(last, newLine, eol);
  const ending = paragraph.ending;
  const start = (prefix: string): TextEdit => ({ span: newLine, newText: eol + prefix });
  if (ending?.char === ':') return [start(`${indentUnit}(a) `)];
  if (paragraph.kind === 'preambular') return [...endingEdits(paragraph, ','), start('')];
  const next = paragraph.number !== undefined ? `${paragraph.number + 1}. ` : '';
  return [...operativeEndingEdits(document, paragraph), start(next)];
}

/** The last sub-paragraph at the deepest level, with its depth. */
function lastSubparagraph(subparagraphs: readonly Subparagraph[], depth = 1): { item: Subparagraph; depth: number } | undefined {
  const last = subparagraphs[subparagraphs.length - 1];
  if (!last) return undefined;
  return lastSubparagraph(last.children, depth + 1) ?? { item: last, depth };
}

function afterSubparagraph(last: { item: Subparagraph; depth: number }, newLine: Span, eol: string): TextEdit[] {
  const { item, depth } = last;
  if (item.ending?.char === ':') return [{ span: newLine, newText: `${eol}${indentUnit.repeat(depth + 1)}(i) ` }];
  const label = nextLabel(item);
  const ending = item.ending && /[;,.:]/.test(item.ending.char) ? [] : [insertAfter(item.ending, item.span.end, ';')];
  return [...ending, { span: newLine, newText: `${eol}${indentUnit.repeat(depth)}${label ? `(${label}) ` : ''}` }];
}

function nextLabel(item: Subparagraph): string | undefined {
  if (item.labelKind === 'roman') return romans[romans.indexOf(item.label) + 1];
  const index = letters.indexOf(item.label);
  if (item.label.length === 1) return index < letters.length - 1 ? letters[index + 1] : 'aa';
  const double = letters.indexOf(item.label[0] ?? '');
  return double >= 0 && double < letters.length - 1 ? (letters[double + 1] ?? '').repeat(2) : undefined;
}

/** A paragraph without an ending gets the one its kind takes. */
function endingEdits(paragraph: Paragraph, char: string): TextEdit[] {
  const ending = paragraph.ending;
  return ending && /[,;:.]/.test(ending.char) ? [] : [insertAfter(ending, paragraph.span.end, char)];
}

/** An operative paragraph without an ending gets `;`; the last one gives up its full stop for `;`, a new last paragraph follows. */
function operativeEndingEdits(document: ResolutionDocument, paragraph: OperativeParagraph): TextEdit[] {
  const ending = paragraph.ending;
  const last = document.operative.filter((p) => p.part === paragraph.part).pop() === paragraph;
  if (ending?.char === '.' && last) return [{ span: { start: ending.offset, end: ending.offset + 1 }, newText: ';' }];
  return endingEdits(paragraph, ';');
}

/** `char` right after the last significant character (before trailing footnote markers), or at `end`. */
function insertAfter(ending: { offset: number } | undefined, end: number, char: string): TextEdit {
  const at = ending ? ending.offset + 1 : end;
  return { span: { start: at, end: at }, newText: char };
}
