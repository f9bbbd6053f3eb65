// An opening phrase that adopted resolutions do not use. The lexicon knows the rulebook's table, every
// phrase of the user's corpus and the phrases built from their words (head, modifiers, "also"), so a
// phrase it does not know is rare: information, to check against agreed language, never an alarm.

import type { ParagraphKind } from '../model';
import { openingLexiconFor, type OpeningLexicon } from '../lexicon/knownOpenings';
import { looksLikeHeading } from './helpers/sequence';
import type { Rule } from './rule';

export const preambularPhraseUnknown: Rule = unknownOpeningRule('preambular', 'preambular-phrase-unknown', 'opening phrase');

export function unknownOpeningRule(kind: ParagraphKind, code: string, what: string): Rule {
  return {
    code,
    defaultSeverity: 'information',
    description: `The ${what} of a ${kind} paragraph is one that adopted resolutions use.`,
    skipsDeclarations: true,
    check(document, context) {
      const lexicon = openingLexiconFor(context.corpus);
      return document.paragraphs.flatMap((paragraph) => {
        const { opening } = paragraph;
        if (paragraph.kind !== kind || !opening || looksLikeHeading(paragraph) || !isUnknown(lexicon, kind, opening.text, opening.head)) return [];
        const message = lexicon.isModelUnForm(opening.text)
          ? `“${opening.text}” is Model UN usage that adopted resolutions never use: choose an opening of the General Assembly.`
          : `“${opening.text}” opens no paragraph of the adopted resolutions in the corpus: check the ${what} against agreed language.`;
        return [{ span: opening.span, message }];
      });
    },
  };
}

/**
 * Unknown, and not a slip that a more precise rule names (a misspelling, a wrong verb form). A first
 * word that is no participle or adjective (preamble) or no verb (operative part) is no opening at all:
 * a row of a table ("*Action*"), which the rule leaves alone.
 */
function isUnknown(lexicon: OpeningLexicon, kind: ParagraphKind, phrase: string, head: string): boolean {
  if (!looksLikeOpening(lexicon, kind, phrase, head) || lexicon.isKnown(kind, phrase)) return false;
  if (kind === 'operative' && lexicon.thirdPerson(head) !== undefined) return false;
  return lexicon.suggestion(kind, phrase) === undefined;
}

/** A participle or adjective in the preamble; in the operative part, a verb in -s or a known verb after an unknown adverb ("Emphatically urges"). */
function looksLikeOpening(lexicon: OpeningLexicon, kind: ParagraphKind, phrase: string, head: string): boolean {
  if (kind === 'preambular') return /(?:ing|ed|ful|ous|ant|ent|ive|ble|ware|nt)$/.test(head);
  return /s$/.test(head) || phrase.split(' ').some((word) => lexicon.isHead('operative', word.toLowerCase()));
}
