// "Search agreed language": every corpus wording that shares words with a free-text query, most shared
// words first, each ready to insert where the cursor is (the kind of paragraph written there decides
// the punctuation; an operative paragraph on a line without a number gets the next one).

import type { Corpus } from '../corpus/corpus';
import type { ResolutionDocument } from '../model';
import { typingAt } from './typing';
import { draftWording } from './wording';

export interface AgreedLanguageFound {
  readonly text: string;
  readonly kind: 'preambular' | 'operative';
  readonly sources: string;
  readonly occurrences: number;
  readonly insert: string;
}

const DEFAULT_LIMIT = 50;
/** A query of fewer characters than this finds nothing (every paragraph shares a letter). */
const MIN_QUERY = 3;

export function searchAgreedLanguage(corpus: Corpus, query: string, at?: { document: ResolutionDocument; offset: number }, limit = DEFAULT_LIMIT): AgreedLanguageFound[] {
  if (query.trim().length < MIN_QUERY) return [];
  const typing = at ? typingAt(at.document, at.offset) : undefined;
  const paragraph = typing?.paragraph;
  const italics = typing?.italics ?? true;
  return corpus.searchAgreedLanguage(query, limit).map((found) => {
    const kind = paragraph?.kind ?? found.kind;
    const number = kind === 'operative' && paragraph?.unnumbered && paragraph.typed.trim() === '' ? `${paragraph.nextNumber}. ` : '';
    const wording = draftWording(found.text, { kind, ...(found.opening ? { opening: found.opening } : {}), italics, last: paragraph?.lastOperative ?? false });
    return { text: found.text.replace(/\s+/g, ' '), kind: found.kind, sources: found.sourceLabel, occurrences: found.occurrences, insert: number + wording };
  });
}
