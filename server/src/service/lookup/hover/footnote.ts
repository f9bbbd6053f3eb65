// Hover on a footnote marker in the text shows the footnote; hover on a footnote's number at the foot
// of the text shows where the text refers to it.

import type { Footnote, ResolutionDocument } from '../../model';
import { markerContext, markersOf } from '../targets';
import { escapeMarkdown, markdownKeepingItalics, paragraphLabel } from '../words';
import type { HoverContext, HoverProvider, HoverResult } from './types';

/** How much of the text before a marker is quoted. */
const CONTEXT_CHARS = 90;

export const footnoteHover: HoverProvider = {
  name: 'footnote',
  provide(context: HoverContext): HoverResult | undefined {
    const { element, document } = context;
    if (element?.kind === 'footnote-marker') {
      const footnote = document.footnotes.find((candidate) => candidate.marker === element.marker.marker);
      const markdown = footnote ? footnoteText(document, footnote) : missingFootnote(document, element.marker.marker);
      return { markdown, span: element.marker.span };
    }
    if (element?.kind === 'footnote' && element.onMarker) {
      return { markdown: whereReferenced(document, element.footnote), span: element.footnote.markerSpan };
    }
    return undefined;
  },
};

function footnoteText(document: ResolutionDocument, footnote: Footnote): string {
  const source = document.text.slice(footnote.textSpan.start, footnote.textSpan.end).replace(/\s+/g, ' ').trim();
  return `**Footnote ${footnote.marker}**\n\n${markdownKeepingItalics(source)}`;
}

function missingFootnote(document: ResolutionDocument, marker: string): string {
  const numbers = document.footnotes.map((footnote) => Number(footnote.marker)).filter(Number.isFinite);
  const range = numbers.length === 0 ? 'it has no footnotes' : `its footnotes run from ${Math.min(...numbers)} to ${Math.max(...numbers)}`;
  return `**Footnote ${marker}**\n\nThis draft has no footnote ${marker} (${range}).`;
}

/** "Referenced in OP1: …report of the Secretary-General prepared pursuant to resolution 66/181;" */
function whereReferenced(document: ResolutionDocument, footnote: Footnote): string {
  const markers = markersOf(document, footnote);
  if (markers.length === 0) return `**Footnote ${footnote.marker}**\n\nNo marker in the text refers to this footnote.`;
  const lines = markers.map((marker) => {
    const { paragraph, before } = markerContext(document, marker, CONTEXT_CHARS);
    return `- ${paragraph ? `${paragraphLabel(paragraph)}: ` : ''}${escapeMarkdown(before)}`;
  });
  return `**Footnote ${footnote.marker}** is referenced in\n\n${lines.join('\n')}`;
}
