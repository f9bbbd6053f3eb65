// An operative paragraph opens with a verb in the present indicative, third person singular: the
// General Assembly "Requests", never "Request", "Requesting" or "Requested". Every opening of the
// adopted corpus does (2 slips in 37,000: "Acknowledge", "Encourage"). A preambular participle at the
// head of an operative paragraph ("5. Recalling") is the same slip.

import type { Opening } from '../model';
import { openingLexiconFor } from '../lexicon/knownOpenings';
import { openingWords, withCaseOf } from './helpers/openingEdits';
import type { Rule } from './rule';

export const operativeVerbForm: Rule = {
  code: 'operative-verb-form',
  defaultSeverity: 'error',
  description: 'The operative verb is in the third person singular of the present (“Requests”, not “Request”, “Requesting” or “Requested”).',
  skipsDeclarations: true,
  check(document, context) {
    const lexicon = openingLexiconFor(context.corpus);
    return document.operative.flatMap((paragraph) => {
      const { opening } = paragraph;
      const verb = opening ? lexicon.thirdPerson(opening.head) : undefined;
      const word = opening && verb ? headWord(document.text, opening) : undefined;
      if (!verb || !word) return [];
      const replacement = withCaseOf(word.text, verb);
      return [
        {
          span: { start: word.start, end: word.end },
          message: `The operative verb is in the third person singular: write “${replacement}”, not “${word.text}”.`,
          fixes: [{ title: `Change to “${replacement}”`, edits: [{ span: { start: word.start, end: word.end }, newText: replacement }], preferred: true }],
        },
      ];
    });
  },
};

/** The word of the opening that is its head ("request" in "Also request"). */
function headWord(text: string, opening: Opening): { text: string; start: number; end: number } | undefined {
  return openingWords(text, opening).find((word) => word.text.toLowerCase() === opening.head);
}
