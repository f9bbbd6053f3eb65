// Sub-paragraphs `(a)`, `(b)` ... and `(i)`, `(ii)` ... under a lettered item. `(i)` after `(h)` is a
// letter; it is a roman numeral when it opens a list under an item that ends with a colon.

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
  for (const lines of found) {
    const text = plainText(masked, lines.pieces, markers.map((m) => m.span));
    const parent = top[top.length - 1];
    const kind = labelKind(lines.label, parent);
    const item: Item = { lines, kind, text, children: [] };
    if (kind === 'roman' && parent?.kind === 'letter' && (parent.children.length > 0 || parent.text.endsWith(':'))) parent.children.push(item);
    else top.push(item);
  }
  return top.map((item) => toSubparagraph(masked, item, markers));
}

function labelKind(label: string, parent: Item | undefined): 'letter' | 'roman' {
  const roman = romans.indexOf(label);
  if (roman < 0) return 'letter';
  const previous = parent?.children[parent.children.length - 1] ?? (parent?.kind === 'roman' ? parent : undefined);
  if (previous?.kind === 'roman' && romans[roman - 1] === previous.lines.label) return 'roman';
  if (label.length > 1) return label === 'ii' && parent?.lines.label === 'hh' ? 'letter' : 'roman';
  if (label !== 'i' || previous) return 'letter';
  if (!parent) return 'roman';
  return parent.lines.label !== 'h' && parent.text.endsWith(':') ? 'roman' : 'letter';
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
