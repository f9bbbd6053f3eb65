// Declaration-style texts speak in the first person ("We, the Heads of State and Government ..."):
// full sentences, no participles or operative verbs to check. A declaration annexed to a resolution
// ("Adopts the political declaration annexed to the present resolution") is annex text, out of the
// paragraphs, so it leaves the resolution's own checks on.

import type { Paragraph } from '../model';

/** "We, the Heads of State ...", "We, Heads of State ...", "We the peoples ...". */
const formula = /^(?:\d{1,3}\.\s+)?We(?:,|\s+the\b|\s+(?:Heads|Ministers|representatives|leaders|Member States|peoples)\b)/;
/** "We reaffirm ...", "2. We also commit ...": a first-person sentence, as a declaration's paragraphs open. */
const firstPersonSentence = /^(?:\d{1,3}\.\s+)?We\s+[a-z]/;
/** Where a paragraph's lines may start: a pasted layout can run a declaration's chapeau into the paragraph above it. */
const lineStart = /(?:^|\n)[ \t\u00a0]*\**([^\n]{0,80})/g;

export function isDeclarationText(masked: string, paragraphs: readonly Paragraph[]): boolean {
  let sentences = 0;
  for (const paragraph of paragraphs) {
    for (const start of lineStarts(masked.slice(paragraph.span.start, paragraph.span.end))) {
      if (formula.test(start)) return true;
      if (firstPersonSentence.test(start)) sentences++;
    }
  }
  return sentences >= 2;
}

function lineStarts(paragraph: string): string[] {
  return [...paragraph.matchAll(lineStart)].map((match) => (match[1] ?? '').replace(/\*/g, ''));
}
