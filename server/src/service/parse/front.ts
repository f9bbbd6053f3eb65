// The front of the document: cover lines, then the title (`66/181. Title`, or in a draft the unnumbered
// title just above the formula), and where the resolution proper begins.

import type { CoverLine, ResolutionDocument, TextSpan } from '../model';
import { agendaItemOf, coverLine, isCoverLike, sessionOf, sponsorsOf } from './cover';
import { openingLexicon } from '../lexicon';
import { formulaLine, headingLine, paragraphNumber } from './lineKinds';
import { findOpening } from './openings';
import { contentEnd, contentStart, isBlank, type Source, type SourceLine } from './source';

export interface Front {
  readonly cover: readonly CoverLine[];
  readonly title?: ResolutionDocument['title'];
  readonly symbol?: ResolutionDocument['symbol'];
  readonly session?: number;
  readonly agendaItem?: string;
  readonly sponsors?: readonly string[];
  /** The first line after the front. */
  readonly restStart: number;
  /** Index of the last formula line, or -1. */
  readonly lastFormula: number;
}

const numberedTitle = /^([\s\u00a0]*)(?:\*\*)?((?:ES-\d{1,2}\/|S-\d{1,2}\/)?\d{1,2}\/\d{1,3}(?:[ \u00a0]?[A-Z](?:[-–][A-Z])?)?)\.(?:\*\*)?[\s\u00a0]+\S/;
const frontLimit = 80;

export function readFront(source: Source): Front {
  const { lines } = source;
  const formulas = lines.filter((line) => formulaLine(line)).map((line) => line.index);
  const firstFormula = formulas[0] ?? -1;
  const lastFormula = formulas[formulas.length - 1] ?? -1;
  const searchEnd = firstFormula >= 0 ? firstFormula : Math.min(lines.length, frontLimit);
  const titleLines = findTitleLines(source, searchEnd, firstFormula);
  const firstTitle = titleLines[0];
  const coverEnd = firstTitle ? firstTitle.index : firstFormula >= 0 ? firstFormula : leadingCoverEnd(lines);
  const cover = lines.slice(0, coverEnd).filter((line) => !isBlank(line)).map(coverLine);
  const lastTitle = titleLines[titleLines.length - 1];
  const restStart = lastTitle ? lastTitle.index + 1 : firstFormula >= 0 ? firstFormula : coverEnd;
  return { ...describeCover(cover), ...titleOf(source, titleLines, cover), restStart, lastFormula };
}

function findTitleLines(source: Source, searchEnd: number, firstFormula: number): SourceLine[] {
  const { lines } = source;
  const numbered = lines.slice(0, searchEnd).find((line) => numberedTitle.test(line.text) && line.text.length < 2000);
  if (numbered) return blockFrom(source, numbered.index, searchEnd);
  return firstFormula >= 0 ? unnumberedTitle(lines, firstFormula) : [];
}

/** The title's lines: from `start` to the next blank line, heading, formula or paragraph, or to the end of its bold. */
function blockFrom(source: Source, start: number, end: number): SourceLine[] {
  const block: SourceLine[] = [];
  const bold = /^[\s\u00a0]*(?:\*\*)?[^*]*\.[\s\u00a0]*\*\*/.test(source.lines[start]?.text ?? '');
  for (let i = start; i < end; i++) {
    const line = source.lines[i];
    if (!line || isBlank(line) || (i > start && (headingLine(line) || startsParagraph(source, line)))) break;
    block.push(line);
    if (bold && (line.text.match(/\*\*/g)?.length ?? 0) >= (i === start ? 2 : 1)) break;
  }
  return block;
}

/** A numbered line, or one that opens with an italic phrase or a known opening head. */
function startsParagraph(source: Source, line: SourceLine): boolean {
  if (paragraphNumber(line)) return true;
  const found = findOpening(source.masked, contentStart(line), line.end);
  return found !== undefined && (found.opening.italic || knownHead(found.opening.text));
}

function knownHead(phrase: string): boolean {
  const first = phrase.split(' ')[0]?.toLowerCase() ?? '';
  return openingLexicon.preambularHeads.has(first) || openingLexicon.operativeHeads.has(first);
}

/** In a draft: the block of lines above the formula (above any part heading) that is not a cover line. */
function unnumberedTitle(lines: readonly SourceLine[], firstFormula: number): SourceLine[] {
  let i = firstFormula - 1;
  let block = blockAbove(lines, i);
  while (block.length > 0) {
    const first = block[0];
    if (!first) return [];
    const above = previousNonBlank(lines, first.index - 1);
    const isPartTitle = above !== undefined && headingLine(above) !== undefined;
    if (!isPartTitle && !headingLine(first)) return block.some(isCoverLike) ? [] : block;
    i = (isPartTitle ? above.index : first.index) - 1;
    block = blockAbove(lines, i);
  }
  return [];
}

function blockAbove(lines: readonly SourceLine[], from: number): SourceLine[] {
  const last = previousNonBlank(lines, from);
  if (!last) return [];
  let first = last.index;
  while (first > 0 && lines[first - 1] && !isBlank(lines[first - 1] as SourceLine)) first--;
  return lines.slice(first, last.index + 1);
}

function previousNonBlank(lines: readonly SourceLine[], from: number): SourceLine | undefined {
  for (let i = from; i >= 0; i--) {
    const line = lines[i];
    if (line && !isBlank(line)) return line;
  }
  return undefined;
}

/** Without title or formula: the cover lines at the top of the draft, up to the first line that is not one. */
function leadingCoverEnd(lines: readonly SourceLine[]): number {
  let end = 0;
  for (const line of lines.slice(0, frontLimit)) {
    if (!isBlank(line) && !isCoverLike(line)) break;
    end = line.index + 1;
  }
  return end;
}

function describeCover(cover: readonly CoverLine[]): Omit<Front, 'restStart' | 'lastFormula' | 'title'> {
  const symbolLine = cover.find((line) => line.kind === 'symbol');
  const sessionLine = cover.find((line) => line.kind === 'session');
  const agendaLine = cover.find((line) => line.kind === 'agenda-item');
  const sponsorsLine = cover.find((line) => line.kind === 'sponsors');
  const symbol = symbolLine ? { value: symbolLine.text.replace(/\u00a0/g, ' '), span: symbolLine.span } : undefined;
  const session = sessionFromSymbol(symbol?.value) ?? (sessionLine ? sessionOf(sessionLine.text) : undefined);
  const sponsors = sponsorsLine ? sponsorsOf(sponsorsLine.text) : undefined;
  const agendaItem = agendaLine ? agendaItemOf(agendaLine.text) : undefined;
  return {
    cover,
    ...(symbol ? { symbol } : {}),
    ...(session !== undefined ? { session } : {}),
    ...(agendaItem ? { agendaItem } : {}),
    ...(sponsors ? { sponsors } : {}),
  };
}

/** 79 for "A/79/L.5", "A/C.3/79/L.12" or "A/RES/79/1". */
export function sessionFromSymbol(symbol: string | undefined): number | undefined {
  const match = /^A\/(?:RES\/|DEC\/|C\.\d\/|[A-Z]{2,}[.\d]*\/)?(\d{1,3})\//.exec(symbol ?? '');
  return match ? Number(match[1]) : undefined;
}

function titleOf(source: Source, titleLines: readonly SourceLine[], cover: readonly CoverLine[]): Partial<Front> {
  const first = titleLines[0];
  const last = titleLines[titleLines.length - 1];
  if (!first || !last) return {};
  const numbered = numberedTitle.exec(first.text);
  const number = numbered?.[2]?.replace(/\u00a0/g, ' ');
  const span: TextSpan = { start: contentStart(first), end: contentEnd(last) };
  const textStart = numbered ? textStartAfterNumber(source.masked, first.start + (numbered[0].length - 1)) : span.start;
  const textSpan = { start: textStart, end: withoutClosingBold(source.masked, textStart, span.end) };
  const text = source.masked.slice(textSpan.start, textSpan.end).replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  const title = { text, ...(number ? { number } : {}), span, textSpan };
  if (!number || cover.some((line) => line.kind === 'symbol')) return { title };
  const written = numbered?.[2] ?? '';
  const numberStart = first.start + first.text.indexOf(written);
  const symbol = { value: `A/RES/${number}`, span: { start: numberStart, end: numberStart + written.length } };
  const session = /^\d/.test(number) ? Number(number.split('/')[0]) : undefined;
  return { title, symbol, ...(session !== undefined ? { session } : {}) };
}

/** Where the title's text ends: before the closing bold markers. */
function withoutClosingBold(masked: string, start: number, end: number): number {
  let i = end;
  while (i > start && masked[i - 1] === '*') i--;
  return i;
}

/** Where the title's text starts: after the number, its full stop, spaces and any bold markers. */
function textStartAfterNumber(masked: string, from: number): number {
  let i = from;
  while (masked[i] === '*') i++;
  return i;
}
