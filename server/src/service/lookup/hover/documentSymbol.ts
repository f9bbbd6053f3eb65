// Hover on a document symbol ("A/66/123"): what the draft's footnotes say about it (the words each of
// their markers follows) and which corpus resolutions cite it in their footnotes, with a link to the
// official document.

import type { Citation, ResolutionDocument } from '../../model';
import { officialDocumentLink } from '../citationKinds';
import { corpusMentions, type DocumentMention } from '../corpusDocuments';
import { markerContext } from '../targets';
import { escapeMarkdown, excerpt, paragraphLabel, writtenDate } from '../words';
import type { HoverContext, HoverProvider, HoverResult } from './types';

const MENTIONS_SHOWN = 3;
const CONTEXT_CHARS = 90;

export const documentSymbolHover: HoverProvider = {
  name: 'document-symbol',
  provide(context: HoverContext): HoverResult | undefined {
    const element = context.element;
    if (element?.kind !== 'citation' || element.citation.kind !== 'document') return undefined;
    const { citation } = element;
    const inDraft = draftMentions(context.document, citation);
    const inCorpus = context.corpus ? corpusMentions(context.corpus.corpus, citation.symbol) : [];
    const link = officialDocumentLink(citation);
    const blocks = [
      `**${escapeMarkdown(citation.symbol)}** · United Nations document`,
      ...(inDraft.length > 0 ? [`In this draft:\n\n${inDraft.join('\n')}`] : []),
      ...(inCorpus.length > 0 ? [corpusLines(inCorpus)] : []),
      ...(inDraft.length === 0 && inCorpus.length === 0 ? ['Neither the footnotes of this draft nor the corpus say more about it.'] : []),
      ...(link ? [`[Official document ↗](${link})`] : []),
    ];
    return { markdown: blocks.join('\n\n'), span: citation.span };
  },
};

/** For each footnote of the draft naming the symbol, the words its markers follow ("OP1: …report of the Secretary-General"). */
function draftMentions(document: ResolutionDocument, citation: Citation): string[] {
  const footnotes = document.footnotes.filter((footnote) =>
    document.citations.some((other) => other.kind === 'document' && other.symbol === citation.symbol && other.span.start >= footnote.textSpan.start && other.span.end <= footnote.textSpan.end),
  );
  return footnotes.flatMap((footnote) => {
    const markers = document.footnoteMarkers.filter((marker) => marker.marker === footnote.marker);
    if (markers.length === 0) return [`- Footnote ${footnote.marker} (no marker in the text refers to it)`];
    return markers.map((marker) => {
      const { paragraph, before } = markerContext(document, marker, CONTEXT_CHARS);
      return `- Footnote ${footnote.marker}${paragraph ? `, in ${paragraphLabel(paragraph)}` : ''}: ${escapeMarkdown(before)}`;
    });
  });
}

function corpusLines(mentions: readonly DocumentMention[]): string {
  const shown = mentions.slice(0, MENTIONS_SHOWN).map((mention) => {
    const when = mention.date ? ` (${writtenDate(mention.date)})` : '';
    return `- ${escapeMarkdown(mention.symbol)}${when}, footnote ${mention.marker}: ${escapeMarkdown(excerpt(mention.text, 160))}`;
  });
  const more = mentions.length > MENTIONS_SHOWN ? [`- …and ${mentions.length - MENTIONS_SHOWN} more`] : [];
  const resolutions = new Set(mentions.map((mention) => mention.symbol)).size;
  return `Cited in ${resolutions} corpus resolution${resolutions === 1 ? '' : 's'}:\n\n${[...shown, ...more].join('\n')}`;
}
