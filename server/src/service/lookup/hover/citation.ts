// Hover on a cited resolution ("resolution 66/181", each symbol of "resolutions 64/179 and 66/181",
// "A/RES/66/181", ECOSOC "2007/12", Security Council "1373 (2001)"): what the corpus knows of it (title,
// adoption, vote, size, first operative paragraphs), a link that opens it and a link to the official
// document; for a resolution the corpus does not hold, a plain statement saying so and how to add it.
// A cited decision ("decision 73/555") is named, with where decisions are published.

import type { CorpusParagraph, CorpusResolution, Vote } from '../../corpus/types';
import { subparagraphLines } from '../../corpus/types';
import type { Citation } from '../../model';
import { citationKindName, isDecision, isResolution, officialDocumentLink } from '../citationKinds';
import { escapeMarkdown, excerpt, writtenDate } from '../words';
import type { HoverContext, HoverCorpus, HoverProvider, HoverResult } from './types';

/** Operative paragraphs shown, and how much of each. */
const OPERATIVE_SHOWN = 3;
const PARAGRAPH_CHARS = 220;

export const citationHover: HoverProvider = {
  name: 'citation',
  provide(context: HoverContext): HoverResult | undefined {
    const element = context.element;
    if (element?.kind !== 'citation') return undefined;
    const { citation } = element;
    if (isDecision(citation)) return { markdown: [heading(citation), ...decision(citation)].join('\n\n'), span: citation.span };
    if (!isResolution(citation)) return undefined;
    const resolution = context.corpus?.corpus.resolution(citation.symbol);
    const body = resolution ? knownResolution(citation, resolution, context.corpus!) : unknownResolution(citation, context.corpus);
    return { markdown: [heading(citation), ...body].join('\n\n'), span: citation.span };
  },
};

function heading(citation: Citation): string {
  return `**${escapeMarkdown(citation.symbol)}** · ${citationKindName(citation.kind)}`;
}

function knownResolution(citation: Citation, resolution: CorpusResolution, corpus: HoverCorpus): string[] {
  return [
    ...(resolution.title ? [`*${escapeMarkdown(resolution.title)}*`] : []),
    adoption(resolution),
    ...dateDisagreement(citation, resolution),
    ...firstOperativeParagraphs(resolution.paragraphs),
    links([openLink(resolution, corpus), officialLink(citation)]),
  ].filter((block) => block !== '');
}

function unknownResolution(citation: Citation, corpus: HoverCorpus | undefined): string[] {
  const count = corpus ? corpus.corpus.resolutionCount : 0;
  const held = `${count.toLocaleString('en-US')} resolution${count === 1 ? '' : 's'}`;
  const status = corpus?.indexing
    ? `Not in the corpus indexed so far (${held}); the corpus is still being indexed.`
    : `Not in the corpus (${held}). Add a folder of adopted resolutions to \`unres.corpus.paths\` to look it up here.`;
  return [status, ...(citation.date ? [`Cited here as adopted on ${writtenDate(citation.date)}.`] : []), links([officialLink(citation)])].filter((block) => block !== '');
}

/** Decisions have no document of their own: they are published in the Official Records. */
function decision(citation: Citation): string[] {
  return [
    'The corpus holds resolutions, not decisions; decisions are published in the Official Records.',
    ...(citation.date ? [`Cited here as adopted on ${writtenDate(citation.date)}.`] : []),
  ];
}

/** "Adopted on 19 December 2011 at the 89th plenary meeting, without a vote · 14 preambular and 20 operative paragraphs". */
function adoption(resolution: CorpusResolution): string {
  const when = [
    resolution.date ? `on ${writtenDate(resolution.date)}` : '',
    resolution.meeting ? `at the ${escapeMarkdown(resolution.meeting)}` : '',
  ].filter(Boolean);
  const vote = resolution.vote ? voteText(resolution.vote) : '';
  const adopted = when.length > 0 || vote ? `Adopted ${[when.join(' '), vote].filter(Boolean).join(', ')}` : '';
  return [adopted, size(resolution.paragraphs)].filter(Boolean).join(' · ');
}

/** "without a vote"; "by a recorded vote of 92 to 13, with 61 abstentions" (the Official Records' wording). */
function voteText(vote: Vote): string {
  // The corpus metadata gives counts of 0 for resolutions adopted without a vote.
  if (/without a vote/i.test(vote.adoption ?? '')) return 'without a vote';
  if (vote.inFavour && vote.against !== undefined) {
    const abstentions = vote.abstaining === undefined ? '' : `, with ${vote.abstaining} abstention${vote.abstaining === 1 ? '' : 's'}`;
    return `by a recorded vote of ${vote.inFavour} to ${vote.against}${abstentions}`;
  }
  return vote.adoption ? vote.adoption.charAt(0).toLowerCase() + vote.adoption.slice(1) : '';
}

function size(paragraphs: readonly CorpusParagraph[]): string {
  const operative = paragraphs.filter((paragraph) => paragraph.kind === 'operative').length;
  const preambular = paragraphs.length - operative;
  return `${preambular} preambular and ${operative} operative paragraph${operative === 1 ? '' : 's'}`;
}

function dateDisagreement(citation: Citation, resolution: CorpusResolution): string[] {
  if (!citation.date || !resolution.date || citation.date === resolution.date) return [];
  return [`Cited here as adopted on ${writtenDate(citation.date)}; the corpus has ${writtenDate(resolution.date)}.`];
}

function firstOperativeParagraphs(paragraphs: readonly CorpusParagraph[]): string[] {
  const shown = paragraphs.filter((paragraph) => paragraph.kind === 'operative').slice(0, OPERATIVE_SHOWN);
  return shown.length === 0 ? [] : [shown.map(operativeLine).join('\n')];
}

/** "1. *Takes note* of the report…", as a Markdown list item that keeps the paragraph's number. */
function operativeLine(paragraph: CorpusParagraph): string {
  const own = excerpt(subparagraphLines(paragraph.text).own, PARAGRAPH_CHARS);
  const opening = paragraph.opening && own.startsWith(paragraph.opening) ? paragraph.opening : '';
  const text = opening ? `*${escapeMarkdown(opening)}*${escapeMarkdown(own.slice(opening.length))}` : escapeMarkdown(own);
  return paragraph.number === undefined ? `- ${text}` : `${paragraph.number}. ${text}`;
}

function openLink(resolution: CorpusResolution, corpus: HoverCorpus): string {
  const uri = corpus.openLink?.(resolution);
  return uri ? `[Open ${escapeMarkdown(resolution.symbol)}](${uri})` : '';
}

function officialLink(citation: Citation): string {
  const uri = officialDocumentLink(citation);
  return uri ? `[Official document ↗](${uri})` : '';
}

function links(parts: readonly string[]): string {
  return parts.filter(Boolean).join(' · ');
}
