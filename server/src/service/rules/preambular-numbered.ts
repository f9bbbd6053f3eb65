// Preambular paragraphs carry no number or letter; none of the 27,774 in the adopted corpus does.

import type { PreambularParagraph, ResolutionDocument, TextSpan } from '../model';
import type { Rule } from './rule';

export const preambularNumbered: Rule = {
  code: 'preambular-numbered',
  defaultSeverity: 'error',
  description: 'Preambular paragraphs carry no number or letter.',
  skipsDeclarations: true,
  check(document) {
    return document.preambular.flatMap((paragraph) => {
      const stray = paragraph.strayNumberSpan ?? leadingNumber(document, paragraph);
      if (!stray) return [];
      const written = document.text.slice(stray.start, stray.end);
      return [
        {
          span: stray,
          message: `Preambular paragraphs are not numbered: remove “${written}”.`,
          fixes: [{ title: `Remove “${written}”`, edits: [{ span: untilText(document, stray), newText: '' }], preferred: true }],
        },
      ];
    });
  },
};

/** "3." before the paragraph's text, which the parser may read as a number and then drop. */
function leadingNumber(document: ResolutionDocument, paragraph: PreambularParagraph): TextSpan | undefined {
  const lead = document.text.slice(paragraph.span.start, paragraph.bodySpan.start);
  const found = /^\d{1,3}(?=\.)/.exec(lead);
  return found ? { start: paragraph.span.start, end: paragraph.span.start + found[0].length } : undefined;
}

/** The number with the full stop and the spaces that follow it, up to the paragraph's text. */
function untilText(document: ResolutionDocument, stray: TextSpan): TextSpan {
  let end = stray.end;
  if (document.text[end] === '.') end++;
  while (end < document.text.length && /[ \t\u00a0]/.test(document.text[end] ?? '')) end++;
  return { start: stray.start, end };
}
