// Footnote markers in running text, in every style a draft arrives with: `[3]`, superscripts `³`,
// digits glued to a word or to punctuation (`Crime1`, `thereto,2`, `1999;5`) and digits set off by
// spaces (`Processes, 5 and`). Bare digits are ambiguous, so they count only when they continue the
// numbering: footnotes are numbered in order of first appearance. Digits set off by spaces are the
// most ambiguous ("of whom 3 were killed"): they count only in a text that marks no footnote with
// brackets or superscripts (all 59 found in the corpus texts, which do, were numbers), as the next
// footnote, or as a repeat after the word that carried the first one ("Protocols thereto8" ...
// "Protocols thereto 8").

import type { FootnoteMarker } from '../model';

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const abbreviations = new Set(['add', 'rev', 'corr', 'no', 'nos', 'vol', 'vols', 'para', 'paras', 'chap', 'sect', 'art', 'p', 'pp', 'suppl', 'amend', 'sess']);
const numberTakingWords = new Set([
  'paragraph', 'paragraphs', 'subparagraph', 'resolution', 'resolutions', 'decision', 'decisions', 'article', 'articles',
  'chapter', 'chapters', 'section', 'sections', 'annex', 'annexes', 'page', 'pages', 'rule', 'rules', 'goal', 'goals',
  'target', 'targets', 'item', 'items', 'principle', 'principles', 'recommendation', 'recommendations', 'part', 'parts',
  'table', 'tables', 'figure', 'protocol', 'and', 'or', 'to', 'from', 'between', 'of', 'at', 'on', 'in', 'by', 'than',
  'some', 'about', 'over', 'under', 'nearly', 'approximately', 'least', 'aged', 'age', 'ages', 'the', 'its', 'their',
  'with', 'for', 'all', 'every', 'per', 'only', 'until', 'since', 'after', 'before', 'within', 'around', 'up', 'year',
  'years', 'session', 'meeting', 'members', 'states', 'countries', 'reached', 'totalling', 'amount', 'level', 'is', 'are',
  'was', 'were', 'be', 'vol', 'vols', 'no', 'nos', 'approximately', 'least', 'rev', 'add',
]);
const spacedFollowers = new Set(['and', 'which', 'in', 'as', 'to', 'the', 'that', 'was', 'were', 'has', 'have', 'is', 'are', 'of', 'on', 'by', 'for', 'with', 'where']);

/** What the numbering allows: the highest marker seen so far. */
export interface MarkerState {
  maxSeen: number;
  /** Whether digits set off by spaces may be markers: only in a text without bracket or superscript markers. */
  readonly spaced: boolean;
  /** The word before each marker number where it was found ("thereto" for 8). */
  readonly wordsBefore: Map<string, Set<string>>;
}

/** The state a text starts with: spaced digits are allowed when no `[n]` or superscript marker occurs in it. */
export function markerStateFor(text: string): MarkerState {
  return { maxSeen: 0, spaced: !/\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/.test(text), wordsBefore: new Map() };
}

/** The footnote markers of one line of running text (not a footnote text), updating `state`. */
export function scanMarkers(line: string, lineStart: number, state: MarkerState): FootnoteMarker[] {
  const markers: FootnoteMarker[] = [];
  let i = 0;
  while (i < line.length) {
    // The regular expression finds the next character a marker may start with three times as fast as a loop over char codes.
    MAY_START_MARKER.lastIndex = i;
    if (!MAY_START_MARKER.test(line)) break;
    i = MAY_START_MARKER.lastIndex - 1;
    const marker = markerAt(line, i, state);
    if (!marker) {
      i++;
      continue;
    }
    const value = Number(marker.marker);
    if (value > state.maxSeen) state.maxSeen = value;
    remember(state, marker.marker, wordBefore(line, marker.start));
    markers.push({ marker: marker.marker, span: { start: lineStart + marker.start, end: lineStart + marker.end }, style: marker.style });
    i = marker.end;
  }
  return markers;
}

/** `[`, an ASCII digit or a superscript digit: the only characters a marker starts with. */
const MAY_START_MARKER = /[[0-9\u00b2\u00b3\u00b9\u2070-\u2079]/g;

interface LocalMarker {
  readonly marker: string;
  readonly start: number;
  readonly end: number;
  readonly style: FootnoteMarker['style'];
}

function markerAt(line: string, i: number, state: MarkerState): LocalMarker | undefined {
  const char = line[i] ?? '';
  if (char === '[') return bracketAt(line, i);
  if (superscriptDigits.includes(char)) return superscriptAt(line, i);
  if (!isDigit(char) || isDigit(line[i - 1] ?? '')) return undefined;
  return gluedAt(line, i, state) ?? spacedAt(line, i, state);
}

function bracketAt(line: string, i: number): LocalMarker | undefined {
  const end = digitRunEnd(line, i + 1);
  if (end === i + 1 || end - i - 1 > 3 || line[end] !== ']') return undefined;
  const marker = String(Number(line.slice(i + 1, end)));
  return marker === '0' ? undefined : { marker, start: i, end: end + 1, style: 'bracket' };
}

function superscriptAt(line: string, i: number): LocalMarker | undefined {
  let end = i;
  let digits = '';
  while (end < line.length && superscriptDigits.includes(line[end] ?? '')) {
    digits += String(superscriptDigits.indexOf(line[end] ?? ''));
    end++;
  }
  const marker = String(Number(digits));
  return marker === '0' || digits.length > 3 ? undefined : { marker, start: i, end, style: 'superscript' };
}

function gluedAt(line: string, i: number, state: MarkerState): LocalMarker | undefined {
  const end = digitRunEnd(line, i);
  const value = Number(line.slice(i, end));
  if (end - i > 3 || value < 1 || value > state.maxSeen + 1) return undefined;
  if (!endsToken(line[end])) return undefined;
  if (!gluedBefore(line, i, end)) return undefined;
  const partOfSymbol = /[A-Za-z.]/.test(line[i - 1] ?? '') && tokenAround(line, i, end).includes('/');
  if (partOfSymbol) return undefined;
  return { marker: String(value), start: i, end, style: 'glued' };
}

/** Whether the character before the digits at `i` makes them a marker glued to a word or to punctuation. */
function gluedBefore(line: string, i: number, end: number): boolean {
  const before = line[i - 1] ?? '';
  // "*Treaty Series*3" closes italics; "**1 616 444**" opens bold figures in a table.
  if (before === '*') return !/[*\s]/.test(line[i - 2] ?? ' ');
  if (/[a-z\u00df-\u00ff)”’"]/.test(before)) return true;
  if (before === ';' || before === ':') return i >= 2 && !isSpaceChar(line[i - 2] ?? ' ');
  if (before === ',') return commaMarker(line, i, end);
  if (before === '.') return periodMarker(line, i);
  return false;
}

/** `thereto,3` is a marker; `3,073` is a number (groups of three digits after a digit). */
function commaMarker(line: string, i: number, end: number): boolean {
  const beforeComma = line[i - 2] ?? ' ';
  if (isSpaceChar(beforeComma)) return false;
  return !(isDigit(beforeComma) && end - i === 3);
}

/** `in Africa.4` is a marker; `Add.1`, `No.5` and `E.00.IV.8` are not. */
function periodMarker(line: string, i: number): boolean {
  let start = i - 1;
  while (start > 0 && i - start < 12 && /[A-Za-z]/.test(line[start - 1] ?? '')) start--;
  const word = line.slice(start, i - 1);
  return /^[a-z]{2,}$/.test(word) && !abbreviations.has(word);
}

function spacedAt(line: string, i: number, state: MarkerState): LocalMarker | undefined {
  const end = digitRunEnd(line, i);
  const value = Number(line.slice(i, end));
  if (!state.spaced || end - i > 3 || value < 1 || value > state.maxSeen + 1) return undefined;
  if (line[i - 1] !== ' ' || !spacedBefore(line, i - 1)) return undefined;
  if (!spacedAfter(line, end)) return undefined;
  if (value <= state.maxSeen && !state.wordsBefore.get(String(value))?.has(wordBefore(line, i))) return undefined;
  return { marker: String(value), start: i, end, style: 'spaced' };
}

function remember(state: MarkerState, marker: string, word: string): void {
  const words = state.wordsBefore.get(marker) ?? new Set<string>();
  words.add(word);
  state.wordsBefore.set(marker, words);
}

/** The word just before a marker, past the punctuation and spaces between: "thereto" in "thereto, 8". */
function wordBefore(line: string, at: number): string {
  let end = at;
  while (end > 0 && at - end < 4 && /[\s,;:.)”’"*\u00a0]/.test(line[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < 30 && /[\p{L}-]/u.test(line[start - 1] ?? '')) start--;
  return line.slice(start, end).toLowerCase();
}

function spacedBefore(line: string, space: number): boolean {
  const before = line[space - 1] ?? '';
  if (/[,;”)]/.test(before)) return space >= 2 && /[A-Za-z)”]/.test(line[space - 2] ?? '');
  if (!/[a-z]/.test(before)) return false;
  let start = space - 1;
  while (start > 0 && space - start < 20 && /[A-Za-z]/.test(line[start - 1] ?? '')) start--;
  const word = line.slice(start, space);
  return /^[a-z]+$/.test(word) && !numberTakingWords.has(word);
}

function spacedAfter(line: string, end: number): boolean {
  const after = line[end];
  if (after === undefined) return true;
  if (after !== ' ') return /[,;.]/.test(after) && !isDigit(line[end + 1] ?? '');
  const word = /^[a-z]+/.exec(line.slice(end + 1, end + 12))?.[0] ?? '';
  return spacedFollowers.has(word);
}

function endsToken(char: string | undefined): boolean {
  return char === undefined || isSpaceChar(char) || /[,;:.)\]”’"*]/.test(char);
}

/** The token holding the digits, looking at most 40 characters either side (symbols are short). */
function tokenAround(line: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 40 && !isSpaceChar(line[from - 1] ?? ' ')) from--;
  let to = end;
  while (to < line.length && to - end < 40 && !isSpaceChar(line[to] ?? ' ')) to++;
  return line.slice(from, to);
}

function digitRunEnd(line: string, i: number): number {
  let end = i;
  while (end < line.length && isDigit(line[end] ?? '')) end++;
  return end;
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

function isSpaceChar(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\u00a0';
}

/** The value of a run of superscript digits ("¹⁰" → 10), or undefined. */
export function superscriptValue(text: string): number | undefined {
  let digits = '';
  for (const char of text) {
    const digit = superscriptDigits.indexOf(char);
    if (digit < 0) return undefined;
    digits += String(digit);
  }
  return digits.length > 0 ? Number(digits) : undefined;
}
