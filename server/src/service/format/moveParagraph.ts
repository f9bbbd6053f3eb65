// Moves a preambular or operative paragraph one place up or down, as drafters do while a text is
// negotiated, and keeps everything that depends on the order right: the operative numbers, the
// internal cross-references that follow their paragraphs, the footnotes (renumbered in order of their
// markers, notes reordered with them), the full stop of the last operative paragraph, and the
// `unres-ignore` comments that sit above a paragraph.

import type { TextEdit } from '../findings';
import type { Paragraph, ResolutionDocument, Subparagraph, TextSpan } from '../model';
import { parseResolution } from '../parse';
import { applyEdits } from '../text/edits';
import { renumberFootnotes } from './footnotes';
import { minimalEdits, offsetAfter } from './minimalEdits';
import { paragraphAt } from './numbering';
import { renumberOperativeParagraphs } from './renumber';

export type MoveDirection = 'up' | 'down';

export type ParagraphMove =
  | {
      readonly edits: readonly TextEdit[];
      /** Where the offset that was given lies once the edits are applied (the cursor follows the paragraph). */
      readonly offset: number;
    }
  | { readonly error: string };

/** What a paragraph moves past: a paragraph of its kind, or a section heading. */
interface Neighbour {
  readonly block: TextSpan;
  readonly paragraph?: Paragraph;
}

export function moveParagraph(document: ResolutionDocument, offset: number, direction: MoveDirection): ParagraphMove {
  const paragraph = paragraphAt(document.paragraphs, offset);
  if (!paragraph) return { error: 'Put the cursor in a preambular or operative paragraph to move it.' };
  if (paragraph.fragments.length > 1) {
    return { error: 'This paragraph runs across a page break with footnotes: format the draft (Format Document) before moving it.' };
  }
  const neighbour = neighbourOf(document, paragraph, direction);
  if (!neighbour) return { error: `This is the ${direction === 'up' ? 'first' : 'last'} ${paragraph.kind} paragraph: it cannot move further ${direction}.` };
  if (neighbour.paragraph && neighbour.paragraph.fragments.length > 1) {
    return { error: 'The neighbouring paragraph runs across a page break with footnotes: format the draft (Format Document) before moving.' };
  }
  const block = blockOf(document, paragraph);
  const text = applyEdits(document.text, finalStopEdits(document, paragraph, neighbour.paragraph));
  const moved = direction === 'up' ? movedUp(text, block, neighbour.block) : movedDown(text, block, neighbour.block);
  const settled = settle(moved.text, moved.blockStart + Math.max(0, offset - block.start), [paragraph, neighbour.paragraph]);
  return { edits: minimalEdits(document.text, settled.text), offset: settled.offset };
}

function neighbourOf(document: ResolutionDocument, paragraph: Paragraph, direction: MoveDirection): Neighbour | undefined {
  const step = direction === 'up' ? -1 : 1;
  const next = document.paragraphs[document.paragraphs.indexOf(paragraph) + step];
  const between = direction === 'up' ? { start: next?.span.end ?? 0, end: paragraph.span.start } : { start: paragraph.span.end, end: next?.span.start ?? document.text.length };
  const headings = document.headings.filter((heading) => heading.span.start >= between.start && heading.span.end <= between.end);
  const heading = direction === 'up' ? headings[headings.length - 1] : headings[0];
  if (heading && heading.kind !== 'part') return { block: heading.span };
  if (!next || next.kind !== paragraph.kind || next.part !== paragraph.part || heading) return undefined;
  if (document.formulas.some((formula) => formula.span.start >= between.start && formula.span.end <= between.end)) return undefined;
  return { block: blockOf(document, next), paragraph: next };
}

/** The paragraph with the comments on the lines just above it (its `unres-ignore` suppressions). */
function blockOf(document: ResolutionDocument, paragraph: Paragraph): TextSpan {
  const index = document.paragraphs.indexOf(paragraph);
  const floor = Math.max(document.paragraphs[index - 1]?.span.end ?? 0, ...frameEndsBefore(document, paragraph.span.start));
  const comments = document.comments.filter((comment) => comment.span.start >= floor && comment.span.end <= paragraph.span.start);
  const first = comments[0];
  if (!first) return { start: paragraph.span.start, end: paragraph.span.end };
  const line = document.lines.positionAt(first.span.start).line;
  return { start: Math.max(floor, document.lines.lineStart(line)), end: paragraph.span.end };
}

function frameEndsBefore(document: ResolutionDocument, offset: number): number[] {
  return [...document.headings, ...document.formulas].map((element) => element.span.end).filter((end) => end <= offset);
}

/**
 * When the last operative paragraph changes places, the full stop goes with the place: the paragraph
 * that becomes last ends with "." and the one that leaves the end takes the other's ";".
 */
function finalStopEdits(document: ResolutionDocument, paragraph: Paragraph, neighbour: Paragraph | undefined): TextEdit[] {
  if (!neighbour || paragraph.kind !== 'operative') return [];
  const last = document.operative.filter((p) => p.part === paragraph.part).pop();
  if (last !== paragraph && last !== neighbour) return [];
  const ends = [finalEnding(paragraph), finalEnding(neighbour)];
  const [own, other] = ends;
  if (!own || !other || own.char === other.char) return [];
  if (![own.char, other.char].includes('.')) return [];
  return [
    { span: { start: own.offset, end: own.offset + 1 }, newText: other.char },
    { span: { start: other.offset, end: other.offset + 1 }, newText: own.char },
  ];
}

function finalEnding(paragraph: Paragraph): { char: string; offset: number } | undefined {
  let subparagraphs: readonly Subparagraph[] = paragraph.subparagraphs;
  let ending = paragraph.ending;
  for (let last = subparagraphs[subparagraphs.length - 1]; last; last = subparagraphs[subparagraphs.length - 1]) {
    ending = last.ending;
    subparagraphs = last.children;
  }
  return ending;
}

interface Moved {
  readonly text: string;
  /** Where the moved block starts in the new text. */
  readonly blockStart: number;
}

/** "N gap X" becomes "X gap N". */
function movedUp(text: string, block: TextSpan, neighbour: TextSpan): Moved {
  const gap = text.slice(neighbour.end, block.start);
  const moved = text.slice(block.start, block.end);
  const result = text.slice(0, neighbour.start) + moved + gap + text.slice(neighbour.start, neighbour.end) + text.slice(block.end);
  return { text: result, blockStart: neighbour.start };
}

/** "X gap N" becomes "N gap X". */
function movedDown(text: string, block: TextSpan, neighbour: TextSpan): Moved {
  const gap = text.slice(block.end, neighbour.start);
  const moved = text.slice(block.start, block.end);
  const result = text.slice(0, block.start) + text.slice(neighbour.start, neighbour.end) + gap + moved + text.slice(neighbour.end);
  return { text: result, blockStart: block.start + (neighbour.end - neighbour.start) + gap.length };
}

interface Settled {
  readonly text: string;
  /** The offset that was given, where it lies in `text`. */
  readonly offset: number;
}

/** Renumbers what the move disturbed: operative numbers and references, and footnotes when markers moved. */
function settle(text: string, offset: number, moved: readonly (Paragraph | undefined)[]): Settled {
  let current: Settled = { text, offset };
  if (moved.some((paragraph) => paragraph?.kind === 'operative')) current = applied(current, renumberOperativeParagraphs);
  if (moved.some((paragraph) => (paragraph?.footnoteMarkers.length ?? 0) > 0)) current = applied(current, renumberFootnotes);
  return current;
}

function applied(current: Settled, renumber: (document: ResolutionDocument) => TextEdit[]): Settled {
  const edits = renumber(parseResolution(current.text));
  return { text: applyEdits(current.text, edits), offset: offsetAfter(edits, current.offset) };
}
