// The drafting rules on citations, cross-references, footnotes, sessions, names and formal slips (taken
// from the registry by code), for measuring them on the corpus one group at a time (`corpusRules.ts`)
// and for the tests that feed them bad input.

import { ruleByCode } from '../../server/src/service/rules';
import type { Rule } from '../../server/src/service/rules/rule';

export const r2Codes = [
  'cross-ref-paragraph-missing',
  'cross-ref-subparagraph-missing',
  'cross-ref-annex-missing',
  'footnote-marker-missing',
  'footnote-unreferenced',
  'footnote-order',
  'ibid-without-antecedent',
  'citation-date-mismatch',
  'citation-title-mismatch',
  'citation-unknown',
  'citation-form',
  'report-session-past',
  'session-ordinal-form',
  'instrument-name-noncanonical',
  'secretary-general-form',
  'double-space',
  'straight-quotes',
  'paragraph-unfinished',
  'un-spelling',
  'year-range-dash',
] as const;

export const r2Rules: readonly Rule[] = r2Codes.map((code) => {
  const rule = ruleByCode(code);
  if (!rule) throw new Error(`${code} is not registered`);
  return rule;
});
