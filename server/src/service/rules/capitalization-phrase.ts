// Only the first word of an opening phrase or operative verb is capitalized ("Taking note with
// appreciation", "Also requests"); the first one always is. Holds for every phrase of the rulebook's
// tables. A capitalized word that is no word of an opening (a proper noun) is left alone.

import type { TextEdit } from '../findings';
import type { Opening, ResolutionDocument } from '../model';
import { openingLexicon } from '../lexicon';
import { openingLexiconFor } from '../lexicon/knownOpenings';
import { openingWords } from './helpers/openingEdits';
import { opensWithKnownHead } from './helpers/sequence';
import type { Rule, RuleFinding } from './rule';

export const capitalizationPhrase: Rule = {
  code: 'capitalization-phrase',
  defaultSeverity: 'warning',
  description: 'Only the first word of an opening phrase or operative verb is capitalized.',
  skipsDeclarations: true,
  check(document, context) {
    const lexicon = openingLexiconFor(context.corpus);
    return document.paragraphs.flatMap((paragraph) => (paragraph.opening && opensWithKnownHead(paragraph, lexicon) ? check(document, paragraph.opening) : []));
  },
};

function check(document: ResolutionDocument, opening: Opening): RuleFinding[] {
  const words = openingWords(document.text, opening);
  const edits: TextEdit[] = [];
  words.forEach((word, index) => {
    const wanted = index === 0 ? capitalized(word.text) : lowered(word.text);
    if (wanted !== word.text) edits.push({ span: { start: word.start, end: word.end }, newText: wanted });
  });
  if (edits.length === 0) return [];
  const phrase = words.map((word, index) => (index === 0 ? capitalized(word.text) : lowered(word.text))).join(' ');
  return [
    {
      span: opening.span,
      message: `Capitalize only the first word of “${opening.text}”: write “${phrase}”.`,
      fixes: [{ title: `Change to “${phrase}”`, edits, preferred: true }],
    },
  ];
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A known word of openings in lower case; anything else (a name) as written. */
function lowered(word: string): string {
  const lower = word.toLowerCase();
  return isOpeningWord(lower) ? lower : word;
}

const extraWords = new Set(['with', 'its', 'and', 'in', 'upon', 'for', 'on', 'note', 'mind', 'into', 'account', 'consideration', 'forward', 'this', 'that', 'regard', 'again', 'once', 'more', 'particular', 'attention', 'the', 'to', 'of']);

function isOpeningWord(word: string): boolean {
  const sets = [openingLexicon.preambularHeads, openingLexicon.operativeHeads, openingLexicon.degreeAdverbs, openingLexicon.sequenceAdverbs, openingLexicon.intensifiers, openingLexicon.withNouns, openingLexicon.itsNouns, openingLexicon.directNouns];
  return extraWords.has(word) || sets.some((set) => set.has(word));
}
