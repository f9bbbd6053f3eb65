// A footnote marker ("[5]") with no footnote text numbered 5: the footnote was deleted, or the text
// was never written. Adopted resolutions have none (15,427 markers, all with their note).

import type { Footnote, FootnoteMarker, ResolutionDocument } from '../model';
import { isTypedMarker } from './helpers/typedMarker';
import type { Rule, RuleFinding } from './rule';

export const footnoteMarkerMissing: Rule = {
  code: 'footnote-marker-missing',
  defaultSeverity: 'error',
  description: 'Every footnote marker has a footnote text with its number.',
  check(document) {
    const written = new Set(document.footnotes.map((footnote) => footnote.marker));
    const reported = new Set<string>();
    return document.footnoteMarkers.flatMap((marker) => {
      // A bare digit ("objectives 4, 8") is a marker only if a footnote answers to it.
      if (written.has(marker.marker) || reported.has(marker.marker) || !isTypedMarker(marker)) return [];
      reported.add(marker.marker);
      return [finding(document, marker)];
    });
  },
};

function finding(document: ResolutionDocument, marker: FootnoteMarker): RuleFinding {
  const insertion = footnoteInsertion(document, Number(marker.marker));
  return {
    span: marker.span,
    message: `There is no footnote ${marker.marker}: write its text with the footnotes, or remove the marker.`,
    fixes: [
      { title: `Add footnote ${marker.marker} with the footnotes`, edits: [insertion] },
      { title: `Remove the marker ${document.text.slice(marker.span.start, marker.span.end)}`, edits: [{ span: marker.span, newText: '' }] },
    ],
  };
}

/** Where footnote `n` goes: after the last footnote numbered below it, else before the first, else under a new rule. */
function footnoteInsertion(document: ResolutionDocument, n: number): { span: { start: number; end: number }; newText: string } {
  const sorted = [...document.footnotes].sort((a, b) => a.span.start - b.span.start);
  const before = sorted.filter((footnote) => Number(footnote.marker) < n).pop();
  if (before) return { span: empty(before.span.end), newText: `${lineBreak(document)}[${n}] ` };
  const first: Footnote | undefined = sorted[0];
  if (first) return { span: empty(first.span.start), newText: `[${n}] ${lineBreak(document)}` };
  const end = document.text.length;
  const separator = document.text.endsWith('\n') ? '' : lineBreak(document);
  return { span: empty(end), newText: `${separator}${lineBreak(document)}__________${lineBreak(document)}[${n}] ` };
}

function empty(offset: number): { start: number; end: number } {
  return { start: offset, end: offset };
}

function lineBreak(document: ResolutionDocument): string {
  return document.text.includes('\r\n') ? '\r\n' : '\n';
}
