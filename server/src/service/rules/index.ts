// Every drafting rule, and `checkDraft`, which runs them over a parsed draft. Shared by the language
// server (diagnostics, code actions) and the command line (`unres lint`).
//
//   const findings = checkDraft(document, { corpus, options: { quotes: 'typographic' } }, { 'also-missing': 'off' });
//
// To add a rule: write `rules/<code>.ts` exporting a `Rule`, add it to `rules` below (one line), and
// write `docs/rules/<code>.md` (a unit test checks that both exist).

import type { Finding, Severity } from '../findings';
import type { ResolutionDocument } from '../model';
import { isSilenced } from './helpers/silenced';
import { formulaMissing } from './formula-missing';
import { italicsMissing } from './italics-missing';
import { preambularNotItalic } from './preambular-not-italic';
import { operativeVerbNotItalic } from './operative-verb-not-italic';
import { preambularPhraseUnknown } from './preambular-phrase-unknown';
import { operativeVerbUnknown } from './operative-verb-unknown';
import { openingMisspelled } from './opening-misspelled';
import { preambularNumbered } from './preambular-numbered';
import { preambularPunctuation } from './preambular-punctuation';
import { lastPreambularPunctuation } from './last-preambular-punctuation';
import { paragraphOrder } from './paragraph-order';
import { operativeNumbering } from './operative-numbering';
import { subparagraphSequence } from './subparagraph-sequence';
import { operativeVerbForm } from './operative-verb-form';
import { capitalizationPhrase } from './capitalization-phrase';
import { operativePunctuation } from './operative-punctuation';
import { finalPeriod } from './final-period';
import { subparagraphPunctuation } from './subparagraph-punctuation';
import { alsoFurtherSequence } from './also-further-sequence';
import { alsoMissing } from './also-missing';
import { adverbPosition } from './adverb-position';
import { languageNotEnglish } from './language-not-english';
import { isBinary, notText } from './not-text';
import { draftTooLarge, isTooLarge, tooLargeFinding } from './draft-too-large';
import { crossRefParagraphMissing } from './cross-ref-paragraph-missing';
import { crossRefSubparagraphMissing } from './cross-ref-subparagraph-missing';
import { crossRefAnnexMissing } from './cross-ref-annex-missing';
import { footnoteMarkerMissing } from './footnote-marker-missing';
import { footnoteUnreferenced } from './footnote-unreferenced';
import { footnoteOrder } from './footnote-order';
import { ibidWithoutAntecedent } from './ibid-without-antecedent';
import { citationDateMismatch } from './citation-date-mismatch';
import { citationTitleMismatch } from './citation-title-mismatch';
import { citationUnknown } from './citation-unknown';
import { citationForm } from './citation-form';
import { reportSessionPast } from './report-session-past';
import { sessionOrdinalForm } from './session-ordinal-form';
import { instrumentNameNoncanonical } from './instrument-name-noncanonical';
import { secretaryGeneralForm } from './secretary-general-form';
import { doubleSpace } from './double-space';
import { straightQuotes } from './straight-quotes';
import { paragraphUnfinished } from './paragraph-unfinished';
import { unSpelling } from './un-spelling';
import { yearRangeDash } from './year-range-dash';
import type { Rule, RuleContext, RuleFinding, RuleLevel } from './rule';

export const rules: readonly Rule[] = [
  draftTooLarge,
  languageNotEnglish,
  notText,
  formulaMissing,
  italicsMissing,
  preambularNotItalic,
  operativeVerbNotItalic,
  preambularPhraseUnknown,
  operativeVerbUnknown,
  openingMisspelled,
  preambularNumbered,
  preambularPunctuation,
  lastPreambularPunctuation,
  paragraphOrder,
  operativeNumbering,
  subparagraphSequence,
  operativeVerbForm,
  capitalizationPhrase,
  operativePunctuation,
  finalPeriod,
  subparagraphPunctuation,
  alsoFurtherSequence,
  alsoMissing,
  adverbPosition,
  crossRefParagraphMissing,
  crossRefSubparagraphMissing,
  crossRefAnnexMissing,
  footnoteMarkerMissing,
  footnoteUnreferenced,
  footnoteOrder,
  ibidWithoutAntecedent,
  citationDateMismatch,
  citationTitleMismatch,
  citationUnknown,
  citationForm,
  reportSessionPast,
  sessionOrdinalForm,
  instrumentNameNoncanonical,
  secretaryGeneralForm,
  doubleSpace,
  straightQuotes,
  paragraphUnfinished,
  unSpelling,
  yearRangeDash,
];

const byCode = new Map(rules.map((rule) => [rule.code, rule]));

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}

/** Called with the code and the error when a rule throws; the other rules still run. */
export type RuleErrorListener = (code: string, error: unknown) => void;

/**
 * The findings of every rule on a draft, in document order: levels from `unres.rules` applied (`off`
 * drops a rule), findings silenced by `<!-- unres-ignore code -->` dropped. A draft that is not in
 * English gets only `language-not-english`; binary data opened as a draft only `not-text`; a document
 * of more than 1 MB only `draft-too-large` (see `checkOversized`, which spares the parse).
 */
export function checkDraft(
  document: ResolutionDocument,
  context: RuleContext,
  levels: Readonly<Record<string, RuleLevel>> = {},
  onRuleError?: RuleErrorListener,
): Finding[] {
  return runRules(rules, document, context, levels, onRuleError);
}

/** `checkDraft` over a given list of rules. */
export function runRules(
  list: readonly Rule[],
  document: ResolutionDocument,
  context: RuleContext,
  levels: Readonly<Record<string, RuleLevel>> = {},
  onRuleError?: RuleErrorListener,
): Finding[] {
  const oversized = checkOversized(document.text, levels);
  if (oversized) return oversized;
  const active = isBinary(document) ? [notText] : isEnglish(document) ? list.filter((rule) => applies(rule, document)) : [languageNotEnglish];
  const findings: Finding[] = [];
  for (const rule of active) {
    const level = levels[rule.code];
    if (level === 'off') continue;
    for (const found of runRule(rule, document, context, onRuleError)) {
      if (isSilenced(document, rule.code, found.span)) continue;
      findings.push(toFinding(rule, found, level));
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : 1));
}

/**
 * The findings of a document too large to check (`draft-too-large` alone, or none when it is set to
 * `off`), read from its text without parsing it; undefined for a draft the checks can read.
 */
export function checkOversized(text: string, levels: Readonly<Record<string, RuleLevel>> = {}): Finding[] | undefined {
  if (!isTooLarge(text)) return undefined;
  const level = levels[draftTooLarge.code];
  return level === 'off' ? [] : [toFinding(draftTooLarge, tooLargeFinding(text), level)];
}

/** "unknown" is a draft too short or too odd to tell; the English checks still run on it. */
function isEnglish(document: ResolutionDocument): boolean {
  return document.language === 'en' || document.language === 'unknown';
}

function applies(rule: Rule, document: ResolutionDocument): boolean {
  if (rule === languageNotEnglish || rule === notText || rule === draftTooLarge) return false;
  return !(document.isDeclaration && rule.skipsDeclarations);
}

function runRule(rule: Rule, document: ResolutionDocument, context: RuleContext, onRuleError?: RuleErrorListener): readonly RuleFinding[] {
  try {
    return rule.check(document, context);
  } catch (error) {
    onRuleError?.(rule.code, error);
    return [];
  }
}

function toFinding(rule: Rule, found: RuleFinding, level: Severity | undefined): Finding {
  return {
    code: rule.code,
    severity: level ?? found.severity ?? rule.defaultSeverity,
    message: found.message,
    span: found.span,
    ...(found.fixes && found.fixes.length > 0 ? { fixes: found.fixes } : {}),
  };
}
