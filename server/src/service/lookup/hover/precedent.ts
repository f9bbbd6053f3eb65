// Hover on a paragraph: its closest precedent in the corpus. Agreed language names where it was
// adopted verbatim; adapted wording shows the similarity and a word diff against the precedent (the
// precedent's words the draft drops struck through, the draft's own words in bold); new wording says
// how little the closest adopted paragraph shares with it. A link opens the precedent's resolution.

import { describeSources } from '../../corpus/agreedLanguage';
import { corpusParagraphText } from '../../corpus/fromModel';
import { whatIsNew, type PrecedentMatch, type PrecedentParagraph } from '../../corpus/precedent';
import { paragraphPrecedent } from '../../agreed/precedents';
import { diffMarkdown } from '../../agreed/wordDiff';
import type { Paragraph } from '../../model';
import { escapeMarkdown, excerpt, markdownKeepingItalics, paragraphLabel } from '../words';
import type { HoverContext, HoverCorpus, HoverProvider, HoverResult } from './types';

const CLOSEST_CHARS = 300;
const OTHER_SOURCES = 3;

export const precedentHover: HoverProvider = {
  name: 'precedent',
  provide(context: HoverContext): HoverResult | undefined {
    const { element, corpus } = context;
    if (element?.kind !== 'paragraph' || !corpus || corpus.corpus.resolutionCount === 0) return undefined;
    const { paragraph } = element;
    const match = paragraphPrecedent(corpus.corpus, paragraph);
    return { markdown: [...describe(paragraph, match, corpus), ...indexingNote(corpus)].join('\n\n'), span: paragraph.span };
  },
};

function describe(paragraph: Paragraph, match: PrecedentMatch, corpus: HoverCorpus): string[] {
  const label = paragraphLabel(paragraph);
  const closest = match.closest;
  if (!closest) return [`**${label} · new wording**: no adopted paragraph in the corpus comes close.`];
  const where = describeSources(closest.sources, 1);
  const similarity = `similarity ${percent(match.similarity)}`;
  if (match.status === 'agreed') return [`**${label} · agreed language**, verbatim in ${escapeMarkdown(where)}`, ...otherSources(closest), ...link(closest, corpus)];
  if (match.status === 'adapted') {
    const diff = diffMarkdown(whatIsNew(corpusParagraphText(paragraph), closest.text));
    return [`**${label} · adapted** from ${escapeMarkdown(where)} · ${similarity}`, diff, ...otherSources(closest), ...link(closest, corpus)];
  }
  const quoted = markdownKeepingItalics(excerpt(closest.text, CLOSEST_CHARS));
  return [`**${label} · new wording**: the closest adopted paragraph, ${escapeMarkdown(where)}, has ${similarity}:`, `> ${quoted}`, ...link(closest, corpus)];
}

function percent(similarity: number): string {
  return `${Math.floor(similarity * 100)}%`;
}

function otherSources(closest: PrecedentParagraph): string[] {
  const others = closest.sources.slice(1);
  return others.length === 0 ? [] : [`Also adopted in ${escapeMarkdown(describeSources(others, OTHER_SOURCES))}.`];
}

function link(closest: PrecedentParagraph, corpus: HoverCorpus): string[] {
  const resolution = corpus.corpus.resolution(closest.resolution.symbol);
  const uri = resolution ? corpus.openLink?.(resolution) : undefined;
  return uri ? [`[Open ${escapeMarkdown(closest.resolution.symbol)}](${uri})`] : [];
}

function indexingNote(corpus: HoverCorpus): string[] {
  return corpus.indexing ? ['*The corpus is still being indexed: a closer precedent may come.*'] : [];
}
