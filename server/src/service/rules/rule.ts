// A drafting rule: a stable code (users write it in settings and in `<!-- unres-ignore code -->`
// comments, so it never changes), a default severity, and a check from the document model to findings.

import type { CorpusFacts } from '../corpus/facts';
import type { Fix, Severity } from '../findings';
import type { ResolutionDocument, TextSpan } from '../model';

/** What a user may set a rule to (`unres.rules`, `.unresrc.json`): a severity, or `off`. */
export type RuleLevel = Severity | 'off';

export interface RuleOptions {
  /** Which quotation marks the draft should use; the corpus uses typographic ones. */
  readonly quotes: 'typographic' | 'straight';
}

export interface RuleContext {
  readonly corpus: CorpusFacts;
  readonly options: RuleOptions;
}

export interface RuleFinding {
  readonly span: TextSpan;
  /** Says what is wrong and what to do. */
  readonly message: string;
  /** Overrides the rule's default severity for this finding (e.g. preamble versus operative part). */
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
}

export interface Rule {
  readonly code: string;
  readonly defaultSeverity: Severity;
  /** One line for the rule's documentation page and the settings. */
  readonly description: string;
  /** Declarations ("We, the Heads of State ...") are full sentences: rules on openings and punctuation skip them. */
  readonly skipsDeclarations?: boolean;
  check(document: ResolutionDocument, context: RuleContext): readonly RuleFinding[];
}
