// "Also" and "further" in an opening: where they stand, the phrase without them, and the phrase
// rewritten with them where each part puts them (operative: first, "Also requests"; preambular: after
// the phrase, "Recalling also", but inside a perfect participle, "Having also considered").

import { openingLexicon } from '../../lexicon';
import type { Opening, ParagraphKind } from '../../model';

export type SequenceAdverb = 'also' | 'further';

export interface AdverbPlace {
  readonly adverb: SequenceAdverb;
  /** Index of the adverb among the phrase's words. */
  readonly index: number;
}

/** The sequence adverb of the phrase, unless it qualifies a second verb ("Welcoming and further encouraging"). */
export function sequenceAdverb(opening: Opening): AdverbPlace | undefined {
  const words = opening.text.split(' ');
  const index = words.findIndex((word) => /^(?:also|further)$/i.test(word));
  if (index < 0 || words.slice(0, index).some((word) => word.toLowerCase() === 'and')) return undefined;
  const adverb = (words[index] ?? '').toLowerCase() as SequenceAdverb;
  // "Expressing further concern": "further" qualifies the noun, as "deep" would.
  if (adverb === 'further' && index > 0 && openingLexicon.directNouns.has(words[index + 1]?.toLowerCase() ?? '')) return undefined;
  return { adverb, index };
}

/** The phrase without its sequence adverb, lower case: "noting with concern" for "Noting with concern also". */
export function barePhrase(opening: Opening): string {
  const place = sequenceAdverb(opening);
  return opening.text
    .split(' ')
    .filter((_, index) => index !== place?.index)
    .join(' ')
    .toLowerCase();
}

/** The phrase with `adverb` where the part puts it, keeping the words' own case except the first. */
export function withAdverb(opening: Opening, kind: ParagraphKind, adverb: SequenceAdverb): string {
  const place = sequenceAdverb(opening);
  const words = opening.text.split(' ').filter((_, index) => index !== place?.index);
  const lowerFirst = words.map((word, index) => (index === 0 && !isName(word) ? word.toLowerCase() : word));
  if (kind === 'operative') return sentenceCase([adverb, ...lowerFirst]);
  if (lowerFirst[0] === 'having' && words.length > 1) return sentenceCase(['having', adverb, ...lowerFirst.slice(1)]);
  return sentenceCase([...lowerFirst, adverb]);
}

/** The phrase without its sequence adverb, first word capitalized. */
export function withoutAdverb(opening: Opening): string {
  const place = sequenceAdverb(opening);
  const words = opening.text.split(' ').filter((_, index) => index !== place?.index);
  return sentenceCase(words.map((word, index) => (index === 0 ? word.toLowerCase() : word)));
}

function sentenceCase(words: readonly string[]): string {
  const phrase = words.join(' ');
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

function isName(word: string): boolean {
  return /^[A-Z]{2,}/.test(word);
}
