// Completion of a cited General Assembly resolution: after "resolution 66/" (or "resolutions 64/179
// and 66/", "A/RES/66/1"), the corpus resolutions whose symbol starts so, inserted as resolutions cite
// them: "66/181 of 19 December 2011" at the first mention in the draft, "66/181" afterwards
// (rulebook, `citation-first-mention-date`), the full symbol without a date after "A/RES/".

import type { Corpus, SymbolSuggestion } from '../corpus/corpus';
import { writtenDate } from '../lookup/words';
import type { ResolutionDocument, TextSpan } from '../model';
import type { TypingContext } from './typing';

export interface CitationChoice {
  readonly symbol: string;
  readonly date?: string;
  readonly title?: string;
  /** What replaces the typed symbol. */
  readonly insert: string;
  /** The symbol typed so far. */
  readonly span: TextSpan;
  readonly typed: string;
}

export interface CitationChoices {
  readonly choices: readonly CitationChoice[];
  /** More resolutions start so than were listed: typing on narrows the list. */
  readonly truncated: boolean;
}

const LIMIT = 100;
const TYPED_SYMBOL = /(?:^|[\s(\u00a0])((?:A\/RES\/)?\d{1,2}\/\d{0,3})$/;
/** "resolution", "resolutions 64/179 of … and", with no sentence break between it and the symbol. */
const RESOLUTION_WORD = /\bresolutions?\b[^.;]*$/i;
const OTHER_BODY = /\b(?:Council|Board|Commission|Assembly of [A-Z][a-z]+|Conference of the Parties)\s+resolutions?\b[^.;]*$/;

export function citationChoices(typing: TypingContext, document: ResolutionDocument, corpus: Corpus): CitationChoices | undefined {
  const match = TYPED_SYMBOL.exec(typing.lineBefore);
  const typed = match?.[1];
  if (!match || !typed) return undefined;
  const before = typing.lineBefore.slice(0, match.index + match[0].length - typed.length);
  const full = typed.startsWith('A/RES/');
  if (!full && (!RESOLUTION_WORD.test(before) || OTHER_BODY.test(before))) return undefined;
  const span = { start: typing.offset - typed.length, end: typing.offset };
  const found = corpus.symbolsByPrefix(typed, LIMIT + 1);
  const dated = !full && !document.text.startsWith(' of ', typing.offset);
  const choices = found.slice(0, LIMIT).map((suggestion) => ({
    ...suggestion,
    insert: insertion(suggestion, full, dated && !citedBefore(document, suggestion.symbol, span.start)),
    span,
    typed,
  }));
  return { choices, truncated: found.length > LIMIT };
}

function insertion(suggestion: SymbolSuggestion, full: boolean, dated: boolean): string {
  const symbol = full ? suggestion.symbol : suggestion.symbol.replace(/^A\/RES\//, '');
  return dated && suggestion.date ? `${symbol} of ${writtenDate(suggestion.date)}` : symbol;
}

/** Whether the draft's text (footnotes aside) cites the resolution before `offset`. */
function citedBefore(document: ResolutionDocument, symbol: string, offset: number): boolean {
  return document.citations.some((citation) => citation.symbol === symbol && !citation.inFootnote && citation.span.end <= offset);
}
