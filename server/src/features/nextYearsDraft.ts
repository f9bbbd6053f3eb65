// unres/nextYearsDraft: next session's draft of a series, made from its latest resolution in the
// corpus (service/agreed/nextYear.ts). The series is an open draft's (by its title) or a corpus
// resolution's. The resolution's own file gives the text, footnote positions included; a resolution
// read from AKN4UN XML is rendered as text first, and its footnotes stay behind (a comment says so).

import type { Feature, ServerContext } from '../context';
import { precedentSources } from '../precedentSources';
import { NextYearsDraftRequest, type NextYearsDraft, type NextYearsDraftParams } from '../protocol';
import { nextYearsDraft } from '../service/agreed/nextYear';
import type { CorpusResolution } from '../service/corpus/types';
import { renderResolutionText } from '../service/lookup/corpusText';
import { parseResolution } from '../service/parse';

export const nextYearsDraftRequest: Feature = {
  register(context) {
    context.connection.onRequest(NextYearsDraftRequest, (params) => draftFor(context, params));
  },
};

function draftFor(context: ServerContext, params: NextYearsDraftParams): NextYearsDraft {
  const latest = latestOfSeries(context, params);
  if ('message' in latest) return latest;
  const parsed = precedentSources.document(latest);
  const source = parsed ?? parseResolution(renderResolutionText(latest).text);
  const draft = nextYearsDraft(source, latest, parsed !== undefined);
  if (!draft) return { message: `${latest.symbol} names no session: its next session is unknown.` };
  return { text: draft.text, from: latest.symbol, session: draft.session, fileName: fileName(latest, draft.session) };
}

function latestOfSeries(context: ServerContext, params: NextYearsDraftParams): CorpusResolution | { message: string } {
  const corpus = context.corpus.current;
  if (params.symbol) return corpus.resolution(params.symbol) ?? { message: `${params.symbol} is not in the corpus.` };
  const title = params.uri ? context.drafts.model(params.uri)?.title?.text : undefined;
  if (!title) return { message: 'Open a draft with a title line, or choose a resolution of the corpus.' };
  const match = corpus.previousInSeries(title);
  const latest = match ? corpus.resolution(match.resolution.symbol) : undefined;
  return latest ?? { message: `No resolution of the series "${title}" is in the corpus.` };
}

/** "strengthening-the-united-nations-crime-67.unres": the title's first words and the session. */
function fileName(resolution: CorpusResolution, session: number): string {
  const words = (resolution.title ?? resolution.symbol).toLowerCase().match(/[a-z0-9]+/g) ?? ['draft'];
  return `${words.slice(0, 6).join('-')}-${session}.unres`;
}
