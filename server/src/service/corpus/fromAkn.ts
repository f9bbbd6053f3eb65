// Turns a resolution read from AKN4UN XML (akn.ts) into corpus resolutions: one per `<statement>` of
// a multi-part file (74/250 A–B holds two), paragraphs in the shape the corpus keeps (sub-paragraphs
// on lines of their own, as `fromModel.ts` lays out parsed text, so that the same wording keys the
// same whether it came from XML or from text), headings marked as paragraphs left out, and the
// folder's metadata taking precedence, but for the adoption date (see fromModel.ts).

import { basename } from 'node:path';
import type { AknOperativeParagraph, AknPreambularParagraph, AknResolution, AknStatement, AknSubparagraph } from './akn';
import type { ResolutionOrigin } from './fromModel';
import type { CorpusParagraph, CorpusResolution } from './types';

export function corpusResolutionsFromAkn(akn: AknResolution, origin: ResolutionOrigin): CorpusResolution[] {
  const metadata = origin.metadata ?? {};
  const symbol = metadata.symbol ?? akn.symbol ?? basename(origin.path).replace(/\.[^.]*$/, '');
  const common = {
    ...optional('session', metadata.session ?? akn.session),
    ...optional('meeting', metadata.meeting),
    ...optional('title', metadata.title ?? akn.title),
    ...optional('vote', metadata.vote),
    path: origin.path,
    sourceKind: origin.sourceKind,
  };
  const notes = { footnotes: akn.footnotes.map(({ marker, text }) => ({ marker, text })) };
  const date = akn.date ?? metadata.date;
  if (akn.statements.length < 2) {
    const part = /[\s\u00a0]([A-Z])$/.exec(symbol)?.[1];
    return [{ symbol, ...optional('part', part), ...common, ...optional('date', date), paragraphs: paragraphs(akn.preambular, akn.operative), ...notes }];
  }
  const base = symbol.replace(/[\s\u00a0]+[A-Z](?:[\s\u00a0]*[-–][\s\u00a0]*[A-Z])?$/, '');
  return akn.statements.map((statement, index) => {
    const part = statement.part ?? String.fromCharCode(65 + index);
    const [preambular, operative] = statementParagraphs(akn, index);
    return {
      symbol: `${base} ${part}`,
      part,
      ...common,
      ...optional('date', statement.date ?? date),
      paragraphs: paragraphs(preambular, operative),
      // The footnotes of a multi-part text are kept with its first part, as fromModel.ts does.
      ...(index === 0 ? notes : { footnotes: [] }),
    };
  });
}

function statementParagraphs(akn: AknResolution, index: number): [AknPreambularParagraph[], AknOperativeParagraph[]] {
  const previous: Pick<AknStatement, 'preambularEnd' | 'operativeEnd'> = akn.statements[index - 1] ?? { preambularEnd: 0, operativeEnd: 0 };
  const statement = akn.statements[index]!;
  return [akn.preambular.slice(previous.preambularEnd, statement.preambularEnd), akn.operative.slice(previous.operativeEnd, statement.operativeEnd)];
}

function paragraphs(preambular: readonly AknPreambularParagraph[], operative: readonly AknOperativeParagraph[]): CorpusParagraph[] {
  const opening = preambular.map((paragraph) => ({
    kind: 'preambular' as const,
    ...(paragraph.opening && paragraph.openingAtStart ? { opening: paragraph.opening } : {}),
    text: withSubparagraphs(paragraph.text, paragraph.subparagraphs),
  }));
  const numbered = operative
    .filter((paragraph) => !paragraph.heading)
    .map((paragraph) => ({
      kind: 'operative' as const,
      ...(paragraph.number !== undefined ? { number: paragraph.number } : {}),
      ...(paragraph.verb && paragraph.verbAtStart ? { opening: paragraph.verb } : {}),
      text: withSubparagraphs(paragraph.text, paragraph.subparagraphs),
    }));
  return [...opening, ...numbered].filter((paragraph) => paragraph.text.trim().length > 0);
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined || value === '' ? {} : ({ [key]: value } as { [P in K]?: V });
}

function withSubparagraphs(text: string, subparagraphs: readonly AknSubparagraph[]): string {
  return [text, ...lines(subparagraphs)].join('\n');
}

function lines(subparagraphs: readonly AknSubparagraph[]): string[] {
  return subparagraphs.flatMap((sub) => [`(${sub.label}) ${sub.text}`, ...lines(sub.children)]);
}
