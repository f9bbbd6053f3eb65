// A cited General Assembly resolution that the corpus does not hold, although it holds its neighbours
// (the resolutions numbered just before or after it in the same session): possibly a mistyped symbol.
// A corpus that holds only a few resolutions of a session (the built-in seeds) proves nothing about
// the others, hence the neighbours. Only information, reported once per symbol.

import type { CorpusFacts } from '../corpus/facts';
import { sessionOrdinal } from '../lexicon';
import type { Rule } from './rule';

const NEIGHBOURS = 3;

export const citationUnknown: Rule = {
  code: 'citation-unknown',
  defaultSeverity: 'information',
  description: 'A cited General Assembly resolution is not in the corpus, although the corpus holds the resolutions numbered around it.',
  check(document, { corpus }) {
    const reported = new Set<string>();
    return document.citations.flatMap((citation) => {
      if (citation.kind !== 'ga-resolution' || reported.has(citation.symbol)) return [];
      const symbol = /^A\/RES\/(\d{1,3})\/(\d{1,3})\b/.exec(citation.symbol);
      if (!symbol || corpus.resolutionFacts(citation.symbol)) return [];
      const [session, number] = [Number(symbol[1]), Number(symbol[2])];
      if (!corpus.sessions().has(session) || !holdsNeighbours(corpus, session, number)) return [];
      reported.add(citation.symbol);
      return [
        {
          span: citation.span,
          message: `The corpus holds the resolutions of the ${sessionOrdinal(session) ?? session} session numbered around ${citation.written.replace(/\u00a0/g, ' ')}, but not this one: check the symbol.`,
        },
      ];
    });
  },
};

/** At least two of the resolutions numbered within NEIGHBOURS of it (one could be a lone seed). */
function holdsNeighbours(corpus: CorpusFacts, session: number, number: number): boolean {
  let held = 0;
  for (let other = number - NEIGHBOURS; other <= number + NEIGHBOURS; other++) {
    if (other !== number && other > 0 && corpus.resolutionFacts(`A/RES/${session}/${other}`)) held++;
  }
  return held >= 2;
}
