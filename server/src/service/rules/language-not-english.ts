// A draft in another language gets this one finding instead of the English drafting checks, whose
// phrase tables and punctuation conventions would raise nothing but false alarms on it.

import type { ResolutionDocument, TextSpan } from '../model';
import type { Rule } from './rule';

export const languageNotEnglish: Rule = {
  code: 'language-not-english',
  defaultSeverity: 'information',
  description: 'The draft is not in English, so the drafting checks (written for English texts) are not run.',
  check(document) {
    if (document.language === 'en' || document.language === 'unknown') return [];
    return [{ span: firstLine(document), message: 'This draft is not in English: the drafting checks apply to English texts.' }];
  },
};

/** The first line that has text, where a drafter looks first. */
function firstLine(document: ResolutionDocument): TextSpan {
  for (let line = 0; line < document.lines.lineCount; line++) {
    const text = document.lines.lineText(line);
    const indent = text.length - text.trimStart().length;
    if (text.trim().length > 0) {
      const start = document.lines.lineStart(line);
      return { start: start + indent, end: start + text.trimEnd().length };
    }
  }
  return { start: 0, end: 0 };
}
