// Where each character of a paragraph's clean wording (what precedents and word diffs are computed
// on: `cleanText(corpusParagraphText(paragraph))`) stands in the draft's source. The wording leaves
// out the paragraph number, italics markers, footnote markers, comments, line breaks and the
// footnote blocks that interrupt a paragraph at a page break; walking both texts side by side puts
// each character back, so that a word the precedent lacks can be marked where the drafter sees it
// and a footnote marker can be carried to the same word of another text.

import { cleanText } from '../corpus/normalize';
import { corpusParagraphText } from '../corpus/fromModel';
import type { Paragraph, ResolutionDocument, TextSpan } from '../model';

export interface ParagraphSourceMap {
  /** The clean wording. */
  readonly text: string;
  /** Source offset of each character of `text`. */
  readonly offsets: Int32Array;
}

/** Characters the walk may skip in the source without a counterpart in the wording. */
const SKIPPABLE = /[\s*\u200b\u200e\u200f\ufeff]/;

/** The map of a paragraph, or undefined when its source cannot be followed character by character. */
export function mapParagraph(document: ResolutionDocument, paragraph: Paragraph): ParagraphSourceMap | undefined {
  const text = cleanText(corpusParagraphText(paragraph));
  const skipped = [...paragraph.footnoteMarkers.map((marker) => marker.span), ...document.comments.map((comment) => comment.span)].sort((a, b) => a.start - b.start);
  const walk = new SourceWalk(document.text, pieces(paragraph), skipped);
  const offsets = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === ' ') {
      offsets[i] = walk.position;
      continue;
    }
    const found = walk.find(char);
    if (found < 0) return undefined;
    offsets[i] = found;
  }
  return { text, offsets };
}

/** The source span of `text.slice(start, end)` of a map. */
export function sourceSpan(map: ParagraphSourceMap, start: number, end: number): TextSpan {
  const first = map.offsets[Math.max(0, Math.min(start, map.text.length - 1))] ?? 0;
  const last = map.offsets[Math.max(0, Math.min(end, map.text.length) - 1)] ?? first;
  return { start: first, end: Math.max(first, last + 1) };
}

/** How many characters of the wording come before a source offset (where a footnote marker there belongs in the wording). */
export function wordingOffsetBefore(map: ParagraphSourceMap, sourceOffset: number): number {
  let low = 0;
  let high = map.offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((map.offsets[middle] ?? 0) < sourceOffset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The paragraph's text in the source: its pieces between page breaks, from after its number. */
function pieces(paragraph: Paragraph): TextSpan[] {
  return paragraph.fragments
    .map((fragment) => ({ start: Math.max(fragment.start, paragraph.bodySpan.start), end: fragment.end }))
    .filter((fragment) => fragment.end > fragment.start);
}

class SourceWalk {
  private piece = 0;
  private skip = 0;
  position: number;

  constructor(
    private readonly source: string,
    private readonly spans: readonly TextSpan[],
    private readonly skipped: readonly TextSpan[],
  ) {
    this.position = spans[0]?.start ?? 0;
  }

  /** The offset of the next occurrence of `char`, having skipped only what the wording leaves out; -1 if something else comes first. */
  find(char: string): number {
    while (this.piece < this.spans.length) {
      const span = this.spans[this.piece]!;
      if (this.position < span.start) this.position = span.start;
      if (this.position >= span.end) {
        this.piece++;
        continue;
      }
      const skippedEnd = this.skippedEndAt(this.position);
      if (skippedEnd > this.position) {
        this.position = skippedEnd;
        continue;
      }
      const current = this.source[this.position]!;
      if (current === char) return this.position++;
      if (!SKIPPABLE.test(current)) return -1;
      this.position++;
    }
    return -1;
  }

  private skippedEndAt(offset: number): number {
    while (this.skip < this.skipped.length && this.skipped[this.skip]!.end <= offset) this.skip++;
    const span = this.skipped[this.skip];
    return span && span.start <= offset ? span.end : offset;
  }
}
