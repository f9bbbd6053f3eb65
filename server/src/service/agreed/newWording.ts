// What is new in a draft against the corpus, paragraph by paragraph: agreed language (verbatim), an
// adaptation of a precedent (with the draft's own words, which the editor marks), or new wording (no
// adopted paragraph shares half of its words). The editor's "new wording" marks, the precedent report
// and the command line read the same answer.

import { describeSources } from '../corpus/agreedLanguage';
import type { Corpus } from '../corpus/corpus';
import type { PrecedentMatch, PrecedentStatus } from '../corpus/precedent';
import type { Paragraph, ResolutionDocument, TextSpan } from '../model';
import { paragraphPrecedent } from './precedents';
import { addedWordSpans } from './wordDiff';

export interface ParagraphNovelty {
  readonly paragraph: Paragraph;
  readonly status: PrecedentStatus;
  readonly similarity: number;
  readonly match: PrecedentMatch;
  /** "A/RES/66/181, op. 12": the closest precedent, when there is one. */
  readonly precedent?: string;
  /** The words the draft adds to its precedent (adapted paragraphs), or the whole paragraph (new wording). */
  readonly added: readonly TextSpan[];
}

export function paragraphNovelty(document: ResolutionDocument, paragraph: Paragraph, corpus: Corpus): ParagraphNovelty {
  const match = paragraphPrecedent(corpus, paragraph);
  const closest = match.closest;
  const added =
    match.status === 'agreed' ? [] : match.status === 'adapted' && closest ? addedWordSpans(document, paragraph, closest.text) : [paragraph.bodySpan];
  return {
    paragraph,
    status: match.status,
    similarity: match.similarity,
    match,
    ...(closest ? { precedent: describeSources(closest.sources.slice(0, 1)) } : {}),
    added,
  };
}
