// Turns a parsed resolution (the document model of parse/) into corpus resolutions: one per part of
// a multi-part text (74/264 A–C holds three), with metadata from the corpus folder taking precedence
// over what the text says about itself (the seeds lack dates; index.jsonl has votes).

import { basename } from 'node:path';
import type { Paragraph, ResolutionDocument, Subparagraph } from '../model';
import { isoDate, type ResolutionMetadata } from './metadata';
import type { CorpusParagraph, CorpusResolution, CorpusSourceKind } from './types';

export interface ResolutionOrigin {
  readonly path: string;
  readonly sourceKind: CorpusSourceKind;
  readonly metadata?: ResolutionMetadata;
}

export function corpusResolutionsFromModel(document: ResolutionDocument, origin: ResolutionOrigin): CorpusResolution[] {
  const symbol = origin.metadata?.symbol ?? ownSymbol(document) ?? symbolFromFileName(origin.path);
  const base = baseSymbol(symbol);
  const parts = [...new Set(document.paragraphs.map((paragraph) => paragraph.part))];
  const common = commonFields(document, origin, base);
  if (parts.length <= 1) {
    // One part: the text's own part letter, else the one the symbol names ("A/RES/74/261 B").
    const part = parts[0] ?? singlePart(symbol);
    return [{ ...common, symbol: withPart(base, part), ...partField(part), paragraphs: toParagraphs(document.paragraphs) }];
  }
  return parts.map((part, index) => ({
    ...common,
    symbol: withPart(base, part),
    ...partField(part),
    paragraphs: toParagraphs(document.paragraphs.filter((paragraph) => paragraph.part === part)),
    // Footnotes and citations of a multi-part text are kept with its first part.
    ...(index > 0 ? { footnotes: [], citations: [] } : {}),
  }));
}

function commonFields(document: ResolutionDocument, origin: ResolutionOrigin, base: string) {
  const metadata = origin.metadata ?? {};
  const session = metadata.session ?? document.session ?? sessionOf(base);
  const date = metadata.date ?? isoDate(document.closing?.date);
  const meeting = metadata.meeting ?? document.closing?.meeting;
  const title = metadata.title ?? document.title?.text;
  return {
    ...(session !== undefined ? { session } : {}),
    ...(date ? { date } : {}),
    ...(meeting ? { meeting } : {}),
    ...(title ? { title } : {}),
    ...(metadata.vote ? { vote: metadata.vote } : {}),
    path: origin.path,
    sourceKind: origin.sourceKind,
    footnotes: document.footnotes.map((footnote) => ({ marker: footnote.marker, text: footnote.text })),
    citations: document.citations.map((citation) => ({ symbol: citation.symbol, ...(citation.date ? { date: citation.date } : {}) })),
  };
}

function toParagraphs(paragraphs: readonly Paragraph[]): CorpusParagraph[] {
  return paragraphs.map((paragraph) => ({
    kind: paragraph.kind,
    ...(paragraph.kind === 'operative' && paragraph.number !== undefined ? { number: paragraph.number } : {}),
    ...(paragraph.opening ? { opening: paragraph.opening.text } : {}),
    text: corpusParagraphText(paragraph),
  }));
}

/** A draft paragraph as the corpus holds paragraphs (sub-paragraphs on lines of their own): what to ask precedents for. */
export function corpusParagraphText(paragraph: Paragraph): string {
  return [paragraph.text, ...subparagraphLines(paragraph.subparagraphs)].join('\n');
}

function subparagraphLines(subparagraphs: readonly Subparagraph[]): string[] {
  return subparagraphs.flatMap((sub) => [`(${sub.label}) ${sub.text}`, ...subparagraphLines(sub.children)]);
}

function ownSymbol(document: ResolutionDocument): string | undefined {
  if (document.title?.number) return `A/RES/${document.title.number}`;
  return document.symbol?.value;
}

/** "A_RES_74_261_B.txt" -> "A/RES/74/261 B"; any other name is kept as the symbol. */
function symbolFromFileName(path: string): string {
  const name = basename(path).replace(/\.[^.]*$/, '');
  const match = /^A_RES_(\d+)_(\d+)(?:_([A-Z](?:-[A-Z])?))?/.exec(name);
  if (!match) return name;
  return `A/RES/${match[1]}/${match[2]}${match[3] ? ` ${match[3]}` : ''}`;
}

/** The symbol without a part letter or part range ("A/RES/74/264 A-C" -> "A/RES/74/264"). */
function baseSymbol(symbol: string): string {
  return symbol.replace(/[\s\u00a0]+[A-Z](?:[\s\u00a0]*[-–][\s\u00a0]*[A-Z])?$/, '').trim();
}

function singlePart(symbol: string): string | undefined {
  return /[\s\u00a0]([A-Z])$/.exec(symbol)?.[1];
}

function withPart(base: string, part: string | undefined): string {
  return part ? `${base} ${part}` : base;
}

function partField(part: string | undefined): { part?: string } {
  return part ? { part } : {};
}

function sessionOf(symbol: string): number | undefined {
  const match = /^A\/RES\/(\d+)\//.exec(symbol);
  return match ? Number(match[1]) : undefined;
}
