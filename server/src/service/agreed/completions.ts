// Completion of agreed language at a position of a draft, as plain data for any editor:
//   at the start of a paragraph   opening phrases / operative verbs by corpus frequency, with the
//                                 "Also"/"Further" form the previous paragraph calls for first;
//   after a few words             whole adopted paragraphs continuing them, with their sources;
//   after "resolution 66/"        the corpus resolutions, inserted with their date;
//   inside a name                 the canonical names of instruments and bodies.
// Each completion replaces exactly the typed text (`span`), and carries the text an editor filters
// the typed text against (`filterText`: the typed text, then the rest of the completion), so that
// every item matches the typed text alike and the order here (`rank`) stands.
//
//   const { items, incomplete } = agreedCompletions(document, offset, corpus);

import type { Corpus } from '../corpus/corpus';
import { writtenDate, escapeMarkdown, markdownKeepingItalics } from '../lookup/words';
import type { ResolutionDocument, TextSpan } from '../model';
import { citationChoices, type CitationChoice } from './citations';
import { nameChoices, type NameChoice } from './names';
import { openingChoices, type OpeningChoice } from './openings';
import { paragraphChoices, type ParagraphChoice } from './paragraphs';
import { typingAt, type TypedParagraph } from './typing';

export type AgreedCompletionKind = 'opening' | 'paragraph' | 'citation' | 'name';

export interface AgreedCompletion {
  readonly kind: AgreedCompletionKind;
  readonly label: string;
  /** One line beside the label: the sources of a paragraph, the date of a resolution. */
  readonly description?: string;
  /** One line in the details pane: what the completion is. */
  readonly detail: string;
  /** Markdown: the whole text and where it was adopted. */
  readonly documentation?: string;
  readonly span: TextSpan;
  readonly newText: string;
  readonly filterText: string;
  /** Position in the list (0 first). */
  readonly rank: number;
}

export interface AgreedCompletions {
  readonly items: readonly AgreedCompletion[];
  /** The list depends on further typing: ask again rather than filter it. */
  readonly incomplete: boolean;
}

/** Typed words from which whole paragraphs are offered. */
const PARAGRAPH_WORDS = 3;
/** An opening is still being typed while the paragraph has at most this many words. */
const OPENING_WORDS = 5;
const LABEL_CHARS = 90;

export function agreedCompletions(document: ResolutionDocument, offset: number, corpus: Corpus): AgreedCompletions {
  const typing = typingAt(document, offset);
  const citations = citationChoices(typing, document, corpus);
  if (citations) return { items: citations.choices.map(citationCompletion), incomplete: citations.truncated };
  const paragraph = typing.paragraph;
  const words = paragraph ? wordCount(paragraph.typed) : 0;
  const openings = paragraph && words <= OPENING_WORDS ? openingCompletions(paragraph, corpus, typing.italics) : [];
  const paragraphs = paragraph && words >= PARAGRAPH_WORDS ? paragraphChoices(paragraph, document, corpus, typing.italics).map(paragraphCompletion) : [];
  const names = nameChoices(typing).map(nameCompletion);
  const items = [...openings, ...paragraphs, ...names].map((item, rank) => ({ ...item, rank }));
  return { items, incomplete: paragraph !== undefined };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

type Unranked = Omit<AgreedCompletion, 'rank'>;

function openingCompletions(paragraph: TypedParagraph, corpus: Corpus, italics: boolean): Unranked[] {
  const { kind, typed, span } = paragraph;
  if (!kind) return [];
  const number = kind === 'operative' && paragraph.unnumbered ? `${paragraph.nextNumber}. ` : '';
  return openingChoices(typed, kind, corpus, paragraph.previous?.opening).map((choice) => {
    const opening = italics ? `*${choice.opening}*` : choice.opening;
    return {
      kind: 'opening',
      label: choice.opening,
      description: choice.count > 0 ? `${choice.count.toLocaleString('en-US')} paragraphs` : 'never adopted',
      detail: openingDetail(choice),
      span,
      newText: `${number}${opening} `,
      filterText: typed + openingContinuation(typed, choice),
    };
  });
}

function openingDetail(choice: OpeningChoice): string {
  const what = choice.kind === 'operative' ? 'Operative verb' : 'Preambular phrase';
  return choice.continues ? `${what}, after a paragraph opening with “${choice.continues}”` : what;
}

/** The rest of the opening, or of the bare phrase its "Also"/"Further" form continues, after what is typed. */
function openingContinuation(typed: string, choice: OpeningChoice): string {
  const bare = typed.replaceAll('*', '').trimStart();
  const toward = [choice.opening, choice.continues ?? ''].find((form) => form.toLowerCase().startsWith(bare.toLowerCase())) ?? choice.opening;
  return toward.slice(bare.length);
}

function paragraphCompletion(choice: ParagraphChoice): Unranked {
  const { suggestion } = choice;
  return {
    kind: 'paragraph',
    label: labelOf(suggestion.text),
    description: suggestion.sourceLabel,
    detail: `Agreed language, adopted ${suggestion.occurrences === 1 ? 'once' : `${suggestion.occurrences} times`}: ${suggestion.sourceLabel}`,
    documentation: paragraphDocumentation(choice),
    span: choice.span,
    newText: choice.insert,
    filterText: choice.filterText,
  };
}

function labelOf(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= LABEL_CHARS ? line : `${line.slice(0, line.lastIndexOf(' ', LABEL_CHARS))}…`;
}

function paragraphDocumentation(choice: ParagraphChoice): string {
  const sources = choice.suggestion.sources.slice(0, 8).map((source) => {
    const where = source.number ? `, ${source.kind === 'operative' ? 'op.' : 'pp.'} ${source.number}` : '';
    const date = source.resolution.date ? ` (${writtenDate(source.resolution.date)})` : '';
    return `- ${escapeMarkdown(source.resolution.symbol)}${where}${date}`;
  });
  const more = choice.suggestion.sources.length - sources.length;
  return [markdownKeepingItalics(choice.insert.replace(/\n/g, '\n\n')), `Adopted in:\n${sources.join('\n')}${more > 0 ? `\n- and ${more} more` : ''}`].join('\n\n');
}

function citationCompletion(choice: CitationChoice, rank: number): AgreedCompletion {
  return {
    kind: 'citation',
    label: choice.symbol.replace(/^A\/RES\//, ''),
    ...(choice.date ? { description: writtenDate(choice.date) } : {}),
    detail: choice.title ?? choice.symbol,
    documentation: [`**${escapeMarkdown(choice.symbol)}**`, ...(choice.title ? [`*${escapeMarkdown(choice.title)}*`] : []), ...(choice.date ? [`Adopted on ${writtenDate(choice.date)}`] : [])].join('\n\n'),
    span: choice.span,
    newText: choice.insert,
    filterText: choice.typed + choice.insert.slice(choice.typed.length),
    rank,
  };
}

function nameCompletion(choice: NameChoice): Unranked {
  return {
    kind: 'name',
    label: choice.canonical,
    detail: choice.variant ? `Canonical name (for “${choice.variant}”)` : 'Canonical name',
    span: choice.span,
    newText: choice.canonical,
    filterText: choice.typed + (choice.variant ?? choice.canonical).slice(choice.typed.length),
  };
}
