// The last preambular paragraph before the operative part ends with a comma, never a semicolon or a
// full stop (1,555 of 1,607 parts; the others end at a section heading or introduce a list).

import { openingLexiconFor } from '../lexicon/knownOpenings';
import { opensWithKnownHead } from './helpers/sequence';
import { commaExpected, isLastBeforeOperative } from './preambular-punctuation';
import type { Rule } from './rule';

export const lastPreambularPunctuation: Rule = {
  code: 'last-preambular-punctuation',
  defaultSeverity: 'error',
  description: 'The last preambular paragraph before the operative part ends with a comma, never a semicolon or a full stop.',
  skipsDeclarations: true,
  check(document, context) {
    const lexicon = openingLexiconFor(context.corpus);
    return document.preambular.flatMap((paragraph) =>
      isLastBeforeOperative(document, paragraph) && opensWithKnownHead(paragraph, lexicon) ? commaExpected(document, paragraph, 'The last preambular paragraph') : [],
    );
  },
};
