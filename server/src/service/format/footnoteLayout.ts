// The canonical form of footnotes: markers `[n]` in the text (superscripts, digits glued to a word and
// digits set off by a space become `[n]`), and the notes as `[n] text`, one a line, at the margin,
// straight after a rule of ten underscores. The notes stay where the draft has them.

import type { TextEdit } from '../findings';
import type { Footnote, FootnoteMarker } from '../model';
import { isBlankLine, isLayout, isLayoutOnly, isShallowMargin, lineIndexAt, textEnd, textStart, type TextLine } from './layoutText';
import { hyphenatedBreak, type LayoutContext } from './paragraphLayout';

export const footnoteRule = '__________';

/** `[n]` for a marker in any other style; a marker set off by a space moves up to the word. */
export function markerEdits(context: LayoutContext, markers: readonly FootnoteMarker[]): TextEdit[] {
  const { text } = context.document;
  // "of whom 3 were killed": in a draft that writes its markers `[n]`, a number set off by spaces is a number.
  const spacedMarkers = !markers.some((marker) => marker.style === 'bracket');
  return markers.flatMap((marker) => {
    if (marker.style === 'bracket' || (marker.style === 'spaced' && !spacedMarkers)) return [];
    const spaced = marker.style === 'spaced' && isLayout(text.charCodeAt(marker.span.start - 1));
    const start = spaced ? marker.span.start - 1 : marker.span.start;
    return [{ span: { start, end: marker.span.end }, newText: `[${marker.marker}]` }];
  });
}

/** Each note: `[n]`, one space, its lines joined. */
export function noteEdits(context: LayoutContext, note: Footnote): TextEdit[] {
  const { text } = context.document;
  const edits: TextEdit[] = [{ span: note.markerSpan, newText: `[${note.marker}]` }];
  const { lines } = context;
  const first = lineIndexAt(lines, note.markerSpan.start);
  const last = lineIndexAt(lines, note.span.end);
  const firstLine = lines[first];
  const sameLine = note.textSpan.start <= (firstLine?.end ?? 0) && note.textSpan.start < note.textSpan.end;
  if (sameLine && note.textSpan.start > note.markerSpan.end && isLayoutOnly(text, note.markerSpan.end, note.textSpan.start)) {
    edits.push({ span: { start: note.markerSpan.end, end: note.textSpan.start }, newText: ' ' });
  }
  const filled = lines.slice(first, last + 1).filter((line) => !isBlankLine(text, line));
  for (let index = 0; index + 1 < filled.length; index++) {
    const edit = joinEdit(text, filled[index], filled[index + 1]);
    if (edit) edits.push(edit);
  }
  return edits;
}

/** A note starts at the margin. */
export function noteMarginEdit(context: LayoutContext, note: Footnote): TextEdit | undefined {
  const { text } = context.document;
  const line = context.lines[lineIndexAt(context.lines, note.markerSpan.start)];
  if (!line || !isLayoutOnly(text, line.start, note.markerSpan.start) || !isShallowMargin(text, line, note.markerSpan.start)) return undefined;
  return { span: { start: line.start, end: note.markerSpan.start }, newText: '' };
}

function joinEdit(text: string, line: TextLine | undefined, next: TextLine | undefined): TextEdit | undefined {
  if (!line || !next) return undefined;
  const from = textEnd(text, line);
  const to = textStart(text, next);
  if (!isLayoutOnly(text, from, to)) return undefined;
  return { span: { start: from, end: to }, newText: hyphenatedBreak(text, from, to) ? '' : ' ' };
}

/** The rules of underscores that open a block of notes (the first note follows, blank lines aside). */
export function footnoteRules(context: LayoutContext, notes: readonly Footnote[]): TextLine[] {
  const { text } = context.document;
  const { lines } = context;
  return notes.flatMap((note) => {
    let index = lineIndexAt(lines, note.markerSpan.start) - 1;
    while (index >= 0 && isBlankLine(text, lines[index] ?? { start: 0, end: 0 })) index--;
    const rule = lines[index];
    return rule && /^[ \t]*_{3,}[ \t_]*$/.test(text.slice(rule.start, rule.end)) ? [rule] : [];
  });
}

/** A rule is ten underscores. */
export function ruleEdits(context: LayoutContext, rules: readonly TextLine[]): TextEdit[] {
  const { text } = context.document;
  return rules.map((rule) => ({ span: { start: textStart(text, rule), end: textEnd(text, rule) }, newText: footnoteRule }));
}
