// Sub-paragraphs `(a)`, `(b)` ... and `(i)`, `(ii)` ... under a lettered item. `(i)` after `(h)` is a
// letter; anywhere else it opens a roman list under the lettered item before it.

import type { FootnoteMarker, Subparagraph, TextSpan } from '../model';
import { endingBefore } from './endings';
import { plainText } from './plainText';

/** One sub-paragraph as found in the lines: its label and the pieces of text that follow it. */
export interface SubparagraphLines {
  readonly label: string;
  readonly labelSpan: TextSpan;
  /** Line pieces after the label, up to the next sub-paragraph. */
  readonly pieces: readonly TextSpan[];
}

interface Item {
  readonly lines: SubparagraphLines;
  readonly kind: 'letter' | 'roman';
  readonly text: string;
  readonly children: Item[];
}

const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

export function buildSubparagraphs(masked: string, found: readonly SubparagraphLines[], markers: readonly FootnoteMarker[]): Subparagraph[] {
  const top: Item[] = [];
  found.forEach((lines, index) => {
    const text = plainText(masked, lines.pieces, markers.map((m) => m.span));
    const parent = top[top.length - 1];
    const kind = labelKind(lines.label, parent, found[index + 1]?.label);
    const item: Item = { lines, kind, text, children: [] };
    if (kind === 'roman' && parent?.kind === 'letter') parent.children.push(item);
    else top.push(item);
  });
  return top.map((item) => toSubparagraph(masked, item, markers));
}

/**
 * Letters run (a) to (z); romans (i), (ii) ... sit under the lettered item before them. "(i)" is the
 * letter after "(h)" (88 times in the corpus), unless "(h)" introduces sub-items (it ends with a colon,
 * or "(ii)" follows); anywhere else it opens a roman list, even under an item that wrongly ends with
 * ";" (the punctuation rules then say so).
 */
function labelKind(label: string, parent: Item | undefined, next: string | undefined): 'letter' | 'roman' {
  const roman = romans.indexOf(label);
  if (roman < 0) return 'letter';
  const previous = parent?.children[parent.children.length - 1] ?? (parent?.kind === 'roman' ? parent : undefined);
  if (previous?.kind === 'roman' && romans[roman - 1] === previous.lines.label) return 'roman';
  if (label.length > 1) return label === 'ii' && parent?.lines.label === 'hh' ? 'letter' : 'roman';
  if (label !== 'i') return 'letter';
  if (parent?.kind !== 'letter' || parent.lines.label !== 'h') return 'roman';
  return parent.text.endsWith(':') || next === 'ii' ? 'roman' : 'letter';
}

function toSubparagraph(masked: string, item: Item, markers: readonly FootnoteMarker[]): Subparagraph {
  const children = item.children.map((child) => toSubparagraph(masked, child, markers));
  const ownEnd = lastEnd(item.lines);
  const end = children.length > 0 ? (children[children.length - 1]?.span.end ?? ownEnd) : ownEnd;
  const ending = endingBefore(masked, item.lines.labelSpan.end, ownEnd, markers);
  return {
    label: item.lines.label,
    labelKind: item.kind,
    labelSpan: item.lines.labelSpan,
    span: { start: item.lines.labelSpan.start, end },
    text: item.text,
    ...(ending ? { ending } : {}),
    children,
  };
}

function lastEnd(lines: SubparagraphLines): number {
  const last = lines.pieces[lines.pieces.length - 1];
  return last ? last.end : lines.labelSpan.end;
}

/** "(a) text (b) text" with children, for search and comparison. */
export function subparagraphsText(subparagraphs: readonly Subparagraph[]): string {
  return subparagraphs
    .map((sub) => [`(${sub.label})`, sub.text, subparagraphsText(sub.children)].filter((part) => part.length > 0).join(' '))
    .join(' ');
}
