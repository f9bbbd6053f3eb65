// What the pure core returns to its callers (the language server, the command line): findings with
// plain offsets and edits, never protocol types.

import type { TextSpan } from './model';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Replace `span` with `newText`. An insertion has an empty span. */
export interface TextEdit {
  readonly span: TextSpan;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The fix a drafter most likely wants (offered first, applied by "fix all"). */
  readonly preferred?: boolean;
}

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: TextSpan;
  readonly fixes?: readonly Fix[];
}
