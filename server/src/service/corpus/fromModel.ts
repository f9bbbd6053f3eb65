// Turns a parsed resolution (the document model of parse/) into corpus resolutions: one per part of
// a multi-part text (74/264 A–C holds three). A part opens with a formula of its own ("A", then
// "The General Assembly,"); a lettered section heading inside one resolution (75/245 "A Base/floor
// salary scale") is no part. Metadata from the corpus folder takes precedence over what the text
// says about itself (the seeds lack dates; index.jsonl has votes), except for the adoption date: the
// text's closing line is the record of adoption (index.jsonl dates 76/254 17 March 2022, the day
// of issue, where the text says 15 March).

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
  const partOf = paragraphParts(document);
  const parts = [...new Set(partOf)];
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
    paragraphs: toParagraphs(document.paragraphs.filter((_, at) => partOf[at] === part)),
    // The footnotes of a multi-part text are kept with its first part.
    ...(index > 0 ? { footnotes: [] } : {}),
  }));
}

/** Each paragraph's part: the letter of the last formula before it that opens a part. */
function paragraphParts(document: ResolutionDocument): (string | undefined)[] {
  let next = 0;
  let part: string | undefined;
  return document.paragraphs.map((paragraph) => {
    for (; next < document.formulas.length && document.formulas[next]!.span.start < paragraph.span.start; next++) {
      part = document.formulas[next]!.part ?? part;
    }
    return part;
  });
}

function commonFields(document: ResolutionDocument, origin: ResolutionOrigin, base: string) {
  const metadata = origin.metadata ?? {};
  const session = metadata.session ?? document.session ?? sessionOf(base);
  const date = isoDate(document.closing?.date) ?? metadata.date;
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

/** The symbol on the cover ("A/RES/75/290 A", part letter included), else the title's number, else any symbol the text gives. */
function ownSymbol(document: ResolutionDocument): string | undefined {
  const symbol = document.symbol?.value;
  if (symbol?.startsWith('A/RES/')) return symbol;
  if (document.title?.number) return `A/RES/${document.title.number}`;
  return symbol;
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
