// The last operative paragraph (or its last sub-paragraph) ends with a full stop: 1,593 of 1,597
// adopted texts. In a multi-part text, the last paragraph of each part.

import { isFinal } from './operative-punctuation';
import { closingEnding, endingSpan, endsWith, isCloser, isMark, markFix, markName } from './helpers/punctuation';
import type { Ending } from '../model';
import type { Rule } from './rule';

export const finalPeriod: Rule = {
  code: 'final-period',
  defaultSeverity: 'error',
  description: 'The last operative paragraph (or its last sub-paragraph) ends with a full stop.',
  skipsDeclarations: true,
  check(document) {
    return document.operative.flatMap((paragraph) => {
      const ending = isFinal(document, paragraph) ? closingEnding(paragraph) : undefined;
      if (!ending || closesSentence(document.text, ending) || !(isMark(ending.char) || isCloser(ending.char))) return [];
      const found = isMark(ending.char) ? `not ${markName(ending.char)}` : 'and the full stop is missing';
      return [{ span: endingSpan(ending), message: `The last operative paragraph ends with a full stop, ${found}.`, fixes: [markFix(ending, '.')] }];
    });
  },
};

/** A full stop, also inside a closing quote; a quoted question closes too ("... climate change?”"). */
function closesSentence(text: string, ending: Ending): boolean {
  return endsWith(text, ending, '.') || endsWith(text, ending, '?') || endsWith(text, ending, '!');
}
