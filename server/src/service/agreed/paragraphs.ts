// Whole adopted paragraphs that continue what the drafter has typed (corpus `completeParagraph`: a
// binary search in the index's prefix order, never a scan of the corpus), ranked by frequency,
// recency and closeness to this draft's series and relatives, as draft text ready to insert.

import type { Corpus } from '../corpus/corpus';
import type { AgreedLanguageSuggestion } from '../corpus/complete';
import { corpusParagraphText } from '../corpus/fromModel';
import type { ResolutionDocument, TextSpan } from '../model';
import type { TypedParagraph } from './typing';
import { draftWording } from './wording';

export interface ParagraphChoice {
  readonly suggestion: AgreedLanguageSuggestion;
  /** The wording as the draft writes it, replacing `span`. */
  readonly insert: string;
  readonly span: TextSpan;
  readonly typed: string;
  /** The typed text followed by the rest of the wording: what an editor filters the typed text against. */
  readonly filterText: string;
}

const WORD = /[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u052f\u0600-\u06ff\u3040-\u9fff]+/g;

export function paragraphChoices(paragraph: TypedParagraph, document: ResolutionDocument, corpus: Corpus, italics: boolean, limit = 10): ParagraphChoice[] {
  if (!paragraph.atEnd || !paragraph.kind) return [];
  const { kind, span, typed } = paragraph;
  const suggestions = corpus.completeParagraph(typed.replaceAll('*', ''), {
    kind,
    ...(document.title ? { title: document.title.text } : {}),
    draftParagraphs: document.paragraphs.filter((other) => other.span.end < span.start || other.span.start > span.end).map(corpusParagraphText),
    limit,
  });
  return suggestions.map((suggestion) => {
    const insert = draftWording(suggestion.text, { kind, ...(suggestion.opening ? { opening: suggestion.opening } : {}), italics, last: paragraph.lastOperative });
    return { suggestion, insert, span, typed, filterText: typed + continuation(typed, insert) };
  });
}

/** The part of `insert` after the words typed so far (a last word typed in part continues where it stops). */
export function continuation(typed: string, insert: string): string {
  const words = typed.match(WORD) ?? [];
  if (words.length === 0) return insert;
  const partial = !/[\s\p{P}]$/u.test(typed);
  let found: RegExpExecArray | null = null;
  WORD.lastIndex = 0;
  for (let count = 0; count < words.length; count++) {
    found = WORD.exec(insert);
    if (!found) return '';
  }
  const last = words[words.length - 1]!;
  const cut = partial && last.length < found![0].length ? found!.index + last.length : found!.index + found![0].length;
  return insert.slice(cut);
}
