// Every drafting rule, and `checkDraft`, which runs them over a parsed draft. Shared by the language
// server (diagnostics, code actions) and the command line (`unres lint`).
//
//   const findings = checkDraft(document, { corpus, options: { quotes: 'typographic' } }, { 'also-missing': 'off' });
//
// To add a rule: write `rules/<code>.ts` exporting a `Rule`, add it to `rules` below (one line), and
// write `docs/rules/<code>.md` (a unit test checks that both exist).

import type { Finding, Severity } from '../findings';
import type { Comment, ResolutionDocument, TextSpan } from '../model';
import { paragraphAt } from './helpers/paragraphAt';
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
 * English gets only `language-not-english`; binary data opened as a draft only `not-text`.
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

/** "unknown" is a draft too short or too odd to tell; the English checks still run on it. */
function isEnglish(document: ResolutionDocument): boolean {
  return document.language === 'en' || document.language === 'unknown';
}

function applies(rule: Rule, document: ResolutionDocument): boolean {
  if (rule === languageNotEnglish || rule === notText) return false;
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

/**
 * Inside a paragraph, the paragraph's `unres-ignore` comments decide; elsewhere (the formula, the
 * footnotes) a comment on the line just before the finding, or earlier on its line, silences it.
 */
function isSilenced(document: ResolutionDocument, code: string, span: TextSpan): boolean {
  const paragraph = paragraphAt(document, span.start);
  if (paragraph) return paragraph.suppressed.includes(code) || paragraph.suppressed.includes('*');
  const line = document.lines.positionAt(span.start).line;
  return document.comments.some((comment) => names(comment, code) && commentLineFits(document, comment, span.start, line));
}

function names(comment: Comment, code: string): boolean {
  return comment.ignore !== undefined && (comment.ignore.includes(code) || comment.ignore.includes('*'));
}

function commentLineFits(document: ResolutionDocument, comment: Comment, start: number, line: number): boolean {
  const commentLine = document.lines.positionAt(comment.span.end).line;
  return commentLine === line - 1 || (commentLine === line && comment.span.end <= start);
}
