// "Start next year's draft": a new draft made from the latest resolution of a series, as a delegation
// begins the next session's text. Cover lines for the next session; the title; every paragraph
// word for word (openings in italics, numbers kept), except
//   - deadlines move on with the session: "at its sixty-seventh session" in a resolution of the
//     sixty-sixth becomes "sixty-eighth", a year it looks ahead to moves on by one (datedExpressions.ts);
//   - the resolution itself joins the list of resolutions that a "Recalling"/"Reaffirming" paragraph
//     among the first three of the preamble cites ("…, 65/190 and 65/232 of 21 December 2010 and
//     66/181 of 19 December 2011,"), or opens the preamble as "*Recalling* its resolution 66/181 of
//     …," when none lists them;
// and its footnotes kept, renumbered in the order their markers appear. Whatever cannot come along
// (the annexes; footnotes a text without footnote positions cannot place) is said in a comment.

import { sessionOrdinal } from '../lexicon';
import type { Heading, Paragraph, ResolutionDocument } from '../model';
import { paragraphLabel, writtenDate } from '../lookup/words';
import { datedExpressions, movedOn, type AdoptionTime, type DatedExpression } from './datedExpressions';
import { fillPlaceholders, markedWording, withPlaceholders } from './markedWording';
import { noteText } from './noteTexts';
import { laidOut } from './wording';

export interface SeriesResolution {
  readonly symbol: string;
  readonly session?: number;
  readonly date?: string;
  readonly title?: string;
}

export interface NextYearsDraftText {
  readonly text: string;
  readonly session: number;
}

const RECALLING_HEADS = new Set(['recalling', 'reaffirming']);
/** A series recalls its history in the first paragraphs of its preamble; a list further down is about something else. */
const HISTORY_PARAGRAPHS = 3;
const LIST_START = /^[^\n]{0,60}?\bits resolutions?[ \u00a0]/;
const LISTED = /^[^\n]{0,60}?\bits resolutions?[ \u00a0]\d{1,3}\//;
const ITEM = /^(\d{1,3}\/\d{1,4}(?:[ \u00a0][A-Z](?![a-z]))?)/;
const ITEM_DATE = /^[ \u00a0]of[ \u00a0](\d{1,2}[ \u00a0][A-Z][a-z]+[ \u00a0]\d{4})/;
const SEPARATOR = /^(?:,[ \u00a0]and[ \u00a0]|,[ \u00a0]|[ \u00a0]and[ \u00a0])/;

/** The next session's draft of `source`, the parsed text of the series' latest resolution `resolution`; undefined without a session. */
export function nextYearsDraft(source: ResolutionDocument, resolution: SeriesResolution, placesFootnotes = true): NextYearsDraftText | undefined {
  const session = resolution.session ?? source.session;
  if (session === undefined) return undefined;
  const time: AdoptionTime = { session, ...(resolution.date ? { year: Number(resolution.date.slice(0, 4)) } : {}) };
  const citation = `${resolution.symbol.replace(/^A\/RES\//, '')}${resolution.date ? ` of ${writtenDate(resolution.date)}` : ''}`;
  const notes = new FootnoteNumbers();
  const recalling = recallingParagraph(source);
  const moves: string[] = [];
  const blocks = bodyBlocks(source).map((block) => {
    if ('label' in block) return headingText(source, block);
    const wording = movedOnWording(block, source, time, block === recalling ? citation : undefined);
    moves.push(...wording.moves.map((move) => `${paragraphLabel(block)} ${move}`));
    return notes.fill(wording.text, wording.markers);
  });
  const opening = recalling ? [] : [`*Recalling* its resolution ${citation},`];
  const remarks = [...movesRemark(resolution, moves), ...remarksOf(source, resolution, placesFootnotes)];
  const body = [...opening, ...blocks].join('\n\n');
  const footnotes = placesFootnotes ? notes.block(source) : '';
  const text = [cover(source, session + 1), resolution.title ?? source.title?.text ?? '', '*The General Assembly*,', ...remarks, body].join('\n\n');
  return { text: `${text}\n${footnotes}`, session: session + 1 };
}

function cover(source: ResolutionDocument, session: number): string {
  const ordinal = sessionOrdinal(session) ?? String(session);
  const committee = source.cover.map((line) => /\bthe ((?:First|Second|Third|Fourth|Fifth|Sixth) Committee)\b/.exec(line.text)?.[1]).find(Boolean);
  return [
    'United Nations',
    'General Assembly',
    'Distr.: Limited',
    'Original: English',
    '',
    `${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} session`,
    ...(committee ? [committee] : []),
    ...(source.agendaItem ? [`Agenda item ${source.agendaItem}`] : []),
    '',
    'Draft resolution',
  ].join('\n');
}

/** Paragraphs and headings in document order. */
function bodyBlocks(source: ResolutionDocument): (Paragraph | Heading)[] {
  return [...source.paragraphs, ...source.headings].sort((a, b) => a.span.start - b.span.start);
}

function headingText(source: ResolutionDocument, heading: Heading): string {
  return source.text.slice(heading.span.start, heading.span.end).replace(/[ \t]*\r?\n[ \t]*/g, '\n').trim();
}

/** The paragraph, among the first of the preamble, that recalls or reaffirms a list of the Assembly's resolutions (the series' history). */
function recallingParagraph(source: ResolutionDocument): Paragraph | undefined {
  return source.preambular.slice(0, HISTORY_PARAGRAPHS).find((paragraph) => {
    const opening = paragraph.opening;
    if (!opening || !RECALLING_HEADS.has(opening.head)) return false;
    return LISTED.test(paragraph.text.slice(opening.text.length));
  });
}

interface Wording {
  readonly text: string;
  readonly markers: readonly string[];
  /** What moved on: "“sixty-seventh session” → “sixty-eighth session”". */
  readonly moves: readonly string[];
}

/** The paragraph laid out with placeholders for its markers, deadlines moved on, the citation added when it is the recalling paragraph. */
function movedOnWording(paragraph: Paragraph, source: ResolutionDocument, time: AdoptionTime, citation: string | undefined): Wording {
  const marked = markedWording(source, paragraph);
  let text = withPlaceholders(marked);
  const deadlines = datedExpressions(text, time).filter((candidate) => candidate.deadline);
  const moves = deadlines.map((expression) => `“${spoken(expression, expression.text)}” → “${spoken(expression, movedOn(expression, 1))}”`);
  for (const expression of [...deadlines].reverse()) {
    text = text.slice(0, expression.span.start) + movedOn(expression, 1) + text.slice(expression.span.end);
  }
  if (citation) text = withCitation(text, paragraph.opening?.text.length ?? 0, citation);
  const number = paragraph.kind === 'operative' && paragraph.number !== undefined ? `${paragraph.number}. ` : '';
  const laid = laidOut(text, { ...(paragraph.opening ? { opening: paragraph.opening.text } : {}), italics: true });
  return { text: number + laid, markers: marked.markers.map((marker) => marker.marker), moves };
}

function spoken(expression: DatedExpression, value: string): string {
  return expression.kind === 'session' ? `${value} session` : value;
}

/** One comment naming every deadline moved on, for the drafter to check. */
function movesRemark(resolution: SeriesResolution, moves: readonly string[]): string[] {
  if (moves.length === 0) return [];
  return [`<!-- Moved on from ${resolution.symbol}, to check: ${moves.join('; ')}. -->`];
}

/**
 * The paragraph with `citation` added: at the end of the list after "its resolution(s)" when the list
 * ends the paragraph ("…, A of d1, B and C of d2 and NEW of d3,"), else as a last clause (", and its
 * resolution NEW of d3"), so that a qualifier of the list ("46/152 of 18 December 1991 on the creation
 * of …") keeps to the resolutions it was about. A paragraph citing the resolution already is left alone.
 */
export function withCitation(text: string, from: number, citation: string): string {
  const symbol = citation.split(' ')[0]!;
  if (new RegExp(`(?<![\\d/])${symbol.replace('/', '\\/')}(?![\\d/])`).test(text)) return text;
  const list = citedList(text, from);
  if (!list) return text;
  const [body, ending] = splitEnding(text);
  if (list.end < body.length) return `${body}, and its resolution ${citation}${ending}`;
  const joined = list.beforeFinalGroup ? `${text.slice(0, list.beforeFinalGroup.start)}, ${text.slice(list.beforeFinalGroup.end, list.end)}` : text.slice(0, list.end);
  const plural = list.items === 1 ? joined.replace(/\bits resolution([ \u00a0])/, 'its resolutions$1') : joined;
  return `${plural} and ${citation}${text.slice(list.end)}`;
}

interface CitedList {
  readonly items: number;
  readonly end: number;
  /** The separator before the last group of resolutions sharing a date (" and " in "A of d1 and B and C of d2"). */
  readonly beforeFinalGroup?: { readonly start: number; readonly end: number };
}

/** The resolutions listed after "its resolution(s)": "46/152 of 18 December 1991, 60/1 of … and 65/190 and 65/232 of …". */
function citedList(text: string, from: number): CitedList | undefined {
  const start = LIST_START.exec(text.slice(from));
  if (!start) return undefined;
  let at = from + start[0].length;
  let lastDated = -1;
  let separator: { start: number; end: number } | undefined;
  let beforeFinalGroup: { start: number; end: number } | undefined;
  let items = 0;
  for (;;) {
    const item = ITEM.exec(text.slice(at));
    if (!item) break;
    items++;
    at += item[0].length;
    const date = ITEM_DATE.exec(text.slice(at));
    if (date) at += date[0].length;
    if (separator && lastDated >= 0 && lastDated === separator.start) beforeFinalGroup = separator;
    if (date) lastDated = at;
    const next = SEPARATOR.exec(text.slice(at));
    if (!next || !ITEM.test(text.slice(at + next[0].length))) break;
    separator = { start: at, end: at + next[0].length };
    at = separator.end;
  }
  return items === 0 ? undefined : { items, end: at, ...(beforeFinalGroup ? { beforeFinalGroup } : {}) };
}

/** The text before its final punctuation mark, and that mark with any footnote markers after it. */
function splitEnding(text: string): [string, string] {
  let end = text.length;
  while (end > 0 && /[\s\ue000-\uf8ff]/.test(text[end - 1]!)) end--;
  if (end > 0 && ',;.'.includes(text[end - 1]!)) end--;
  return [text.slice(0, end), text.slice(end)];
}

/** Footnote numbers of the new draft, in order of first appearance of their markers. */
class FootnoteNumbers {
  private readonly numbers = new Map<string, number>();

  fill(text: string, markers: readonly string[]): string {
    return fillPlaceholders(text, (index) => {
      const marker = markers[index];
      if (marker === undefined) return '';
      if (!this.numbers.has(marker)) this.numbers.set(marker, this.numbers.size + 1);
      return `[${this.numbers.get(marker)}]`;
    });
  }

  /** The rule of underscores and the notes, each under its new number. */
  block(source: ResolutionDocument): string {
    const lines = [...this.numbers].flatMap(([marker, number]) => {
      const note = source.footnotes.find((candidate) => candidate.marker === marker);
      return note ? [`[${number}] ${noteText(source, note)}`] : [];
    });
    return lines.length === 0 ? '' : `\n__________\n${lines.join('\n')}\n`;
  }
}

function remarksOf(source: ResolutionDocument, resolution: SeriesResolution, placesFootnotes: boolean): string[] {
  const remarks: string[] = [];
  if (source.annexes.length > 0) remarks.push(`<!-- The annex of ${resolution.symbol} is not carried over: add it if this draft keeps one. -->`);
  if (!placesFootnotes && source.footnotes.length > 0) remarks.push(`<!-- The footnotes of ${resolution.symbol} are not carried over: its corpus file does not say where they stand. -->`);
  return remarks;
}
