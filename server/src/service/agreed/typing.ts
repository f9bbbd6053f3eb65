// What the drafter is typing at the cursor, read from the parsed draft and the line: the paragraph
// begun so far (its kind, its text from after the number to the cursor), whether a citation symbol
// or a name is being typed, and what comes before (the previous paragraph's opening decides the
// "Also"/"Further" forms). Completion starts here.
//
// A paragraph of a few letters is often not a paragraph yet for the parser ("Rec" on a line of its
// own): the line itself is read then, and its kind follows from where it stands (after the first
// operative paragraph, operative; after the formula, preambular).

import type { Paragraph, ParagraphKind, ResolutionDocument, TextSpan } from '../model';

/** How far back on the line a citation or a name is looked for: bounds the work on long lines. */
const LOOK_BACK = 240;

export interface TypedParagraph {
  readonly kind?: ParagraphKind;
  /** From the start of the paragraph's wording (after its number) to the cursor. */
  readonly span: TextSpan;
  /** The text of `span`, as typed (italics markers included). */
  readonly typed: string;
  /** Nothing but spaces follows the cursor in the paragraph: a whole wording may be inserted. */
  readonly atEnd: boolean;
  /** The line carries no paragraph number yet (an operative opening may add one). */
  readonly unnumbered: boolean;
  /** The number the next operative paragraph takes here. */
  readonly nextNumber: number;
  /** The paragraph just before, of the same kind, when no heading separates them. */
  readonly previous?: Paragraph;
  /** Whether this paragraph is the last operative paragraph of the draft. */
  readonly lastOperative: boolean;
}

export interface TypingContext {
  readonly offset: number;
  /** The paragraph being written; absent in the cover lines, the title and the footnotes. */
  readonly paragraph?: TypedParagraph;
  /** The line up to the cursor (at most LOOK_BACK characters), for citations and names. */
  readonly lineBefore: string;
  /** The draft marks openings with `*...*`, or has no opening yet to tell. */
  readonly italics: boolean;
}

export function typingAt(document: ResolutionDocument, offset: number): TypingContext {
  const at = Math.max(0, Math.min(offset, document.text.length));
  const line = document.lines.positionAt(at).line;
  const lineStart = document.lines.lineStart(line);
  const inFootnote = document.footnotes.some((note) => note.span.start <= at && at <= note.span.end);
  const paragraph = inFootnote ? undefined : typedParagraph(document, at, line);
  return {
    offset: at,
    ...(paragraph ? { paragraph } : {}),
    lineBefore: document.text.slice(Math.max(lineStart, at - LOOK_BACK), at),
    italics: document.usesItalics || document.paragraphs.every((candidate) => candidate.opening === undefined),
  };
}

function typedParagraph(document: ResolutionDocument, offset: number, line: number): TypedParagraph | undefined {
  const parsed = document.paragraphs.find((candidate) => candidate.span.start <= offset && offset <= candidate.span.end);
  const lineText = document.lines.lineText(line);
  const lineStart = document.lines.lineStart(line);
  const number = /^[ \t]*(?:(\d{1,3})\.[ \t\u00a0]*)?/.exec(lineText)!;
  const start = parsed && parsed.bodySpan.start <= offset ? parsed.bodySpan.start : lineStart + number[0].length;
  if (start > offset) return undefined;
  const kind = parsed?.kind ?? kindAt(document, offset, number[1] !== undefined);
  if (!parsed && kind === undefined) return undefined;
  const end = parsed ? Math.max(parsed.span.end, document.lines.lineEnd(line)) : document.lines.lineEnd(line);
  const previous = previousParagraph(document, start, kind);
  return {
    ...(kind ? { kind } : {}),
    span: { start, end: offset },
    typed: document.text.slice(start, offset),
    atEnd: document.text.slice(offset, end).trim() === '',
    unnumbered: parsed ? parsed.kind === 'operative' && parsed.number === undefined : number[1] === undefined,
    nextNumber: nextOperativeNumber(document, start),
    ...(previous ? { previous } : {}),
    lastOperative: kind === 'operative' && !document.operative.some((candidate) => candidate.span.start > offset),
  };
}

/** The kind of a paragraph not parsed yet, from the paragraphs and the formula before it. */
function kindAt(document: ResolutionDocument, offset: number, numbered: boolean): ParagraphKind | undefined {
  if (numbered) return 'operative';
  if (document.operative.some((paragraph) => paragraph.span.end <= offset)) return 'operative';
  if (document.formulas.some((formula) => formula.span.end <= offset)) return 'preambular';
  return document.preambular.some((paragraph) => paragraph.span.end <= offset) ? 'preambular' : undefined;
}

function previousParagraph(document: ResolutionDocument, start: number, kind: ParagraphKind | undefined): Paragraph | undefined {
  const before = document.paragraphs.filter((paragraph) => paragraph.span.end <= start);
  const previous = before[before.length - 1];
  if (!previous || previous.kind !== kind) return undefined;
  const heading = document.headings.some((candidate) => candidate.span.start >= previous.span.end && candidate.span.end <= start);
  return heading ? undefined : previous;
}

function nextOperativeNumber(document: ResolutionDocument, start: number): number {
  const before = document.operative.filter((paragraph) => paragraph.span.end <= start && paragraph.number !== undefined);
  return (before[before.length - 1]?.number ?? 0) + 1;
}

