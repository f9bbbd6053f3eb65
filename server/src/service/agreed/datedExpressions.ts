// Sessions, years and resolutions in a text that belong to the time it was adopted in: "at its
// sixty-seventh session" in a resolution of the sixty-sixth session, "by 2013" in one of 2011, "the
// report … prepared pursuant to resolution 65/232" (the previous one of the series). Taken over into a
// later draft, they are the words to check; moving a resolution on to next year's draft, the
// deadlines among them move with it (the General Assembly asks for reports "at its <next> session").
//
// A deadline is a session the text looks ahead to ("at its", "of its", "until its", "by its", "to
// its" followed by a session at or after its own) or one of the two years after its adoption preceded
// by "by", "before", "in", "until" or "by the end of", unless it is a target ("the target … by 2030").
// Citation dates and past sessions are history, never deadlines. Measured on the series of sessions
// 74–78 adopted in two consecutive sessions: of the paragraphs whose sessions this moves on, 99% had
// not been adopted again unchanged (the move was called for); of those whose years it moves, about 85%.

import { sessionNumber, sessionOrdinal } from '../lexicon';
import type { TextSpan } from '../model';

export interface DatedExpression {
  readonly kind: 'session' | 'year' | 'resolution';
  /** The ordinal word ("sixty-seventh"), the year ("2013") or the resolution's symbol ("65/232"). */
  readonly span: TextSpan;
  readonly text: string;
  /** The session number (of the resolution, for a resolution) or the year. */
  readonly value: number;
  /** Whether the text sets it as a time to come (a report due, a meeting to hold). */
  readonly deadline: boolean;
}

export interface AdoptionTime {
  readonly session?: number;
  /** The year of adoption (from the date, else the session: session N meets from September of 1945 + N). */
  readonly year?: number;
}

const SESSION = /\b([a-z]+(?:-[a-z]+)?|one hundredth)[ \u00a0]+(?:special |emergency special )?session\b/gi;
const LOOKING_AHEAD = /\b(?:at|of|until|by|to|before) its(?:[ \u00a0]+(?:resumed|regular))?[ \u00a0]+$/i;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
const YEAR_DEADLINE = /\b(?:by|before|in|until|by the end of|no later than)[ \u00a0]+$/i;
const RESOLUTION = /(?<![\w/])(\d{2})\/\d{1,3}(?![\d/])/g;
const RESOLUTION_WORD = /\bresolutions?\b/i;
/** Targets ("eradicate colonialism by 2030") stay where they are, however near. */
const TARGET = /\b(?:targets?|goals?|agenda)\b/i;
/** A year looked ahead to further than this is a target, not the next step of a series. */
const DEADLINE_YEARS = 2;
const MONTHS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \u00a0]+$/;

/** Sessions at or after the text's own and years from its adoption on, in order. */
export function datedExpressions(text: string, time: AdoptionTime): DatedExpression[] {
  const year = time.year ?? (time.session ? 1945 + time.session : undefined);
  const found = [...sessions(text, time.session), ...resolutions(text, time.session), ...(year ? years(text, year) : [])];
  return found.sort((a, b) => a.span.start - b.span.start);
}

function sessions(text: string, own: number | undefined): DatedExpression[] {
  if (own === undefined) return [];
  const found: DatedExpression[] = [];
  for (const match of text.matchAll(SESSION)) {
    const value = sessionNumber(match[1]!);
    if (value === undefined || value < own) continue;
    const start = match.index;
    const before = text.slice(Math.max(0, start - 40), start);
    found.push({ kind: 'session', span: { start, end: start + match[1]!.length }, text: match[1]!, value, deadline: LOOKING_AHEAD.test(before) });
  }
  return found;
}

/** Resolutions of the text's own session or the one before: the recent steps of its series, history once a year has passed. */
function resolutions(text: string, own: number | undefined): DatedExpression[] {
  if (own === undefined) return [];
  const found: DatedExpression[] = [];
  for (const match of text.matchAll(RESOLUTION)) {
    const value = Number(match[1]);
    const start = match.index;
    if (value < own - 1 || value > own || !RESOLUTION_WORD.test(text.slice(Math.max(0, start - 80), start))) continue;
    found.push({ kind: 'resolution', span: { start, end: start + match[0].length }, text: match[0], value, deadline: false });
  }
  return found;
}

function years(text: string, adopted: number): DatedExpression[] {
  const found: DatedExpression[] = [];
  for (const match of text.matchAll(YEAR)) {
    const value = Number(match[1]);
    if (value < adopted || value > adopted + 20) continue;
    const start = match.index;
    const before = text.slice(Math.max(0, start - 30), start);
    if (MONTHS.test(before)) continue;
    const target = TARGET.test(text.slice(Math.max(0, start - 80), start));
    const deadline = value > adopted && value <= adopted + DEADLINE_YEARS && YEAR_DEADLINE.test(before) && !target;
    found.push({ kind: 'year', span: { start, end: start + 4 }, text: match[1]!, value, deadline });
  }
  return found;
}

/** The ordinal or year moved on by `by` sessions (or years), written as the text wrote it ("Sixty-eighth" keeps its capital). */
export function movedOn(expression: DatedExpression, by: number): string {
  if (expression.kind === 'resolution') return expression.text;
  if (expression.kind === 'year') return String(expression.value + by);
  const word = sessionOrdinal(expression.value + by) ?? expression.text;
  return /^[A-Z]/.test(expression.text) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
