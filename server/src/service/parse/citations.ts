// Citations (rulebook §4) in the paragraphs, the annexes and the footnotes: resolutions and decisions
// of the General Assembly, the Economic and Social Council, the Security Council and the Human Rights
// Council, document symbols, and treaties in the United Nations Treaty Series.

import type { Citation, CitationKind, Footnote, FootnoteMarker, Paragraph, TextSpan } from '../model';
import { findResolutionLists } from './resolutionLists';

const documentSymbol = /(?<![A-Za-z0-9/])(?:A|S|E|ST|UNEP|TD|FCCC|ICCD|ISBA|SPLOS|CAC|CRC|CEDAW|CERD|CCPR|CAT|HRI)(?:\/[A-Za-z0-9.\u2010\u2011-]+)+/g;
const S = '[ \\u00a0]';
const numbers = `(\\d{1,5})(?:,${S}*\\d{1,5})*(?:,?${S}+and${S}+\\d{1,5})?`;
const treaty = new RegExp(`(United Nations,${S}+\\*?Treaty Series\\*?|\\*?Ibid\\.\\*?),${S}+vols?\\.${S}+${numbers},${S}+No\\.${S}+(\\d{1,6})`, 'g');

interface Region {
  readonly span: TextSpan;
  readonly inFootnote: boolean;
}

export function findCitations(
  masked: string,
  paragraphs: readonly Paragraph[],
  footnotes: readonly Footnote[],
  annexes: readonly TextSpan[],
  markers: readonly FootnoteMarker[],
): Citation[] {
  const unmarked = blankMarkers(masked, markers);
  const regions: Region[] = [
    ...paragraphs.flatMap((paragraph) => paragraph.fragments.map((span) => ({ span, inFootnote: false }))),
    ...annexes.map((span) => ({ span, inFootnote: false })),
    ...footnotes.map((footnote) => ({ span: footnote.textSpan, inFootnote: true })),
  ];
  const citations: Citation[] = [];
  let treatySeen = false;
  for (const region of regions) {
    const text = unmarked.slice(region.span.start, region.span.end);
    citations.push(...findResolutionLists(text, region.span.start, region.inFootnote));
    citations.push(...findDocumentSymbols(text, region.span.start, region.inFootnote));
    const treaties: Citation[] = /Treaty Series|Ibid/.test(text) ? findTreaties(text, region.span.start, region.inFootnote, treatySeen) : [];
    treatySeen ||= treaties.length > 0;
    citations.push(...treaties);
  }
  return citations.sort((a, b) => a.span.start - b.span.start);
}

/**
 * The text with footnote markers blanked (same length), so that a list reads on past them:
 * "resolutions 73/263,[10] 74/168[11] and 75/192".
 */
function blankMarkers(masked: string, markers: readonly FootnoteMarker[]): string {
  if (markers.length === 0) return masked;
  const pieces: string[] = [];
  let cursor = 0;
  for (const { span } of markers) {
    if (span.start < cursor) continue;
    pieces.push(masked.slice(cursor, span.start), ' '.repeat(span.end - span.start));
    cursor = span.end;
  }
  pieces.push(masked.slice(cursor));
  return pieces.join('');
}

function findDocumentSymbols(text: string, base: number, inFootnote: boolean): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(documentSymbol)) {
    const written = match[0].replace(/[.\u2010\u2011-]+$/, '');
    if (!/\d/.test(written)) continue;
    const scYear = /^S\/RES\//.test(written) ? /^[ \u00a0]?\(\d{4}\)/.exec(text.slice(match.index + written.length, match.index + written.length + 8)) : null;
    const full = scYear ? `${written}${scYear[0]}` : written;
    const start = base + match.index;
    found.push({ kind: symbolKind(written), symbol: full.replace(/\u00a0/g, ' ').replace(/[\u2010\u2011]/g, '-'), written: full, span: { start, end: start + full.length }, inFootnote });
  }
  return found;
}

function symbolKind(symbol: string): CitationKind {
  if (symbol.startsWith('A/RES/')) return 'ga-resolution';
  if (symbol.startsWith('A/DEC/')) return 'ga-decision';
  if (symbol.startsWith('E/RES/')) return 'ecosoc-resolution';
  if (symbol.startsWith('E/DEC/')) return 'ecosoc-decision';
  if (symbol.startsWith('S/RES/')) return 'sc-resolution';
  if (symbol.startsWith('A/HRC/RES/')) return 'hrc-resolution';
  return 'document';
}

/** "United Nations, Treaty Series, vol. 2225, No. 39574", and "Ibid., vol. 2349, No. 42146" after one. */
function findTreaties(text: string, base: number, inFootnote: boolean, treatySeen: boolean): Citation[] {
  const found: Citation[] = [];
  let seen = treatySeen;
  for (const match of text.matchAll(treaty)) {
    const ibid = /Ibid/.test(match[1] ?? '');
    if (ibid && !seen) continue;
    seen = true;
    const start = base + match.index;
    const symbol = `United Nations, Treaty Series, vol. ${match[2] ?? ''}, No. ${match[3] ?? ''}`;
    found.push({ kind: 'treaty', symbol, written: match[0], span: { start, end: start + match[0].length }, inFootnote });
  }
  return found;
}
