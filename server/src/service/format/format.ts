// Format Document: the draft in the canonical layout of the corpus text format (one paragraph a line,
// a blank line between paragraphs and before each sub-paragraph, sub-paragraphs indented four spaces a
// level, `*phrase*` openings, `[n]` markers, notes `[n] text` after a rule of underscores). Formatting
// changes layout only: spaces, tabs, line breaks, `*` markers around openings and the formula, and the
// way footnote markers are written. It never changes a word, and formatting twice gives the same text.

import type { TextEdit } from '../findings';
import type { ResolutionDocument, TextSpan } from '../model';
import { footnoteRules, markerEdits, noteEdits, noteMarginEdit, ruleEdits } from './footnoteLayout';
import { isBlankLine, isLayoutOnly, isShallowMargin, isTableRow, lineBreakOf, lineIndexAt, splitLines, textEnd, textStart, trimmedEdit } from './layoutText';
import { joinedLines, paragraphEdits, paragraphMarginEdits, type LayoutContext } from './paragraphLayout';

/** The edits that put the whole draft in the canonical layout. */
export function formatResolution(document: ResolutionDocument): TextEdit[] {
  const context: LayoutContext = { document, lines: splitLines(document.text), eol: lineBreakOf(document.text) };
  // Where two edits would overlap, the more specific one wins: a paragraph's own layout over the gap
  // between paragraphs, and both over the clean-up of margins, trailing spaces and blank lines.
  return merged(document.text, [textEdits(context), gapEdits(context), cleanUpEdits(context)]);
}

/**
 * The edits of `formatResolution` for the lines of `range`, widened to the whole paragraphs it touches
 * (so that an opening never gets one `*` without the other).
 */
export function formatRange(document: ResolutionDocument, range: TextSpan): TextEdit[] {
  const touched = document.paragraphs.filter((paragraph) => paragraph.span.start <= range.end && paragraph.span.end >= range.start);
  const lines = splitLines(document.text);
  const first = lines[lineIndexAt(lines, Math.min(range.start, touched[0]?.span.start ?? range.start))];
  const last = lines[lineIndexAt(lines, Math.max(range.end, touched[touched.length - 1]?.span.end ?? range.end))];
  const start = first?.start ?? range.start;
  const end = last?.end ?? range.end;
  return formatResolution(document).filter((edit) => edit.span.start >= start && edit.span.end <= end);
}

function textEdits(context: LayoutContext): TextEdit[] {
  const { document } = context;
  return [
    ...document.paragraphs.flatMap((paragraph) => paragraphEdits(context, paragraph)),
    ...markerEdits(context, document.footnoteMarkers),
    ...document.footnotes.flatMap((note) => noteEdits(context, note)),
    ...ruleEdits(context, footnoteRules(context, document.footnotes)),
    ...formulaEdits(document),
    ...(document.title ? joinedLines(context, document.title.span) : []),
  ];
}

/** `*The General Assembly*,` */
function formulaEdits(document: ResolutionDocument): TextEdit[] {
  return document.formulas.flatMap((formula) =>
    formula.italic
      ? []
      : [
          { span: { start: formula.span.start, end: formula.span.start }, newText: '*' },
          { span: { start: formula.span.end, end: formula.span.end }, newText: '*' },
        ],
  );
}

type ElementKind = 'block' | 'continuation' | 'rule' | 'note';

interface Element {
  readonly kind: ElementKind;
  readonly span: TextSpan;
}

/**
 * One blank line between the elements of the resolution (title, formula, headings, paragraphs, the
 * closing, a rule of underscores); none after a rule, between notes, or between a note and the rest of
 * a paragraph that a page break interrupted.
 */
function gapEdits(context: LayoutContext): TextEdit[] {
  const { document, eol } = context;
  const { text } = document;
  const elements = layoutElements(context);
  return elements.flatMap((element, index) => {
    const previous = elements[index - 1];
    if (!previous || previous.span.end > element.span.start || !isLayoutOnly(text, previous.span.end, element.span.start)) return [];
    if (touchesTable(context, previous.span.end, element.span.start)) return [];
    const attached = element.kind === 'note' ? previous.kind === 'note' || previous.kind === 'rule' : element.kind === 'continuation' && previous.kind === 'note';
    return [{ span: { start: previous.span.end, end: keptMargin(context, element.span.start) }, newText: attached ? eol : eol + eol }];
  });
}

/** The text of the line that holds `offset`, without its margin and trailing spaces. */
function lineText(context: LayoutContext, offset: number): TextSpan {
  const line = context.lines[lineIndexAt(context.lines, offset)] ?? { start: offset, end: offset };
  return { start: textStart(context.document.text, line), end: textEnd(context.document.text, line) };
}

/** Where the gap before an element ends: at the element, or at its line's start when its indentation is deliberate. */
function keptMargin(context: LayoutContext, start: number): number {
  const line = context.lines[lineIndexAt(context.lines, start)];
  if (!line || isShallowMargin(context.document.text, line, start)) return start;
  return line.start;
}

/** Whether a gap holds a row of empty table cells, or lies next to a table row (its tabs are cells). */
function touchesTable(context: LayoutContext, start: number, end: number): boolean {
  const { lines } = context;
  const last = lineIndexAt(lines, end);
  for (let index = lineIndexAt(lines, start); index <= last; index++) {
    const line = lines[index];
    if (line && isTableRow(context.document.text, line)) return true;
  }
  return false;
}

function layoutElements(context: LayoutContext): Element[] {
  const { document } = context;
  const blocks = [
    ...(document.title ? [document.title.span] : []),
    ...document.formulas.map((formula) => lineText(context, formula.span.start)),
    ...document.headings.map((heading) => heading.span),
    ...(document.closing ? [document.closing.span] : []),
  ];
  const elements: Element[] = [
    ...blocks.map((span) => ({ kind: 'block' as const, span })),
    ...document.paragraphs.flatMap((paragraph) =>
      paragraph.fragments.map((span, index) => ({ kind: index === 0 ? ('block' as const) : ('continuation' as const), span })),
    ),
    ...footnoteRules(context, document.footnotes).map((line) => ({ kind: 'rule' as const, span: { start: textStart(document.text, line), end: textEnd(document.text, line) } })),
    ...document.footnotes.map((note) => ({ kind: 'note' as const, span: note.span })),
  ];
  return elements.sort((a, b) => a.span.start - b.span.start);
}

/** Margins of paragraphs, formulas, headings, the closing and notes; trailing spaces; runs of blank lines. */
function cleanUpEdits(context: LayoutContext): TextEdit[] {
  const { document } = context;
  return [
    ...document.paragraphs.flatMap((paragraph) => paragraphMarginEdits(context, paragraph)),
    ...document.footnotes.flatMap((note) => noteMarginEdit(context, note) ?? []),
    ...frameMarginEdits(context),
    ...trailingSpaceEdits(context),
    ...blankLineEdits(context),
  ];
}

function frameMarginEdits(context: LayoutContext): TextEdit[] {
  const { document, lines } = context;
  const { text } = document;
  const spans = [
    ...(document.title ? [document.title.span] : []),
    ...document.formulas.map((f) => f.span),
    ...document.headings.map((h) => h.span),
    ...(document.closing ? [document.closing.span] : []),
  ];
  return spans.flatMap((span) => {
    const first = lineIndexAt(lines, span.start);
    const last = lineIndexAt(lines, span.end);
    return lines.slice(first, last + 1).flatMap((line) => {
      const start = textStart(text, line);
      const margin = start > line.start && start < line.end && isShallowMargin(text, line, start) && !isTableRow(text, line);
      return margin ? [{ span: { start: line.start, end: start }, newText: '' }] : [];
    });
  });
}

function trailingSpaceEdits(context: LayoutContext): TextEdit[] {
  const { text } = context.document;
  return context.lines.flatMap((line) => {
    const end = textEnd(text, line);
    return end > line.start && end < line.end && !isTableRow(text, line) && !inComment(context, end) ? [{ span: { start: end, end: line.end }, newText: '' }] : [];
  });
}

/** A run of blank lines becomes one empty line; none at the start of the text, none before its end. */
function blankLineEdits(context: LayoutContext): TextEdit[] {
  const { lines, eol } = context;
  const { text } = context.document;
  const edits: TextEdit[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!isBlankLine(text, lines[index] ?? { start: 0, end: 0 })) {
      index++;
      continue;
    }
    const first = index;
    while (index < lines.length && isBlankLine(text, lines[index] ?? { start: 0, end: 0 })) index++;
    const start = lines[first]?.start ?? 0;
    const next = lines[index];
    if (inComment(context, start)) continue;
    if (first === 0 || !next) edits.push({ span: { start, end: next?.start ?? text.length }, newText: '' });
    else edits.push({ span: { start, end: next.start }, newText: eol });
  }
  return edits;
}

function inComment(context: LayoutContext, offset: number): boolean {
  return context.document.comments.some((comment) => offset > comment.span.start && offset < comment.span.end);
}

/** The edits of each level that overlap no edit of a more specific level, trimmed to what they change. */
function merged(text: string, levels: readonly TextEdit[][]): TextEdit[] {
  let accepted: TextEdit[] = [];
  for (const level of levels) {
    const taken = accepted;
    const fresh: TextEdit[] = [];
    for (const edit of [...level].sort(byStart)) {
      if (!overlapsAny(taken, edit) && !overlapsAny(fresh, edit)) fresh.push(edit);
    }
    accepted = [...taken, ...fresh].sort(byStart);
  }
  return accepted.flatMap((edit) => trimmedEdit(text, edit.span, edit.newText) ?? []);
}

function byStart(a: TextEdit, b: TextEdit): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/** Whether `edit` overlaps one of `edits` (sorted by start); insertions only overlap what they fall strictly inside. */
function overlapsAny(edits: readonly TextEdit[], edit: TextEdit): boolean {
  let low = 0;
  let high = edits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((edits[mid]?.span.end ?? 0) <= edit.span.start) low = mid + 1;
    else high = mid;
  }
  for (let i = Math.max(0, low - 1); i < edits.length; i++) {
    const other = edits[i];
    if (!other || other.span.start > edit.span.end) break;
    if (overlaps(other.span, edit.span)) return true;
  }
  return false;
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
