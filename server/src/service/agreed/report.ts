// The precedent report of a whole draft: each paragraph as agreed language (verbatim in which
// resolutions), adapted (from which precedent, how close, and the word diff) or new (and the closest
// adopted paragraph, however far), with a summary table first. Markdown, for the editor's preview
// and for `unres precedents` alike.

import { describeSources } from '../corpus/agreedLanguage';
import type { Corpus } from '../corpus/corpus';
import { corpusParagraphText } from '../corpus/fromModel';
import { whatIsNew, type PrecedentMatch, type PrecedentStatus } from '../corpus/precedent';
import { escapeMarkdown, excerpt, paragraphLabel } from '../lookup/words';
import type { Paragraph, ResolutionDocument } from '../model';
import { paragraphPrecedent } from './precedents';
import { diffMarkdown } from './wordDiff';

export interface PrecedentReportText {
  readonly title: string;
  readonly markdown: string;
  readonly counts: Readonly<Record<PrecedentStatus, number>>;
}

const NEW_CHARS = 400;
const statusWords: Record<PrecedentStatus, string> = { agreed: 'agreed language', adapted: 'adapted', new: 'new wording' };

export function precedentReport(document: ResolutionDocument, corpus: Corpus, name?: string): PrecedentReportText {
  const rows = document.paragraphs.map((paragraph) => ({ paragraph, match: paragraphPrecedent(corpus, paragraph) }));
  const counts = { agreed: 0, adapted: 0, new: 0 };
  for (const row of rows) counts[row.match.status]++;
  const title = `Precedents of ${document.symbol?.value ?? name ?? 'the draft'}`;
  const summary = `Against ${corpus.resolutionCount.toLocaleString('en-US')} adopted resolutions: ${counts.agreed} paragraphs of agreed language (verbatim), ${counts.adapted} adapted, ${counts.new} new.`;
  const markdown = [
    `# ${escapeMarkdown(title)}`,
    ...(document.title ? [`*${escapeMarkdown(document.title.text)}*`] : []),
    summary,
    ...(rows.length > 0 ? [table(rows)] : ['The draft has no paragraphs yet.']),
    ...rows.map(({ paragraph, match }) => section(paragraph, match)),
  ].join('\n\n');
  return { title, markdown: `${markdown}\n`, counts };
}

function table(rows: readonly { paragraph: Paragraph; match: PrecedentMatch }[]): string {
  const lines = rows.map(({ paragraph, match }) => {
    const where = match.closest ? escapeMarkdown(describeSources(match.closest.sources.slice(0, 1))) : '—';
    return `| ${paragraphLabel(paragraph)} | ${statusWords[match.status]} | ${where} | ${percent(match.similarity)} |`;
  });
  return ['| Paragraph | Status | Closest precedent | Similarity |', '|---|---|---|---:|', ...lines].join('\n');
}

function section(paragraph: Paragraph, match: PrecedentMatch): string {
  const label = paragraphLabel(paragraph);
  const closest = match.closest;
  if (!closest) return `## ${label} · new wording\n\n${quote(paragraph)}\n\nNo adopted paragraph comes close.`;
  const where = escapeMarkdown(describeSources(closest.sources.slice(0, 1)));
  if (match.status === 'agreed') return `## ${label} · agreed language\n\nVerbatim in ${escapeMarkdown(describeSources(closest.sources, 5))}.`;
  if (match.status === 'adapted') {
    return `## ${label} · adapted from ${where} (${percent(match.similarity)})\n\n${diffMarkdown(whatIsNew(corpusParagraphText(paragraph), closest.text))}`;
  }
  return `## ${label} · new wording\n\n${quote(paragraph)}\n\nThe closest adopted paragraph, ${where} (${percent(match.similarity)}):\n\n> ${escapeMarkdown(excerpt(closest.text, NEW_CHARS))}`;
}

function quote(paragraph: Paragraph): string {
  return escapeMarkdown(excerpt(corpusParagraphText(paragraph), NEW_CHARS));
}

function percent(similarity: number): string {
  return `${Math.floor(similarity * 100)}%`;
}
