// Sub-paragraphs run (a), (b), (c) ... and, under a lettered item, (i), (ii), (iii) ... without gap or
// repetition; after (z) come (aa), (bb). The fix relabels the list from the first item out of place.
// The relabelling goes up to (zz) or (lii), the 52nd item: a pasted list of thousands of "(a)" costs
// no more than a list of 52.

import type { Fix } from '../findings';
import type { Paragraph, Subparagraph } from '../model';
import type { Rule, RuleFinding } from './rule';

/** (a) to (zz); (i) to (lii). */
const MOST_ITEMS = 52;

export const subparagraphSequence: Rule = {
  code: 'subparagraph-sequence',
  defaultSeverity: 'error',
  description: 'Sub-paragraphs are labelled (a), (b), (c) … and (i), (ii), (iii) … in order, without gaps.',
  check(document) {
    return document.paragraphs.flatMap((paragraph: Paragraph) => checkList(paragraph.subparagraphs));
  },
};

function checkList(list: readonly Subparagraph[]): RuleFinding[] {
  const findings = list.flatMap((sub) => checkList(sub.children));
  const kind = list[0]?.labelKind;
  const wrong = list.findIndex((sub, index) => index >= MOST_ITEMS || sub.labelKind !== kind || sub.label !== labelAt(sub.labelKind, index));
  const first = list[wrong];
  if (!first || !kind) return findings;
  const fix = relabel(list, wrong, kind);
  return [
    {
      span: first.labelSpan,
      message: `Sub-paragraph (${first.label}) is out of sequence: it should be (${labelAt(kind, wrong)}).`,
      ...(fix.edits.length > 0 ? { fixes: [fix] } : {}),
    },
    ...findings,
  ];
}

function relabel(list: readonly Subparagraph[], from: number, kind: Subparagraph['labelKind']): Fix {
  const edits = list.slice(from, MOST_ITEMS).flatMap((sub, offset) => {
    const label = labelAt(kind, from + offset);
    return sub.label === label ? [] : [{ span: sub.labelSpan, newText: `(${label})` }];
  });
  return { title: `Relabel the sub-paragraphs from (${labelAt(kind, from)})`, edits, preferred: true };
}

/** The label of the item at `index`: "a" ... "z", "aa", "bb" ...; "i", "ii", "iii", "iv" .... */
export function labelAt(kind: Subparagraph['labelKind'], index: number): string {
  if (kind === 'roman') return roman(index + 1);
  const letter = String.fromCharCode(97 + (index % 26));
  return letter.repeat(Math.floor(index / 26) + 1);
}

function roman(value: number): string {
  const numerals: [number, string][] = [[50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let result = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}
