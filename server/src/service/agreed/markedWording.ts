// A paragraph's wording together with its footnote markers: the wording as the corpus holds it
// (`corpusParagraphText`: no number, italics or markers; each sub-paragraph on a line of its own) and
// where each marker stood in it. A wording taken into another text brings its footnotes along this
// way: the markers go back at the same words, under the numbers of the new text.

import { cleanText } from '../corpus/normalize';
import { corpusParagraphText } from '../corpus/fromModel';
import type { Paragraph, ResolutionDocument } from '../model';
import { mapParagraph, wordingOffsetBefore } from './sourceMap';

export interface WordingMarker {
  /** Characters of the wording before the marker. */
  readonly offset: number;
  /** The marker's number in the text it came from. */
  readonly marker: string;
}

export interface MarkedWording {
  readonly text: string;
  readonly markers: readonly WordingMarker[];
}

/** Private-use characters stand for markers while a wording is reshaped (italics, punctuation, layout). */
const PLACEHOLDER_BASE = 0xe000;

export function markedWording(document: ResolutionDocument, paragraph: Paragraph): MarkedWording {
  const text = corpusParagraphText(paragraph);
  const map = mapParagraph(document, paragraph);
  // The wording and its clean form differ only by line breaks (same length) unless the paragraph has stray spacing.
  const aligned = map !== undefined && cleanText(text).length === text.length;
  const markers = paragraph.footnoteMarkers.map((marker) => ({
    offset: aligned ? wordingOffsetBefore(map, marker.span.start) : text.length,
    marker: marker.marker,
  }));
  return { text, markers };
}

/** The wording with a placeholder character where each marker stands (`placeholder(i)` for `markers[i]`). */
export function withPlaceholders(wording: MarkedWording): string {
  const order = wording.markers.map((marker, index) => ({ ...marker, index })).sort((a, b) => b.offset - a.offset || b.index - a.index);
  let text = wording.text;
  for (const marker of order) text = text.slice(0, marker.offset) + placeholder(marker.index) + text.slice(marker.offset);
  return text;
}

export function placeholder(index: number): string {
  return String.fromCharCode(PLACEHOLDER_BASE + index);
}

/** Replaces each placeholder with what `render(index)` gives. */
export function fillPlaceholders(text: string, render: (index: number) => string): string {
  return text.replace(/[\ue000-\uf8ff]/g, (char) => render(char.charCodeAt(0) - PLACEHOLDER_BASE));
}
