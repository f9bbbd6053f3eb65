// The formula ("*The General Assembly*,") opens the resolution, and each part of a multi-part text,
// before its first paragraph. 1,622 of 1,632 adopted texts have the exact form; the other 10 put the
// comma inside the italics, which the parser accepts too.

import type { Fix } from '../findings';
import type { Paragraph, ResolutionDocument } from '../model';
import { looksLikeHeading } from './helpers/sequence';
import type { Rule, RuleFinding } from './rule';

export const formulaMissing: Rule = {
  code: 'formula-missing',
  defaultSeverity: 'error',
  description: 'The resolution (and each part of a multi-part text) opens with the formula “*The General Assembly*,”.',
  check(document) {
    return firstParagraphsOfParts(document).flatMap((paragraph, index) => (hasFormulaBefore(document, paragraph, index === 0) ? [] : [missing(document, paragraph)]));
  },
};

/** The first paragraph of each part; a draft's title, which reads as a paragraph when the formula is missing, is passed over. */
function firstParagraphsOfParts(document: ResolutionDocument): Paragraph[] {
  const seen = new Set<string | undefined>();
  return document.paragraphs.filter((paragraph) => {
    if (seen.has(paragraph.part) || looksLikeHeading(paragraph)) return false;
    seen.add(paragraph.part);
    return true;
  });
}

/**
 * The first paragraph needs a formula before it. A later part needs its own only in a text whose parts
 * carry formulas (74/264 A–C); elsewhere lettered parts are sections of one resolution.
 */
function hasFormulaBefore(document: ResolutionDocument, paragraph: Paragraph, first: boolean): boolean {
  const before = document.formulas.filter((formula) => formula.span.start < paragraph.span.start);
  if (first || document.formulas.length < 2) return before.length > 0;
  return before.some((formula) => formula.part === paragraph.part);
}

function missing(document: ResolutionDocument, paragraph: Paragraph): RuleFinding {
  const organ = organOf(document);
  const where = paragraph.part ? `Part ${paragraph.part}` : 'The resolution';
  const line = document.lines.positionAt(paragraph.span.start).line;
  return {
    span: { start: paragraph.span.start, end: document.lines.lineEnd(line) },
    message: `${where} has no formula: put “*${organ}*,” on a line of its own before the first paragraph.`,
    fixes: [insertFormula(document, document.lines.lineStart(line), organ)],
  };
}

function insertFormula(document: ResolutionDocument, at: number, organ: string): Fix {
  const eol = document.text.includes('\r\n') ? '\r\n' : '\n';
  return { title: `Insert “*${organ}*,”`, edits: [{ span: { start: at, end: at }, newText: `*${organ}*,${eol}${eol}` }], preferred: true };
}

/** The organ the draft's symbol belongs to; the General Assembly unless the symbol says otherwise. */
function organOf(document: ResolutionDocument): string {
  const symbol = document.symbol?.value ?? '';
  if (symbol.startsWith('A/HRC/')) return 'The Human Rights Council';
  if (symbol.startsWith('E/')) return 'The Economic and Social Council';
  if (symbol.startsWith('S/')) return 'The Security Council';
  return 'The General Assembly';
}
