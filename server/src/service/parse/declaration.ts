// Declaration-style texts speak in the first person ("We, the Heads of State and Government ..."):
// full sentences, no participles or operative verbs to check.

import type { Paragraph } from '../model';

const firstPerson = /^(?:\d{1,3}\.\s+)?We(?:,|\s+the\b|\s+(?:Heads|Ministers|representatives|leaders|Member States|peoples)\b)/;

export function isDeclarationText(masked: string, paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((paragraph) => firstPerson.test(masked.slice(paragraph.span.start, paragraph.span.start + 80).replace(/\*/g, '')));
}
