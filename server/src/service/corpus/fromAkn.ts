// Turns a resolution read from AKN4UN XML (akn.ts) into a corpus resolution: paragraphs in the
// shape the corpus keeps (sub-paragraphs on lines of their own, as `fromModel.ts` lays out parsed
// text, so that the same wording keys the same whether it came from XML or from text), headings
// marked as paragraphs left out, and the folder's metadata taking precedence.

import { basename } from 'node:path';
import type { AknResolution, AknSubparagraph } from './akn';
import type { ResolutionOrigin } from './fromModel';
import type { CorpusParagraph, CorpusResolution } from './types';

export function corpusResolutionFromAkn(akn: AknResolution, origin: ResolutionOrigin): CorpusResolution {
  const metadata = origin.metadata ?? {};
  const symbol = metadata.symbol ?? akn.symbol ?? basename(origin.path).replace(/\.[^.]*$/, '');
  const session = metadata.session ?? akn.session;
  const date = metadata.date ?? akn.date;
  const title = metadata.title ?? akn.title;
  const part = /[\s\u00a0]([A-Z])$/.exec(symbol)?.[1];
  return {
    symbol,
    ...(part ? { part } : {}),
    ...(session !== undefined ? { session } : {}),
    ...(date ? { date } : {}),
    ...(metadata.meeting ? { meeting: metadata.meeting } : {}),
    ...(title ? { title } : {}),
    ...(metadata.vote ? { vote: metadata.vote } : {}),
    path: origin.path,
    sourceKind: origin.sourceKind,
    paragraphs: paragraphs(akn),
    footnotes: akn.footnotes.map(({ marker, text }) => ({ marker, text })),
    citations: akn.citations.map(({ symbol: cited }) => ({ symbol: cited })),
  };
}

function paragraphs(akn: AknResolution): CorpusParagraph[] {
  const preambular = akn.preambular.map((paragraph) => ({
    kind: 'preambular' as const,
    ...(paragraph.opening && paragraph.openingAtStart ? { opening: paragraph.opening } : {}),
    text: withSubparagraphs(paragraph.text, paragraph.subparagraphs),
  }));
  const operative = akn.operative
    .filter((paragraph) => !paragraph.heading)
    .map((paragraph) => ({
      kind: 'operative' as const,
      ...(paragraph.number !== undefined ? { number: paragraph.number } : {}),
      ...(paragraph.verb && paragraph.verbAtStart ? { opening: paragraph.verb } : {}),
      text: withSubparagraphs(paragraph.text, paragraph.subparagraphs),
    }));
  return [...preambular, ...operative].filter((paragraph) => paragraph.text.trim().length > 0);
}

function withSubparagraphs(text: string, subparagraphs: readonly AknSubparagraph[]): string {
  return [text, ...lines(subparagraphs)].join('\n');
}

function lines(subparagraphs: readonly AknSubparagraph[]): string[] {
  return subparagraphs.flatMap((sub) => [`(${sub.label}) ${sub.text}`, ...lines(sub.children)]);
}
