// Where a corpus resolution's title is in its file (go to definition lands there), and the text
// rendering of a resolution read from AKN4UN XML, in the corpus text format, for editors to open
// instead of the XML.

import type { CorpusResolution } from '../corpus/types';
import { subparagraphLines } from '../corpus/types';
import type { TextSpan } from '../model';
import { writtenDate } from './words';

/** Title words matched when the title's number is not in the text (seed 64/179 carries none). */
const TITLE_WORDS = 8;

/**
 * The title line of `resolution` in `text`, its file: the line "66/181. Strengthening…" when the text
 * numbers its title, else the first line holding the title's opening words (in any case: metadata
 * capitalizes titles that texts do not). Undefined when neither is found.
 */
export function findTitle(text: string, resolution: Pick<CorpusResolution, 'symbol' | 'title'>): TextSpan | undefined {
  const number = /^A\/RES\/((?:ES-\d+\/|S-\d+\/)?\d+\/\d+)(?![\d/])/.exec(resolution.symbol)?.[1];
  // The number may carry a part letter or a range of them: "78/183 A.", "74/264 A-C.".
  const numbered = number ? new RegExp(`^[ \\t]*(?:\\*\\*)?${escapeRegExp(number)}(?:[ \\u00a0]?[A-Z](?:[-–][A-Z])?)?\\.[ \\t\\u00a0]`, 'm').exec(text) : null;
  const titled = numbered ?? titleWords(text, resolution.title);
  if (!titled) return undefined;
  const start = titled.index + (titled[0].length - titled[0].trimStart().length);
  const lineEnd = text.slice(start).search(/\r?\n|\r/);
  return { start, end: lineEnd < 0 ? text.length : start + lineEnd };
}

function titleWords(text: string, title: string | undefined): RegExpExecArray | null {
  const words = (title ?? '').split(/\s+/).filter(Boolean).slice(0, TITLE_WORDS);
  if (words.length === 0) return null;
  // Titles wrap in PDF extractions: the words may continue on the next line.
  return new RegExp(`^[ \\t]*${words.map(escapeRegExp).join('\\s+')}`, 'im').exec(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A resolution as corpus text: cover lines, "66/181. Title", the formula, the paragraphs with their
 * opening phrases in italics and sub-paragraphs indented, the meeting line and date, then the footnotes.
 */
export function renderResolutionText(resolution: CorpusResolution): { text: string; title: TextSpan } {
  const number = resolution.symbol.replace(/^A\/RES\//, '').replace(/ ([A-Z])$/, '');
  const head = ['United Nations', resolution.symbol, 'General Assembly', ''];
  if (resolution.date) head.push(`Resolution adopted by the General Assembly on ${writtenDate(resolution.date)}`, '');
  const titleLine = `${number}. ${resolution.title ?? ''}`.trimEnd();
  const before = `${head.join('\n')}\n`;
  const lines = [titleLine, '', ...(resolution.part ? [resolution.part, ''] : []), '*The General Assembly*,', ''];
  for (const paragraph of resolution.paragraphs) lines.push(...paragraphLines(paragraph), '');
  if (resolution.meeting) lines.push(resolution.meeting, ...(resolution.date ? [writtenDate(resolution.date)] : []), '');
  if (resolution.footnotes.length > 0) lines.push('__________', ...resolution.footnotes.map((footnote) => `[${footnote.marker}] ${footnote.text}`), '');
  return { text: before + lines.join('\n'), title: { start: before.length, end: before.length + titleLine.length } };
}

function paragraphLines(paragraph: CorpusResolution['paragraphs'][number]): string[] {
  const { own, lines } = subparagraphLines(paragraph.text);
  const opening = paragraph.opening && own.startsWith(paragraph.opening) ? paragraph.opening : '';
  const italic = opening ? `*${opening}*${own.slice(opening.length)}` : own;
  const first = paragraph.number === undefined ? italic : `${paragraph.number}. ${italic}`;
  return [first, ...lines.map((line) => `    ${line.label ? `(${line.label}) ` : ''}${line.text}`)];
}
