// Drafts for the lookup tests, written the way the corpus text files are, in the language of the
// built-in seeds (the crime prevention series) and of the General Assembly's programme budget texts.

import { parseResolution } from '../../../server/src/service/parse';
import type { ResolutionDocument, TextSpan } from '../../../server/src/service/model';

export const CRIME_DRAFT = `A/C.3/79/L.15
Seventy-ninth session

Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity

*The General Assembly*,

*Reaffirming* its resolutions 64/179 of 18 December 2009 and 66/181 of 19 December 2011,

*Recalling* Security Council resolution 1373 (2001),

1. *Takes note with appreciation* of the report of the Secretary-General prepared pursuant to resolution 66/181[1];

2. *Requests* the United Nations Office on Drugs and Crime:

    (a) To continue to provide technical assistance to Member States, upon request;

    (b) To strengthen the collection and analysis of data on crime trends, as referred to in subparagraph (a);

3. *Calls upon* Member States to support the work referred to in paragraph 2 (b) above;

4. *Requests* the Secretary-General to report on the implementation of the previous paragraph and of paragraphs 1 to 3 above.[1]

__________
[1] A/66/113.
`;

export const BUDGET_DRAFT = `79/1. Questions relating to the programme budget

A
Special subjects

*The General Assembly*,

*Recalling* its resolution 78/252 of 22 December 2023,

1. *Approves* the proposals of the Secretary-General;

2. *Requests* the Secretary-General to report on the measures referred to in paragraph 1 above;

B
Other questions

*The General Assembly*,

1. *Takes note* of the report of the Advisory Committee;

2. *Endorses* the conclusions and recommendations contained in the report referred to in paragraph 1 above;

3. *Requests* the Secretary-General to implement the previous paragraph, as set out in the annex to the present resolution.

50th plenary meeting
22 December 2024

Annex
Programme of work
`;

export function parsed(text: string): ResolutionDocument {
  return parseResolution(text);
}

/** The offsets of `needle` (its `occurrence`-th appearance) in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): TextSpan {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (${occurrence}) is not in the text`);
  }
  return { start: at, end: at + needle.length };
}

export function textOf(text: string, span: TextSpan): string {
  return text.slice(span.start, span.end);
}
