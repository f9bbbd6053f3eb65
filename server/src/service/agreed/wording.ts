// An adopted wording as a draft writes it: the opening phrase or verb in italics (`*...*`, the
// corpus text format), each sub-paragraph on a line of its own indented four spaces, and the final
// punctuation mark the paragraph needs where it stands (a comma in the preamble, a semicolon in the
// operative part, a full stop after the last operative paragraph).

import { subparagraphLines } from '../corpus/types';
import type { ParagraphKind } from '../model';

export interface WordingOptions {
  readonly kind: ParagraphKind;
  /** The opening phrase or verb the wording starts with, if known. */
  readonly opening?: string;
  readonly italics: boolean;
  /** The last operative paragraph ends with a full stop. */
  readonly last?: boolean;
}

const FINAL_MARKS = ';,.:';
const SUBPARAGRAPH_INDENT = '    ';

export function draftWording(text: string, options: WordingOptions): string {
  return withFinalMark(laidOut(text, options), endingFor(options));
}

/** The wording laid out (opening in italics, sub-paragraphs on indented lines), its punctuation as it is. */
export function laidOut(text: string, options: Pick<WordingOptions, 'opening' | 'italics'>): string {
  const { own, lines } = subparagraphLines(text.trim());
  const opened = options.italics && options.opening && own.startsWith(options.opening) ? `*${options.opening}*${own.slice(options.opening.length)}` : own;
  return [opened, ...lines.map((line) => `${SUBPARAGRAPH_INDENT}${line.label ? `(${line.label}) ` : ''}${line.text}`)].join('\n');
}

function endingFor(options: Pick<WordingOptions, 'kind' | 'last'>): string {
  if (options.kind === 'preambular') return ',';
  return options.last ? '.' : ';';
}

/**
 * The text with its final punctuation mark (if any) replaced by `mark`, footnote markers at the end
 * kept after it ("thereto,[7]" becomes "thereto;[7]"); an introduction to sub-paragraphs keeps its colon.
 */
export function withFinalMark(text: string, mark: string): string {
  const trimmed = text.trimEnd();
  const markers = trailingMarkersLength(trimmed);
  const body = trimmed.slice(0, trimmed.length - markers).trimEnd();
  const tail = trimmed.slice(trimmed.length - markers);
  const last = body.slice(-1);
  if (last === ':') return body + tail;
  return (last !== '' && FINAL_MARKS.includes(last) ? body.slice(0, -1) : body) + mark + tail;
}

/** Length of the run of footnote markers ("[7]", or the placeholders that stand for them) ending the text. */
function trailingMarkersLength(text: string): number {
  let end = text.length;
  for (;;) {
    const code = text.charCodeAt(end - 1);
    if (code >= 0xe000 && code <= 0xf8ff) {
      end--;
      continue;
    }
    const bracket = /\[\d{1,4}\]$/.exec(text.slice(Math.max(0, end - 6), end));
    if (!bracket) return text.length - end;
    end -= bracket[0].length;
  }
}
