// In a draft that uses italics, a preambular paragraph whose opening phrase lacks them. Every one of the
// 27,774 preambular paragraphs of the adopted corpus opens with `*...*`.

import type { ParagraphKind } from '../model';
import { italicFix } from './helpers/openingEdits';
import { looksLikeHeading } from './helpers/sequence';
import type { Rule } from './rule';

export const preambularNotItalic: Rule = notItalicRule('preambular', 'preambular-not-italic', 'opening phrase');

/** The check both italics rules share: only in drafts that mark openings elsewhere (otherwise `italics-missing` speaks once). */
export function notItalicRule(kind: ParagraphKind, code: string, what: string): Rule {
  return {
    code,
    defaultSeverity: 'warning',
    description: `In a draft that uses italics, the ${what} of a ${kind} paragraph is in italics.`,
    skipsDeclarations: true,
    check(document) {
      if (!document.usesItalics) return [];
      return document.paragraphs.flatMap((paragraph) => {
        const { opening } = paragraph;
        if (paragraph.kind !== kind || !opening || opening.italic || looksLikeHeading(paragraph)) return [];
        return [{ span: opening.span, message: `The ${what} “${opening.text}” is not in italics: write “*${opening.text}*”.`, fixes: [italicFix(opening)] }];
      });
    },
  };
}
