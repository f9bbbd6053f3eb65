// Builds one paragraph of the model from its lines: number, opening phrase, kind, text, sub-paragraphs,
// footnote markers, ending, fragments and suppressions.

import type { Comment, Ending, Paragraph, ParagraphKind, TextSpan } from '../model';
import { endingBefore } from './endings';
import { paragraphNumber, subparagraphLabel } from './lineKinds';
import { findOpening } from './openings';
import { plainText } from './plainText';
import { contentEnd, contentStart, isSpace, type Source } from './source';
import type { BodyLine } from './structure';
import { buildSubparagraphs, type SubparagraphLines, subparagraphsText } from './subparagraphs';

export interface ParagraphDraft {
  readonly lines: BodyLine[];
  /** Indexes into `lines` of the lines that open a sub-paragraph. */
  readonly subparagraphStarts: number[];
  /** End of whatever preceded the paragraph (comments in between apply to it). */
  readonly boundary: number;
}

/** What the paragraphs before this one tell about it. */
export interface PartContext {
  operativeStarted: boolean;
  lastNumber: number;
  part?: string;
  section?: number;
  preambular: number;
  operative: number;
}

interface Lead {
  readonly bodyStart: number;
  readonly number?: { value: number; span: TextSpan };
  readonly stray?: TextSpan;
}

export function buildParagraph(source: Source, draft: ParagraphDraft, context: PartContext, comments: readonly Comment[]): Paragraph {
  const { masked } = source;
  const lead = leadOf(masked, draft);
  const pieces = linePieces(draft, lead.bodyStart);
  const firstSub = draft.subparagraphStarts[0] ?? draft.lines.length;
  const own = pieces.slice(0, firstSub);
  const markers = draft.lines.flatMap((body) => body.markers);
  const markerSpans = markers.map((marker) => marker.span);
  const ownEnd = own[own.length - 1]?.end ?? lead.bodyStart;
  const found = findOpening(masked, lead.bodyStart, firstFragmentEnd(draft, ownEnd), context.operativeStarted || lead.number ? 'operative' : undefined);
  const ending = endingBefore(masked, lead.bodyStart, ownEnd, markers);
  const kind = kindOf(lead, found?.kind, context, ending);
  const subparagraphs = buildSubparagraphs(masked, subparagraphLines(draft, pieces), markers);
  const text = plainText(masked, own, markerSpans);
  const first = draft.lines[0];
  const span = { start: first ? contentStart(first.line) : lead.bodyStart, end: pieces[pieces.length - 1]?.end ?? ownEnd };
  const base = {
    index: kind === 'operative' ? context.operative++ : context.preambular++,
    span,
    bodySpan: { start: Math.min(lead.bodyStart, span.end), end: span.end },
    fragments: fragmentsOf(draft, span),
    ...(found ? { opening: found.opening } : {}),
    text,
    fullText: [text, subparagraphsText(subparagraphs)].filter((part) => part.length > 0).join(' '),
    subparagraphs,
    footnoteMarkers: markers,
    ...(ending ? { ending } : {}),
    ...(context.section !== undefined ? { section: context.section } : {}),
    ...(context.part ? { part: context.part } : {}),
    suppressed: suppressedCodes(comments, draft.boundary, span.start),
  };
  const stray = lead.stray ?? lead.number?.span;
  if (kind === 'preambular') return { kind, ...base, ...(stray ? { strayNumberSpan: stray } : {}) };
  context.operativeStarted = true;
  if (lead.number) context.lastNumber = lead.number.value;
  return { kind, ...base, ...(lead.number ? { number: lead.number.value, numberSpan: lead.number.span } : {}) };
}

/** The number (or stray sub-paragraph label) at the start, and where the paragraph's own text begins. */
function leadOf(masked: string, draft: ParagraphDraft): Lead {
  const first = draft.lines[0];
  if (!first) return { bodyStart: 0 };
  const { line } = first;
  const number = paragraphNumber(line);
  const label = number ? undefined : subparagraphLabel(line);
  const mark = number ?? label;
  if (!mark) return { bodyStart: contentStart(line) };
  const markEnd = line.start + (number ? number.after : mark.end);
  let bodyStart = skipSpaces(masked, markEnd, line.end);
  if (bodyStart >= contentEnd(line) && draft.lines[1]) bodyStart = contentStart(draft.lines[1].line);
  const markSpan = { start: line.start + mark.start, end: line.start + mark.end };
  if (number) return { bodyStart, number: { value: number.value, span: markSpan } };
  return { bodyStart, stray: markSpan };
}

function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Operative: numbered, or opening with a verb, or unnumbered after the operative part began. A numbered
 * participle before the operative part is a preambular paragraph with a stray number ("3. *Recalling*
 * ...,"), unless it ends as an operative paragraph does ("1. *Recalling* ...;"): then it is an operative
 * paragraph whose verb has the wrong form.
 */
function kindOf(lead: Lead, openingKind: ParagraphKind | undefined, context: PartContext, ending: Ending | undefined): ParagraphKind {
  if (lead.number) {
    const preambular = openingKind === 'preambular' && !context.operativeStarted && !/[;.]/.test(ending?.char ?? ',');
    return preambular ? 'preambular' : 'operative';
  }
  if (openingKind) return openingKind;
  return context.operativeStarted ? 'operative' : 'preambular';
}

/** Each line's text (the first from the paragraph's body start), as spans. */
function linePieces(draft: ParagraphDraft, bodyStart: number): TextSpan[] {
  const pieces: TextSpan[] = [];
  for (const { line } of draft.lines) {
    const start = Math.max(contentStart(line), Math.min(bodyStart, line.end));
    const end = contentEnd(line);
    if (end > start || pieces.length === 0) pieces.push({ start: Math.min(start, end), end });
  }
  return pieces;
}

/** The opening phrase cannot run past a page break. */
function firstFragmentEnd(draft: ParagraphDraft, fallback: number): number {
  const breakAt = draft.lines.findIndex((body, index) => index > 0 && body.gap === 'break');
  const last = draft.lines[breakAt > 0 ? breakAt - 1 : draft.lines.length - 1];
  return last ? contentEnd(last.line) : fallback;
}

function subparagraphLines(draft: ParagraphDraft, pieces: readonly TextSpan[]): SubparagraphLines[] {
  return draft.subparagraphStarts.flatMap((lineIndex, order) => {
    const line = draft.lines[lineIndex]?.line;
    const label = line ? subparagraphLabel(line) : undefined;
    if (!line || !label) return [];
    const until = draft.subparagraphStarts[order + 1] ?? draft.lines.length;
    const labelSpan = { start: line.start + label.start, end: line.start + label.end };
    const end = contentEnd(line);
    const afterLabel = { start: Math.min(line.start + skipSpaces(line.text, label.end, line.text.length), end), end };
    const rest = pieces.slice(lineIndex + 1, until);
    return [{ label: label.label, labelSpan, pieces: [afterLabel, ...rest] }];
  });
}

/** The pieces of the paragraph between page breaks. */
function fragmentsOf(draft: ParagraphDraft, span: TextSpan): TextSpan[] {
  const fragments: TextSpan[] = [];
  let start = span.start;
  draft.lines.forEach((body, index) => {
    const previous = draft.lines[index - 1];
    if (index > 0 && body.gap === 'break' && previous) {
      fragments.push({ start, end: contentEnd(previous.line) });
      start = contentStart(body.line);
    }
  });
  fragments.push({ start, end: span.end });
  return fragments;
}

function suppressedCodes(comments: readonly Comment[], boundary: number, start: number): string[] {
  const codes = comments
    .filter((comment) => comment.ignore && comment.span.start >= boundary && comment.span.end <= start)
    .flatMap((comment) => comment.ignore ?? []);
  return [...new Set(codes)];
}
