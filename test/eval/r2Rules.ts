// The drafting rules on citations, cross-references, footnotes, sessions, names and formal slips, for
// measuring them on the corpus one group at a time (`corpusRules.ts`).

import { citationDateMismatch } from '../../server/src/service/rules/citation-date-mismatch';
import { citationForm } from '../../server/src/service/rules/citation-form';
import { citationTitleMismatch } from '../../server/src/service/rules/citation-title-mismatch';
import { citationUnknown } from '../../server/src/service/rules/citation-unknown';
import { crossRefParagraphMissing } from '../../server/src/service/rules/cross-ref-paragraph-missing';
import { crossRefSubparagraphMissing } from '../../server/src/service/rules/cross-ref-subparagraph-missing';
import { doubleSpace } from '../../server/src/service/rules/double-space';
import { footnoteMarkerMissing } from '../../server/src/service/rules/footnote-marker-missing';
import { footnoteOrder } from '../../server/src/service/rules/footnote-order';
import { footnoteUnreferenced } from '../../server/src/service/rules/footnote-unreferenced';
import { ibidWithoutAntecedent } from '../../server/src/service/rules/ibid-without-antecedent';
import { instrumentNameNoncanonical } from '../../server/src/service/rules/instrument-name-noncanonical';
import { paragraphUnfinished } from '../../server/src/service/rules/paragraph-unfinished';
import { reportSessionPast } from '../../server/src/service/rules/report-session-past';
import type { Rule } from '../../server/src/service/rules/rule';
import { secretaryGeneralForm } from '../../server/src/service/rules/secretary-general-form';
import { sessionOrdinalForm } from '../../server/src/service/rules/session-ordinal-form';
import { straightQuotes } from '../../server/src/service/rules/straight-quotes';
import { unSpelling } from '../../server/src/service/rules/un-spelling';
import { yearRangeDash } from '../../server/src/service/rules/year-range-dash';

export const r2Rules: readonly Rule[] = [
  crossRefParagraphMissing,
  crossRefSubparagraphMissing,
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
