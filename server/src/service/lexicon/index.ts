// The built-in lists of the rulebook (phrase words, common phrases, session ordinals, months, Member
// States), with the lookups the parser and the rules share.

import { closingModifiers, degreeAdverbs, directNouns, fixedComplements, headClosingModifiers, intensifiers, itsNouns, judgementHeads } from './openingWords';
import { notPreambularHeads, operativeHeads, preambularHeads, sequenceAdverbs, stateAdjectives, stateHeads, theNouns, toInfinitiveHeads, withNouns } from './openingWords';

export * from './openingWords';
export * from './commonPhrases';
export * from './ordinals';
export * from './months';
export * from './memberStates';
export * from './canonicalNames';
export * from './unSpelling';

const lower = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((word) => word.toLowerCase()));

/** The word lists as lower-case sets, for lookups while parsing. */
export const openingLexicon = {
  preambularHeads: lower(preambularHeads),
  operativeHeads: lower(operativeHeads),
  notPreambularHeads: lower(notPreambularHeads),
  degreeAdverbs: lower(degreeAdverbs),
  sequenceAdverbs: lower(sequenceAdverbs),
  intensifiers: lower(intensifiers),
  withNouns: lower(withNouns),
  itsNouns: lower(itsNouns),
  directNouns: lower(directNouns),
  theNouns: lower(theNouns),
  judgementHeads: lower(judgementHeads),
  fixedComplements: new Map(Object.entries(fixedComplements).map(([head, tails]) => [head, tails.map((t) => t.split(' '))])),
  closingModifiers: closingModifiers.map((modifier) => modifier.split(' ')),
  headClosingModifiers: new Map(Object.entries(headClosingModifiers).map(([head, tails]) => [head, tails.map((t) => t.split(' '))])),
  stateHeads: lower(stateHeads),
  stateAdjectives: lower(stateAdjectives),
  toInfinitiveHeads: lower(toInfinitiveHeads),
} as const;
