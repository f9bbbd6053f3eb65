// How lookups name things in the drafters' words: "PP3" and "OP12" as negotiators say them, dates as
// resolutions write them ("19 December 2011"), and short excerpts cut at a word.

import { months } from '../lexicon';
import type { Paragraph } from '../model';

/** "PP3" for the third preambular paragraph, "OP12" for operative paragraph 12 ("OP" alone when unnumbered). */
export function paragraphLabel(paragraph: Paragraph): string {
  if (paragraph.kind === 'preambular') return `PP${paragraph.index + 1}`;
  return paragraph.number === undefined ? 'OP' : `OP${paragraph.number}`;
}

/** "Operative paragraph 12", "Preambular paragraph 3". */
export function paragraphTitle(paragraph: Paragraph): string {
  if (paragraph.kind === 'preambular') return `Preambular paragraph ${paragraph.index + 1}`;
  return paragraph.number === undefined ? 'Operative paragraph (unnumbered)' : `Operative paragraph ${paragraph.number}`;
}

/** "2011-12-19" -> "19 December 2011"; anything else as it is. */
export function writtenDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** At most `limit` characters, cut after a whole word, with an ellipsis when cut. */
export function excerpt(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.lastIndexOf(' ', limit);
  return `${clean.slice(0, cut > limit / 2 ? cut : limit).replace(/[,;:]$/, '')}…`;
}

/** The last `limit` characters before an offset, starting at a whole word, with a leading ellipsis when cut. */
export function excerptBefore(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const from = clean.indexOf(' ', clean.length - limit);
  return `…${clean.slice(from < 0 ? clean.length - limit : from + 1)}`;
}

/** Text shown as is in Markdown: characters Markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (char) => `\\${char}`);
}

/** Like `escapeMarkdown`, but keeps `*...*` italics, as the corpus text format marks opening phrases and titles. */
export function markdownKeepingItalics(text: string): string {
  return text
    .split(/(\*[^*\n]+\*)/)
    .map((piece) => (/^\*[^*\n]+\*$/.test(piece) ? `*${escapeMarkdown(piece.slice(1, -1))}*` : escapeMarkdown(piece)))
    .join('');
}
