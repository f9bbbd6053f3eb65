// A draft with no italics markers at all (pasted from a word processor, or typed plainly) gets one
// message for the whole document rather than a flag on every paragraph; the fix italicizes every
// opening phrase and operative verb at once, as Format Document does.

import type { Opening } from '../model';
import { italicEdits } from './helpers/openingEdits';
import { looksLikeHeading } from './helpers/sequence';
import type { Rule } from './rule';

export const italicsMissing: Rule = {
  code: 'italics-missing',
  defaultSeverity: 'information',
  description: 'A draft that marks no opening phrase or operative verb in italics gets one message for the whole document.',
  skipsDeclarations: true,
  check(document) {
    if (document.usesItalics) return [];
    const openings = document.paragraphs.flatMap((paragraph) => (paragraph.opening && !looksLikeHeading(paragraph) ? [paragraph.opening] : []));
    const first = openings[0];
    if (!first) return [];
    return [
      {
        span: first.span,
        message: 'This draft marks no opening phrase or operative verb in italics: Format Document adds the italics.',
        fixes: [{ title: 'Italicize every opening phrase and operative verb', edits: openings.flatMap((opening: Opening) => italicEdits(opening)), preferred: true }],
      },
    ];
  },
};
